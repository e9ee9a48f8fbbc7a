"""Reusable touch widgets: big buttons with painted icons, tappable tiles, pictograms.

Icons size themselves from the font the stylesheet gives them, so elderly mode enlarges
pictures and words together without any code knowing the scale.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontInfo, QIcon, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.i18n import current_language
from screens.icons import IconColours, IconKind, icon_pixmap, paint_icon
from screens.line_breaks import keep_words, plain
from screens.palette import DEFAULT_PALETTE

_PALETTE = DEFAULT_PALETTE

# Icon ink per button role: (unchecked, checked); mirrors the text colours in theme.qss.
_ROLE_ICON_INK: dict[str, tuple[str, str]] = {
    "chrome": (_PALETTE.on_frame, _PALETTE.frame),
    "primary": (_PALETTE.on_primary, _PALETTE.on_primary),
    "secondary": (_PALETTE.primary, _PALETTE.primary),
    "key": (_PALETTE.ink, _PALETTE.ink),
    "keyok": (_PALETTE.on_primary, _PALETTE.on_primary),
    "typedone": (_PALETTE.on_primary, _PALETTE.on_primary),  # the text keyboard's "Next"
}


@lru_cache(maxsize=128)
def _button_icon(kind: IconKind, side: int, ink: str, ratio: float) -> QIcon:
    """One painted icon per kind, size, ink and pixel ratio, shared by every button showing it
    (QIcon is implicitly shared). Bounded: a few dozen kinds in two text sizes and a handful of
    inks, a few kilobytes each."""
    return QIcon(icon_pixmap(kind, side, IconColours(ink=ink), ratio))


def em_px(widget: QWidget) -> int:
    """The pixel size of the widget's current font (set by the stylesheet)."""
    info = QFontInfo(widget.font())
    return max(1, info.pixelSize())


class TouchButton(QPushButton):
    """A large push button with an optional pictogram before its words.

    A checkable button shows a check mark when on, so its state never depends on colour alone.
    """

    def __init__(
        self,
        role: str,
        icon: IconKind | None = None,
        *,
        checkable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._icon_kind = icon
        self._icon_shown: tuple[IconKind | None, int, str, float] | None = None
        self.setProperty("role", role)
        self.setCheckable(checkable)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        self.toggled.connect(self._refresh_icon)
        self._refresh_icon()

    def changeEvent(self, e: QEvent) -> None:
        # Not event(): a Python override of event() runs for every event the button gets,
        # about a hundred per screen change over a screen's buttons (2 ms of a 17 ms frame).
        # The style sheet's font reaches the button as a FontChange when it is polished or
        # re-styled, so the change events are enough.
        if e.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refresh_icon()
        super().changeEvent(e)

    def _refresh_icon(self) -> None:
        if not hasattr(self, "_icon_kind"):  # a style event can arrive during construction
            return
        role = str(self.property("role"))
        ink_off, ink_on = _ROLE_ICON_INK.get(role, (_PALETTE.ink, _PALETTE.ink))
        side = round(em_px(self) * 1.15)
        ratio = self.devicePixelRatioF()
        # Only the picture for the current state, so an unchecked button without a pictogram
        # keeps its words centred instead of leaving room for an invisible check mark.
        checked = self.isCheckable() and self.isChecked()
        kind = IconKind.CHECK if checked else self._icon_kind
        ink = ink_on if checked else ink_off
        shown = (kind, side, ink, ratio)
        # Font and style changes come on every re-style; setting the same icon again
        # would only make the layout measure the button anew.
        if shown == self._icon_shown:
            return
        self._icon_shown = shown
        self.setIcon(QIcon() if kind is None else _button_icon(kind, side, ink, ratio))
        self.setIconSize(QSize(side, side))


class Pictogram(QWidget):
    """A painted icon sized in multiples of the current font size."""

    def __init__(
        self,
        kind: IconKind,
        colours: IconColours,
        ems: float = 1.2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._colours = colours
        self._ems = ems
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def sizeHint(self) -> QSize:
        side = round(em_px(self) * self._ems)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(e)

    def paintEvent(self, e: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_icon(painter, self._kind, QRectF(self.rect()), self._colours)
        painter.end()


class TouchTile(QFrame):
    """A tappable panel holding pictures and wrapped text, reachable by keyboard too.

    A QPushButton cannot lay out wrapped labels; this frame can, and behaves like a button
    (clicked on release inside, Space/Enter when focused, visible focus via the stylesheet).
    """

    clicked = Signal()

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", role)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.LeftButton and self.rect().contains(e.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked.emit()
            return
        super().keyPressEvent(e)


class WordLabel(QLabel):
    """A label that wraps between words only, by the rules of the language shown.

    `text()` gives back the words as set; the joiners that forbid a break inside a word
    (screens/line_breaks.py) exist only in what Qt lays out.
    """

    def setText(self, text: str) -> None:
        super().setText(keep_words(text, current_language()) if self.wordWrap() else text)

    def text(self) -> str:
        return plain(super().text())


def text_label(role: str, *, wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    label = WordLabel(parent)
    label.setProperty("role", role)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label

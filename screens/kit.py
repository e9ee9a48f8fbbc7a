"""Parts the claimant screens share: the page with its heading, fact cards, the entry keypad.

A claimant screen renders one view model (`set_view`), enables the buttons the flow allows
(`set_actions`), forgets everything on `clear`, and sends every tap as a ready-made flow event on
its one `intent` signal. The only state a screen keeps is what is on the glass: the digits typed
so far, which claim of several is shown.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.flow.events import Event, Touched
from kiosk.flow.view_models import Action
from screens.base import Screen
from screens.icons import IconColours, IconKind
from screens.palette import DEFAULT_PALETTE
from screens.widgets import Pictogram, TouchButton, text_label

_P = DEFAULT_PALETTE
INK_ICONS = IconColours(ink=_P.ink, fill=_P.surface, accent=_P.card_chip, card=_P.card_body)
NOTICE_ICONS = IconColours(
    ink=_P.notice_ink, fill=_P.id_card_body, accent=_P.card_chip, card=_P.card_body
)
START_ICONS = IconColours(
    ink=_P.start_ink, fill=_P.id_card_body, accent=_P.card_chip, card=_P.card_body
)

PAGE_MARGINS = (56, 16, 56, 12)


V = TypeVar("V")


class ClaimantScreen(Screen, Generic[V]):
    """A page with the flow's message as its heading and the buttons the flow allows; it shows
    one kind of view model, `V`."""

    intent = Signal(object)
    """Carries one kiosk.flow.events event per tap, for the composition root to hand the flow."""
    read_aloud_changed = Signal()
    """The page's main words changed (a new view), so read-aloud should start again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: V | None = None
        self._actions: frozenset[Action] = frozenset()
        self.heading = text_label("heading", parent=self)
        # The page scrolls when it is taller than the panel (larger text, portrait, a long
        # translation): nothing is cut, and a "more below" button under it says so.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("PageScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.body = _PageBody()
        self.body.setObjectName("PageBody")
        self.page = QVBoxLayout(self.body)
        self.page.setContentsMargins(*PAGE_MARGINS)
        self.page.setSpacing(20)
        self.page.addWidget(self.heading)
        self.scroll_area.setWidget(self.body)
        QScroller.grabGesture(
            self.scroll_area.viewport(), QScroller.ScrollerGestureType.TouchGesture
        )
        self.more = MoreBelow(self.scroll_area, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(self.more)

    def want(self, widget: QWidget, shown: bool) -> None:
        """Show or hide a part of the page as the view asks; nothing is ever hidden for room."""
        widget.setVisible(shown)

    # ---- the router's hooks ---------------------------------------------------------------
    def set_actions(self, actions: frozenset[Action]) -> None:
        self._actions = actions
        self._show_actions()

    def allows(self, action: Action) -> bool:
        return action in self._actions

    def set_view(self, view: V) -> None:
        self._view = view
        self.render_view()

    def clear(self) -> None:
        """Session end: drop the view and what the page showed."""
        self._view = None
        self._actions = frozenset()
        self.heading.clear()

    def _show_actions(self) -> None:
        """Show or enable buttons for the current actions; most screens override this."""

    def send(self, event: Event) -> None:
        self.intent.emit(event)

    def read_aloud_text(self) -> str:
        return self.heading.text() or self.title()

    def retranslate(self) -> None:
        self._render()

    def _render(self) -> None:
        """Word the page from the current view in the current language."""

    def render_view(self) -> None:
        """Render the current view; a new view starts at the top of the page."""
        before = self.read_aloud_text()
        self._render()
        self.scroll_area.verticalScrollBar().setValue(0)
        if self.read_aloud_text() != before:
            self.read_aloud_changed.emit()


class _PageBody(QWidget):
    """The scrolled page. A scroll area resizes it while its screen is hidden in the stack,
    and Qt then may keep the layout at the old height (buttons placed below the page's edge);
    each resize and show re-places the children for the real size."""

    def _place(self) -> None:
        layout = self.layout()
        if layout is not None and layout.geometry() != self.rect():
            layout.setGeometry(self.rect())

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._place()

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        self._place()


class MoreBelow(TouchButton):
    """Under a page that scrolls: says more is below and scrolls a screenful per tap.

    A thin scroll bar alone is easy to miss for an elderly claimant; this is a full-width
    touch target with words. At the end of the page it offers the way back to the top.
    """

    def __init__(self, area: QScrollArea, parent: QWidget) -> None:
        super().__init__("more", None, parent=parent)
        self._area = area
        self.hide()
        bar = area.verticalScrollBar()
        bar.rangeChanged.connect(lambda _low, _high: self._show())
        bar.valueChanged.connect(lambda _value: self._show())
        self.clicked.connect(self._scroll)

    def at_end(self) -> bool:
        bar = self._area.verticalScrollBar()
        return bar.value() >= bar.maximum()

    def _show(self) -> None:
        bar = self._area.verticalScrollBar()
        self.setVisible(bar.maximum() > 0)
        self.retranslate()

    def _scroll(self) -> None:
        bar = self._area.verticalScrollBar()
        if self.at_end():
            bar.setValue(0)
        else:
            bar.setValue(bar.value() + max(1, bar.pageStep() - bar.pageStep() // 5))

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def retranslate(self) -> None:
        self.setText(
            QCoreApplication.translate("ClaimantScreen", "▲ Back to the top")
            if self.at_end()
            else QCoreApplication.translate("ClaimantScreen", "▼ More below: tap or swipe up")
        )


def action_button(
    role: str, icon: IconKind | None, on_click: object, parent: QWidget
) -> TouchButton:
    button = TouchButton(role, icon, parent=parent)
    button.clicked.connect(on_click)
    return button


class FactCard(QFrame):
    """A white card of facts: a muted name above (or beside) each strong value."""

    def __init__(
        self, parent: QWidget | None = None, columns: int = 1, *, inline: bool = False
    ) -> None:
        """`inline`: each name sits left of its value, so a fact takes one line, not two."""
        super().__init__(parent)
        self.setObjectName("Card")
        self._inline = inline
        self.title = text_label("item", parent=self)
        self.title.hide()
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(32)
        self._grid.setVerticalSpacing(4)
        self._columns = columns
        self._count = 0
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 20, 32, 20)
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addLayout(self._grid)
        column.addStretch(1)

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self.title.setVisible(bool(text))

    def add_fact(self) -> tuple[QLabel, QLabel]:
        name = text_label("muted", parent=self)
        value = text_label("strong", parent=self)
        row, col = divmod(self._count, self._columns)
        self._count += 1
        if self._inline:
            self._grid.setVerticalSpacing(12)
            self._grid.addWidget(name, row, col * 2, Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(value, row, col * 2 + 1)
            self._grid.setColumnStretch(col * 2 + 1, 1)
        else:
            self._grid.addWidget(name, row * 2, col)
            self._grid.addWidget(value, row * 2 + 1, col)
        return name, value


class Notice(QFrame):
    """An amber note with a pictogram: never colour alone, always a picture and words."""

    def __init__(self, icon: IconKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TakeCardNotice")
        self.text = text_label("strong", parent=self)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 8, 20, 8)
        row.setSpacing(20)
        row.addWidget(Pictogram(icon, NOTICE_ICONS, ems=1.4, parent=self), 0)
        row.addWidget(self.text, 1)

    def set_text(self, text: str) -> None:
        self.text.setText(text)
        self.setVisible(bool(text))


class EntryPad(QWidget):
    """Digits shown large above a 3x4 keypad with delete and OK; the keyboard works too.

    Digits keys type, Backspace deletes, Enter is OK. `secret` shows dots (PIN); otherwise the
    digits are grouped as a mobile number is written (139 0433 1234).
    """

    submitted = Signal(str)
    typed = Signal()

    def __init__(
        self,
        max_length: int,
        *,
        secret: bool = False,
        clear_on_submit: bool = True,
        display_elsewhere: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """`display_elsewhere`: the page places `display` itself (beside the keys, not above)."""
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._max = max_length
        self._secret = secret
        self._clear_on_submit = clear_on_submit
        self._digits = ""
        self.display = text_label("entry", wrap=False, parent=self)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys: dict[str, TouchButton] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        for index, digit in enumerate("123456789"):
            self._add_key(grid, digit, index // 3, index % 3)
        self.delete_button = TouchButton("key", IconKind.BACK, parent=self)
        self.delete_button.clicked.connect(self.delete)
        grid.addWidget(self.delete_button, 3, 0)
        self._add_key(grid, "0", 3, 1)
        self.ok_button = TouchButton("keyok", IconKind.CHECK, parent=self)
        self.ok_button.clicked.connect(self.submit)
        grid.addWidget(self.ok_button, 3, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        if not display_elsewhere:
            column.addWidget(self.display)
        column.addLayout(grid)
        self._show()

    def _add_key(self, grid: QGridLayout, digit: str, row: int, col: int) -> None:
        key = TouchButton("key", parent=self)
        key.setText(digit)
        key.clicked.connect(lambda: self.press(digit))
        self.keys[digit] = key
        grid.addWidget(key, row, col)

    def set_max_length(self, length: int) -> None:
        self._max = length
        self._digits = self._digits[:length]
        self._show()

    def set_words(self, delete: str, ok: str) -> None:
        self.delete_button.setText(delete)
        self.ok_button.setText(ok)

    def digits(self) -> str:
        return self._digits

    def press(self, digit: str) -> None:
        if not self.isEnabled() or len(self._digits) >= self._max:
            return
        self._digits += digit
        self._show()
        self.typed.emit()

    def delete(self) -> None:
        if self._digits:
            self._digits = self._digits[:-1]
            self._show()
            self.typed.emit()

    def clear(self) -> None:
        self._digits = ""
        self._show()

    def submit(self) -> None:
        if not self.isEnabled():
            return
        entered = self._digits
        if self._clear_on_submit:
            self.clear()
        self.submitted.emit(entered)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        text = e.text()
        if text.isdigit() and len(text) == 1:
            self.press(text)
        elif e.key() == Qt.Key.Key_Backspace:
            self.delete()
        elif e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(e)

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.EnabledChange:
            self._show()
        super().changeEvent(e)

    def _show(self) -> None:
        if self._secret:
            shown = " ".join("●" if i < len(self._digits) else "○" for i in range(self._max))
        elif self._digits:
            d = self._digits
            shown = " ".join(part for part in (d[:3], d[3:7], d[7:]) if part)
        else:
            shown = " ".join("_" for _ in range(min(self._max, 11)))
        self.display.setText(shown)


class TouchingScreen(ClaimantScreen[V]):
    """A screen with an entry pad: typing a digit proves someone is there (Touched)."""

    pad: EntryPad

    def _connect_pad(self, pad: EntryPad) -> None:
        self.pad = pad
        pad.typed.connect(lambda: self.send(Touched()))

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        if self.pad.isEnabled():
            self.pad.setFocus()

    def clear(self) -> None:
        super().clear()
        self.pad.clear()

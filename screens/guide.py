"""The guide: steps, materials (none), time limits, and the drawn flowchart; printable.

"Print this guide" sends the flow's print intent; the printer's progress or fault is shown
here, and the guide stays on the screen whatever the printer does.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from kiosk.domain import guide
from kiosk.domain.language import Language
from kiosk.flow.events import PrintGuide
from kiosk.flow.states import PrintProgress
from kiosk.flow.view_models import Action, GuideView
from kiosk.i18n import current_language
from screens.flowchart import Flowchart
from screens.icons import IconKind
from screens.kit import ClaimantScreen, Notice, action_button
from screens.messages import msg_text
from screens.widgets import text_label


def guide_steps() -> list[str]:
    """The steps of kiosk/domain/guide.py, the source the printed sheet reads too."""
    return [step.in_language(_language()) for step in guide.STEPS]


def _language() -> Language:
    return Language(current_language())


class GuideScreen(ClaimantScreen[GuideView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page.setSpacing(12)
        self.steps_card = QFrame(self)
        self.steps_card.setObjectName("Card")
        column = QVBoxLayout(self.steps_card)
        column.setContentsMargins(28, 16, 28, 16)
        column.setSpacing(6)
        self.steps_title = text_label("item", parent=self.steps_card)
        column.addWidget(self.steps_title)
        self.steps: list[QLabel] = []
        for _ in guide_steps():
            label = text_label("body", parent=self.steps_card)
            self.steps.append(label)
            column.addWidget(label)
        # "Materials: none" and the time limits as one line each, the name in bold.
        self.materials = text_label("body", parent=self.steps_card)
        self.limits = text_label("body", parent=self.steps_card)
        for label in (self.materials, self.limits):
            label.setTextFormat(Qt.TextFormat.RichText)
            column.addWidget(label)
        # The hotline in words too, not only in the drawing: someone reading the guide before
        # signing in may have nobody else to ask.
        self.help_line = text_label("strong", parent=self.steps_card)
        column.addWidget(self.help_line)
        column.addStretch(1)
        self.flowchart = Flowchart(self)
        self.print_state = Notice(IconKind.PRINTER, self)
        self.print_state.hide()
        self.print_note = text_label("body", parent=self)
        self.print_note.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.print_button = action_button(
            "secondary", IconKind.PRINTER, lambda: self.send(PrintGuide()), self
        )
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.steps_card)
        left.addWidget(self.print_state)
        left.addWidget(self.print_note)
        left.addWidget(self.progress)
        left.addStretch(1)
        left.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._left = left
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._row.setSpacing(40)
        self._row.addLayout(left, 1)
        self._row.addWidget(self.flowchart, 1)
        self.page.addLayout(self._row, 1)
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        """Portrait: the words on top at their own height, the flowchart takes the rest."""
        self._row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self._portrait_layout = portrait
        self._stretch()
        super().set_portrait(portrait)

    def set_larger_text(self, larger_text: bool) -> None:
        self._larger_layout = larger_text
        self._stretch()
        super().set_larger_text(larger_text)

    def _stretch(self) -> None:
        """Larger text in landscape: wider words, so each step keeps to one line."""
        portrait = getattr(self, "_portrait_layout", False)
        larger = getattr(self, "_larger_layout", False)
        self._row.setStretchFactor(self._left, 0 if portrait else (3 if larger else 1))
        self._row.setStretchFactor(self.flowchart, 1 if portrait else (2 if larger else 1))

    def _show_actions(self) -> None:
        """Paper out or cover open: no print button at all until the printer is ready again
        (a greyed one still looks like an offer); while printing it only greys out."""
        allowed = self.allows(Action.PRINT_GUIDE)
        view = self._view
        waiting = view is not None and view.printing is PrintProgress.FAILED and not allowed
        self.print_button.setVisible(not waiting)
        self.print_button.setEnabled(allowed)

    def title(self) -> str:
        return QCoreApplication.translate("GuideScreen", "Guide and flowchart")

    def read_aloud_text(self) -> str:
        parts = [self.heading.text(), *[label.text() for label in self.steps]]
        parts += [_plain(self.materials.text()), _plain(self.limits.text())]
        parts.append(self.help_line.text())
        return "\n".join(parts)

    def _render(self) -> None:
        lang = _language()
        self.steps_title.setText(guide.STEPS_HEADING.in_language(lang))
        for label, text in zip(self.steps, guide_steps(), strict=True):
            label.setText(text)
        for label, item in ((self.materials, guide.MATERIALS), (self.limits, guide.TIME_LIMITS)):
            label.setText(_named(item.name.in_language(lang), item.text.in_language(lang)))
        self.help_line.setText(guide.HELP.in_language(lang))
        self.print_button.setText(QCoreApplication.translate("GuideScreen", "Print this guide"))
        self.flowchart.update()
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        self.progress.setVisible(view.printing is PrintProgress.PRINTING)
        failed = view.printing is PrintProgress.FAILED
        self.print_state.set_text(msg_text(view.fault) if failed and view.fault else "")
        self.print_note.setText(
            QCoreApplication.translate(
                "GuideScreen", "Everything on the paper is also on this screen."
            )
        )
        self.want(self.print_note, failed)
        self._show_actions()


def _named(name: str, text: str) -> str:
    return f"<b>{html.escape(name)}</b> {html.escape(text)}"


def _plain(rich: str) -> str:
    return html.unescape(rich.replace("<b>", "").replace("</b>", ""))

"""Goodbye: the session is over and everything shown has been wiped; take the card.

While the card is still in the reader, taking it is the screen's main message, in the largest
words with the card picture; the goodbye comes under it. Each way of ending has its own picture:
the tick only for a session the claimant finished, a clock for a timeout, which also says what
was kept (an application already submitted or saved on this kiosk) and what was not.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from kiosk.flow.states import EndReason
from kiosk.flow.view_models import EndingView
from screens.icons import IconKind
from screens.kit import INK_ICONS, ClaimantScreen
from screens.messages import msg_text
from screens.widgets import Pictogram, text_label

_REASON_ICONS = {
    EndReason.FINISHED: IconKind.CHECK,
    EndReason.TIMED_OUT: IconKind.CLOCK,
    EndReason.CARD_REMOVED: IconKind.FINISH,
    EndReason.NOT_ME: IconKind.WARNING,
}


class EndingScreen(ClaimantScreen[EndingView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goodbye = text_label("lead", parent=self)
        self.kept = text_label("lead", parent=self)
        self.not_kept = text_label("lead", parent=self)
        self.wiped = text_label("body", parent=self)
        self.heading.setProperty("role", "display")
        for label in (self.heading, self.goodbye, self.kept, self.not_kept, self.wiped):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.icons = {
            kind: Pictogram(kind, INK_ICONS, ems=3.0, parent=self)
            for kind in {*_REASON_ICONS.values(), IconKind.TAKE_CARD}
        }
        self.page.removeWidget(self.heading)
        self.page.addStretch(1)
        for icon in self.icons.values():
            icon.hide()
            self.page.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        self.page.addWidget(self.heading)
        for label in (self.goodbye, self.kept, self.not_kept, self.wiped):
            label.hide()
            self.page.addWidget(label)
        self.page.addStretch(2)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("EndingScreen", "Goodbye")

    def shown_icon(self) -> IconKind | None:
        return next((kind for kind, icon in self.icons.items() if icon.isVisibleTo(self)), None)

    def read_aloud_text(self) -> str:
        parts = [self.heading.text()]
        parts += [
            label.text()
            for label in (self.goodbye, self.kept, self.not_kept, self.wiped)
            if label.isVisibleTo(self)
        ]
        return "\n".join(part for part in parts if part)

    def _render(self) -> None:
        self.wiped.setText(
            QCoreApplication.translate(
                "EndingScreen", "Your details have been cleared from this screen."
            )
        )
        view = self._view
        if view is None:
            return
        message = msg_text(view.message)
        if view.take_card:
            self.heading.setText(
                QCoreApplication.translate("EndingScreen", "Please take your card with you.")
            )
            self.goodbye.setText(message)
            shown = IconKind.TAKE_CARD
        else:
            self.heading.setText(message)
            self.goodbye.setText("")
            shown = _REASON_ICONS[view.reason]
        for kind, icon in self.icons.items():
            icon.setVisible(kind is shown)
        self.kept.setText(msg_text(view.kept) if view.kept else "")
        self.not_kept.setText(msg_text(view.not_kept) if view.not_kept else "")
        for label in (self.goodbye, self.kept, self.not_kept):
            label.setVisible(bool(label.text()))
        self.wiped.setVisible(True)

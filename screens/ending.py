"""Goodbye: the session is over and everything shown has been wiped; take the card."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from kiosk.flow.view_models import EndingView
from screens.icons import IconKind
from screens.kit import INK_ICONS, ClaimantScreen, Notice
from screens.messages import msg_text
from screens.widgets import Pictogram, text_label


class EndingScreen(ClaimantScreen[EndingView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.take_card = Notice(IconKind.TAKE_CARD, self)
        self.take_card.hide()
        self.wiped = text_label("lead", parent=self)
        self.heading.setProperty("role", "display")
        for label in (self.heading, self.wiped):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.removeWidget(self.heading)
        self.page.addStretch(1)
        self.page.addWidget(
            Pictogram(IconKind.CHECK, INK_ICONS, ems=3.0, parent=self),
            0,
            Qt.AlignmentFlag.AlignHCenter,
        )
        self.page.addWidget(self.heading)
        self.page.addWidget(self.wiped)
        self.page.addWidget(self.take_card)
        self.page.addStretch(2)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("EndingScreen", "Goodbye")

    def read_aloud_text(self) -> str:
        parts = [self.heading.text(), self.wiped.text()]
        if self.take_card.isVisibleTo(self):
            parts.append(self.take_card.text.text())
        return "\n".join(parts)

    def _render(self) -> None:
        self.wiped.setText(
            QCoreApplication.translate(
                "EndingScreen", "Your details have been cleared from this screen."
            )
        )
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        self.take_card.set_text(
            QCoreApplication.translate("EndingScreen", "Please take your card with you.")
            if view.take_card
            else ""
        )

"""A sign-in that cannot go on (unreadable card, no record, locked card): why, and what to do.

Always ends in the same two ways out a claimant can follow: take the card, ask the staff or
call 12333. Finish is in the bottom bar.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk.flow.view_models import ProblemView
from kiosk.i18n import current_language
from screens.icons import IconKind
from screens.kit import INK_ICONS, ClaimantScreen, Notice
from screens.messages import msg_text
from screens.widgets import Pictogram, text_label


class ProblemScreen(ClaimantScreen[ProblemView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.take_card = Notice(IconKind.TAKE_CARD, self)
        self.take_card.hide()
        self.help_text = text_label("lead", parent=self)
        self.hotline = QLabel("12333", self)
        self.hotline.setProperty("role", "hotline")
        help_row = QHBoxLayout()
        help_row.setSpacing(20)
        help_row.addWidget(Pictogram(IconKind.PHONE, INK_ICONS, ems=1.6, parent=self))
        help_row.addWidget(self.help_text, 1)
        help_row.addWidget(self.hotline, 0, Qt.AlignmentFlag.AlignVCenter)
        self.page.addWidget(self.take_card)
        self.page.addStretch(1)
        self.page.addLayout(help_row)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("ProblemScreen", "Signing in could not go on")

    def read_aloud_text(self) -> str:
        parts = [self.heading.text()]
        if self.take_card.isVisibleTo(self):
            parts.append(self.take_card.text.text())
        parts.append(f"{self.help_text.text()} 12333")
        return "\n".join(parts)

    @staticmethod
    def _where(view: ProblemView) -> str:
        """The agency's name of the claimant's home region, in the claimant's language."""
        region = view.where
        if region is None:
            return QCoreApplication.translate("ProblemScreen", "another prefecture")
        if current_language() == "ko" and region.name_ko:
            return region.name_ko
        return region.name_zh or region.code

    def _render(self) -> None:
        self.help_text.setText(
            QCoreApplication.translate(
                "ProblemScreen", "Nothing has been lost. For help, ask the staff or call"
            )
        )
        view = self._view
        if view is None:
            return
        heading = msg_text(view.message).replace("{where}", self._where(view))
        self.heading.setText(heading.replace("{minutes}", str(view.wait_minutes or 1)))
        self.take_card.set_text(
            QCoreApplication.translate(
                "ProblemScreen", "Please take your card out of the reader now."
            )
            if view.take_card
            else ""
        )

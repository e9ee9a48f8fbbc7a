"""Reading the card, sending a code, looking up, loading, saving: a calm page that says what is
happening, with moving progress so nobody thinks the machine has stopped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressBar, QWidget

from kiosk.flow.messages import Msg
from kiosk.flow.view_models import BusyView
from screens.icons import IconKind
from screens.kit import INK_ICONS, ClaimantScreen
from screens.messages import msg_text
from screens.widgets import Pictogram, text_label

_CARD_MESSAGES = (Msg.READING_CARD,)


class BusyScreen(ClaimantScreen[BusyView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = Pictogram(IconKind.CLOCK, INK_ICONS, ems=4.0, parent=self)
        self.card_picture = Pictogram(
            IconKind.SOCIAL_SECURITY_CARD, INK_ICONS, ems=4.0, parent=self
        )
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.hint = text_label("lead", parent=self)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.removeWidget(self.heading)
        self.page.addStretch(2)
        self.page.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.page.addWidget(self.card_picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.page.addWidget(self.heading)
        self.page.addWidget(self.progress)
        self.page.addWidget(self.hint)
        self.page.addStretch(3)
        self.card_picture.hide()
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("BusyScreen", "Please wait")

    def _render(self) -> None:
        self.hint.setText(
            QCoreApplication.translate(
                "BusyScreen", "This usually takes a few seconds. You do not need to touch anything."
            )
        )
        if self._view is None:
            return
        on_card = self._view.message in _CARD_MESSAGES
        self.card_picture.setVisible(on_card)
        self.picture.setVisible(not on_card)
        self.heading.setText(msg_text(self._view.message))

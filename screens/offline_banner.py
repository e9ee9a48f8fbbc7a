"""A calm strip saying the network is down and that the claimant can carry on regardless.

Amber, not red: nothing is wrong with what the claimant did, and applications are kept safely
on the kiosk until the network returns.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from screens.icons import IconColours, IconKind
from screens.palette import DEFAULT_PALETTE
from screens.widgets import Pictogram, text_label


class OfflineBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OfflineBanner")
        palette = DEFAULT_PALETTE
        icon = Pictogram(
            IconKind.OFFLINE,
            IconColours(ink=palette.notice_ink, fill=palette.notice_surface),
            ems=1.6,
            parent=self,
        )
        # One label, so the two sentences share lines and the banner steals little height.
        self.message = text_label("body", parent=self)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        row.addWidget(icon)
        row.addWidget(self.message, 1)
        self.retranslate()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def retranslate(self) -> None:
        headline = QCoreApplication.translate(
            "OfflineBanner", "The network is not connected right now."
        )
        detail = QCoreApplication.translate(
            "OfflineBanner",
            "You can still apply. Your application is kept safely on this machine "
            "and sent automatically when the network is back.",
        )
        self.message.setText(f"<b>{html.escape(headline)}</b> {html.escape(detail)}")

    def text(self) -> str:
        """The message as plain words, for read-aloud and tests."""
        return self.message.text().replace("<b>", "").replace("</b>", "")

"""The strip under the top bar on a home-visit laptop: "home visit by 金**", on every screen,
with the field visitor's sign-out. Signing out ends any claimant session (the composition root
does it; kiosk/app/home_visit_mode.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.home_visit import VisitorBadge
from screens.icons import IconColours, IconKind
from screens.kit import action_button
from screens.palette import DEFAULT_PALETTE
from screens.shell import KioskShell
from screens.widgets import Pictogram, text_label


class HomeVisitBanner(QFrame):
    logout_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HomeVisitBanner")
        self._badge: VisitorBadge | None = None
        palette = DEFAULT_PALETTE
        icon = Pictogram(
            IconKind.HOME,
            IconColours(ink=palette.start_ink, fill=palette.start_surface),
            ems=1.4,
            parent=self,
        )
        self.message = text_label("strong", parent=self)
        self.note = text_label("body", parent=self)
        self.sign_out = action_button("secondary", None, self.logout_requested.emit, self)
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.message)
        words.addWidget(self.note)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        row.addWidget(icon)
        row.addLayout(words, 1)
        row.addWidget(self.sign_out)
        self.hide()
        self.retranslate()

    def show_visitor(self, badge: VisitorBadge | None) -> None:
        """The visitor logged in (the banner shows), or None: logged out (it hides)."""
        self._badge = badge
        self.retranslate()
        self.setVisible(badge is not None)

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def retranslate(self) -> None:
        badge = self._badge
        name = badge.masked_name if badge is not None else ""
        self.message.setText(
            QCoreApplication.translate("HomeVisitBanner", "Home visit by %1").replace("%1", name)
        )
        self.note.setText(
            QCoreApplication.translate(
                "HomeVisitBanner",
                "Signed in without the network",
            )
            if badge is not None and badge.offline
            else ""
        )
        self.note.setVisible(bool(self.note.text()))
        self.sign_out.setText(QCoreApplication.translate("HomeVisitBanner", "Staff sign-out"))

    def text(self) -> str:
        return " ".join(t for t in (self.message.text(), self.note.text()) if t)


def install_banner(shell: KioskShell) -> HomeVisitBanner:
    """Puts the banner right under the shell's top bar, hidden until a visitor logs in."""
    central = shell.centralWidget()
    assert central is not None
    banner = HomeVisitBanner(central)
    column = central.layout()
    assert isinstance(column, QVBoxLayout)
    column.insertWidget(column.indexOf(shell.top_bar) + 1, banner)
    return banner

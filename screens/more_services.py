"""Other services: one large tile per service the flow offers, in the flow's order.

The texts and icons live here; which services appear, and what a tap starts, is the flow's
(kiosk.flow.more_services): a tile is built only for a service the view names.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.flow.events import ChooseService
from kiosk.flow.states import Service
from kiosk.flow.view_models import MoreServicesView
from screens.home import HomeTile
from screens.icons import IconKind
from screens.kit import ClaimantScreen
from screens.messages import msg_text

_ICONS: dict[Service, IconKind] = {
    Service.REPORT_CHANGE: IconKind.WARNING,
    Service.UPDATE_MOBILE: IconKind.PHONE,
    Service.PAYMENT_ACCOUNT: IconKind.SOCIAL_SECURITY_CARD,
    Service.REGISTRATION_PROOF: IconKind.PRINTER,
    Service.APPOINTMENT: IconKind.CLOCK,
    Service.COMPLAINT: IconKind.GUIDE,
}


def _texts() -> dict[Service, tuple[str, str]]:
    """(name, one line of detail) per service, translated at the moment of asking."""
    return {
        Service.REPORT_CHANGE: (
            QCoreApplication.translate("MoreServicesScreen", "Report a change"),
            QCoreApplication.translate(
                "MoreServicesScreen",
                "Found work, a pension, moving abroad, joining the army: tell us promptly.",
            ),
        ),
        Service.UPDATE_MOBILE: (
            QCoreApplication.translate("MoreServicesScreen", "Change my mobile number"),
            QCoreApplication.translate(
                "MoreServicesScreen", "A code goes to the new number to prove it is yours."
            ),
        ),
        Service.PAYMENT_ACCOUNT: (
            QCoreApplication.translate("MoreServicesScreen", "Payment account"),
            QCoreApplication.translate(
                "MoreServicesScreen", "Choose which of your accounts the benefit is paid into."
            ),
        ),
        Service.REGISTRATION_PROOF: (
            QCoreApplication.translate("MoreServicesScreen", "Print proof of registration"),
            QCoreApplication.translate(
                "MoreServicesScreen",
                "A proof of your unemployment registration, with a code to verify it.",
            ),
        ),
        Service.APPOINTMENT: (
            QCoreApplication.translate("MoreServicesScreen", "Book a counter appointment"),
            QCoreApplication.translate(
                "MoreServicesScreen",
                "For what cannot be done here: pick a day and time at your service centre.",
            ),
        ),
        Service.COMPLAINT: (
            QCoreApplication.translate("MoreServicesScreen", "Complaint or suggestion"),
            QCoreApplication.translate(
                "MoreServicesScreen",
                "Tell us what went wrong or what could be better; staff will answer.",
            ),
        ),
    }


class MoreServicesScreen(ClaimantScreen[MoreServicesView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout()
        self._grid.setSpacing(28)
        self.page.addLayout(self._grid)
        self.page.addStretch(1)
        self.tiles: dict[Service, HomeTile] = {}
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._arrange()

    def title(self) -> str:
        return QCoreApplication.translate("MoreServicesScreen", "Other services")

    def read_aloud_text(self) -> str:
        names = [made.name.text() for made in self.tiles.values()]
        return "\n".join([self.heading.text(), *names])

    def clear(self) -> None:
        super().clear()
        self._build(())

    def _build(self, services: tuple[Service, ...]) -> None:
        if tuple(self.tiles) == services:
            return
        for made in self.tiles.values():
            self._grid.removeWidget(made)
            made.deleteLater()
        self.tiles = {}
        for service in services:
            made = HomeTile(_ICONS[service], self.body)
            made.clicked.connect(lambda chosen=service: self.send(ChooseService(chosen)))
            self.tiles[service] = made
        self._arrange()

    def _arrange(self) -> None:
        for made in self.tiles.values():
            self._grid.removeWidget(made)
        columns = 1 if self.is_portrait() else 2
        for index, made in enumerate(self.tiles.values()):
            self._grid.addWidget(made, index // columns, index % columns)
        for col in range(2):
            self._grid.setColumnStretch(col, 1 if col < columns else 0)

    def _render(self) -> None:
        if self._view is None:
            return
        self.heading.setText(msg_text(self._view.message))
        self._build(self._view.services)
        texts = _texts()
        for service, made in self.tiles.items():
            name, detail = texts[service]
            made.name.setText(name)
            made.detail.setText(detail)

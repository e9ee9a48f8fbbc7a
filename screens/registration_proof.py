"""The proof of unemployment registration before and while it prints: exactly what the paper
will say (registration date, masked identity, the agency, the verification QR), then printing
as the receipt screen reports it. No registration, no network: the flow's message says why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QProgressBar, QVBoxLayout, QWidget

from kiosk.flow.events import Retry
from kiosk.flow.proof_events import PrintRegistrationProof
from kiosk.flow.proof_views import RegistrationProofView
from kiosk.flow.states import PrintProgress
from kiosk.flow.view_models import Action
from screens.icons import IconKind
from screens.kit import ClaimantScreen, FactCard, Notice, action_button
from screens.messages import date_text, msg_text
from screens.qr import QrCodeView
from screens.widgets import text_label


class RegistrationProofScreen(ClaimantScreen[RegistrationProofView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fault = Notice(IconKind.PRINTER, self)
        self.fault.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.facts = FactCard(self, inline=True)
        self.name_label, self.name = self.facts.add_fact()
        self.id_label, self.id_number = self.facts.add_fact()
        self.date_label, self.registered = self.facts.add_fact()
        self.agency_label, self.agency = self.facts.add_fact()
        self.issued_label, self.issued = self.facts.add_fact()
        self.qr = QrCodeView(self)
        self.qr_text = text_label("body", parent=self)
        self.print_button = action_button(
            "primary", IconKind.PRINTER, lambda: self.send(PrintRegistrationProof()), self
        )
        self.retry_button = action_button("secondary", None, lambda: self.send(Retry()), self)
        qr_column = QVBoxLayout()
        qr_column.setSpacing(12)
        qr_column.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        qr_column.addWidget(self.qr_text)
        qr_column.addStretch(1)
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._row.setSpacing(40)
        self._row.addWidget(self.facts, 3)
        self._row.addLayout(qr_column, 2)
        self.page.insertWidget(0, self.fault)
        self.page.addWidget(self.progress)
        self.page.addLayout(self._row)
        self.page.addStretch(1)
        self.page.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.page.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def _show_actions(self) -> None:
        self.print_button.setVisible(self.allows(Action.PRINT_REGISTRATION_PROOF))
        self.retry_button.setVisible(self.allows(Action.RETRY))

    def clear(self) -> None:
        super().clear()
        self.qr.set_text(None)
        for label in (self.name, self.id_number, self.registered, self.agency, self.issued):
            label.clear()

    def title(self) -> str:
        return QCoreApplication.translate(
            "RegistrationProofScreen", "Proof of unemployment registration"
        )

    def read_aloud_text(self) -> str:
        parts = [self.heading.text()]
        if self.facts.isVisibleTo(self):
            parts += [self.date_label.text(), self.registered.text()]
        return "\n".join(parts)

    def _render(self) -> None:
        self.facts.set_title(
            QCoreApplication.translate("RegistrationProofScreen", "What the proof says")
        )
        self.name_label.setText(QCoreApplication.translate("RegistrationProofScreen", "Name"))
        self.id_label.setText(QCoreApplication.translate("RegistrationProofScreen", "ID number"))
        self.date_label.setText(
            QCoreApplication.translate("RegistrationProofScreen", "Registered as unemployed on")
        )
        self.agency_label.setText(QCoreApplication.translate("RegistrationProofScreen", "Agency"))
        self.issued_label.setText(
            QCoreApplication.translate("RegistrationProofScreen", "Issued on")
        )
        self.qr_text.setText(
            QCoreApplication.translate(
                "RegistrationProofScreen",
                "Whoever receives the proof can scan this code to check it with the agency.",
            )
        )
        self.retry_button.setText(
            QCoreApplication.translate("RegistrationProofScreen", "Try again")
        )
        view = self._view
        self.print_button.setText(
            QCoreApplication.translate("RegistrationProofScreen", "Print again")
            if view is not None and view.printing is not None
            else QCoreApplication.translate("RegistrationProofScreen", "Print the proof")
        )
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        self.fault.set_text(msg_text(view.fault) if view.fault else "")
        self.progress.setVisible(view.printing is PrintProgress.PRINTING)
        has_proof = view.registration_date is not None
        self.facts.setVisible(has_proof)
        self.qr.set_text(view.verify_url if has_proof else None)
        self.qr.setVisible(self.qr.has_code())
        self.qr_text.setVisible(self.qr.has_code())
        if view.registration_date is not None:
            self.name.setText(view.masked_name)
            self.id_number.setText(view.masked_id_number)
            self.registered.setText(date_text(view.registration_date))
            self.agency.setText(view.agency)
            self.issued.setText(date_text(view.issued_on) if view.issued_on else "")
        self._show_actions()

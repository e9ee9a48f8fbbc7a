"""Withdraw an application: a confirmation that says plainly what withdrawing means, then the
agency's answer with a receipt to print and the way back to the status, which shows it
withdrawn."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.flow.change_events import ConfirmWithdrawal
from kiosk.flow.change_views import WithdrawnView, WithdrawView
from kiosk.flow.events import ChooseStatus, PrintReceipt
from kiosk.flow.view_models import Action
from screens.icons import IconKind
from screens.kit import ClaimantScreen, FactCard, Notice, action_button
from screens.messages import claim_kind_text, date_text, msg_text
from screens.report_change import PrintPanel, ResultTop
from screens.widgets import text_label


class WithdrawScreen(ClaimantScreen[WithdrawView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = Notice(IconKind.WARNING, self)
        self.problem.hide()
        self.facts = FactCard(self.body, inline=True)
        self.kind_name, self.kind_value = self.facts.add_fact()
        self.ref_name, self.ref_value = self.facts.add_fact()
        self.meaning = QFrame(self.body)
        self.meaning.setObjectName("Card")
        self.meaning_title = text_label("item", parent=self.meaning)
        self.points = [text_label("body", parent=self.meaning) for _ in range(3)]
        column = QVBoxLayout(self.meaning)
        column.setContentsMargins(32, 20, 32, 20)
        column.setSpacing(8)
        column.addWidget(self.meaning_title)
        for label in self.points:
            column.addWidget(label)
        self.confirm_button = action_button(
            "primary", IconKind.CHECK, lambda: self.send(ConfirmWithdrawal()), self
        )
        self.keep_text = text_label("body", parent=self.body)
        self.page.insertWidget(0, self.problem)
        self.page.addWidget(self.facts)
        self.page.addWidget(self.meaning)
        self.page.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.page.addWidget(self.keep_text)
        self.page.addStretch(1)
        self.retranslate()

    def _show_actions(self) -> None:
        allowed = self.allows(Action.CONFIRM_WITHDRAWAL)
        self.confirm_button.setVisible(allowed)
        self.keep_text.setVisible(allowed)

    def clear(self) -> None:
        super().clear()
        self.ref_value.clear()

    def title(self) -> str:
        return QCoreApplication.translate("WithdrawScreen", "Withdraw an application")

    def read_aloud_text(self) -> str:
        parts = [self.problem.text.text() if self.problem.isVisibleTo(self) else ""]
        parts += [self.heading.text(), *(label.text() for label in self.points)]
        return "\n".join(part for part in parts if part)

    def _render(self) -> None:
        self.kind_name.setText(QCoreApplication.translate("WithdrawScreen", "Application"))
        self.ref_name.setText(QCoreApplication.translate("WithdrawScreen", "Reference"))
        self.meaning_title.setText(
            QCoreApplication.translate("WithdrawScreen", "What withdrawing means")
        )
        points = (
            QCoreApplication.translate(
                "WithdrawScreen", "The agency stops handling it and will not decide it."
            ),
            QCoreApplication.translate(
                "WithdrawScreen", "Nothing will be paid for this application."
            ),
            QCoreApplication.translate(
                "WithdrawScreen",
                "It cannot be undone. You may apply again later, if you are still entitled.",
            ),
        )
        for label, text in zip(self.points, points, strict=True):
            label.setText("• " + text)
        self.confirm_button.setText(
            QCoreApplication.translate("WithdrawScreen", "Yes, withdraw it")
        )
        self.keep_text.setText(
            QCoreApplication.translate("WithdrawScreen", "To keep your application, press Back.")
        )
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        self.problem.set_text(msg_text(view.problem) if view.problem else "")
        self.kind_value.setText(claim_kind_text(view.kind))
        self.ref_value.setText(view.reference)
        self._show_actions()


class WithdrawnScreen(ClaimantScreen[WithdrawnView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.top = ResultTop(self, self.body)
        self.page.insertWidget(0, self.top)
        self.next_card = QFrame(self.body)
        self.next_card.setObjectName("Card")
        self.next_title = text_label("item", parent=self.next_card)
        self.next_text = text_label("lead", parent=self.next_card)
        column = QVBoxLayout(self.next_card)
        column.setContentsMargins(32, 20, 32, 20)
        column.setSpacing(8)
        column.addWidget(self.next_title)
        column.addWidget(self.next_text)
        self.printing = PrintPanel(self.body)
        self.printing.print_button.clicked.connect(lambda: self.send(PrintReceipt()))
        self.status_button = action_button(
            "secondary", IconKind.STATUS, lambda: self.send(ChooseStatus()), self
        )
        self.page.addWidget(self.next_card)
        self.page.addWidget(self.printing)
        self.page.addWidget(self.status_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.page.addStretch(1)
        self.retranslate()

    def _show_actions(self) -> None:
        view = self._view
        fault = msg_text(view.fault) if view is not None and view.fault else ""
        printing = view.printing if view is not None else None
        self.printing.show_printing(printing, fault, self.allows(Action.PRINT_RECEIPT))
        self.status_button.setVisible(self.allows(Action.STATUS))

    def clear(self) -> None:
        super().clear()
        self.top.reference.clear()

    def title(self) -> str:
        return QCoreApplication.translate("WithdrawScreen", "Application withdrawn")

    def read_aloud_text(self) -> str:
        return "\n".join((self.heading.text(), self.next_text.text()))

    def _render(self) -> None:
        self.top.label.setText(QCoreApplication.translate("WithdrawScreen", "Reference"))
        self.next_title.setText(QCoreApplication.translate("WithdrawScreen", "What happens next"))
        self.next_text.setText(
            QCoreApplication.translate(
                "WithdrawScreen",
                "Nothing more: the agency will not decide it and pays nothing for it. You may "
                "apply again whenever you are entitled.",
            )
        )
        self.status_button.setText(
            QCoreApplication.translate("WithdrawScreen", "See my applications")
        )
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        self.top.kind.setText(f"{claim_kind_text(view.kind)} · {date_text(view.withdrawn_on)}")
        self.top.reference.setText(view.reference)
        self._show_actions()

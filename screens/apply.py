"""Applying in four steps: mobile number, payment account, the commitment (承诺), review.

Each step shows where the claimant is ("step 2 of 4", with done steps ticked) and one clear
button forward. The commitment is shown in full and accepted with its own button; the review
shows the mobile number in full so a typo can be caught. The flow checks every answer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.claims import ClaimKind
from kiosk.flow.details_types import SelectPaymentAccount
from kiosk.flow.events import (
    AcceptCommitment,
    ConfirmPaymentAccount,
    MobileEntered,
    SubmitApplication,
    UseMobileOnFile,
)
from kiosk.flow.states import ApplyStep
from kiosk.flow.view_models import Action, ApplyView
from screens.icons import IconKind
from screens.kit import EntryPad, FactCard, Notice, TouchingScreen, action_button
from screens.messages import account_kind_text, claim_kind_text, msg_text
from screens.payment_account import AccountList, account_line, applies_from_text
from screens.widgets import text_label

_STEPS = (ApplyStep.MOBILE, ApplyStep.PAYMENT_ACCOUNT, ApplyStep.COMMITMENT, ApplyStep.REVIEW)


def step_name(step: ApplyStep) -> str:
    return {
        ApplyStep.MOBILE: QCoreApplication.translate("ApplyScreen", "Mobile number"),
        ApplyStep.PAYMENT_ACCOUNT: QCoreApplication.translate("ApplyScreen", "Payment account"),
        ApplyStep.COMMITMENT: QCoreApplication.translate("ApplyScreen", "Promise"),
        ApplyStep.REVIEW: QCoreApplication.translate("ApplyScreen", "Check and submit"),
    }[step]


def commitment_text() -> str:
    """The commitment to report stop conditions (Regulations art. 15; 2019 notice §4)."""
    return QCoreApplication.translate(
        "ApplyScreen",
        "I promise that what I have stated is true. While I receive unemployment benefit, I "
        "will tell the agency at once (at a service counter or by calling 12333) if: I find "
        "a job or register a business; I start receiving the basic pension; I join the army, "
        "settle abroad or am imprisoned; or I refuse, without good reason, a suitable job or "
        "training offered to me. I know that benefit paid after such a change must be paid "
        "back.",
    )


class _StepStrip(QWidget):
    """Four boxes: done steps ticked, the current one marked and framed, later ones plain."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[QFrame] = []
        self.labels: list[QLabel] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(12)
        for _ in _STEPS:
            box = QFrame(self)
            label = text_label("body", parent=box)
            inner = QHBoxLayout(box)
            inner.setContentsMargins(16, 6, 16, 6)
            inner.addWidget(label)
            self.boxes.append(box)
            self.labels.append(label)
        self.set_portrait(False)

    def set_portrait(self, portrait: bool) -> None:
        """Portrait: two rows of two, so each step's name has room to stay whole."""
        per_row = 2 if portrait else len(self.boxes)
        for box in self.boxes:
            self._grid.removeWidget(box)
        for index, box in enumerate(self.boxes):
            self._grid.addWidget(box, index // per_row, index % per_row)
        for column in range(len(self.boxes)):
            self._grid.setColumnStretch(column, 1 if column < per_row else 0)

    def show_step(self, current: int) -> None:
        for index, (box, label) in enumerate(zip(self.boxes, self.labels, strict=True)):
            number = index + 1
            name = step_name(_STEPS[index])
            if number < current:
                text, box_name, role = f"✓\u00a0{name}", "", "body"
            elif number == current:
                text, box_name, role = f"{number}.\u00a0{name}", "StepDone", "strong"
            else:
                text, box_name, role = f"{number}.\u00a0{name}", "", "muted"
            label.setText(text)
            # Re-styling is what costs here (a style sheet lookup per widget): only when the
            # step's look changes, not on every view of the same step.
            if box.objectName() != box_name or label.property("role") != role:
                box.setObjectName(box_name)
                label.setProperty("role", role)
                for widget in (box, label):
                    widget.style().unpolish(widget)
                    widget.style().polish(widget)


class ApplyScreen(TouchingScreen[ApplyView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strip = _StepStrip(self)
        self.page.insertWidget(0, self.strip)
        self.problem = Notice(IconKind.WARNING, self)
        self.problem.hide()
        self.page.addWidget(self.problem)

        # -- mobile ------------------------------------------------------------------------
        self.mobile_step = QWidget(self)
        self.on_file_card = QFrame(self.mobile_step)
        self.on_file_card.setObjectName("Card")
        self.on_file_text = text_label("lead", parent=self.on_file_card)
        self.on_file_button = action_button(
            "primary", IconKind.CHECK, lambda: self.send(UseMobileOnFile()), self.on_file_card
        )
        self.type_text = text_label("lead", parent=self.on_file_card)
        # A typing mistake is shown beside the keypad, where the claimant is looking.
        self.mobile_problem = Notice(IconKind.WARNING, self.on_file_card)
        self.mobile_problem.hide()
        card_column = QVBoxLayout(self.on_file_card)
        card_column.setContentsMargins(32, 20, 32, 20)
        card_column.setSpacing(16)
        card_column.addWidget(self.mobile_problem)
        card_column.addWidget(self.on_file_text)
        card_column.addWidget(self.on_file_button, 0, Qt.AlignmentFlag.AlignLeft)
        card_column.addStretch(1)
        card_column.addWidget(self.type_text)
        self._connect_pad(
            EntryPad(11, clear_on_submit=False, display_elsewhere=True, parent=self.mobile_step)
        )
        # The number being typed shows in the card, under "type your number", beside the keys.
        card_column.addWidget(self.pad.display)
        self.pad.submitted.connect(lambda number: self.send(MobileEntered(number=number)))
        self._mobile_row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.mobile_step)
        self._mobile_row.setContentsMargins(0, 0, 0, 0)
        self._mobile_row.setSpacing(40)
        self._mobile_row.addWidget(self.on_file_card, 5)
        self._mobile_row.addWidget(self.pad, 4, Qt.AlignmentFlag.AlignTop)

        # -- payment account ---------------------------------------------------------------
        self.account_step = QWidget(self)
        self.account = FactCard(self.account_step, inline=True)
        self.account_kind_label, self.account_kind = self.account.add_fact()
        self.bank_label, self.bank = self.account.add_fact()
        self.number_label, self.number = self.account.add_fact()
        # Several accounts on file: the same tiles as the payment-account service.
        self.account_choices = AccountList(
            lambda account_id: self.send(SelectPaymentAccount(account_id)), self.account_step
        )
        self.account_note = text_label("body", parent=self.account_step)
        self.confirm_account_button = action_button(
            "primary", IconKind.CHECK, lambda: self.send(ConfirmPaymentAccount()), self.account_step
        )
        account_column = QVBoxLayout(self.account_step)
        account_column.setContentsMargins(0, 0, 0, 0)
        account_column.setSpacing(20)
        account_column.addWidget(self.account)
        account_column.addWidget(self.account_choices)
        account_column.addWidget(self.account_note)
        account_column.addStretch(1)
        account_column.addWidget(self.confirm_account_button, 0, Qt.AlignmentFlag.AlignLeft)

        # -- commitment --------------------------------------------------------------------
        self.commitment_step = QWidget(self)
        self.commitment_card = QFrame(self.commitment_step)
        self.commitment_card.setObjectName("Card")
        self.commitment = text_label("lead", parent=self.commitment_card)
        self.commitment_version = text_label("muted", parent=self.commitment_card)
        promise_column = QVBoxLayout(self.commitment_card)
        promise_column.setContentsMargins(32, 20, 32, 20)
        promise_column.setSpacing(12)
        promise_column.addWidget(self.commitment)
        promise_column.addWidget(self.commitment_version)
        self.accept_button = action_button(
            "primary", IconKind.CHECK, lambda: self.send(AcceptCommitment()), self.commitment_step
        )
        commitment_column = QVBoxLayout(self.commitment_step)
        commitment_column.setContentsMargins(0, 0, 0, 0)
        commitment_column.setSpacing(20)
        commitment_column.addWidget(self.commitment_card)
        commitment_column.addStretch(1)
        commitment_column.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignLeft)

        # -- review ------------------------------------------------------------------------
        self.review_step = QWidget(self)
        self.review = FactCard(self.review_step, inline=True)
        self.what_label, self.what = self.review.add_fact()
        self.mobile_label, self.mobile = self.review.add_fact()
        self.paid_label, self.paid = self.review.add_fact()
        self.promise_label, self.promise = self.review.add_fact()
        self.submit_note = text_label("body", parent=self.review_step)
        self.submit_button = action_button(
            "primary", IconKind.APPLY, lambda: self.send(SubmitApplication()), self.review_step
        )
        review_column = QVBoxLayout(self.review_step)
        review_column.setContentsMargins(0, 0, 0, 0)
        review_column.setSpacing(20)
        review_column.addWidget(self.review)
        review_column.addWidget(self.submit_note)
        review_column.addStretch(1)
        review_column.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignLeft)

        self._steps = {
            ApplyStep.MOBILE: self.mobile_step,
            ApplyStep.PAYMENT_ACCOUNT: self.account_step,
            ApplyStep.COMMITMENT: self.commitment_step,
            ApplyStep.REVIEW: self.review_step,
        }
        for widget in self._steps.values():
            self.page.addWidget(widget, 1)
            widget.hide()
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self.strip.set_portrait(portrait)
        self._mobile_row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def set_view(self, view: ApplyView) -> None:
        if self._view is None or self._view.step is not view.step:
            self.pad.clear()
        self._view = view
        self.render_view()

    def _show_actions(self) -> None:
        self.on_file_button.setVisible(self.allows(Action.USE_MOBILE_ON_FILE))
        self.pad.setEnabled(self.allows(Action.ENTER_MOBILE))
        self.confirm_account_button.setVisible(self.allows(Action.CONFIRM_PAYMENT_ACCOUNT))
        self.account_choices.set_choosable(self.allows(Action.CHOOSE_PAYMENT_ACCOUNT))
        self.accept_button.setEnabled(self.allows(Action.ACCEPT_COMMITMENT))
        self.submit_button.setEnabled(self.allows(Action.SUBMIT))

    def clear(self) -> None:
        super().clear()
        for label in (self.mobile, self.number, self.bank, self.on_file_text):
            label.clear()
        # Every application starts at the first step: re-styling the strip for it now, between
        # sessions, keeps that cost (about 3 ms when the last visit ended on the last step) out
        # of the change from the eligibility screen.
        self.strip.show_step(1)

    def title(self) -> str:
        view = self._view
        if view is not None and view.kind is ClaimKind.TRAINING_SUBSIDY:
            return QCoreApplication.translate("ApplyScreen", "Apply for the training subsidy")
        return QCoreApplication.translate("ApplyScreen", "Apply for unemployment benefit")

    def read_aloud_text(self) -> str:
        parts = [self.heading.text()]
        for notice in (self.problem, self.mobile_problem):
            if notice.isVisibleTo(self):
                parts.append(notice.text.text())
        if self.commitment_step.isVisibleTo(self):
            parts.append(self.commitment.text())
        return "\n".join(part for part in parts if part)

    def _render(self) -> None:
        self.pad.set_words(
            QCoreApplication.translate("PinScreen", "Delete"),
            QCoreApplication.translate("PinScreen", "OK"),
        )
        self.type_text.setText(
            QCoreApplication.translate(
                "ApplyScreen", "Or type another number on the keypad, then OK."
            )
        )
        self.on_file_button.setText(QCoreApplication.translate("ApplyScreen", "Use this number"))
        self.account_kind_label.setText(QCoreApplication.translate("ApplyScreen", "Paid into"))
        self.bank_label.setText(QCoreApplication.translate("ApplyScreen", "Bank"))
        self.number_label.setText(QCoreApplication.translate("ApplyScreen", "Account number"))
        self.account_note.setText(
            QCoreApplication.translate(
                "ApplyScreen",
                "You never need to give a bank card number here. To change the account, ask "
                "at a service counter.",
            )
        )
        self.confirm_account_button.setText(
            QCoreApplication.translate("ApplyScreen", "Yes, pay into this account")
        )
        self.commitment.setText(commitment_text())
        self.accept_button.setText(
            QCoreApplication.translate("ApplyScreen", "I have read it and I promise")
        )
        self.what_label.setText(QCoreApplication.translate("ApplyScreen", "You apply for"))
        self.mobile_label.setText(QCoreApplication.translate("ApplyScreen", "Mobile number"))
        self.paid_label.setText(QCoreApplication.translate("ApplyScreen", "Paid into"))
        self.promise_label.setText(QCoreApplication.translate("ApplyScreen", "Promise"))
        self.promise.setText(QCoreApplication.translate("ApplyScreen", "✓ Accepted"))
        self.submit_note.setText(
            QCoreApplication.translate(
                "ApplyScreen",
                "Press Submit to send your application. To change something, press Back.",
            )
        )
        self.submit_button.setText(QCoreApplication.translate("ApplyScreen", "Submit"))
        view = self._view
        if view is None:
            return
        self.strip.show_step(view.step_number)
        self.heading.setText(msg_text(view.message))
        problem = msg_text(view.problem) if view.problem else ""
        on_mobile = view.step is ApplyStep.MOBILE
        self.problem.set_text("" if on_mobile else problem)
        self.mobile_problem.set_text(problem if on_mobile else "")
        for step, widget in self._steps.items():
            widget.setVisible(step is view.step)
        if view.masked_mobile_on_file:
            self.on_file_text.setText(
                QCoreApplication.translate(
                    "ApplyScreen", "The number on file is {mobile}."
                ).replace("{mobile}", view.masked_mobile_on_file)
            )
        else:
            self.on_file_text.setText(
                QCoreApplication.translate(
                    "ApplyScreen", "There is no mobile number on file. Please type yours."
                )
            )
        self.want(self.type_text, view.masked_mobile_on_file is not None)
        account = view.payment_account
        choosing = bool(view.accounts)
        self.account_choices.show_accounts(view.accounts, view.chosen_account)
        self.account_choices.setVisible(choosing)
        if choosing:
            self.account_note.setText(applies_from_text())
        self.account.setVisible(account is not None and not choosing)
        if account is not None:
            self.account_kind.setText(account_kind_text(account.kind))
            self.bank.setText(account.bank_name)
            self.number.setText(account.masked_number or "")
            for label in (self.bank_label, self.bank):
                label.setVisible(bool(account.bank_name))
            for label in (self.number_label, self.number):
                label.setVisible(bool(account.masked_number))
        self.commitment_version.setText(
            QCoreApplication.translate("ApplyScreen", "Commitment version {version}").replace(
                "{version}", view.commitment_version
            )
        )
        what = claim_kind_text(view.kind)
        if view.course_name:
            what = f"{what}: {view.course_name}"
        self.what.setText(what)
        self.mobile.setText(_grouped(view.mobile_entered or ""))
        if account is not None:
            paid = account_kind_text(account.kind)
            if account.masked_number:
                paid = f"{account.bank_name} {account.masked_number}".strip()
            self.paid.setText(paid)
        chosen = next((a for a in view.accounts if a.account_id == view.chosen_account), None)
        if chosen is not None:
            self.paid.setText(account_line(chosen))
        self._show_actions()


def _grouped(number: str) -> str:
    return " ".join(part for part in (number[:3], number[3:7], number[7:]) if part)

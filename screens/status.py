"""Where each of the claimant's applications stands, never as a bare "pending".

Per application: the situation now, what you do next, what the agency does next and by when,
the timeline, payments made and months left, and any stop with its reason. Offline, the page
shows what this kiosk knows and says it may be out of date (the flow's message says so).
Several applications are shown one at a time with "previous" / "next".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.claims import ClaimSituation
from kiosk.flow.change_events import WithdrawApplication
from kiosk.flow.change_views import WithdrawOffer
from kiosk.flow.events import Retry
from kiosk.flow.proof_events import ShowDecision
from kiosk.flow.view_models import Action, ClaimView, StatusView
from screens.flow_row import FlowRow
from screens.icons import IconKind
from screens.kit import ClaimantScreen, Notice, action_button
from screens.messages import (
    claim_kind_text,
    date_text,
    money_text,
    month_text,
    months_text,
    msg_text,
    situation_text,
    stop_reason_text,
)
from screens.status_desk import StatusDeskPanel
from screens.widgets import text_label

# Every step (each situation once, kiosk.flow.claim_views) and every month paid (at most the
# 24-month cap) is listed, so the list always matches "paid so far"; the page scrolls.
MAX_TIMELINE = len(ClaimSituation)
MAX_PAYMENTS = 24


def _card(parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame(parent)
    card.setObjectName("Card")
    column = QVBoxLayout(card)
    column.setContentsMargins(32, 20, 32, 20)
    column.setSpacing(6)
    return card, column


class StatusScreen(ClaimantScreen[StatusView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = 0
        self.out_of_date = Notice(IconKind.OFFLINE, self)
        self.out_of_date.hide()
        self.page.addWidget(self.out_of_date)

        self.pager = QWidget(self)
        self.pager_text = text_label("strong", parent=self.pager)
        buttons = QWidget(self.pager)
        self.previous_button = action_button("secondary", IconKind.BACK, self._previous, buttons)
        self.next_button = action_button("secondary", None, self._next, buttons)
        button_row = QHBoxLayout(buttons)
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.setSpacing(24)
        button_row.addWidget(self.previous_button)
        button_row.addWidget(self.next_button)
        # "Previous" and "Next" go under "Application 1 of 2" when one row has no room.
        pager_row = FlowRow(self.pager, spacing=24)
        pager_row.add(self.pager_text)
        pager_row.add(buttons)
        self.page.addWidget(self.pager)

        self.now_card, now = _card(self)
        self.kind = text_label("muted", parent=self.now_card)
        self.situation = text_label("heading", parent=self.now_card)
        self.you_title = text_label("item", parent=self.now_card)
        self.you_text = text_label("body", parent=self.now_card)
        self.agency_title = text_label("item", parent=self.now_card)
        self.agency_text = text_label("body", parent=self.now_card)
        self.stop_text = text_label("strong", parent=self.now_card)
        # A refusal's written decision, in short, and the way to read and print it whole.
        self.decision_text = text_label("strong", parent=self.now_card)
        self.decision_button = action_button(
            "primary", IconKind.GUIDE, self._show_decision, self.now_card
        )
        self._reference: str | None = None
        # A stop and its reason come straight after the situation: they are what the claimant
        # came to find out, not a footnote under "nothing more to do".
        for label in (
            self.kind,
            self.situation,
            self.stop_text,
            self.decision_text,
            self.decision_button,
            self.you_title,
            self.you_text,
            self.agency_title,
            self.agency_text,
        ):
            now.addWidget(label)
        # Withdrawing an undecided application (kiosk/flow/withdraw.py), or why not yet.
        self.withdraw_note = text_label("body", parent=self.now_card)
        self.withdraw_button = action_button(
            "secondary", IconKind.BACK, self._withdraw, self.now_card
        )
        self._withdraw_reference: str | None = None
        now.addWidget(self.withdraw_note)
        now.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignLeft)
        now.addStretch(1)

        self.history_card, history = _card(self)
        self.timeline_title = text_label("item", parent=self.history_card)
        history.addWidget(self.timeline_title)
        self.timeline: list[QLabel] = []
        for _ in range(MAX_TIMELINE):
            entry = text_label("body", parent=self.history_card)
            self.timeline.append(entry)
            history.addWidget(entry)
        self.payments_title = text_label("item", parent=self.history_card)
        history.addWidget(self.payments_title)
        self.payments: list[QLabel] = []
        for _ in range(MAX_PAYMENTS):
            entry = text_label("body", parent=self.history_card)
            self.payments.append(entry)
            history.addWidget(entry)
        self.months_paid = text_label("body", parent=self.history_card)
        history.addWidget(self.months_paid)
        self.months_left = text_label("strong", parent=self.history_card)
        history.addWidget(self.months_left)
        self.months_unused = text_label("body", parent=self.history_card)
        history.addWidget(self.months_unused)
        history.addStretch(1)

        self._cards = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._cards.setSpacing(28)
        self._cards.addWidget(self.now_card, 3)
        self._cards.addWidget(self.history_card, 2)
        self.page.addLayout(self._cards)
        # Complaints with their answers and upcoming appointments (screens/status_desk.py).
        self.desk = StatusDeskPanel(self)
        self.page.addWidget(self.desk)
        self.page.addStretch(1)
        self.retry_button = action_button("secondary", None, lambda: self.send(Retry()), self)
        self.page.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        # The reference, every timeline entry and every payment stay: a page taller than the
        # panel scrolls, with "more below" under it (ClaimantScreen).
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._cards.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self.desk.set_portrait(portrait)

    def set_view(self, view: StatusView) -> None:
        if self._view is None or self._view.claims != view.claims:
            self._index = 0
        self._view = view
        self.render_view()

    def _show_actions(self) -> None:
        self.retry_button.setVisible(self.allows(Action.RETRY))
        offered = self._withdraw_reference is not None and self.allows(Action.WITHDRAW)
        self.withdraw_button.setVisible(offered)

    def _withdraw(self) -> None:
        if self._withdraw_reference is not None:
            self.send(WithdrawApplication(self._withdraw_reference))

    def _show_decision(self) -> None:
        if self._reference is not None:
            self.send(ShowDecision(self._reference))

    def clear(self) -> None:
        super().clear()
        self._index = 0
        for label in (self.kind, self.situation, *self.timeline, *self.payments):
            label.clear()
        self.desk.clear()

    def _previous(self) -> None:
        self._index = max(0, self._index - 1)
        self.render_view()

    def _next(self) -> None:
        if self._view is not None:
            self._index = min(len(self._view.claims) - 1, self._index + 1)
        self.render_view()

    def title(self) -> str:
        return QCoreApplication.translate("StatusScreen", "My applications")

    def read_aloud_text(self) -> str:
        parts = [self.heading.text()]
        if self.now_card.isVisibleTo(self):
            parts += [
                self.situation.text(),
                self.stop_text.text() if self.stop_text.isVisibleTo(self) else "",
                self.you_title.text(),
                self.you_text.text(),
                self.agency_title.text(),
                self.agency_text.text(),
            ]
        parts.append(self.desk.read_aloud_text())
        return "\n".join(part for part in parts if part)

    def _render(self) -> None:
        self.previous_button.setText(QCoreApplication.translate("StatusScreen", "Previous"))
        self.next_button.setText(QCoreApplication.translate("StatusScreen", "Next"))
        self.you_title.setText(QCoreApplication.translate("StatusScreen", "What you do next"))
        self.agency_title.setText(
            QCoreApplication.translate("StatusScreen", "What the agency does next")
        )
        self.timeline_title.setText(QCoreApplication.translate("StatusScreen", "So far"))
        self.payments_title.setText(QCoreApplication.translate("StatusScreen", "Payments made"))
        self.retry_button.setText(QCoreApplication.translate("StatusScreen", "Try again"))
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        self.desk.set_view(view.desk)
        self.out_of_date.set_text(
            QCoreApplication.translate(
                "StatusScreen", "Shown from this kiosk only. It may be out of date."
            )
            if view.may_be_out_of_date and view.claims
            else ""
        )
        claims = view.claims
        self.pager.setVisible(len(claims) > 1)
        self.now_card.setVisible(bool(claims))
        self.history_card.setVisible(bool(claims))
        if claims:
            self._index = min(self._index, len(claims) - 1)
            self.pager_text.setText(
                QCoreApplication.translate("StatusScreen", "Application {number} of {count}")
                .replace("{number}", str(self._index + 1))
                .replace("{count}", str(len(claims)))
            )
            self.previous_button.setEnabled(self._index > 0)
            self.next_button.setEnabled(self._index < len(claims) - 1)
            self._show_claim(claims[self._index])
        self._show_actions()

    def _show_claim(self, claim: ClaimView) -> None:
        self.kind.setText(
            QCoreApplication.translate("StatusScreen", "{kind}, reference {reference}")
            .replace("{kind}", claim_kind_text(claim.kind))
            .replace("{reference}", claim.reference)
        )
        self.situation.setText(
            QCoreApplication.translate("StatusScreen", "Now: {situation}").replace(
                "{situation}", situation_text(claim.situation)
            )
        )
        self.you_text.setText(msg_text(claim.you_do_next))
        agency = msg_text(claim.agency_does_next)
        if claim.agency_acts_by is not None:
            agency += " " + QCoreApplication.translate("StatusScreen", "By {date}.").replace(
                "{date}", date_text(claim.agency_acts_by)
            )
        self.agency_text.setText(agency)
        self.stop_text.setText(_stop_text(claim))
        self.stop_text.setVisible(bool(self.stop_text.text()))
        self._reference = claim.reference
        self.decision_text.setText(_decision_text(claim))
        self.decision_text.setVisible(claim.decision is not None)
        self.decision_button.setText(
            QCoreApplication.translate("StatusScreen", "Read and print the decision")
        )
        self.decision_button.setVisible(
            claim.decision is not None and self.allows(Action.DECISION_NOTICE)
        )
        entries = claim.timeline[-MAX_TIMELINE:]
        for index, label in enumerate(self.timeline):
            if index < len(entries):
                entry = entries[index]
                label.setText(f"✓ {date_text(entry.on)}  {situation_text(entry.situation)}")
                self.want(label, True)
            else:
                self.want(label, False)
        payments = claim.payments[-MAX_PAYMENTS:]
        self.payments_title.setVisible(bool(payments))
        for index, label in enumerate(self.payments):
            if index < len(payments):
                payment = payments[index]
                line = f"{month_text(payment.month)}  {money_text(payment.amount)}"
                if payment.returned:
                    line += "  " + QCoreApplication.translate(
                        "StatusScreen", "(returned by the bank, to be paid again)"
                    )
                label.setText(line)
                self.want(label, True)
            else:
                self.want(label, False)
        self.months_paid.setText(_paid_text(claim))
        self.months_paid.setVisible(bool(self.months_paid.text()))
        self.months_left.setText(_left_text(claim))
        self.months_left.setVisible(bool(self.months_left.text()))
        self.months_unused.setText(
            QCoreApplication.translate(
                "StatusScreen",
                "{months} will not be paid because of the stop. If you lose a job again, they "
                "can be added to a new claim.",
            ).replace("{months}", months_text(claim.months_unused))
            if claim.months_unused
            else ""
        )
        self.months_unused.setVisible(bool(claim.months_unused))
        offer = claim.withdrawal
        self._withdraw_reference = claim.reference if offer is WithdrawOffer.OFFERED else None
        self.withdraw_button.setText(
            QCoreApplication.translate("StatusScreen", "Withdraw this application")
        )
        self.withdraw_note.setText(
            QCoreApplication.translate(
                "StatusScreen",
                "Still on this kiosk, so it cannot be withdrawn yet. Once it has been sent, "
                "you can withdraw it here while it is undecided, or at a service counter.",
            )
            if offer is WithdrawOffer.AFTER_SENDING
            else ""
        )
        self.withdraw_note.setVisible(offer is WithdrawOffer.AFTER_SENDING)
        self._show_actions()


def _stop_text(claim: ClaimView) -> str:
    """The month payment stopped from, and why, in one sentence."""
    if claim.stop_reason_code is None and claim.stopped_from is None:
        return ""
    reason = stop_reason_text(claim.stop_reason_code or "")
    if claim.stopped_from is None:
        return QCoreApplication.translate("StatusScreen", "Why payment stopped: {reason}").replace(
            "{reason}", reason
        )
    return (
        QCoreApplication.translate("StatusScreen", "Payment stopped from {month}. Why: {reason}")
        .replace("{month}", month_text(claim.stopped_from))
        .replace("{reason}", reason)
    )


def _decision_text(claim: ClaimView) -> str:
    """When it was decided and the last days to appeal (counted from the decision date)."""
    decision = claim.decision
    if decision is None:
        return ""
    text = QCoreApplication.translate("StatusScreen", "Written decision of {date}.").replace(
        "{date}", date_text(decision.decided_on)
    )
    if decision.review_by is not None and decision.sue_by is not None:
        text += " " + (
            QCoreApplication.translate(
                "StatusScreen",
                "If you disagree: administrative review by {review}, or a lawsuit by {lawsuit}.",
            )
            .replace("{review}", date_text(decision.review_by))
            .replace("{lawsuit}", date_text(decision.sue_by))
        )
    return text


def _paid_text(claim: ClaimView) -> str:
    if claim.months_paid is None or claim.months_granted is None:
        return ""
    return (
        QCoreApplication.translate("StatusScreen", "Paid so far: {paid} of {granted} months")
        .replace("{paid}", str(claim.months_paid))
        .replace("{granted}", str(claim.months_granted))
    )


def _left_text(claim: ClaimView) -> str:
    """A stopped claim still owes only months before the stop, and says so; when it owes none,
    "months still to be paid" would only mislead."""
    if claim.months_left is None:
        return ""
    if claim.stopped_from is not None or claim.stop_reason_code is not None:
        if not claim.months_left:
            return ""
        return QCoreApplication.translate(
            "StatusScreen", "Still to be paid for the months before the stop: {months}"
        ).replace("{months}", months_text(claim.months_left))
    return QCoreApplication.translate("StatusScreen", "Months still to be paid: {months}").replace(
        "{months}", months_text(claim.months_left)
    )

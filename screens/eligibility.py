"""What the agency has on record and what the claimant may receive, in plain words.

Eligible: the last job (employer, end date, how it ended), months paid in, and the estimate as
a sentence. Not eligible: each of the agency's reasons (already in the claimant's language) with
the rule it comes from and what to do. Offline: the claimant may still apply.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.flow.events import ChooseStatus, Retry, StartApplication
from kiosk.flow.messages import Msg
from kiosk.flow.view_models import Action, EligibilityView, ReasonView
from screens.icons import IconKind
from screens.kit import ClaimantScreen, FactCard, action_button
from screens.messages import date_text, money_text, months_text, msg_text, separation_reason_text
from screens.widgets import text_label


class _ReasonCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.explanation = text_label("item", parent=self)
        self.rule = text_label("muted", parent=self)
        self.what_to_do = text_label("body", parent=self)
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 20, 32, 20)
        column.setSpacing(8)
        for label in (self.explanation, self.rule, self.what_to_do):
            column.addWidget(label)

    def show_reason(self, reason: ReasonView) -> None:
        self.explanation.setText(reason.explanation)
        self.rule.setText(
            QCoreApplication.translate("EligibilityScreen", "Rule: {rule}").replace(
                "{rule}", reason.rule
            )
        )
        self.what_to_do.setText(
            QCoreApplication.translate("EligibilityScreen", "What you can do: {action}").replace(
                "{action}", reason.what_to_do
            )
        )


class EligibilityScreen(ClaimantScreen[EligibilityView]):
    MAX_REASONS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = FactCard(self, inline=True)
        self.employer_label, self.employer = self.job.add_fact()
        self.ended_label, self.ended = self.job.add_fact()
        self.reason_label, self.reason = self.job.add_fact()
        self.months_label, self.months = self.job.add_fact()
        self.estimate = QFrame(self)
        self.estimate.setObjectName("StartCard")
        self.estimate_title = text_label("item", parent=self.estimate)
        self.monthly = text_label("big", parent=self.estimate)
        self.duration = text_label("lead", parent=self.estimate)
        self.total = text_label("body", parent=self.estimate)
        self.final_note = text_label("body", parent=self.estimate)
        column = QVBoxLayout(self.estimate)
        column.setContentsMargins(32, 20, 32, 20)
        column.setSpacing(8)
        for label in (
            self.estimate_title,
            self.monthly,
            self.duration,
            self.total,
            self.final_note,
        ):
            column.addWidget(label)
        column.addStretch(1)
        self._cards = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._cards.setSpacing(28)
        self._cards.addWidget(self.job, 1)
        self._cards.addWidget(self.estimate, 1)
        self.reasons = [_ReasonCard(self) for _ in range(self.MAX_REASONS)]
        self.apply_button = action_button(
            "primary", IconKind.APPLY, lambda: self.send(StartApplication()), self
        )
        self.retry_button = action_button("secondary", None, lambda: self.send(Retry()), self)
        self.status_button = action_button(
            "primary", IconKind.STATUS, lambda: self.send(ChooseStatus()), self
        )
        self.open_claim = text_label("lead", parent=self)
        self.open_claim.hide()
        # Not eligible by the record: they may still apply, for a written decision to appeal.
        self.written_decision = text_label("lead", parent=self)
        self.written_decision.hide()
        buttons = QHBoxLayout()
        buttons.setSpacing(28)
        buttons.addWidget(self.status_button)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        self.page.addWidget(self.open_claim)
        self.page.addWidget(self.written_decision)
        self.page.addLayout(self._cards)
        for card in self.reasons:
            self.page.addWidget(card)
            card.hide()
        self.page.addStretch(1)
        self.page.addLayout(buttons)
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._cards.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def _show_actions(self) -> None:
        self.apply_button.setVisible(self.allows(Action.START_APPLICATION))
        self.status_button.setVisible(self.allows(Action.STATUS))
        self.retry_button.setVisible(self.allows(Action.RETRY))

    def clear(self) -> None:
        super().clear()
        for label in (self.employer, self.ended, self.reason, self.months, self.open_claim):
            label.clear()

    def title(self) -> str:
        return QCoreApplication.translate("EligibilityScreen", "Can I receive the benefit?")

    def read_aloud_text(self) -> str:
        parts = [self.heading.text()]
        if self.open_claim.isVisibleTo(self):
            parts.append(self.open_claim.text())
        if self.written_decision.isVisibleTo(self):
            parts.append(self.written_decision.text())
        if self.estimate.isVisibleTo(self):
            parts += [self.monthly.text(), self.duration.text()]
        for card in self.reasons:
            if card.isVisibleTo(self):
                parts += [card.explanation.text(), card.what_to_do.text()]
        return "\n".join(parts)

    def _render(self) -> None:
        self.job.set_title(
            QCoreApplication.translate(
                "EligibilityScreen", "Your last job, as the employer reported it"
            )
        )
        self.employer_label.setText(QCoreApplication.translate("EligibilityScreen", "Employer"))
        self.ended_label.setText(
            QCoreApplication.translate("EligibilityScreen", "Last day of work")
        )
        self.reason_label.setText(
            QCoreApplication.translate("EligibilityScreen", "How the job ended")
        )
        self.months_label.setText(
            QCoreApplication.translate("EligibilityScreen", "Months of insurance paid")
        )
        self.estimate_title.setText(
            QCoreApplication.translate("EligibilityScreen", "What you can receive")
        )
        self.final_note.setText(
            QCoreApplication.translate(
                "EligibilityScreen", "The agency confirms the amount when it decides."
            )
        )
        self.apply_button.setText(QCoreApplication.translate("EligibilityScreen", "Apply now"))
        self.retry_button.setText(QCoreApplication.translate("EligibilityScreen", "Try again"))
        self.status_button.setText(
            QCoreApplication.translate("EligibilityScreen", "See my application")
        )
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        self.written_decision.setVisible(view.for_written_decision)
        if view.for_written_decision:
            self.written_decision.setText(msg_text(Msg.NOT_ELIGIBLE_MAY_APPLY))
            self.apply_button.setText(
                QCoreApplication.translate("EligibilityScreen", "Apply for a written decision")
            )
        self.open_claim.setVisible(view.open_claim is not None)
        if view.open_claim is not None:
            self.open_claim.setText(
                QCoreApplication.translate(
                    "EligibilityScreen", "Application number: {reference}"
                ).replace("{reference}", view.open_claim)
            )
        # With a claim open, the record and estimate would only invite a second application.
        separation = view.separation if view.open_claim is None else None
        self.job.setVisible(
            view.open_claim is None
            and (separation is not None or view.contribution_months is not None)
        )
        for label in (self.employer_label, self.employer, self.ended_label, self.ended):
            label.setVisible(separation is not None)
        self.reason_label.setVisible(separation is not None)
        self.reason.setVisible(separation is not None)
        if separation is not None:
            self.employer.setText(separation.employer_name)
            self.ended.setText(date_text(separation.ended_on))
            self.reason.setText(separation_reason_text(separation.reason))
        if view.contribution_months is not None:
            self.months.setText(months_text(view.contribution_months))
        has_estimate = (
            view.monthly_amount is not None
            and bool(view.entitlement_months)
            and view.open_claim is None
        )
        self.estimate.setVisible(has_estimate)
        if has_estimate and view.monthly_amount is not None and view.entitlement_months:
            self.monthly.setText(
                QCoreApplication.translate("EligibilityScreen", "About {amount} a month").replace(
                    "{amount}", money_text(view.monthly_amount)
                )
            )
            self.duration.setText(
                QCoreApplication.translate(
                    "EligibilityScreen", "For up to {months}, paid every month."
                ).replace("{months}", months_text(view.entitlement_months))
            )
            self.total.setText(
                QCoreApplication.translate("EligibilityScreen", "In total about {total}.").replace(
                    "{total}", money_text(view.estimated_total)
                )
                if view.estimated_total is not None
                else ""
            )
            self.want(self.total, view.estimated_total is not None)
        for index, card in enumerate(self.reasons):
            if index < len(view.reasons):
                card.show_reason(view.reasons[index])
                card.show()
            else:
                card.hide()
        self._show_actions()

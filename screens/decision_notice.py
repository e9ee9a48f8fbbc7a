"""A refused claim's written decision, whole: the agency's reasons with their articles, the
decision date, and how to challenge it (where, within what limit, last day), then "print".

The agency's own words arrive in the session's language (kiosk/flow/decision_notice.py); this
screen only lays them out and reports printing as the receipt screen does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from kiosk.domain.decisions import AppealKind
from kiosk.flow.proof_events import PrintDecision
from kiosk.flow.proof_views import DecisionView
from kiosk.flow.states import PrintProgress
from kiosk.flow.view_models import Action
from screens.icons import IconKind
from screens.kit import ClaimantScreen, FactCard, Notice, action_button
from screens.messages import date_text, msg_text
from screens.widgets import text_label

MAX_REASONS = 4


def _card(parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame(parent)
    card.setObjectName("Card")
    column = QVBoxLayout(card)
    column.setContentsMargins(32, 20, 32, 20)
    column.setSpacing(8)
    return card, column


class DecisionScreen(ClaimantScreen[DecisionView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fault = Notice(IconKind.PRINTER, self)
        self.fault.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.facts = FactCard(self, inline=True)
        self.number_label, self.number = self.facts.add_fact()
        self.agency_label, self.agency = self.facts.add_fact()
        self.decided_label, self.decided = self.facts.add_fact()
        self.due_label, self.due = self.facts.add_fact()

        self.reasons_card, reasons = _card(self)
        self.reasons_title = text_label("item", parent=self.reasons_card)
        reasons.addWidget(self.reasons_title)
        self.reasons: list[tuple[QLabel, QLabel]] = []
        for _ in range(MAX_REASONS):
            text = text_label("body", parent=self.reasons_card)
            rule = text_label("muted", parent=self.reasons_card)
            reasons.addWidget(text)
            reasons.addWidget(rule)
            self.reasons.append((text, rule))

        self.appeal_card, appeals = _card(self)
        self.appeal_title = text_label("item", parent=self.appeal_card)
        appeals.addWidget(self.appeal_title)
        self.review = text_label("strong", parent=self.appeal_card)
        self.review_body = text_label("body", parent=self.appeal_card)
        self.lawsuit = text_label("strong", parent=self.appeal_card)
        self.lawsuit_body = text_label("body", parent=self.appeal_card)
        self.limits_note = text_label("muted", parent=self.appeal_card)
        for label in (
            self.review,
            self.review_body,
            self.lawsuit,
            self.lawsuit_body,
            self.limits_note,
        ):
            appeals.addWidget(label)

        self.print_button = action_button(
            "primary", IconKind.PRINTER, lambda: self.send(PrintDecision()), self
        )
        self.page.insertWidget(0, self.fault)
        self.page.addWidget(self.progress)
        self.page.addWidget(self.facts)
        self.page.addWidget(self.reasons_card)
        self.page.addWidget(self.appeal_card)
        self.page.addStretch(1)
        self.page.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def _show_actions(self) -> None:
        self.print_button.setVisible(self.allows(Action.PRINT_DECISION))

    def title(self) -> str:
        return QCoreApplication.translate("DecisionScreen", "Written decision")

    def read_aloud_text(self) -> str:
        parts = [self.heading.text()]
        parts += [text.text() for text, _ in self.reasons if text.isVisibleTo(self)]
        parts += [self.review.text(), self.lawsuit.text()]
        return "\n".join(part for part in parts if part)

    def _render(self) -> None:
        self.facts.set_title(
            QCoreApplication.translate("DecisionScreen", "Decision not to approve")
        )
        self.number_label.setText(QCoreApplication.translate("DecisionScreen", "Decision number"))
        self.agency_label.setText(QCoreApplication.translate("DecisionScreen", "Decided by"))
        self.decided_label.setText(QCoreApplication.translate("DecisionScreen", "Date of decision"))
        self.due_label.setText(
            QCoreApplication.translate("DecisionScreen", "Time limit for the decision")
        )
        self.reasons_title.setText(
            QCoreApplication.translate("DecisionScreen", "Why, and the rules it rests on")
        )
        self.appeal_title.setText(QCoreApplication.translate("DecisionScreen", "If you disagree"))
        self.limits_note.setText(
            QCoreApplication.translate(
                "DecisionScreen",
                "The time limits run from the day you receive this decision. The last days "
                "shown count from the date of the decision.",
            )
        )
        self.print_button.setText(
            QCoreApplication.translate("DecisionScreen", "Print again")
            if self._view is not None and self._view.printing is not None
            else QCoreApplication.translate("DecisionScreen", "Print the decision")
        )
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        self.fault.set_text(msg_text(view.fault) if view.fault else "")
        self.progress.setVisible(view.printing is PrintProgress.PRINTING)
        self.number.setText(view.number)
        self.agency.setText(view.agency)
        self.decided.setText(date_text(view.decided_on))
        self.due.setText(date_text(view.due_by))
        for index, (text, rule) in enumerate(self.reasons):
            shown = index < len(view.reasons)
            if shown:
                text.setText(view.reasons[index].text)
                rule.setText(
                    QCoreApplication.translate("DecisionScreen", "Rule: {rule}").replace(
                        "{rule}", view.reasons[index].rule
                    )
                )
            self.want(text, shown)
            self.want(rule, shown)
        routes = {appeal.kind: appeal for appeal in view.appeals}
        for kind, head, body, wording in (
            (
                AppealKind.ADMINISTRATIVE_REVIEW,
                self.review,
                self.review_body,
                QCoreApplication.translate(
                    "DecisionScreen", "Administrative review: apply by {date}"
                ),
            ),
            (
                AppealKind.LAWSUIT,
                self.lawsuit,
                self.lawsuit_body,
                QCoreApplication.translate("DecisionScreen", "Lawsuit: file by {date}"),
            ),
        ):
            route = routes.get(kind)
            self.want(head, route is not None)
            self.want(body, route is not None)
            if route is not None:
                head.setText(wording.replace("{date}", date_text(route.last_day)))
                body.setText(f"{route.time_limit}: {route.body} ({route.law})")
        self._show_actions()

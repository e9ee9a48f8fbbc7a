"""Report a change: what changed (five large tiles), when (a touch date picker), a review that
says in plain words what the change will do, then the agency's receipt and printing it.

The picker keeps only what is on the glass (the date being set); whether the date is allowed
is the flow's to say, and its message appears above the picker. The bounds are said in words
under it, so nobody has to find them by trying.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.changes import ChangeEffect, ChangeKind
from kiosk.flow.change_events import ChooseChangeDate, ChooseChangeKind, SendChange
from kiosk.flow.change_views import ChangeDoneView, Consequence, ReportChangeView
from kiosk.flow.events import PrintReceipt, Retry
from kiosk.flow.states import ChangeStep, PrintProgress
from kiosk.flow.view_models import Action
from screens.change_messages import change_kind_text
from screens.home import HomeTile
from screens.icons import IconKind
from screens.kit import INK_ICONS, ClaimantScreen, FactCard, Notice, action_button
from screens.messages import date_text, money_text, month_text, months_text, msg_text
from screens.widgets import Pictogram, TouchButton, text_label

_KIND_ICONS = {
    ChangeKind.REEMPLOYMENT: IconKind.APPLY,
    ChangeKind.SELF_EMPLOYMENT: IconKind.TRAINING,
    ChangeKind.PENSION: IconKind.CLOCK,
    ChangeKind.SETTLED_ABROAD: IconKind.GLOBE,
    ChangeKind.ENLISTMENT: IconKind.ID_CARD,
}
# Years the picker can show when the claim's start is not known.
_YEARS_BACK = 3


def clamp_day(year: int, month: int, day: int) -> date:
    """A real calendar date: the 31st in a 30-day month becomes the 30th, not an error."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


class _Stepper(QFrame):
    """One part of a date: up, the value large, down, and its name under it."""

    up = Signal()
    down = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.up_button = TouchButton("key", parent=self)
        self.up_button.setText("▲")
        self.up_button.clicked.connect(self.up.emit)
        self.value = text_label("entry", wrap=False, parent=self)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = text_label("muted", parent=self)
        self.name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.down_button = TouchButton("key", parent=self)
        self.down_button.setText("▼")
        self.down_button.clicked.connect(self.down.emit)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(6)
        for widget in (self.up_button, self.value, self.down_button, self.name):
            column.addWidget(widget)


class DatePicker(QWidget):
    """Year, month and day steppers for touch, with the date in words under them.

    A step never leaves the years the flow allows; within them, any real date can be set, and
    the flow says why a date it will not take is refused."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = date(2000, 1, 1)
        self._first_year = 2000
        self._last_year = 2000
        self.year = _Stepper(self)
        self.month = _Stepper(self)
        self.day = _Stepper(self)
        self.year.up.connect(lambda: self._step_year(1))
        self.year.down.connect(lambda: self._step_year(-1))
        self.month.up.connect(lambda: self._step_month(1))
        self.month.down.connect(lambda: self._step_month(-1))
        self.day.up.connect(lambda: self._step_day(1))
        self.day.down.connect(lambda: self._step_day(-1))
        self.words = text_label("lead", parent=self)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.year, 3)
        row.addWidget(self.month, 2)
        row.addWidget(self.day, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addLayout(row)
        column.addWidget(self.words)
        self.retranslate()

    def set_range(self, first_year: int, last_year: int) -> None:
        self._first_year, self._last_year = first_year, max(first_year, last_year)
        self._show()

    def set_date(self, day: date) -> None:
        self._date = day
        self._show()

    def chosen(self) -> date:
        return self._date

    def _step_year(self, by: int) -> None:
        year = min(self._last_year, max(self._first_year, self._date.year + by))
        self._set(clamp_day(year, self._date.month, self._date.day))

    def _step_month(self, by: int) -> None:
        index = self._date.year * 12 + self._date.month - 1 + by
        year, month = divmod(index, 12)
        if not self._first_year <= year <= self._last_year:
            return
        self._set(clamp_day(year, month + 1, self._date.day))

    def _step_day(self, by: int) -> None:
        ordinal = self._date.toordinal() + by
        moved = date.fromordinal(ordinal)
        if self._first_year <= moved.year <= self._last_year:
            self._set(moved)

    def _set(self, day: date) -> None:
        if day != self._date:
            self._date = day
            self._show()
            self.changed.emit()

    def retranslate(self) -> None:
        self.year.name.setText(QCoreApplication.translate("DatePicker", "Year"))
        self.month.name.setText(QCoreApplication.translate("DatePicker", "Month"))
        self.day.name.setText(QCoreApplication.translate("DatePicker", "Day"))
        self._show()

    def _show(self) -> None:
        day = self._date
        self.year.value.setText(str(day.year))
        self.month.value.setText(str(day.month))
        self.day.value.setText(str(day.day))
        self.year.up_button.setEnabled(day.year < self._last_year)
        self.year.down_button.setEnabled(day.year > self._first_year)
        self.words.setText(date_text(day, weekday=True))


class ReportChangeScreen(ClaimantScreen[ReportChangeView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = Notice(IconKind.WARNING, self)
        self.problem.hide()
        self.page.addWidget(self.problem)

        self.kinds = QWidget(self.body)
        self._kind_grid = QGridLayout(self.kinds)
        self._kind_grid.setContentsMargins(0, 0, 0, 0)
        self._kind_grid.setSpacing(20)
        self.kind_tiles: dict[ChangeKind, HomeTile] = {}
        for kind in ChangeKind:
            made = HomeTile(_KIND_ICONS[kind], self.kinds)
            made.clicked.connect(lambda chosen=kind: self.send(ChooseChangeKind(chosen)))
            self.kind_tiles[kind] = made
        self.page.addWidget(self.kinds)

        self.dating = QWidget(self.body)
        self.picker = DatePicker(self.dating)
        self.bounds = text_label("body", parent=self.dating)
        self.next_button = action_button(
            "primary",
            IconKind.CHECK,
            lambda: self.send(ChooseChangeDate(self.picker.chosen())),
            self,
        )
        dating = QVBoxLayout(self.dating)
        dating.setContentsMargins(0, 0, 0, 0)
        dating.setSpacing(16)
        dating.addWidget(self.picker)
        dating.addWidget(self.bounds)
        dating.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.page.addWidget(self.dating)

        self.review = QWidget(self.body)
        self.facts = FactCard(self.review, inline=True)
        self.what_name, self.what_value = self.facts.add_fact()
        self.when_name, self.when_value = self.facts.add_fact()
        self.claim_name, self.claim_value = self.facts.add_fact()
        self.consequence_card = QFrame(self.review)
        self.consequence_card.setObjectName("Card")
        self.consequence_title = text_label("item", parent=self.consequence_card)
        self.consequence = text_label("lead", parent=self.consequence_card)
        self.employer_note = text_label("body", parent=self.consequence_card)
        column = QVBoxLayout(self.consequence_card)
        column.setContentsMargins(32, 20, 32, 20)
        column.setSpacing(8)
        for label in (self.consequence_title, self.consequence, self.employer_note):
            column.addWidget(label)
        self.send_button = action_button(
            "primary", IconKind.CHECK, lambda: self.send(SendChange()), self
        )
        self._review_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._review_row.setSpacing(28)
        self._review_row.addWidget(self.facts, 2)
        self._review_row.addWidget(self.consequence_card, 3)
        review = QVBoxLayout(self.review)
        review.setContentsMargins(0, 0, 0, 0)
        review.setSpacing(20)
        review.addLayout(self._review_row)
        review.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.page.addWidget(self.review)

        self.retry_button = action_button("secondary", None, lambda: self.send(Retry()), self)
        self.page.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.page.addStretch(1)
        self._arrange()
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._arrange()
        self._review_row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def _arrange(self) -> None:
        columns = 1 if self.is_portrait() else 2
        for made in self.kind_tiles.values():
            self._kind_grid.removeWidget(made)
        for index, made in enumerate(self.kind_tiles.values()):
            self._kind_grid.addWidget(made, index // columns, index % columns)
        for col in range(2):
            self._kind_grid.setColumnStretch(col, 1 if col < columns else 0)

    def set_view(self, view: ReportChangeView) -> None:
        before = self._view
        self._view = view
        # A new step (or a new visit) shows the flow's date; a refused date stays to be fixed.
        moved = before is None or before.step is not view.step or before.on != view.on
        if moved and view.on is not None:
            self.picker.set_date(view.on)
        if view.latest is not None:
            first = view.earliest.year if view.earliest else view.latest.year - _YEARS_BACK
            self.picker.set_range(first, view.latest.year)
        self.render_view()

    def _show_actions(self) -> None:
        self.next_button.setEnabled(self.allows(Action.CHOOSE_CHANGE_DATE))
        self.send_button.setEnabled(self.allows(Action.SEND_CHANGE))
        self.retry_button.setVisible(self.allows(Action.RETRY))
        for made in self.kind_tiles.values():
            made.setEnabled(self.allows(Action.CHOOSE_CHANGE_KIND))

    def clear(self) -> None:
        super().clear()
        self.picker.set_date(date(2000, 1, 1))
        for label in (self.what_value, self.when_value, self.claim_value, self.consequence):
            label.clear()

    def title(self) -> str:
        return QCoreApplication.translate("ReportChangeScreen", "Report a change")

    def read_aloud_text(self) -> str:
        parts = [self.problem.text.text() if self.problem.isVisibleTo(self) else ""]
        parts.append(self.heading.text())
        if self.review.isVisibleTo(self):
            parts.append(self.consequence.text())
        return "\n".join(part for part in parts if part)

    def _render(self) -> None:
        self.picker.retranslate()
        self.next_button.setText(QCoreApplication.translate("ReportChangeScreen", "Next"))
        self.send_button.setText(
            QCoreApplication.translate("ReportChangeScreen", "Send to the agency")
        )
        self.retry_button.setText(QCoreApplication.translate("ReportChangeScreen", "Try again"))
        self.what_name.setText(QCoreApplication.translate("ReportChangeScreen", "What changed"))
        self.when_name.setText(QCoreApplication.translate("ReportChangeScreen", "When"))
        self.claim_name.setText(QCoreApplication.translate("ReportChangeScreen", "Your claim"))
        self.consequence_title.setText(
            QCoreApplication.translate("ReportChangeScreen", "What this means for you")
        )
        self.employer_note.setText(
            QCoreApplication.translate(
                "ReportChangeScreen",
                "You do not need to name an employer: the agency learns it from the "
                "employer's contributions.",
            )
        )
        for kind, made in self.kind_tiles.items():
            name, detail = change_kind_text(kind)
            made.name.setText(name)
            made.detail.setText(detail)
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        self.problem.set_text(msg_text(view.problem) if view.problem else "")
        self.want(self.kinds, view.step is ChangeStep.KIND)
        self.want(self.dating, view.step is ChangeStep.DATE)
        self.want(self.review, view.step is ChangeStep.REVIEW)
        self.bounds.setText(_bounds_text(view))
        if view.step is ChangeStep.REVIEW:
            self._show_review(view)
        self._show_actions()

    def _show_review(self, view: ReportChangeView) -> None:
        self.what_value.setText(change_kind_text(view.kind)[0] if view.kind else "")
        self.when_value.setText(date_text(view.on) if view.on else "")
        self.claim_value.setText(view.claim_reference or "")
        self.want(self.claim_name, bool(view.claim_reference))
        self.want(self.claim_value, bool(view.claim_reference))
        self.consequence.setText(consequence_text(view))


def _bounds_text(view: ReportChangeView) -> str:
    if view.latest is None:
        return ""
    if view.earliest is None:
        return QCoreApplication.translate(
            "ReportChangeScreen", "Any day up to today, {today}."
        ).replace("{today}", date_text(view.latest))
    return (
        QCoreApplication.translate(
            "ReportChangeScreen", "Any day from {first}, when your claim began, up to today."
        )
        .replace("{first}", date_text(view.earliest))
        .replace("{today}", date_text(view.latest))
    )


def consequence_text(view: ReportChangeView) -> str:
    if view.consequence is Consequence.AT_DECISION:
        return QCoreApplication.translate(
            "ReportChangeScreen",
            "Your application has not been decided yet. The agency takes this change into "
            "account when it decides: from the month it happened, no benefit is paid.",
        )
    month = month_text(view.stops_from) if view.stops_from else ""
    return QCoreApplication.translate(
        "ReportChangeScreen",
        "Payment of your benefit stops from {month}. Any money already paid for {month} or "
        "later must be paid back; the agency will tell you how.",
    ).replace("{month}", month)


class PrintPanel(QWidget):
    """The print button, progress while printing, and what went wrong: shared by the change and
    withdrawal receipts. The result stays on screen whatever the printer does."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.fault = Notice(IconKind.PRINTER, self)
        self.fault.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.state = text_label("body", parent=self)
        self.state.hide()
        self.print_button = TouchButton("primary", IconKind.PRINTER, parent=self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.fault)
        column.addWidget(self.progress)
        column.addWidget(self.state)
        column.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_printing(self, printing: PrintProgress | None, fault: str, allowed: bool) -> None:
        self.fault.set_text(fault)
        self.progress.setVisible(printing is PrintProgress.PRINTING)
        self.print_button.setText(
            QCoreApplication.translate("ServiceReceipt", "Print a receipt")
            if printing is None
            else QCoreApplication.translate("ServiceReceipt", "Print again")
        )
        self.print_button.setVisible(allowed)
        state = (
            {
                PrintProgress.PRINTING: QCoreApplication.translate(
                    "ServiceReceipt", "Printing. Please wait by the slot below the screen."
                ),
                PrintProgress.PRINTED: QCoreApplication.translate(
                    "ServiceReceipt", "Printed. Please take your receipt."
                ),
                PrintProgress.FAILED: QCoreApplication.translate(
                    "ServiceReceipt",
                    "You do not need the paper: it is recorded with the agency. Keep the number "
                    "instead, or photograph the screen.",
                ),
            }.get(printing, "")
            if printing is not None
            else ""
        )
        self.state.setText(state)
        self.state.setVisible(bool(state))


class ResultTop(QWidget):
    """A tick beside the heading, and the reference in a card under it."""

    def __init__(self, screen: ClaimantScreen[Any], parent: QWidget) -> None:
        super().__init__(parent)
        screen.page.removeWidget(screen.heading)
        screen.heading.setParent(self)
        self.card = QFrame(self)
        self.card.setObjectName("StartCard")
        self.kind = text_label("item", parent=self.card)
        self.label = text_label("body", parent=self.card)
        self.reference = text_label("strong", parent=self.card)
        card = QVBoxLayout(self.card)
        card.setContentsMargins(32, 20, 32, 20)
        card.setSpacing(6)
        for label in (self.kind, self.label, self.reference):
            card.addWidget(label)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(Pictogram(IconKind.CHECK, INK_ICONS, ems=2.2, parent=self), 0)
        top.addWidget(screen.heading, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(20)
        column.addLayout(top)
        column.addWidget(self.card)


class ChangeDoneScreen(ClaimantScreen[ChangeDoneView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.top = ResultTop(self, self.body)
        self.page.insertWidget(0, self.top)
        self.next_card = QFrame(self.body)
        self.next_card.setObjectName("Card")
        self.next_title = text_label("item", parent=self.next_card)
        self.effect = text_label("lead", parent=self.next_card)
        self.owed = text_label("strong", parent=self.next_card)
        self.sms = text_label("body", parent=self.next_card)
        column = QVBoxLayout(self.next_card)
        column.setContentsMargins(32, 20, 32, 20)
        column.setSpacing(8)
        for label in (self.next_title, self.effect, self.owed, self.sms):
            column.addWidget(label)
        self.printing = PrintPanel(self.body)
        self.printing.print_button.clicked.connect(lambda: self.send(PrintReceipt()))
        self.page.addWidget(self.next_card)
        self.page.addWidget(self.printing)
        self.page.addStretch(1)
        self.retranslate()

    def _show_actions(self) -> None:
        view = self._view
        fault = msg_text(view.fault) if view is not None and view.fault else ""
        printing = view.printing if view is not None else None
        self.printing.show_printing(printing, fault, self.allows(Action.PRINT_RECEIPT))

    def clear(self) -> None:
        super().clear()
        for label in (self.top.reference, self.effect, self.owed):
            label.clear()

    def title(self) -> str:
        return QCoreApplication.translate("ReportChangeScreen", "Change recorded")

    def read_aloud_text(self) -> str:
        parts = [self.heading.text(), self.effect.text()]
        if self.owed.isVisibleTo(self):
            parts.append(self.owed.text())
        return "\n".join(part for part in parts if part)

    def _render(self) -> None:
        self.top.label.setText(
            QCoreApplication.translate("ReportChangeScreen", "Number of your report")
        )
        self.next_title.setText(
            QCoreApplication.translate("ReportChangeScreen", "What happens next")
        )
        self.sms.setText(
            QCoreApplication.translate(
                "ReportChangeScreen",
                "A text message confirms it. With this number you can ask at any counter or by "
                "calling 12333.",
            )
        )
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        name = change_kind_text(view.kind)[0]
        self.top.kind.setText(f"{name} · {date_text(view.effective_date)}")
        self.top.reference.setText(view.reference)
        self.effect.setText(effect_text(view))
        owes = view.overpaid.fen > 0
        self.owed.setText(
            QCoreApplication.translate(
                "ReportChangeScreen",
                "{amount} was already paid for {months} from then. It must be paid back; the "
                "agency will contact you about how.",
            )
            .replace("{amount}", money_text(view.overpaid))
            .replace("{months}", months_text(view.overpaid_months))
            if owes
            else ""
        )
        self.owed.setVisible(owes)
        self._show_actions()


def effect_text(view: ChangeDoneView) -> str:
    month = month_text(view.stops_from) if view.stops_from else ""
    return {
        ChangeEffect.STOPPED: QCoreApplication.translate(
            "ReportChangeScreen", "Payment of your benefit stops from {month}."
        ),
        ChangeEffect.ALREADY_STOPPED: QCoreApplication.translate(
            "ReportChangeScreen", "Payment had already stopped from {month}. Nothing more changes."
        ),
        ChangeEffect.AT_DECISION: QCoreApplication.translate(
            "ReportChangeScreen",
            "The agency takes it into account when it decides your application.",
        ),
        ChangeEffect.AFTER_BENEFIT: QCoreApplication.translate(
            "ReportChangeScreen",
            "Your benefit had already been paid in full, so nothing changes.",
        ),
    }[view.effect].replace("{month}", month)

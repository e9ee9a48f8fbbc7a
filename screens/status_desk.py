"""The status screen's second half: the claimant's complaints and suggestions (waiting, with the
day the answer is due, or answered, with the staff's words and the day) and their upcoming
counter appointments (day, time, centre, what for). Draws `StatusDeskView` and decides nothing.

Side by side in landscape, one above the other in portrait; each card wraps its words, and the
status page scrolls, so nothing is cut at larger text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.domain.language import Language, LocalizedText
from kiosk.flow.appointment_views import BookingLine
from kiosk.flow.status_desk_views import ComplaintLine, DeskProblem, StatusDeskView
from kiosk.i18n import current_language
from kiosk.i18n.formatting import format_date
from screens.appointment_messages import purpose_text
from screens.complaint_messages import category_text
from screens.kit import FactCard
from screens.messages import date_text
from screens.widgets import text_label


def _localized(text: LocalizedText) -> str:
    language = {"ko": Language.KO, "en": Language.EN}.get(current_language(), Language.ZH_CN)
    return text.in_language(language)


def _staff_words(label: QLabel, text: str) -> None:
    """The staff's own words: plain text, wrapped wherever a line must break (the page's
    word-keeping, screens/line_breaks.py, is for our own sentences)."""
    QLabel.setText(label, text)


@dataclass(frozen=True)
class Fact:
    name: str
    value: str
    staff_words: bool = False  # the staff's own text, not one of our sentences


class _Section(QWidget):
    """A title, one line saying why the list is missing or empty, and a card per entry."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = text_label("item", parent=self)
        self.note = text_label("body", parent=self)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(12)
        self._column.addWidget(self.title)
        self._column.addWidget(self.note)
        self.cards: list[FactCard] = []
        self._column.addStretch(1)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def clear_cards(self) -> None:
        for card in self.cards:
            self._column.removeWidget(card)
            card.hide()  # deleted when the event loop comes round: off the glass now
            card.deleteLater()
        self.cards = []

    def add_card(self, title: str, facts: list[Fact]) -> FactCard:
        card = FactCard(self, inline=True)
        card.set_title(title)
        for fact in facts:
            name, value = card.add_fact()
            name.setText(fact.name)
            if fact.staff_words:
                _staff_words(value, fact.value)
            else:
                value.setText(fact.value)
        self._column.insertWidget(self._column.count() - 1, card)
        self.cards.append(card)
        return card


class StatusDeskPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: StatusDeskView | None = None
        self.complaints = _Section(self)
        self.appointments = _Section(self)
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(28)
        self._row.addWidget(self.complaints, 1)
        self._row.addWidget(self.appointments, 1)
        self.hide()

    def set_portrait(self, portrait: bool) -> None:
        self._row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def set_view(self, view: StatusDeskView | None) -> None:
        self._view = view
        self.show_view()

    def clear(self) -> None:
        self._view = None
        self.complaints.clear_cards()
        self.appointments.clear_cards()
        self.hide()

    def read_aloud_text(self) -> str:
        if not self.isVisible():
            return ""
        parts: list[str] = []
        for section in (self.complaints, self.appointments):
            parts.append(section.title.text())
            if section.note.isVisibleTo(self):
                parts.append(section.note.text())
            parts += [card.title.text() for card in section.cards]
        return "\n".join(part for part in parts if part)

    def show_view(self) -> None:
        """Word the panel from the view in the current language (also on a language change)."""
        view = self._view
        self.complaints.clear_cards()
        self.appointments.clear_cards()
        self.setVisible(view is not None)
        if view is None:
            return
        self.complaints.title.setText(
            QCoreApplication.translate("StatusScreen", "My complaints and suggestions")
        )
        self.appointments.title.setText(
            QCoreApplication.translate("StatusScreen", "My counter appointments")
        )
        if view.loading:
            loading = QCoreApplication.translate("StatusScreen", "Looking this up…")
            self.complaints.set_note(loading)
            self.appointments.set_note(loading)
            return
        self.complaints.set_note(_complaints_note(view))
        for complaint in view.complaints:
            self.complaints.add_card(category_text(complaint.category), _complaint_facts(complaint))
        self.appointments.set_note(_appointments_note(view))
        for line in view.appointments:
            self.appointments.add_card(purpose_text(line.purpose), _appointment_facts(line))


def _complaints_note(view: StatusDeskView) -> str:
    match view.complaints_problem:
        case DeskProblem.NO_NETWORK:
            return QCoreApplication.translate(
                "StatusScreen",
                "Your complaints and suggestions could not be loaded: the network is not "
                "connected. Your applications above are not affected.",
            )
        case DeskProblem.NOT_LOADED:
            return QCoreApplication.translate(
                "StatusScreen",
                "Your complaints and suggestions could not be loaded just now. Please ask at a "
                "service counter or call 12333.",
            )
    if not view.complaints:
        return QCoreApplication.translate(
            "StatusScreen", "No complaints or suggestions in recent months."
        )
    return ""


def _appointments_note(view: StatusDeskView) -> str:
    match view.appointments_problem:
        case DeskProblem.NO_NETWORK:
            return QCoreApplication.translate(
                "StatusScreen",
                "Your appointments could not be loaded: the network is not connected. Your "
                "applications above are not affected.",
            )
        case DeskProblem.NOT_LOADED:
            return QCoreApplication.translate(
                "StatusScreen",
                "Your appointments could not be loaded just now. Please ask at a service "
                "counter or call 12333.",
            )
    if not view.appointments:
        return QCoreApplication.translate("StatusScreen", "No appointments booked.")
    return ""


def _complaint_facts(item: ComplaintLine) -> list[Fact]:
    facts = [Fact(QCoreApplication.translate("StatusScreen", "Sent on"), date_text(item.filed_on))]
    if item.answered:
        answered_on = date_text(item.answered_on) if item.answered_on else ""
        return [
            *facts,
            Fact(
                QCoreApplication.translate("StatusScreen", "State"),
                QCoreApplication.translate("StatusScreen", "Answered on {date}").replace(
                    "{date}", answered_on
                ),
            ),
            Fact(
                QCoreApplication.translate("StatusScreen", "Answer"),
                item.answer or "",
                staff_words=True,
            ),
        ]
    waiting = QCoreApplication.translate(
        "StatusScreen", "Waiting for an answer, due by {date}"
    ).replace("{date}", date_text(item.due_by))
    if item.overdue:
        waiting = QCoreApplication.translate(
            "StatusScreen", "Not answered by {date} as promised: please call 12333."
        ).replace("{date}", date_text(item.due_by))
    return [*facts, Fact(QCoreApplication.translate("StatusScreen", "State"), waiting)]


def _appointment_facts(line: BookingLine) -> list[Fact]:
    return [
        Fact(QCoreApplication.translate("StatusScreen", "Day"), _day(line.day)),
        Fact(
            QCoreApplication.translate("StatusScreen", "Time"), f"{line.starts_at}–{line.ends_at}"
        ),
        Fact(QCoreApplication.translate("StatusScreen", "Where"), _localized(line.centre_name)),
    ]


def _day(day: date) -> str:
    return format_date(day, current_language(), weekday=True)

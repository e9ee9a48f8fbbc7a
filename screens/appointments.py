"""Booking a counter appointment (issue 13 §5): the purpose, the day, the time, as large tiles
(a full day or time says "Full" in words and cannot be tapped), the claimant's bookings under
the purposes with "Cancel" beside each; then one page for a single appointment: "book this?",
the receipt (date, time, place, what to bring; print), "cancel this?", cancelled.

The flow decides every message and which buttons work; these pages only show them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.appointments import AppointmentPurpose
from kiosk.domain.language import Language, LocalizedText
from kiosk.flow.appointment_types import (
    CancelAppointmentAsked,
    ChooseAppointmentDay,
    ChooseAppointmentPurpose,
    ChooseAppointmentSlot,
    ConfirmAppointment,
    ConfirmCancelAppointment,
)
from kiosk.flow.appointment_views import (
    AppointmentChoiceView,
    AppointmentDetailView,
    AppointmentStep,
    BookingLine,
    DetailMode,
)
from kiosk.flow.events import PrintReceipt, Retry
from kiosk.flow.view_models import Action
from kiosk.i18n import current_language
from kiosk.i18n.formatting import format_date
from screens.appointment_messages import bring_text, purpose_text
from screens.icons import IconKind
from screens.kit import INK_ICONS, ClaimantScreen, FactCard, Notice, action_button
from screens.messages import msg_text
from screens.widgets import Pictogram, TouchButton, TouchTile, text_label


def _lang() -> str:
    return current_language()


def _localized(text: LocalizedText) -> str:
    lang = _lang()
    return text.in_language(Language.KO if lang == "ko" else Language.ZH_CN)


def _day(day: date) -> str:
    return format_date(day, _lang(), weekday=True)


def _time(starts_at: str, ends_at: str) -> str:
    return f"{starts_at}–{ends_at}"


def _when(line: BookingLine) -> str:
    return f"{_day(line.day)} {_time(line.starts_at, line.ends_at)}"


def _full() -> str:
    return QCoreApplication.translate("AppointmentScreen", "Full")


def _free(count: int) -> str:
    return QCoreApplication.translate("AppointmentScreen", "{count} places free").replace(
        "{count}", str(count)
    )


class ChoiceTile(TouchTile):
    """One purpose, day or time: big words above, a note below ("3 places free", "Full")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("tile", parent)
        self.key: object = None
        self.name = text_label("item", parent=self)
        self.note = text_label("muted", parent=self)
        self.setStyleSheet("QFrame#FullChoice { border-style: dashed; background: transparent; }")
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 14, 24, 14)
        column.setSpacing(4)
        column.addWidget(self.name)
        column.addWidget(self.note)

    def show_choice(self, key: object, name: str, note: str, choosable: bool) -> None:
        self.key = key
        self.name.setText(name)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setEnabled(choosable)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if choosable else Qt.FocusPolicy.NoFocus)
        # Full (or already booked) reads as such in words, and looks it: a dashed outline, no
        # fill, muted words; never colour alone.
        self.setObjectName("" if choosable else "FullChoice")
        self.name.setProperty("role", "item" if choosable else "muted")
        for widget in (self, self.name):
            widget.style().unpolish(widget)
            widget.style().polish(widget)


class ChoiceGrid(QWidget):
    """As many tiles as the view lists, in columns that fit the panel's orientation."""

    def __init__(self, on_choose: Callable[[object], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_choose = on_choose
        self.tiles: list[ChoiceTile] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(16)
        self._columns = 2

    def set_columns(self, columns: int) -> None:
        if columns != self._columns:
            self._columns = columns
            self._place()

    def _place(self) -> None:
        for tile in self.tiles:
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles):
            row, col = divmod(index, self._columns)
            self._grid.addWidget(tile, row, col)
        for col in range(4):
            self._grid.setColumnStretch(col, 1 if col < self._columns else 0)

    def show_choices(self, choices: list[tuple[object, str, str, bool]]) -> None:
        grew = False
        while len(self.tiles) < len(choices):
            tile = ChoiceTile(self)
            tile.clicked.connect(lambda tile=tile: self._tapped(tile))
            self.tiles.append(tile)
            grew = True
        if grew:
            self._place()
        for index, tile in enumerate(self.tiles):
            if index < len(choices):
                key, name, note, choosable = choices[index]
                tile.show_choice(key, name, note, choosable)
                tile.show()
            else:
                tile.key = None
                tile.hide()

    def _tapped(self, tile: ChoiceTile) -> None:
        if tile.key is not None and tile.isEnabled():
            self._on_choose(tile.key)


class BookingRow(QFrame):
    """One of the claimant's bookings, with "Cancel" beside it."""

    def __init__(self, on_cancel: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.reference = ""
        self.what = text_label("item", parent=self)
        self.when = text_label("body", parent=self)
        self.where = text_label("muted", parent=self)
        self.cancel = TouchButton("secondary", None, parent=self)
        self.cancel.clicked.connect(lambda: on_cancel(self.reference))
        words = QVBoxLayout()
        words.setSpacing(2)
        for label in (self.what, self.when, self.where):
            words.addWidget(label)
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(28, 14, 28, 14)
        self._row.setSpacing(20)
        self._row.addLayout(words, 1)
        self._row.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_portrait(self, portrait: bool) -> None:
        self._row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def show_line(self, line: BookingLine, can_cancel: bool) -> None:
        self.reference = line.reference
        self.what.setText(purpose_text(line.purpose))
        self.when.setText(_when(line))
        self.where.setText(_localized(line.centre_name))
        self.cancel.setText(QCoreApplication.translate("AppointmentScreen", "Cancel"))
        self.cancel.setVisible(can_cancel)


class AppointmentChoiceScreen(ClaimantScreen[AppointmentChoiceView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.where = text_label("lead", parent=self)
        self.page.addWidget(self.where)
        self.problem = Notice(IconKind.WARNING, self)
        self.problem.hide()
        self.page.addWidget(self.problem)
        self.grid = ChoiceGrid(self._chosen, self)
        self.page.addWidget(self.grid)
        self.mine_title = text_label("item", parent=self)
        self.page.addWidget(self.mine_title)
        self.mine_rows: list[BookingRow] = []
        self._mine = QVBoxLayout()
        self._mine.setSpacing(12)
        self.page.addLayout(self._mine)
        self.page.addStretch(1)
        self.retry_button = action_button("secondary", None, lambda: self.send(Retry()), self)
        self.page.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._portrait = False
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._portrait = portrait
        for row in self.mine_rows:
            row.set_portrait(portrait)
        self._columns()

    def _columns(self) -> None:
        view = self._view
        step = view.step if view is not None else AppointmentStep.PURPOSE
        wide = {AppointmentStep.PURPOSE: 2, AppointmentStep.DAY: 3, AppointmentStep.SLOT: 4}
        narrow = {AppointmentStep.PURPOSE: 1, AppointmentStep.DAY: 2, AppointmentStep.SLOT: 2}
        table = narrow if self._portrait else wide
        self.grid.set_columns(table.get(step, 2))

    def _chosen(self, key: object) -> None:
        view = self._view
        if view is None:
            return
        if isinstance(key, AppointmentPurpose):
            self.send(ChooseAppointmentPurpose(key))
        elif isinstance(key, date):
            self.send(ChooseAppointmentDay(key))
        elif isinstance(key, str):
            self.send(ChooseAppointmentSlot(key))

    def _show_actions(self) -> None:
        self.retry_button.setVisible(self.allows(Action.RETRY))
        self.grid.setEnabled(self.allows(Action.CHOOSE_APPOINTMENT))
        for row in self.mine_rows:
            row.cancel.setVisible(self.allows(Action.CANCEL_APPOINTMENT))

    def clear(self) -> None:
        super().clear()
        self.grid.show_choices([])
        self._show_mine(())
        self.where.clear()

    def title(self) -> str:
        return QCoreApplication.translate("AppointmentScreen", "Book a counter appointment")

    def read_aloud_text(self) -> str:
        parts = [self.heading.text(), self.where.text()]
        if self.problem.isVisibleTo(self):
            parts.append(self.problem.text.text())
        parts.extend(
            f"{tile.name.text()} {tile.note.text()}".strip()
            for tile in self.grid.tiles
            if tile.isVisibleTo(self)
        )
        return "\n".join(part for part in parts if part)

    def _show_mine(self, lines: tuple[BookingLine, ...]) -> None:
        while len(self.mine_rows) < len(lines):
            row = BookingRow(lambda reference: self.send(CancelAppointmentAsked(reference)), self)
            row.set_portrait(self._portrait)
            self._mine.addWidget(row)
            self.mine_rows.append(row)
        for index, row in enumerate(self.mine_rows):
            if index < len(lines):
                row.show_line(lines[index], self.allows(Action.CANCEL_APPOINTMENT))
                row.show()
            else:
                row.hide()
        self.mine_title.setText(
            QCoreApplication.translate("AppointmentScreen", "Your appointments") if lines else ""
        )
        self.want(self.mine_title, bool(lines))

    def _where_text(self, view: AppointmentChoiceView) -> str:
        parts = []
        if view.centre_name is not None:
            parts.append(
                QCoreApplication.translate("AppointmentScreen", "At {centre}").replace(
                    "{centre}", _localized(view.centre_name)
                )
            )
        if view.purpose is not None:
            parts.append(purpose_text(view.purpose))
        if view.day is not None:
            parts.append(_day(view.day))
        return " · ".join(parts)

    def _render(self) -> None:
        self.retry_button.setText(QCoreApplication.translate("AppointmentScreen", "Try again"))
        view = self._view
        if view is None:
            return
        self._columns()
        self.heading.setText(msg_text(view.message))
        self.where.setText(self._where_text(view))
        self.want(self.where, bool(self.where.text()))
        self.problem.set_text(msg_text(view.problem) if view.problem else "")
        choices: list[tuple[object, str, str, bool]] = []
        match view.step:
            case AppointmentStep.PURPOSE:
                for option in view.purposes:
                    note = (
                        QCoreApplication.translate("AppointmentScreen", "Booked: {when}").replace(
                            "{when}", _when(option.booked)
                        )
                        if option.booked is not None
                        else ""
                    )
                    choices.append(
                        (option.purpose, purpose_text(option.purpose), note, option.booked is None)
                    )
            case AppointmentStep.DAY:
                for day in view.days:
                    note = _full() if day.full else _free(day.free)
                    choices.append((day.day, _day(day.day), note, not day.full))
            case AppointmentStep.SLOT:
                for slot in view.slots:
                    note = _full() if slot.full else _free(slot.free)
                    choices.append(
                        (slot.starts_at, _time(slot.starts_at, slot.ends_at), note, not slot.full)
                    )
            case AppointmentStep.UNAVAILABLE:
                pass
        # A tile looks full only when it is: the router renders the view before it hands over
        # the actions, so whether choosing is allowed now is the grid's (`_show_actions`).
        self.grid.show_choices(choices)
        self.want(self.grid, bool(choices))
        self._show_mine(view.mine)
        self._show_actions()


class AppointmentDetailScreen(ClaimantScreen[AppointmentDetailView]):
    """One appointment: what, when, where, what to bring; the button the mode needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page.removeWidget(self.heading)
        top = QHBoxLayout()
        top.setSpacing(24)
        self.tick = Pictogram(IconKind.CHECK, INK_ICONS, ems=2.2, parent=self)
        top.addWidget(self.tick, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 1)
        self.page.insertLayout(0, top)
        self.problem = Notice(IconKind.WARNING, self)
        self.problem.hide()
        self.page.addWidget(self.problem)
        self.facts = FactCard(self, inline=True)
        self.what_name, self.what = self.facts.add_fact()
        self.day_name, self.day = self.facts.add_fact()
        self.time_name, self.time = self.facts.add_fact()
        self.place_name, self.place = self.facts.add_fact()
        self.address_name, self.address = self.facts.add_fact()
        self.number_name, self.number = self.facts.add_fact()
        self.bring_card = QFrame(self)
        self.bring_card.setObjectName("StartCard")
        self.bring_title = text_label("item", parent=self.bring_card)
        self.bring = text_label("body", parent=self.bring_card)
        bring_column = QVBoxLayout(self.bring_card)
        bring_column.setContentsMargins(32, 20, 32, 20)
        bring_column.setSpacing(8)
        bring_column.addWidget(self.bring_title)
        bring_column.addWidget(self.bring)
        self._cards = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._cards.setSpacing(28)
        self._cards.addWidget(self.facts, 3, Qt.AlignmentFlag.AlignTop)
        self._cards.addWidget(self.bring_card, 2, Qt.AlignmentFlag.AlignTop)
        self.page.addLayout(self._cards)
        self.page.addStretch(1)
        self.book_button = action_button(
            "primary", IconKind.CHECK, lambda: self.send(ConfirmAppointment()), self
        )
        self.cancel_button = action_button(
            "primary", None, lambda: self.send(ConfirmCancelAppointment()), self
        )
        self.print_button = action_button(
            "primary", IconKind.PRINTER, lambda: self.send(PrintReceipt()), self
        )
        for button in (self.book_button, self.cancel_button, self.print_button):
            self.page.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._cards.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def _show_actions(self) -> None:
        self.book_button.setVisible(self.allows(Action.CONFIRM_APPOINTMENT))
        self.cancel_button.setVisible(self.allows(Action.CONFIRM_CANCEL_APPOINTMENT))
        self.print_button.setVisible(self.allows(Action.PRINT_RECEIPT))

    def clear(self) -> None:
        super().clear()
        for label in (self.what, self.day, self.time, self.place, self.address, self.number):
            label.clear()

    def title(self) -> str:
        return QCoreApplication.translate("AppointmentScreen", "Counter appointment")

    def read_aloud_text(self) -> str:
        parts = [self.heading.text()]
        if self.problem.isVisibleTo(self):
            parts.append(self.problem.text.text())
        parts += [self.what.text(), self.day.text(), self.time.text(), self.place.text()]
        if self.bring_card.isVisibleTo(self):
            parts.append(self.bring.text())
        return "\n".join(part for part in parts if part)

    def _render(self) -> None:
        self.what_name.setText(QCoreApplication.translate("AppointmentScreen", "For"))
        self.day_name.setText(QCoreApplication.translate("AppointmentScreen", "Day"))
        self.time_name.setText(QCoreApplication.translate("AppointmentScreen", "Time"))
        self.place_name.setText(QCoreApplication.translate("AppointmentScreen", "Place"))
        self.address_name.setText(QCoreApplication.translate("AppointmentScreen", "Address"))
        self.number_name.setText(
            QCoreApplication.translate("AppointmentScreen", "Appointment number")
        )
        self.bring_title.setText(QCoreApplication.translate("AppointmentScreen", "Please bring"))
        self.book_button.setText(QCoreApplication.translate("AppointmentScreen", "Book"))
        self.cancel_button.setText(
            QCoreApplication.translate("AppointmentScreen", "Yes, cancel it")
        )
        self.print_button.setText(
            QCoreApplication.translate("AppointmentScreen", "Print the appointment slip")
        )
        view = self._view
        if view is None:
            return
        line = view.line
        self.heading.setText(msg_text(view.message))
        self.tick.setVisible(view.mode in (DetailMode.BOOKED, DetailMode.CANCELLED))
        self.problem.set_text(msg_text(view.problem) if view.problem else "")
        self.what.setText(purpose_text(line.purpose))
        self.day.setText(_day(line.day))
        self.time.setText(_time(line.starts_at, line.ends_at))
        self.place.setText(_localized(line.centre_name))
        self.address.setText(_localized(line.centre_address))
        self.number.setText(line.reference[-6:].upper())
        shows_number = bool(line.reference)
        self.want(self.number_name, shows_number)
        self.want(self.number, shows_number)
        self.bring.setText(bring_text(line.purpose))
        self.want(self.bring_card, view.mode in (DetailMode.CONFIRM, DetailMode.BOOKED))
        self._show_actions()

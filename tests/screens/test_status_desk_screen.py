"""The status screen's complaints and appointments (screens/status_desk.py): what a claimant reads
for a waiting and an answered complaint and an upcoming appointment, in each language; a list
that could not be loaded is one specific line while the claims stay; nothing is cut in portrait
at larger text; and nothing is left on the page after the session."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk.domain.appointments import AppointmentPurpose
from kiosk.domain.claims import ClaimKind, ClaimSituation, StatusSource
from kiosk.domain.complaints import ComplaintCategory
from kiosk.domain.language import Language, LocalizedText
from kiosk.flow.appointment_views import BookingLine
from kiosk.flow.messages import Msg
from kiosk.flow.status_desk_views import ComplaintLine, DeskProblem, StatusDeskView
from kiosk.flow.view_models import ClaimView, StatusView
from kiosk.i18n import install_language
from screens.registry import build_screens
from screens.shell import LANDSCAPE_SIZE, PORTRAIT_SIZE, KioskShell
from screens.status import StatusScreen
from tests.screens.screen_kit import chrome, clipped_labels, settle

ANSWER = "经核实，十月的失业保险金已于11月10日补发，请查收。"
CENTRE_LANGUAGE = {"zh_CN": Language.ZH_CN, "ko": Language.KO}
CENTRE = LocalizedText("龙井市社会保险服务大厅", "룡정시 사회보험봉사청", "Longjing service centre")

CLAIM = ClaimView(
    reference="YJ-2026-0815-3341",
    kind=ClaimKind.CLAIM,
    situation=ClaimSituation.PAYING,
    you_do_next=Msg.YOU_REPORT_STOP_CONDITIONS,
    agency_does_next=Msg.AGENCY_PAYS_MONTHLY,
    agency_acts_by=None,
    timeline=(),
    payments=(),
    months_left=None,
    stop_reason_code=None,
)
WAITING = ComplaintLine(
    reference="c-open",
    category=ComplaintCategory.WAITING_TIME,
    filed_on=date(2026, 11, 20),
    due_by=date(2026, 12, 4),
    answered=False,
    overdue=False,
)
DONE = ComplaintLine(
    reference="c-done",
    category=ComplaintCategory.PAYMENT,
    filed_on=date(2026, 11, 2),
    due_by=date(2026, 11, 17),
    answered=True,
    overdue=False,
    answer=ANSWER,
    answered_on=date(2026, 11, 9),
)
UPCOMING = BookingLine(
    reference="a-1",
    purpose=AppointmentPurpose.ACCOUNT,
    day=date(2026, 12, 2),
    starts_at="14:00",
    ends_at="14:30",
    centre_name=CENTRE,
    centre_address=CENTRE,
)
FULL_DESK = StatusDeskView(loading=False, complaints=(WAITING, DONE), appointments=(UPCOMING,))


def status(desk: StatusDeskView | None) -> StatusView:
    return StatusView(Msg.STATUS_FROM_AGENCY, StatusSource.AGENCY, False, (CLAIM,), desk=desk)


@pytest.fixture
def screen(qtbot: QtBot) -> Iterator[tuple[KioskShell, StatusScreen]]:
    shell = KioskShell()
    qtbot.addWidget(shell)
    screens = build_screens()
    for name, page in screens.items():
        shell.add_screen(name, page)
    shell.resize(*LANDSCAPE_SIZE)
    shell.show()
    page = screens["status"]
    assert isinstance(page, StatusScreen)
    shell.show_screen("status")
    settle()
    yield shell, page


def words(page: StatusScreen) -> str:
    return "\n".join(
        label.text()
        for label in page.desk.findChildren(QLabel)
        if label.isVisibleTo(page) and label.text()
    )


def test_waiting_and_answered_complaints_and_the_appointment_read_plainly(
    qapp: QApplication, screen: tuple[KioskShell, StatusScreen]
) -> None:
    _, page = screen
    install_language(qapp, "en")
    page.set_view(status(FULL_DESK))
    settle()
    text = words(page)
    assert "My complaints and suggestions" in text and "My counter appointments" in text
    assert "Waiting for an answer, due by 4 December 2026" in text
    assert "Answered on 9 November 2026" in text
    assert ANSWER in text
    assert "Wednesday, 2 December 2026" in text and "14:00–14:30" in text
    assert "Longjing service centre" in text
    assert "A problem with my payment account" in text  # what the appointment is for
    assert "Waiting too long" in text and "My payments" in text  # the complaints' categories
    assert page.now_card.isVisibleTo(page)  # the claim is still the first thing


@pytest.mark.parametrize(
    ("lang", "waiting", "answered"),
    [("zh_CN", "等待答复", "答复"), ("ko", "답복을 기다리고 있습니다", "답복하였습니다")],
)
def test_the_lines_are_translated(
    qapp: QApplication,
    screen: tuple[KioskShell, StatusScreen],
    lang: str,
    waiting: str,
    answered: str,
) -> None:
    _, page = screen
    install_language(qapp, lang)
    page.set_view(status(FULL_DESK))
    settle()
    text = words(page)
    assert waiting in text and answered in text
    assert "Waiting for an answer" not in text and "My counter appointments" not in text
    assert CENTRE.in_language(CENTRE_LANGUAGE[lang]) in text


def test_a_list_that_could_not_be_loaded_is_one_line_and_the_claims_stay(
    qapp: QApplication, screen: tuple[KioskShell, StatusScreen]
) -> None:
    _, page = screen
    install_language(qapp, "en")
    desk = StatusDeskView(
        loading=False,
        complaints_problem=DeskProblem.NO_NETWORK,
        appointments=(UPCOMING,),
    )
    page.set_view(status(desk))
    settle()
    assert page.desk.complaints.note.isVisibleTo(page)
    assert "complaints and suggestions could not be loaded" in page.desk.complaints.note.text()
    assert "network" in page.desk.complaints.note.text()
    assert not page.desk.complaints.cards
    assert len(page.desk.appointments.cards) == 1
    assert page.now_card.isVisibleTo(page) and page.situation.text()
    refused = StatusDeskView(loading=False, appointments_problem=DeskProblem.NOT_LOADED)
    page.set_view(status(refused))
    settle()
    note = page.desk.appointments.note.text()
    assert "appointments could not be loaded just now" in note and "12333" in note
    assert page.desk.complaints.note.text() == "No complaints or suggestions in recent months."


def test_while_loading_it_says_so_and_without_a_desk_shows_nothing(
    qapp: QApplication, screen: tuple[KioskShell, StatusScreen]
) -> None:
    _, page = screen
    install_language(qapp, "en")
    page.set_view(status(StatusDeskView(loading=True)))
    settle()
    assert page.desk.isVisibleTo(page)
    assert page.desk.complaints.note.text() == "Looking this up…"
    page.set_view(status(None))
    settle()
    assert not page.desk.isVisibleTo(page)


@pytest.mark.parametrize("lang", ["ko", "zh_CN"])
def test_nothing_is_cut_in_portrait_at_larger_text(
    qapp: QApplication, screen: tuple[KioskShell, StatusScreen], lang: str
) -> None:
    shell, page = screen
    install_language(qapp, lang)
    shell.set_chrome(chrome(larger_text=True))
    shell.resize(*PORTRAIT_SIZE)
    settle()
    page.set_view(status(FULL_DESK))
    settle()
    assert clipped_labels(page.desk) == []
    cards = [*page.desk.complaints.cards, *page.desk.appointments.cards]
    assert cards and all(card.width() <= page.desk.width() for card in cards)
    # Portrait: the appointments go under the complaints, not beside them.
    assert page.desk.appointments.y() > page.desk.complaints.y()


def test_the_session_end_leaves_no_answer_on_the_page(
    qapp: QApplication, screen: tuple[KioskShell, StatusScreen]
) -> None:
    _, page = screen
    page.set_view(status(FULL_DESK))
    settle()
    page.clear()
    settle()
    assert ANSWER not in words(page)
    assert not page.desk.complaints.cards and not page.desk.isVisibleTo(page)


def test_read_aloud_includes_the_lists(
    qapp: QApplication, screen: tuple[KioskShell, StatusScreen]
) -> None:
    _, page = screen
    install_language(qapp, "en")
    page.set_view(status(FULL_DESK))
    settle()
    spoken = page.read_aloud_text()
    assert "My complaints and suggestions" in spoken and "My counter appointments" in spoken

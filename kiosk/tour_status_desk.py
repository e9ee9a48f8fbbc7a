"""The status screen's complaints and appointments in the tour (kiosk/tour.py answers the main
status picture with `answer_desk` and calls `walk` from `_walk_status_desk`): one complaint
waiting with its due day, one answered with the staff's words, an upcoming appointment; then the
same screen while the lists load, and with the complaints out of reach but the claims and the
appointment still shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from kiosk.domain.appointments import AppointmentPurpose, Booking, BookingState, Centre
from kiosk.domain.claims import StatusSource
from kiosk.domain.complaints import (
    ComplaintCategory,
    ComplaintFault,
    ComplaintRecord,
    ComplaintState,
)
from kiosk.domain.language import LocalizedText
from kiosk.flow import events as ev
from kiosk.flow.status_desk_types import StatusDeskLoaded

if TYPE_CHECKING:
    from kiosk.domain.claims import ClaimRecord
    from kiosk.tour import Visit

_CENTRE = Centre(
    "LJ-01",
    LocalizedText("龙井市社会保险服务大厅", "룡정시 사회보험봉사청", "Longjing service centre"),
    LocalizedText("龙井市安民街8号", "룡정시 안민거리 8호", "8 Anmin Street, Longjing"),
    "08:30-11:30,13:30-16:30",
)
# Staff answer in the claimant's language where they can; the words are theirs, not ours.
_ANSWER = {
    "zh_CN": "经核实，十月的失业保险金因银行账户变更延迟，已于11月10日补发，请查收。",
    "ko": "10월분 실업보험금은 은행계좌 변경때문에 늦어졌으며 11월 10일에 보충하여 지불하였습니다.",
}


def complaints(lang: str) -> tuple[ComplaintRecord, ...]:
    waiting = ComplaintRecord(
        reference="7a41c0de-0000-4000-8000-0000000b0a7d",
        category=ComplaintCategory.WAITING_TIME,
        text="排队时间太长了，希望多开几个窗口。",
        filed_on=date(2026, 11, 20),
        due_by=date(2026, 12, 4),
        state=ComplaintState.OPEN,
        overdue=False,
    )
    answered = ComplaintRecord(
        reference="5e2f8a10-0000-4000-8000-00000c0ffee1",
        category=ComplaintCategory.PAYMENT,
        text="十月的失业保险金没有按时到账。",
        filed_on=date(2026, 11, 2),
        due_by=date(2026, 11, 17),
        state=ComplaintState.ANSWERED,
        overdue=False,
        answer=_ANSWER.get(lang, _ANSWER["zh_CN"]),
        answered_on=date(2026, 11, 9),
    )
    return (waiting, answered)


def appointments() -> tuple[Booking, ...]:
    upcoming = Booking(
        "9f1c2e7a-0000-4000-8000-00000a1b2c3d",
        AppointmentPurpose.ACCOUNT,
        date(2026, 12, 2),
        "14:00",
        "14:30",
        BookingState.BOOKED,
        _CENTRE,
    )
    cancelled = Booking(  # cancelled: the status screen leaves it out
        "1b2c3d4e-0000-4000-8000-0000000ca9ce",
        AppointmentPurpose.IDENTITY,
        date(2026, 12, 1),
        "09:00",
        "09:30",
        BookingState.CANCELLED,
        _CENTRE,
    )
    return (upcoming, cancelled)


def answer_desk(v: Visit) -> None:
    """The complaints and appointments of the demo claimant, after the claims arrived."""
    v.answer(StatusDeskLoaded, complaints=complaints(v.lang), appointments=appointments())


def _scrolled_shot(v: Visit, slug: str, title: str) -> None:
    """Picture the status page scrolled down to the complaints and appointments, as a claimant
    sees it after swiping up: below the claims, they are off the first screenful."""
    from kiosk.tour import _settle
    from screens.status import StatusScreen

    if v.only is not None and slug not in v.only:
        return
    v.camera.render(v.flow.present(v.session))
    _settle(v.camera.app)
    screen = v.camera.shell.stack.currentWidget()
    assert isinstance(screen, StatusScreen)
    screen.scroll_area.ensureWidgetVisible(screen.desk, 0, 0)
    _settle(v.camera.app)
    v.camera.save(slug, v.lang, title)


def walk(visit_for: Callable[[], Visit], claims: tuple[ClaimRecord, ...]) -> None:
    v = visit_for()
    v.card_login()
    v.send(ev.ChooseStatus())
    v.answer(ev.StatusLoaded, claims=claims, source=StatusSource.AGENCY)
    answer_desk(v)
    _scrolled_shot(
        v, "status-desk", "Status, further down: complaints with answers, upcoming appointment"
    )
    v.send(ev.GoHome())
    v.send(ev.ChooseStatus())
    v.answer(ev.StatusLoaded, claims=claims, source=StatusSource.AGENCY)
    _scrolled_shot(
        v, "status-desk-loading", "Status: claims shown, complaints and appointments loading"
    )
    v.answer(StatusDeskLoaded, complaints=ComplaintFault.UNREACHABLE, appointments=appointments())
    _scrolled_shot(
        v, "status-desk-partly", "Status: complaints not loaded, said in one line; the rest shown"
    )

"""The status screen's complaints and appointments end to end (issue 13 §5), on SQLite and
PostgreSQL: the real session flow, run by its effect runner through the kiosk's AgencyAdapter and
signed AgencyClient to the reference server on loopback, using the same list calls as the
complaint and appointment services. What the claimant would notice on "check my application": a
complaint waiting with the day its answer is due, then the staff's answer and its day once
answered; the appointment they booked (day, time, centre, what for), gone once cancelled; and
offline, the claims this kiosk holds with one line saying the other lists need the network."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
import requests

from kiosk.adapters.agency import AgencyAdapter
from kiosk.api import AgencyClient
from kiosk.domain.appointments import AppointmentPurpose, Booking, Openings
from kiosk.domain.claimant import CardLogin
from kiosk.domain.claims import ClaimKind, ClaimRecord, ClaimSituation, StatusSource
from kiosk.domain.complaints import ComplaintCategory, ComplaintRecord
from kiosk.domain.identity import IdNumber
from kiosk.domain.language import Language
from kiosk.flow import events as ev
from kiosk.flow.effect_runner import run_effect
from kiosk.flow.effects import Effect
from kiosk.flow.ports import Ports
from kiosk.flow.status_desk_types import LoadStatusDesk
from kiosk.flow.status_desk_views import DeskProblem, StatusDeskView
from kiosk.flow.view_models import StatusView
from tests.app.conftest import card_login, dead_url
from tests.conftest import Agency
from tests.doubles import FakeCard, FakeOutbox, FakePrinter
from tests.flow.flow_kit import FlowDriver, claimant_for, kiosk
from tests.server.ledger_kit import staff_header

Cast = dict[str, dict[str, Any]]
ANSWER = "已安排在窗口优先办理，谢谢您的耐心。"


@pytest.fixture(scope="module")
def client(any_agency: Agency) -> Iterator[AgencyClient]:
    made = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key, backoff_s=0.01)
    yield made
    made.close()


@pytest.fixture(scope="module")
def cast(any_agency: Agency) -> Cast:
    rows = requests.get(f"{any_agency.url}/api/dev/cast", timeout=10).json()
    return {row["scenario"]: row for row in rows}


def _run(k: FlowDriver, ports: Ports, login: CardLogin) -> None:
    """Run what the flow asked for, as the composition root does, with the person's genuine card
    login in place of the flow kit's made-up one."""
    effects: list[Effect] = list(k.effects)
    while effects:
        effect = effects.pop(0)
        if hasattr(effect, "login"):
            effect = replace(effect, login=login)  # type: ignore[arg-type]
        for event in run_effect(effect, ports):
            k.send(event)
            effects.extend(k.effects)


def _status(
    person: dict[str, Any], ports: Ports, login: CardLogin, today: Any = None
) -> tuple[FlowDriver, StatusView]:
    k = kiosk()
    if today is not None:
        k.today = today
    k.sign_in_with_card(claimant_for(IdNumber(person["ssn"]), person["name"]))
    k.send(ev.ChooseStatus())
    _run(k, ports, login)
    view = k.view.screen
    assert isinstance(view, StatusView)
    return k, view


def _desk(view: StatusView) -> StatusDeskView:
    assert view.desk is not None
    return view.desk


def test_a_complaint_and_an_appointment_show_on_the_status_screen_until_answered_or_cancelled(
    any_agency: Agency, client: AgencyClient, cast: Cast
) -> None:
    person = cast["eligible_18_months"]
    ssn = IdNumber(person["ssn"])
    login = card_login(client, person)
    adapter = AgencyAdapter(client)
    ports = Ports(FakeCard(), adapter, FakeOutbox(), FakePrinter())

    filed = adapter.file_complaint(
        ssn,
        login,
        category=ComplaintCategory.WAITING_TIME,
        text="排队时间太长了，希望多开几个窗口。",
        language=Language.ZH_CN,
        client_reference=str(uuid.uuid4()),
    )
    assert isinstance(filed, ComplaintRecord)
    openings = adapter.appointment_openings(ssn, login)
    assert isinstance(openings, Openings)
    day, slot = next((d.day, s) for d in openings.days for s in d.slots if not s.full)
    booked = adapter.book_appointment(
        ssn,
        login,
        client_reference=str(uuid.uuid4()),
        purpose=AppointmentPurpose.OTHER,
        day=day,
        starts_at=slot.starts_at,
        language=Language.ZH_CN,
    )
    assert isinstance(booked, Booking)

    # The agency's business date may run ahead of the wall clock: "today" is the day filed.
    k, view = _status(person, ports, login, today=filed.filed_on)
    desk = _desk(view)
    assert not desk.loading
    assert (desk.complaints_problem, desk.appointments_problem) == (None, None)
    waiting = next(c for c in desk.complaints if c.reference == filed.reference)
    assert not waiting.answered and waiting.due_by == filed.due_by and waiting.answer is None
    assert waiting.due_by > filed.filed_on
    line = next(a for a in desk.appointments if a.reference == booked.reference)
    assert (line.day, line.starts_at, line.ends_at) == (day, slot.starts_at, slot.ends_at)
    assert line.purpose is AppointmentPurpose.OTHER
    assert line.centre_name.zh_cn == "龙井市社会保险服务大厅"
    k.send(ev.Finish())

    # Staff answer the complaint; the claimant cancels the appointment at the appointment page.
    answered = requests.post(
        f"{any_agency.url}/api/v1/staff/complaints/{filed.reference}/answer",
        json={"answer": ANSWER},
        headers=staff_header(any_agency, "reviewer"),
        timeout=10,
    )
    assert answered.status_code == 200, answered.text
    later = card_login(client, person)
    assert isinstance(adapter.cancel_appointment(ssn, later, booked.reference), Booking)

    _, view = _status(person, ports, later, today=filed.filed_on)
    desk = _desk(view)
    done = next(c for c in desk.complaints if c.reference == filed.reference)
    assert done.answered and done.answer == ANSWER
    assert done.answered_on is not None and done.answered_on >= filed.filed_on
    assert booked.reference not in [a.reference for a in desk.appointments]


def test_offline_the_claims_on_this_kiosk_show_and_the_lists_say_they_need_the_network(
    any_agency: Agency, client: AgencyClient, cast: Cast
) -> None:
    person = cast["eligible_18_months"]
    login = card_login(client, person)
    offline = AgencyClient(dead_url(), any_agency.kiosk_id, any_agency.kiosk_key, backoff_s=0.01)
    try:
        outbox = FakeOutbox()
        queued = ClaimRecord(
            "YJ-2026-1126-5803",
            ClaimKind.CLAIM,
            ClaimSituation.WAITING_ON_KIOSK,
            StatusSource.THIS_KIOSK,
        )
        outbox.local_claims = lambda ssn: (queued,)  # type: ignore[method-assign]
        ports = Ports(FakeCard(), AgencyAdapter(offline), outbox, FakePrinter())
        k, view = _status(person, ports, login)
        assert [c.reference for c in view.claims] == [queued.reference]
        desk = _desk(view)
        assert desk.complaints_problem is DeskProblem.NO_NETWORK
        assert desk.appointments_problem is DeskProblem.NO_NETWORK
        assert not [e for e in k.effects if isinstance(e, LoadStatusDesk)]
    finally:
        offline.close()


def test_the_agency_out_of_reach_for_the_lists_alone_keeps_the_claims(
    any_agency: Agency, client: AgencyClient, cast: Cast
) -> None:
    """The claims answered, then the network went: each list says so on its own line."""
    person = cast["eligible_18_months"]
    login = card_login(client, person)
    live = Ports(FakeCard(), AgencyAdapter(client), FakeOutbox(), FakePrinter())
    offline = AgencyClient(dead_url(), any_agency.kiosk_id, any_agency.kiosk_key, backoff_s=0.01)
    try:
        cut = replace(live, agency=AgencyAdapter(offline))
        k = kiosk()
        k.sign_in_with_card(claimant_for(IdNumber(person["ssn"]), person["name"]))
        k.send(ev.ChooseStatus())
        status = replace(k.effects[0], login=login)  # type: ignore[type-var]
        for event in run_effect(status, live):
            k.send(event)
        desk = replace(k.effect(LoadStatusDesk), login=login)
        for event in run_effect(desk, cut):
            k.send(event)
        view = k.view.screen
        assert isinstance(view, StatusView)
        assert view.source is StatusSource.AGENCY  # the claims came from the agency
        shown = _desk(view)
        assert shown.complaints_problem is DeskProblem.NO_NETWORK
        assert shown.appointments_problem is DeskProblem.NO_NETWORK
    finally:
        offline.close()

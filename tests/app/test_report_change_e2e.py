"""Report a change and withdraw an application end to end: the session flow's own effects run
through the effect runner, the kiosk's AgencyAdapter and signed client against the reference
server on loopback (SQLite and PostgreSQL), and the receipt through the printer adapter to the
simulated ESC/POS printer. The claimant signs in with a genuine card login from the server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from devices.sim.printer_sim import TcpPrinterSim
from kiosk.adapters.agency import AgencyAdapter
from kiosk.adapters.printer import PrinterAdapter
from kiosk.api import AgencyClient
from kiosk.domain.changes import ChangeEffect, ChangeKind, WithdrawFault
from kiosk.domain.claims import ClaimRecord, ClaimSituation
from kiosk.domain.identity import IdNumber
from kiosk.domain.money import Money
from kiosk.flow import change_events as ce
from kiosk.flow import events as ev
from kiosk.flow.change_views import ChangeDoneView, ReportChangeView, WithdrawnView, WithdrawView
from kiosk.flow.effect_runner import run_effect
from kiosk.flow.messages import Msg
from kiosk.flow.ports import Ports
from kiosk.flow.states import ChangeDone, PrintProgress, Service, WithdrawalDone
from kiosk.flow.view_models import StatusView
from server.synthetic import Scenario
from tests.card_logins import card_token
from tests.doubles import Unused
from tests.flow.flow_kit import FlowDriver, card_for, kiosk
from tests.server.factories import person
from tests.server.ledger_kit import Desk, staff_header

START = date(2026, 12, 4)


class EmptyQueue:
    """The outbox's part here: a new UUID per report (as OutboxAdapter.new_reference), and a
    queue holding nothing of this claimant's, as on a kiosk that sent everything."""

    def new_reference(self) -> str:
        return str(uuid.uuid4())

    def local_claims(self, ssn: IdNumber) -> tuple[ClaimRecord, ...]:
        return ()


@pytest.fixture
def desk(any_agency: Any) -> Iterator[Desk]:
    client = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key, backoff_s=0.01)
    d = Desk(
        any_agency,
        client,
        staff_header(any_agency, "reviewer"),
        staff_header(any_agency, "cashier"),
    )
    d.set_today(START)
    yield d
    d.set_today(None)
    client.close()


@pytest.fixture
def ports(desk: Desk, printer_sim: TcpPrinterSim) -> Ports:
    printer = PrinterAdapter.from_uri(printer_sim.uri, 80, desk.agency.kiosk_id)
    return Ports(Unused(), AgencyAdapter(desk.kiosk), EmptyQueue(), printer)  # type: ignore[arg-type]


def settle(k: FlowDriver, ports: Ports) -> None:
    """Run every effect the flow asked for, and any they lead to, feeding back each result."""
    pending = list(k.effects)
    while pending:
        for event in run_effect(pending.pop(0), ports):
            k.send(event)
            pending.extend(k.effects)


def signed_in(desk: Desk, ports: Ports, scenario: Scenario, today: date) -> FlowDriver:
    who = person(scenario)
    k = kiosk(status_page_base_url=desk.agency.url)
    k.today = today
    ssn = IdNumber(who.id_number)
    k.insert_card(card_for(ssn, who.name))
    k.send(ev.PinEntered("123456"))
    k.answer(ev.PinAccepted)
    k.answer(ev.CardLoginGranted, token=card_token(desk.agency, who.id_number))
    settle(k, ports)  # the look-up, through the real adapter
    assert k.session.personal is not None and k.session.personal.claimant is not None
    k.send(ev.ConfirmIdentity())
    return k


def test_reporting_reemployment_stops_payment_and_prints_the_receipt(
    desk: Desk, ports: Ports, printer_sim: TcpPrinterSim
) -> None:
    applied = desk.apply(Scenario.ELIGIBLE_18_MONTHS)
    assert applied["status"] == 201, applied
    reference: str = applied["body"]["claim"]["reference"]
    desk.grant(reference)
    paid = []
    for today in (START, date(2027, 1, 1), date(2027, 2, 1)):
        desk.set_today(today)
        answer = desk.pay(reference)
        assert answer.status_code == 200, answer.text
        paid.append(answer.json()["payments"][-1]["amount_fen"])
    desk.set_today(date(2027, 2, 20))

    k = signed_in(desk, ports, Scenario.ELIGIBLE_18_MONTHS, date(2027, 2, 20))
    k.send(ev.ChooseMoreServices())
    k.send(ev.ChooseService(Service.REPORT_CHANGE))
    settle(k, ports)  # the claims, from the agency
    kinds = k.view.screen
    assert isinstance(kinds, ReportChangeView) and kinds.message is Msg.CHANGE_CHOOSE_KIND
    k.send(ce.ChooseChangeKind(ChangeKind.REEMPLOYMENT))
    k.send(ce.ChooseChangeDate(date(2027, 1, 15)))
    review = k.view.screen
    assert isinstance(review, ReportChangeView) and review.claim_reference == reference
    assert review.stops_from == date(2027, 1, 1)
    k.send(ce.SendChange())
    settle(k, ports)

    done = k.view.screen
    assert isinstance(done, ChangeDoneView), done
    assert (done.effect, done.stops_from) == (ChangeEffect.STOPPED, date(2027, 1, 1))
    assert (done.overpaid, done.overpaid_months) == (Money(paid[1] + paid[2]), 2)

    k.send(ev.PrintReceipt())
    settle(k, ports)
    assert isinstance(k.screen, ChangeDone) and k.screen.printing is PrintProgress.PRINTED
    (job,) = printer_sim.wait_for_jobs(1)
    assert "情况变化报告回执" in job.text and done.reference in job.text
    printed = "".join(job.text.split())  # wrapped to the paper's width
    assert "自2027年1月起停发失业保险金" in printed
    assert person(Scenario.ELIGIBLE_18_MONTHS).id_number not in job.text
    assert person(Scenario.ELIGIBLE_18_MONTHS).name not in job.text

    # The agency stopped the claim: its status says so.
    k.send(ev.GoHome())
    k.send(ev.ChooseStatus())
    settle(k, ports)
    status = k.view.screen
    assert isinstance(status, StatusView)
    (claim,) = [c for c in status.claims if c.reference == reference]
    assert claim.situation is ClaimSituation.STOPPED


def test_a_date_the_agency_finds_in_the_future_records_nothing(desk: Desk, ports: Ports) -> None:
    """The kiosk's calendar ahead of the agency's: the agency refuses, the flow asks again."""
    applied = desk.apply(Scenario.ELIGIBLE_24_MONTHS)
    assert applied["status"] == 201, applied
    desk.grant(applied["body"]["claim"]["reference"])
    k = signed_in(desk, ports, Scenario.ELIGIBLE_24_MONTHS, date(2026, 12, 20))
    k.send(ev.ChooseMoreServices())
    k.send(ev.ChooseService(Service.REPORT_CHANGE))
    settle(k, ports)
    k.send(ce.ChooseChangeKind(ChangeKind.PENSION))
    k.send(ce.ChooseChangeDate(date(2026, 12, 10)))  # after the agency's today (START)
    k.send(ce.SendChange())
    settle(k, ports)
    view = k.view.screen
    assert isinstance(view, ReportChangeView) and view.problem is Msg.CHANGE_DATE_IN_FUTURE


def test_withdrawing_an_undecided_application_through_the_status(
    desk: Desk, ports: Ports, printer_sim: TcpPrinterSim
) -> None:
    applied = desk.apply(Scenario.ELIGIBLE_12_MONTHS)
    assert applied["status"] == 201, applied
    reference: str = applied["body"]["claim"]["reference"]

    k = signed_in(desk, ports, Scenario.ELIGIBLE_12_MONTHS, START)
    k.send(ev.ChooseStatus())
    settle(k, ports)
    k.send(ce.WithdrawApplication(reference))
    confirm = k.view.screen
    assert isinstance(confirm, WithdrawView) and confirm.reference == reference
    k.send(ce.ConfirmWithdrawal())
    settle(k, ports)
    done = k.view.screen
    assert isinstance(done, WithdrawnView), done
    assert done.reference == reference

    k.send(ev.PrintReceipt())
    settle(k, ports)
    assert isinstance(k.screen, WithdrawalDone) and k.screen.printing is PrintProgress.PRINTED
    (job,) = printer_sim.wait_for_jobs(1)
    assert "撤回申请回执" in job.text and reference in job.text
    assert job.qr_codes and job.qr_codes[0].startswith(f"{desk.agency.url}/status/{reference}?v=")

    k.send(ev.ChooseStatus())
    settle(k, ports)
    status = k.view.screen
    assert isinstance(status, StatusView)
    (claim,) = [c for c in status.claims if c.reference == reference]
    assert claim.situation is ClaimSituation.WITHDRAWN and claim.withdrawal is None

    # A second try (as after a lost answer) says it is already withdrawn, not "decided".
    k.send(ev.GoHome())
    again = signed_in(desk, ports, Scenario.ELIGIBLE_12_MONTHS, START)
    again.send(ev.ChooseStatus())
    settle(again, ports)
    personal = again.session.personal
    assert personal is not None and personal.login is not None
    ssn = IdNumber(person(Scenario.ELIGIBLE_12_MONTHS).id_number)
    assert ports.agency.withdraw(reference, ssn, personal.login) is WithdrawFault.ALREADY_WITHDRAWN

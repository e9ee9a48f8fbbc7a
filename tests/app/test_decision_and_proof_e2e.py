"""Written decision and registration proof end to end (issue 13 §3): the reference server on a
loopback port, the kiosk's signed client and adapters, the session flow and its effect runner,
and the receipt printer driver writing ESC/POS to the printer simulator over TCP.

An ineligible claimant applies anyway and is refused: the status shows the decision, which
prints with its reasons, articles and appeal routes, masked. An applicant prints a proof of
registration whose QR opens the agency's verification page.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import requests

from devices.printer.printer import ReceiptPrinter
from devices.sim.printer_sim import TcpPrinterSim
from kiosk.adapters.agency import AgencyAdapter
from kiosk.adapters.printer import PrinterAdapter
from kiosk.api import AgencyClient
from kiosk.domain.claimant import CardLogin
from kiosk.domain.claims import ClaimSituation, StatusSource
from kiosk.domain.eligibility import Eligibility
from kiosk.domain.identity import IdNumber
from kiosk.flow import events as ev
from kiosk.flow.effect_runner import run_effect
from kiosk.flow.effects import Effect, LoadStatus
from kiosk.flow.ports import Ports
from kiosk.flow.proof_effects import LoadRegistrationProof
from kiosk.flow.proof_events import PrintDecision, PrintRegistrationProof, ShowDecision
from kiosk.flow.proof_views import DecisionView, RegistrationProofView
from kiosk.flow.states import Service, ShowingStatus
from server.synthetic import Scenario
from tests.app.conftest import card_login
from tests.conftest import Agency
from tests.doubles import FakeCard, FakeOutbox
from tests.flow.flow_kit import FlowDriver, claimant_for, kiosk
from tests.server.factories import submission
from tests.server.ledger_kit import staff_header

Cast = dict[str, dict[str, Any]]


def _ports(client: AgencyClient, sim: TcpPrinterSim, kiosk_id: str) -> Ports:
    printer = PrinterAdapter(ReceiptPrinter(sim.uri), kiosk_id)
    return Ports(FakeCard(), AgencyAdapter(client), FakeOutbox(), printer)


def _run(k: FlowDriver, effect: Effect, ports: Ports) -> None:
    """What the composition root does: run the effect off the flow, hand its answers back."""
    for event in run_effect(effect, ports):
        k.send(event)


def _apply(client: AgencyClient, scenario: str) -> str:
    body = submission(Scenario(scenario))
    answer = client.submit(body)
    assert answer.result == "created"
    return answer.claim.reference


def _signed_in(person: dict[str, Any]) -> FlowDriver:
    """The flow signed in as `person` (the login proof each effect carries is replaced by the
    person's genuine card login before it runs)."""
    k = kiosk()
    k.sign_in_with_card(claimant_for(IdNumber(person["ssn"]), person["name"]))
    return k


def test_a_refusal_applied_for_anyway_is_shown_and_printed_with_how_to_appeal(
    agency: Agency, kiosk_client: AgencyClient, cast: Cast, printer_sim: TcpPrinterSim
) -> None:
    person = cast["voluntary_resignation"]
    login: CardLogin = card_login(kiosk_client, person)
    ssn = IdNumber(person["ssn"])
    found = AgencyAdapter(kiosk_client).eligibility(ssn, login)
    assert isinstance(found, Eligibility) and not found.eligible
    reference = _apply(kiosk_client, "voluntary_resignation")
    refused = requests.post(
        f"{agency.url}/api/v1/staff/claims/{reference}/decide",
        headers=staff_header(agency, "reviewer"),
        json={"approve": False},
        timeout=20,
    )
    assert refused.status_code == 200, refused.text

    k = _signed_in(person)
    ports = _ports(kiosk_client, printer_sim, agency.kiosk_id)
    k.send(ev.ChooseStatus())
    _run(k, replace(k.effect(LoadStatus), ssn=ssn, login=login), ports)
    status = k.session.screen
    assert isinstance(status, ShowingStatus)
    mine = next(c for c in status.claims if c.reference == reference)
    assert mine.situation is ClaimSituation.NOT_APPROVED and mine.source is StatusSource.AGENCY
    assert mine.decision is not None

    k.send(ShowDecision(reference))
    view = k.view.screen
    assert isinstance(view, DecisionView)
    assert "第十四条" in view.reasons[0].rule
    k.send(PrintDecision())
    _run(k, k.effects[0], ports)
    (paper,) = printer_sim.wait_for_jobs(1)
    text = paper.text
    assert "不予批准决定书" in text and mine.decision.number in text
    assert "行政复议" in text and "行政诉讼" in text and "第二十条" in text
    assert person["name"] not in text and person["ssn"] not in text
    assert paper.qr_codes == [reference]
    assert paper.cuts


def test_a_registration_proof_prints_with_a_qr_that_the_agency_verifies(
    agency: Agency, kiosk_client: AgencyClient, cast: Cast, printer_sim: TcpPrinterSim
) -> None:
    person = cast["eligible_18_months"]
    reference = _apply(kiosk_client, "eligible_18_months")
    login = card_login(kiosk_client, person)
    k = _signed_in(person)
    ports = _ports(kiosk_client, printer_sim, agency.kiosk_id)
    k.send(ev.ChooseMoreServices())
    k.send(ev.ChooseService(Service.REGISTRATION_PROOF))
    asked = k.effect(LoadRegistrationProof)
    _run(k, replace(asked, login=login), ports)
    view = k.view.screen
    assert isinstance(view, RegistrationProofView) and view.verify_url is not None
    registered = kiosk_client.claim(reference).registration_date
    assert view.registration_date == registered

    k.send(PrintRegistrationProof())
    _run(k, k.effects[0], ports)
    (paper,) = printer_sim.wait_for_jobs(1)
    assert "失业登记证明" in paper.text and person["name"] not in paper.text
    assert paper.qr_codes == [view.verify_url]
    page = requests.get(view.verify_url, timeout=10)
    assert page.status_code == 200 and "有效" in page.text
    assert registered is not None and f"{registered.year}年{registered.month}月" in page.text

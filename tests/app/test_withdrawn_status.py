"""A claim the claimant withdrew reads as withdrawn on the kiosk and on the receipt's public
page, never as "received": read through the kiosk's real client and adapter from the reference
server on loopback, then through the flow's status view."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
import requests

from kiosk.adapters.agency import AgencyAdapter, claimant_login
from kiosk.api import AgencyClient
from kiosk.domain.claims import ClaimSituation, StatusSource
from kiosk.domain.identity import IdNumber
from kiosk.flow import events as ev
from kiosk.flow.messages import Msg
from kiosk.flow.view_models import StatusView
from server.synthetic import Scenario
from tests.app.conftest import card_login
from tests.flow.flow_kit import claimant_for, kiosk
from tests.server.ledger_kit import Desk, staff_header


@pytest.fixture
def desk(agency: Any) -> Iterator[Desk]:
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key, backoff_s=0.01)
    d = Desk(agency, client, staff_header(agency, "reviewer"), staff_header(agency, "cashier"))
    d.set_today(date(2026, 12, 4))
    yield d
    d.set_today(None)
    client.close()


def test_a_withdrawn_claim_shows_as_withdrawn_with_what_comes_next(
    desk: Desk, cast: dict[str, Any]
) -> None:
    scenario = Scenario.TOO_FEW_MONTHS
    person = cast[scenario.value]
    applied = desk.apply(scenario)
    assert applied["status"] == 201, applied
    reference: str = applied["body"]["claim"]["reference"]
    status_url: str = applied["body"]["claim"]["status_url"]
    login = card_login(desk.kiosk, person)
    proof = claimant_login(login)
    assert proof is not None
    receipt = desk.kiosk.withdraw_claim(reference, person["ssn"], proof)
    assert receipt.state == "withdrawn"

    records = AgencyAdapter(desk.kiosk).claims(IdNumber(person["ssn"]), login)
    assert isinstance(records, tuple)
    k = kiosk()
    k.sign_in_with_card(claimant_for(IdNumber(person["ssn"])))
    k.send(ev.ChooseStatus())
    k.answer(ev.StatusLoaded, claims=records, source=StatusSource.AGENCY)
    view = k.view.screen
    assert isinstance(view, StatusView)
    (claim,) = [c for c in view.claims if c.reference == reference]
    assert claim.situation is ClaimSituation.WITHDRAWN
    assert (claim.you_do_next, claim.agency_does_next) == (
        Msg.YOU_MAY_APPLY_AGAIN,
        Msg.AGENCY_NOTHING_MORE,
    )
    steps = [entry.situation for entry in claim.timeline]
    assert steps[0] is ClaimSituation.RECEIVED and steps[-1] is ClaimSituation.WITHDRAWN

    page = requests.get(status_url, timeout=10)
    assert page.status_code == 200
    assert "撤回" in page.text and "철회" in page.text
    assert "已受理" not in page.text

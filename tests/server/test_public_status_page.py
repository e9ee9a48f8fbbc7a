"""The receipt's QR page shows progress and a masked name, and nothing to someone guessing."""

import requests

from kiosk.api import AgencyClient
from server.synthetic import Scenario
from tests.server.factories import person, submission


def test_page_shows_state_and_masked_name_only(agency, kiosk_client: AgencyClient) -> None:  # type: ignore[no-untyped-def]
    claim = kiosk_client.submit(submission(Scenario.ELIGIBLE_12_MONTHS)).claim
    page = requests.get(claim.status_url, timeout=10)
    assert page.status_code == 200
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    assert "已受理" in page.text and "접수되였습니다" in page.text
    assert who.name[0] + "*" in page.text
    assert (
        who.name not in page.text and who.id_number not in page.text and who.mobile not in page.text
    )


def test_wrong_code_looks_exactly_like_an_unknown_reference(
    agency, kiosk_client: AgencyClient
) -> None:  # type: ignore[no-untyped-def]
    claim = kiosk_client.submit(submission(Scenario.ELIGIBLE_24_MONTHS)).claim
    wrong = requests.get(f"{agency.url}/status/{claim.reference}?v=AAAAAAAA", timeout=10)
    unknown = requests.get(
        f"{agency.url}/status/00000000-0000-4000-8000-000000000000?v=AAAAAAAA", timeout=10
    )
    assert wrong.status_code == unknown.status_code == 404
    assert wrong.text == unknown.text

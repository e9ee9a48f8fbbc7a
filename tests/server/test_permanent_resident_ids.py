"""2023 foreigner permanent residence card numbers (GB 11643 layout with a leading 9) are checked
like citizen ID numbers and log in like them, against the real server on loopback."""

from __future__ import annotations

import re
from datetime import date

import pytest
import requests

from kiosk.api import AgencyClient, AgencyRejected
from kiosk.api.login import TokenLogin
from server.ids import CitizenId, IdFault, citizen_id_check_character, parse_citizen_id
from server.synthetic import DEMO_PERMANENT_RESIDENT_2023, demo_permanent_residents
from tests.conftest import Agency

TODAY = date(2026, 11, 26)


def _with_check(body: str) -> str:
    return body + citizen_id_check_character(body)


def test_a_2023_number_is_accepted_and_split_like_a_citizen_number() -> None:
    parsed = parse_citizen_id(DEMO_PERMANENT_RESIDENT_2023, today=TODAY)
    assert isinstance(parsed, CitizenId) and parsed.is_foreign_permanent_resident
    assert parsed.birth_date == date(1988, 5, 12) and parsed.gender.value == "male"


@pytest.mark.parametrize("province", ["71", "81", "82", "83", "99", "00"])
def test_a_2023_number_must_name_a_mainland_province(province: str) -> None:
    parsed = parse_citizen_id(_with_check(f"9{province}41019880512003"), today=TODAY)
    assert not isinstance(parsed, CitizenId) and parsed.fault is IdFault.REGION_CODE


def test_a_2023_number_with_a_wrong_check_character_is_refused_by_name() -> None:
    wrong = DEMO_PERMANENT_RESIDENT_2023[:17] + "5"
    parsed = parse_citizen_id(wrong, today=TODAY)
    assert not isinstance(parsed, CitizenId) and parsed.fault is IdFault.CHECK_CHARACTER


def test_resident_numbers_are_not_read_as_foreigner_cards() -> None:
    parsed = parse_citizen_id("11010519491231002X", today=TODAY)
    assert isinstance(parsed, CitizenId) and not parsed.is_foreign_permanent_resident


def test_the_seeded_permanent_resident_logs_in_with_a_code(
    agency: Agency, kiosk_client: AgencyClient
) -> None:
    who = demo_permanent_residents()[0].person
    kiosk_client.request_code(who.id_number)
    text = requests.get(f"{agency.url}/api/dev/sms-outbox/{who.mobile}", timeout=10).json()["text"]
    code = re.search(r"\d{6}", text or "")
    assert code
    granted = kiosk_client.verify_code(who.id_number, code.group(0))
    login = TokenLogin("otp", granted.login_token)
    assert kiosk_client.lookup_by_ssn(who.id_number, login).ssn == DEMO_PERMANENT_RESIDENT_2023
    assert kiosk_client.eligibility(who.id_number, login).entitlement_months == 12


def test_a_malformed_2023_number_is_refused_by_the_api(kiosk_client: AgencyClient) -> None:
    with pytest.raises(AgencyRejected) as refused:
        kiosk_client.request_code(_with_check("97141019880512003"))
    assert refused.value.status == 422

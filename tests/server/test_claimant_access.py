"""Finding the person at the screen: by card, by ID number, and the one-time code for ID cards."""

import re

import pytest
import requests

from kiosk.api import AgencyClient, AgencyRejected, LoginRejected
from kiosk.api.login import TokenLogin
from server.seed import card_number, card_region
from server.synthetic import Scenario
from tests.card_logins import card_token_login, signed_post
from tests.conftest import Agency
from tests.server.factories import person


def _latest_code(agency, mobile: str) -> str:  # type: ignore[no-untyped-def]
    # The database keeps no live code; the development outbox (memory only) does.
    text = requests.get(f"{agency.url}/api/dev/sms-outbox/{mobile}", timeout=10).json()["text"]
    match = re.search(r"\d{6}", text or "")
    assert match, "no code in the SMS outbox"
    return match.group(0)


def test_lookup_by_social_security_number_shows_masked_name_and_number(
    agency: Agency, kiosk_client: AgencyClient
) -> None:
    who = person(Scenario.ELIGIBLE_18_MONTHS)
    found = kiosk_client.lookup_by_ssn(who.id_number, card_token_login(agency, who.id_number))
    assert found.masked_name == who.name[0] + "*" * (len(who.name) - 1)
    assert found.masked_ssn.startswith(who.id_number[:4]) and "*" in found.masked_ssn
    assert found.masked_mobile == who.mobile[:3] + "****" + who.mobile[-4:]
    assert who.name not in found.model_dump_json()


def test_third_generation_card_is_resolved_from_region_and_card_number(
    agency: Agency, kiosk_client: AgencyClient
) -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    login = card_token_login(agency, who.id_number)
    region, number = card_region(who.region_code), card_number(who.id_number)
    found = kiosk_client.lookup_by_card(region, number, login)
    assert found.ssn == who.id_number


def test_a_card_look_up_needs_the_login_of_that_very_card(
    agency: Agency, kiosk_client: AgencyClient
) -> None:
    holder, other = person(Scenario.ELIGIBLE_12_MONTHS), person(Scenario.ELIGIBLE_18_MONTHS)
    login = card_token_login(agency, other.id_number)
    with pytest.raises(LoginRejected) as refused:
        kiosk_client.lookup_by_card(
            card_region(holder.region_code), card_number(holder.id_number), login
        )
    assert refused.value.code == "login_invalid"
    otp_shaped = TokenLogin("otp", login.token)
    with pytest.raises(LoginRejected) as refused:
        kiosk_client.lookup_by_card(
            card_region(other.region_code), card_number(other.id_number), otp_shaped
        )
    assert refused.value.code == "login_proof_required"


def test_unknown_card_answers_card_unknown(agency: Agency, kiosk_client: AgencyClient) -> None:
    login = card_token_login(agency, person(Scenario.ELIGIBLE_12_MONTHS).id_number)
    with pytest.raises(AgencyRejected) as refused:
        kiosk_client.lookup_by_card("222400", "Z99999999", login)
    assert (refused.value.status, refused.value.code) == (404, "card_unknown")


def test_id_card_login_needs_the_one_time_code(agency, kiosk_client: AgencyClient) -> None:  # type: ignore[no-untyped-def]
    who = person(Scenario.ELIGIBLE_24_MONTHS)
    no_token = signed_post(
        agency, "/api/v1/claimants/lookup", {"ssn": who.id_number, "login": {"method": "otp"}}
    )
    assert (no_token.status_code, no_token.json()["code"]) == (401, "login_proof_required")

    sent = kiosk_client.request_code(who.id_number)
    assert sent.masked_mobile == who.mobile[:3] + "****" + who.mobile[-4:]
    granted = kiosk_client.verify_code(who.id_number, _latest_code(agency, who.mobile))
    login = TokenLogin("otp", granted.login_token)
    found = kiosk_client.lookup_by_ssn(who.id_number, login)
    assert found.ssn == who.id_number
    eligibility = kiosk_client.eligibility(who.id_number, login)
    assert eligibility.entitlement_months == 24


def test_login_token_of_one_person_does_not_open_another(
    agency: Agency, kiosk_client: AgencyClient
) -> None:
    first, other = person(Scenario.ELIGIBLE_12_MONTHS), person(Scenario.ELIGIBLE_18_MONTHS)
    kiosk_client.request_code(first.id_number)
    granted = kiosk_client.verify_code(first.id_number, _latest_code(agency, first.mobile))
    with pytest.raises(LoginRejected) as refused:
        kiosk_client.eligibility(other.id_number, TokenLogin("otp", granted.login_token))
    assert refused.value.code == "login_invalid"


def test_wrong_codes_count_down_and_void_the_code(agency, kiosk_client: AgencyClient) -> None:  # type: ignore[no-untyped-def]
    who = person(Scenario.TOO_FEW_MONTHS)
    kiosk_client.request_code(who.id_number)
    right = _latest_code(agency, who.mobile)
    wrong = f"{(int(right) + 1) % 10**6:06d}"
    left = []
    for _ in range(5):
        with pytest.raises(LoginRejected) as refused:
            kiosk_client.verify_code(who.id_number, wrong)
        left.append(refused.value.details.get("tries_left"))
    assert left == [4, 3, 2, 1, 0]
    with pytest.raises(LoginRejected) as voided:
        kiosk_client.verify_code(who.id_number, right)
    assert voided.value.code == "otp_expired"


def test_code_text_goes_to_the_outbox_not_the_log(
    agency, kiosk_client: AgencyClient, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    who = person(Scenario.STILL_EMPLOYED)
    kiosk_client.request_code(who.id_number)
    code = _latest_code(agency, who.mobile)
    assert code not in caplog.text


def test_courses_open_in_the_claimants_region_are_listed(
    agency: Agency, kiosk_client: AgencyClient
) -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)  # Longjing, 222405
    courses = kiosk_client.courses(who.id_number, card_token_login(agency, who.id_number))
    assert [c.course_id for c in courses] == ["TC-2224-01", "TC-2224-02"]
    assert courses[0].name.ko and courses[0].subsidy_fen > 0

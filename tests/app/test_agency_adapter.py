"""AgencyAdapter against the real reference server: answers as domain values, faults as values."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from kiosk.adapters.agency import AgencyAdapter
from kiosk.api import AgencyClient
from kiosk.domain.claimant import AccountKind, CardPinLogin, Claimant, OtpLogin
from kiosk.domain.eligibility import Eligibility
from kiosk.domain.faults import OtpFault, ServiceFault
from kiosk.domain.identity import IdNumber, check_character
from kiosk.flow.ports import OtpOk, OtpVoid, OtpWrong
from tests.conftest import Agency

Cast = dict[str, dict[str, Any]]


@pytest.fixture
def adapter(kiosk_client: AgencyClient) -> AgencyAdapter:
    return AgencyAdapter(kiosk_client)


def number(cast: Cast, scenario: str) -> IdNumber:
    return IdNumber(cast[scenario]["ssn"])


def test_look_up_gives_the_claimant_with_masked_name_and_card_account(
    adapter: AgencyAdapter, cast: Cast
) -> None:
    found = adapter.look_up(number(cast, "eligible_12_months"), CardPinLogin())
    assert isinstance(found, Claimant)
    assert found.ssn == number(cast, "eligible_12_months")
    assert found.name.startswith(cast["eligible_12_months"]["name"][0]) and "*" in found.name
    assert found.payment_account is not None
    assert found.payment_account.kind is AccountKind.SOCIAL_SECURITY_CARD
    assert found.mobile_on_file is None  # the agency sends the number masked only
    mobile = cast["eligible_12_months"]["mobile"]
    assert found.masked_mobile == mobile[:3] + "****" + mobile[-4:]
    assert found.has_mobile_on_file and found.masked_mobile_on_file == found.masked_mobile


def test_unknown_person_is_not_found_rather_than_a_fault(adapter: AgencyAdapter) -> None:
    stem = "11010119500101999"
    assert adapter.look_up(IdNumber(stem + check_character(stem)), CardPinLogin()) is None


def test_eligible_claimant_has_amounts_and_no_reasons_against(
    adapter: AgencyAdapter, cast: Cast
) -> None:
    answer = adapter.eligibility(number(cast, "eligible_18_months"), CardPinLogin())
    assert isinstance(answer, Eligibility)
    assert answer.eligible and answer.entitlement_months > 0
    assert answer.monthly_amount is not None and answer.monthly_amount.fen > 0
    assert answer.separation is not None and answer.separation.employer_name
    assert answer.reasons == ()


def test_resignation_is_refused_with_the_rule_in_both_languages(
    adapter: AgencyAdapter, cast: Cast
) -> None:
    answer = adapter.eligibility(number(cast, "voluntary_resignation"), CardPinLogin())
    assert isinstance(answer, Eligibility)
    assert not answer.eligible
    assert answer.reasons
    assert all(r.rule.zh_cn and r.rule.ko and r.explanation.ko for r in answer.reasons)


def test_courses_of_the_claimants_region(adapter: AgencyAdapter, cast: Cast) -> None:
    courses = adapter.courses(number(cast, "eligible_12_months"), CardPinLogin())
    assert isinstance(courses, tuple) and courses
    assert all(c.subsidy is not None and c.starts_on <= c.ends_on for c in courses)


def test_claims_of_a_claimant_without_claims_is_empty(adapter: AgencyAdapter, cast: Cast) -> None:
    assert adapter.claims(number(cast, "too_few_months"), CardPinLogin()) == ()


def test_one_time_code_login_end_to_end(adapter: AgencyAdapter, agency: Agency, cast: Cast) -> None:
    person = cast["eligible_24_months"]
    ssn = IdNumber(person["ssn"])
    masked = adapter.request_otp(ssn)
    assert isinstance(masked, str) and "****" in masked
    assert adapter.verify_otp(ssn, "000000") == OtpWrong(4)  # a one-in-a-million flake
    text = requests.get(f"{agency.url}/api/dev/sms-outbox/{person['mobile']}", timeout=5).json()
    code = re.search(r"\d{6}", text["text"])
    assert code is not None
    verdict = adapter.verify_otp(ssn, code.group())
    assert isinstance(verdict, OtpOk)
    found = adapter.look_up(ssn, OtpLogin(verdict.login_token))
    assert isinstance(found, Claimant)


def test_id_login_without_token_is_refused(adapter: AgencyAdapter, cast: Cast) -> None:
    found = adapter.look_up(number(cast, "eligible_24_months"), OtpLogin("forged"))
    assert found is ServiceFault.REFUSED


def test_unreachable_agency_gives_faults_never_exceptions(
    offline_client: AgencyClient, cast: Cast
) -> None:
    adapter = AgencyAdapter(offline_client)
    ssn = number(cast, "eligible_12_months")
    assert adapter.look_up(ssn, CardPinLogin()) is ServiceFault.UNREACHABLE
    assert adapter.eligibility(ssn, CardPinLogin()) is ServiceFault.UNREACHABLE
    assert adapter.claims(ssn, CardPinLogin()) is ServiceFault.UNREACHABLE
    assert adapter.courses(ssn, CardPinLogin()) is ServiceFault.UNREACHABLE
    assert adapter.request_otp(ssn) is OtpFault.UNREACHABLE
    assert adapter.verify_otp(ssn, "123456") is ServiceFault.UNREACHABLE


@pytest.fixture
def unenrolled(agency: Agency) -> Iterator[AgencyAdapter]:
    client = AgencyClient(agency.url, agency.kiosk_id, b"\x00" * 32, backoff_s=0.01)
    yield AgencyAdapter(client)
    client.close()


def test_a_kiosk_the_agency_does_not_trust_serves_claimants_as_offline(
    unenrolled: AgencyAdapter, cast: Cast
) -> None:
    assert unenrolled.look_up(number(cast, "eligible_12_months"), CardPinLogin()) is (
        ServiceFault.UNREACHABLE
    )


def test_third_generation_card_holder_is_looked_up_by_region_and_card_number(
    adapter: AgencyAdapter, cast: Cast
) -> None:
    person = cast["eligible_24_months"]
    found = adapter.look_up_by_card(person["card_region"], person["card_number"])
    assert isinstance(found, Claimant)
    assert found.ssn == IdNumber(person["ssn"])
    assert found.name.startswith(person["name"][0]) and "*" in found.name
    assert "****" in found.masked_mobile


def test_unknown_card_is_not_found_and_offline_is_unreachable(
    adapter: AgencyAdapter, offline_client: AgencyClient, cast: Cast
) -> None:
    assert adapter.look_up_by_card("222400", "Z99999999") is None
    person = cast["eligible_24_months"]
    offline = AgencyAdapter(offline_client)
    assert offline.look_up_by_card(person["card_region"], person["card_number"]) is (
        ServiceFault.UNREACHABLE
    )


def test_a_code_check_without_a_code_sent_is_void_not_a_kiosk_fault(
    adapter: AgencyAdapter, cast: Cast
) -> None:
    """otp_expired is a 401 about the claimant's code (LoginRejected), not about the kiosk."""
    assert adapter.verify_otp(number(cast, "still_employed"), "123456") == OtpVoid()


def test_wrong_codes_count_down_then_void(adapter: AgencyAdapter, cast: Cast) -> None:
    ssn = number(cast, "too_few_months")
    assert isinstance(adapter.request_otp(ssn), str)
    verdicts = [adapter.verify_otp(ssn, "000000") for _ in range(5)]
    # One in a million: "000000" is the code sent; then the first verdict is OtpOk.
    assert verdicts == [OtpWrong(4), OtpWrong(3), OtpWrong(2), OtpWrong(1), OtpVoid()]

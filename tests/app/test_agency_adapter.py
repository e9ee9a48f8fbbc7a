"""AgencyAdapter against the real reference server: answers as domain values, faults as values."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests

from contract.card_proof import TEST_ISSUER_KEY, card_key, cryptogram
from kiosk.adapters.agency import AgencyAdapter
from kiosk.api import AgencyClient
from kiosk.domain.claimant import (
    AccountKind,
    CardCredentials,
    CardLogin,
    CardOfflineLogin,
    Claimant,
    OtpLogin,
)
from kiosk.domain.eligibility import Eligibility
from kiosk.domain.faults import CardProofFault, OtpFault, ServiceFault
from kiosk.domain.identity import IdNumber, check_character
from kiosk.flow.ports import CardLoginGranted, CardLoginRefused, OtpAccepted, OtpRejected, OtpVoided
from tests.app.conftest import card_login, card_of_person
from tests.conftest import Agency

Cast = dict[str, dict[str, Any]]


@pytest.fixture
def adapter(kiosk_client: AgencyClient) -> AgencyAdapter:
    return AgencyAdapter(kiosk_client)


def number(cast: Cast, scenario: str) -> IdNumber:
    return IdNumber(cast[scenario]["ssn"])


LoginOf = Callable[[str], CardLogin]


@pytest.fixture
def login(kiosk_client: AgencyClient, cast: Cast) -> LoginOf:
    """login(scenario): that person's genuine card, logged in at the test kiosk."""
    return lambda scenario: card_login(kiosk_client, cast[scenario])


def answer(card: CardCredentials, challenge: bytes, master_key: bytes = TEST_ISSUER_KEY) -> bytes:
    """What a card diversified from `master_key` answers (a clone: any other key)."""
    return cryptogram(card_key(master_key, bytes.fromhex(card.card_id)), challenge)


# -- card login ------------------------------------------------------------------------------


def test_a_genuine_card_answering_the_challenge_gets_a_token_that_opens_its_record(
    adapter: AgencyAdapter, cast: Cast
) -> None:
    person = cast["eligible_12_months"]
    card = card_of_person(person)
    challenge = adapter.login_challenge()
    assert isinstance(challenge, bytes) and len(challenge) == 16
    verdict = adapter.card_login(card, challenge, answer(card, challenge))
    assert isinstance(verdict, CardLoginGranted) and verdict.token
    found = adapter.look_up(IdNumber(person["ssn"]), CardLogin(card, verdict.token))
    assert isinstance(found, Claimant) and found.ssn == IdNumber(person["ssn"])


def test_a_cloned_card_with_the_right_data_and_another_key_is_refused(
    adapter: AgencyAdapter, cast: Cast
) -> None:
    card = card_of_person(cast["eligible_12_months"])
    challenge = adapter.login_challenge()
    assert isinstance(challenge, bytes)
    clone = answer(card, challenge, master_key=b"not-the-issuer!!")
    assert adapter.card_login(card, challenge, clone) == CardLoginRefused(
        CardProofFault.NOT_GENUINE
    )


def test_a_card_the_agency_never_issued_is_unknown(adapter: AgencyAdapter, cast: Cast) -> None:
    real = card_of_person(cast["eligible_12_months"])
    made_up = CardCredentials(real.card_id, real.region_code, "Z99999999")
    challenge = adapter.login_challenge()
    assert isinstance(challenge, bytes)
    verdict = adapter.card_login(made_up, challenge, answer(made_up, challenge))
    assert verdict == CardLoginRefused(CardProofFault.UNKNOWN_CARD)


def test_a_challenge_answers_once(adapter: AgencyAdapter, cast: Cast) -> None:
    card = card_of_person(cast["eligible_12_months"])
    challenge = adapter.login_challenge()
    assert isinstance(challenge, bytes)
    assert isinstance(
        adapter.card_login(card, challenge, answer(card, challenge)), CardLoginGranted
    )
    replayed = adapter.card_login(card, challenge, answer(card, challenge))
    assert replayed is ServiceFault.REFUSED


def test_outside_its_area_a_kiosk_is_told_where_the_claimant_is_insured(
    far_kiosk: AgencyClient, cast: Cast
) -> None:
    far = AgencyAdapter(far_kiosk)
    card = card_of_person(cast["eligible_12_months"])
    challenge = far.login_challenge()
    assert isinstance(challenge, bytes)
    verdict = far.card_login(card, challenge, answer(card, challenge))
    assert isinstance(verdict, CardLoginRefused)
    assert verdict.fault is CardProofFault.OUTSIDE_SERVICE_AREA
    assert verdict.home_region is not None
    assert verdict.home_region.code.startswith("2224")  # Yanbian, where this person is insured
    assert verdict.home_region.name_zh and verdict.home_region.name_ko


def test_a_card_session_that_began_offline_asks_the_agency_nothing(
    adapter: AgencyAdapter, cast: Cast
) -> None:
    offline = CardOfflineLogin(card_of_person(cast["eligible_12_months"]))
    ssn = number(cast, "eligible_12_months")
    assert adapter.look_up(ssn, offline) is ServiceFault.UNREACHABLE
    assert adapter.eligibility(ssn, offline) is ServiceFault.UNREACHABLE
    assert adapter.claims(ssn, offline) is ServiceFault.UNREACHABLE
    assert adapter.courses(ssn, offline) is ServiceFault.UNREACHABLE


def test_one_persons_card_login_does_not_open_anothers_record(
    adapter: AgencyAdapter,
    login: LoginOf,
    cast: Cast,
) -> None:
    mine = login("eligible_12_months")
    assert adapter.look_up(number(cast, "eligible_18_months"), mine) is ServiceFault.REFUSED
    assert adapter.eligibility(number(cast, "eligible_18_months"), mine) is ServiceFault.REFUSED


def test_look_up_gives_the_claimant_with_masked_name_and_card_account(
    adapter: AgencyAdapter,
    login: LoginOf,
    cast: Cast,
) -> None:
    found = adapter.look_up(number(cast, "eligible_12_months"), login("eligible_12_months"))
    assert isinstance(found, Claimant)
    assert found.ssn == number(cast, "eligible_12_months")
    assert found.name.startswith(cast["eligible_12_months"]["name"][0]) and "*" in found.name
    assert found.payment_account is not None
    assert found.payment_account.kind is AccountKind.SOCIAL_SECURITY_CARD
    assert found.mobile_on_file is None  # the agency sends the number masked only
    mobile = cast["eligible_12_months"]["mobile"]
    assert found.masked_mobile == mobile[:3] + "****" + mobile[-4:]
    assert found.has_mobile_on_file and found.masked_mobile_on_file == found.masked_mobile


def test_unknown_person_is_not_found_rather_than_a_fault(
    adapter: AgencyAdapter,
    login: LoginOf,
) -> None:
    stem = "11010119500101999"
    unknown = IdNumber(stem + check_character(stem))
    assert adapter.look_up(unknown, login("eligible_12_months")) is None


def test_eligible_claimant_has_amounts_and_no_reasons_against(
    adapter: AgencyAdapter,
    login: LoginOf,
    cast: Cast,
) -> None:
    answer = adapter.eligibility(number(cast, "eligible_18_months"), login("eligible_18_months"))
    assert isinstance(answer, Eligibility)
    assert answer.eligible and answer.entitlement_months > 0
    assert answer.monthly_amount is not None and answer.monthly_amount.fen > 0
    assert answer.separation is not None and answer.separation.employer_name
    assert answer.reasons == ()


def test_resignation_is_refused_with_the_rule_in_both_languages(
    adapter: AgencyAdapter,
    login: LoginOf,
    cast: Cast,
) -> None:
    answer = adapter.eligibility(
        number(cast, "voluntary_resignation"), login("voluntary_resignation")
    )
    assert isinstance(answer, Eligibility)
    assert not answer.eligible
    assert answer.reasons
    assert all(r.rule.zh_cn and r.rule.ko and r.explanation.ko for r in answer.reasons)


def test_courses_of_the_claimants_region(
    adapter: AgencyAdapter,
    login: LoginOf,
    cast: Cast,
) -> None:
    courses = adapter.courses(number(cast, "eligible_12_months"), login("eligible_12_months"))
    assert isinstance(courses, tuple) and courses
    assert all(c.subsidy is not None and c.starts_on <= c.ends_on for c in courses)


def test_claims_of_a_claimant_without_claims_is_empty(
    adapter: AgencyAdapter,
    login: LoginOf,
    cast: Cast,
) -> None:
    assert adapter.claims(number(cast, "too_few_months"), login("too_few_months")) == ()


def test_one_time_code_login_end_to_end(adapter: AgencyAdapter, agency: Agency, cast: Cast) -> None:
    person = cast["eligible_24_months"]
    ssn = IdNumber(person["ssn"])
    masked = adapter.request_otp(ssn)
    assert isinstance(masked, str) and "****" in masked
    assert adapter.verify_otp(ssn, "000000") == OtpRejected(4)  # a one-in-a-million flake
    text = requests.get(f"{agency.url}/api/dev/sms-outbox/{person['mobile']}", timeout=5).json()
    code = re.search(r"\d{6}", text["text"])
    assert code is not None
    verdict = adapter.verify_otp(ssn, code.group())
    assert isinstance(verdict, OtpAccepted)
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
    token = CardLogin(card_of_person(cast["eligible_12_months"]), "t" * 43)
    assert adapter.login_challenge() is ServiceFault.UNREACHABLE
    assert adapter.card_login(token.card, bytes(16), bytes(16)) is ServiceFault.UNREACHABLE
    assert adapter.look_up(ssn, token) is ServiceFault.UNREACHABLE
    assert adapter.eligibility(ssn, token) is ServiceFault.UNREACHABLE
    assert adapter.claims(ssn, token) is ServiceFault.UNREACHABLE
    assert adapter.courses(ssn, token) is ServiceFault.UNREACHABLE
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
    person = cast["eligible_12_months"]
    some_token = CardLogin(card_of_person(person), "t" * 43)
    assert unenrolled.login_challenge() is ServiceFault.UNREACHABLE
    assert unenrolled.look_up(IdNumber(person["ssn"]), some_token) is ServiceFault.UNREACHABLE


def test_third_generation_card_holder_is_looked_up_by_region_and_card_number(
    adapter: AgencyAdapter,
    login: LoginOf,
    cast: Cast,
) -> None:
    person = cast["eligible_24_months"]
    found = adapter.look_up_by_card(
        person["card_region"], person["card_number"], login("eligible_24_months")
    )
    assert isinstance(found, Claimant)
    assert found.ssn == IdNumber(person["ssn"])
    assert found.name.startswith(person["name"][0]) and "*" in found.name
    assert "****" in found.masked_mobile


def test_unknown_or_another_card_than_the_one_logged_in_and_offline(
    adapter: AgencyAdapter,
    offline_client: AgencyClient,
    login: LoginOf,
    cast: Cast,
) -> None:
    mine = login("eligible_24_months")
    assert adapter.look_up_by_card("222400", "Z99999999", mine) is None
    other = cast["eligible_12_months"]
    assert adapter.look_up_by_card(other["card_region"], other["card_number"], mine) is (
        ServiceFault.REFUSED
    )
    person = cast["eligible_24_months"]
    offline = AgencyAdapter(offline_client)
    assert offline.look_up_by_card(person["card_region"], person["card_number"], mine) is (
        ServiceFault.UNREACHABLE
    )


def test_a_code_check_without_a_code_sent_is_void_not_a_kiosk_fault(
    adapter: AgencyAdapter, cast: Cast
) -> None:
    """otp_expired is a 401 about the claimant's code (LoginRejected), not about the kiosk."""
    assert adapter.verify_otp(number(cast, "still_employed"), "123456") == OtpVoided()


def test_wrong_codes_count_down_then_void(adapter: AgencyAdapter, cast: Cast) -> None:
    ssn = number(cast, "too_few_months")
    assert isinstance(adapter.request_otp(ssn), str)
    verdicts = [adapter.verify_otp(ssn, "000000") for _ in range(5)]
    # One in a million: "000000" is the code sent; then the first verdict is OtpAccepted.
    assert verdicts == [OtpRejected(4), OtpRejected(3), OtpRejected(2), OtpRejected(1), OtpVoided()]

"""A 401 about the claimant's login (LoginRejected) is told apart from one about the kiosk
(AuthenticationFailed): same status code, different classes, so nobody matches on codes."""

import re

import pytest
import requests

from contract.card_proof import TEST_ISSUER_KEY
from kiosk.api import AgencyClient, AgencyRejected, AuthenticationFailed, LoginRejected
from kiosk.api.login import TokenLogin
from server.synthetic import Scenario
from tests.card_logins import Card
from tests.conftest import Agency
from tests.server.factories import person


def _latest_code(agency: Agency, mobile: str) -> str:
    # The database keeps no live code; the development outbox (memory only) does.
    text = requests.get(f"{agency.url}/api/dev/sms-outbox/{mobile}", timeout=10).json()["text"]
    match = re.search(r"\d{6}", text or "")
    assert match
    return match.group(0)


def test_a_wrong_code_is_a_login_rejection_with_tries_left(
    agency: Agency, kiosk_client: AgencyClient
) -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    kiosk_client.request_code(who.id_number)
    right = _latest_code(agency, who.mobile)
    wrong = f"{(int(right) + 1) % 10**6:06d}"
    with pytest.raises(LoginRejected) as refused:
        kiosk_client.verify_code(who.id_number, wrong)
    error = refused.value
    assert (error.status, error.code, error.tries_left) == (401, "otp_wrong", 4)
    assert isinstance(error, AgencyRejected) and not isinstance(error, AuthenticationFailed)


def test_no_code_requested_is_otp_expired_with_no_tries(kiosk_client: AgencyClient) -> None:
    who = person(Scenario.STILL_EMPLOYED)
    with pytest.raises(LoginRejected) as refused:
        kiosk_client.verify_code(who.id_number, "123456")
    assert (refused.value.status, refused.value.code, refused.value.tries_left) == (
        401,
        "otp_expired",
        0,
    )


@pytest.mark.parametrize(
    ("login", "code"),
    [
        (TokenLogin("otp", "x" * 32), "login_invalid"),
        (TokenLogin("card", "x" * 32), "login_invalid"),
    ],
    ids=["otp_token_unknown", "card_token_unknown"],
)
def test_a_missing_or_invalid_login_token_is_a_login_rejection(
    kiosk_client: AgencyClient, login: TokenLogin, code: str
) -> None:
    who = person(Scenario.ELIGIBLE_18_MONTHS)
    with pytest.raises(LoginRejected) as refused:
        kiosk_client.lookup_by_ssn(who.id_number, login)
    assert (refused.value.status, refused.value.code) == (401, code)


@pytest.mark.parametrize("cloned", [False, True], ids=["replayed_challenge", "cloned_card"])
def test_a_refused_card_login_is_a_login_rejection(
    agency: Agency, kiosk_client: AgencyClient, cloned: bool
) -> None:
    """What the kiosk tells the claimant ("card not accepted") rests on this class, not on codes."""
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    card = Card.of(who.id_number)
    challenge = kiosk_client.login_challenge().challenge
    answer = card.answer(
        bytes.fromhex(challenge), b"cloned-card-key!" if cloned else TEST_ISSUER_KEY
    )
    if not cloned:
        kiosk_client.card_login(card.card_id, card.region, card.card_number, challenge, answer)
    with pytest.raises(LoginRejected) as refused:
        kiosk_client.card_login(card.card_id, card.region, card.card_number, challenge, answer)
    error = refused.value
    assert error.status == 401 and not isinstance(error, AuthenticationFailed)
    assert error.code == ("card_proof_invalid" if cloned else "challenge_invalid")


def test_a_kiosk_the_agency_does_not_know_is_an_authentication_failure(agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_18_MONTHS)
    stranger = AgencyClient(agency.url, "kiosk-999999-999", b"\x01" * 32, backoff_s=0.01)
    try:
        with pytest.raises(AuthenticationFailed) as refused:
            stranger.verify_code(who.id_number, "123456")
    finally:
        stranger.close()
    assert refused.value.status == 401
    assert not isinstance(refused.value, LoginRejected)


def test_a_wrong_kiosk_key_is_an_authentication_failure(agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_18_MONTHS)
    forged = AgencyClient(agency.url, agency.kiosk_id, b"\x00" * 32, backoff_s=0.01)
    try:
        with pytest.raises(AuthenticationFailed) as refused:
            forged.lookup_by_ssn(who.id_number, TokenLogin("card", "x" * 32))
    finally:
        forged.close()
    assert refused.value.code not in LoginRejected.CODES

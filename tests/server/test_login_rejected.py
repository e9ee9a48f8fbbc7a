"""A 401 about the claimant's login (LoginRejected) is told apart from one about the kiosk
(AuthenticationFailed): same status code, different classes, so nobody matches on codes."""

import re

import pytest
from sqlalchemy import select

from kiosk.api import AgencyClient, AgencyRejected, AuthenticationFailed, LoginRejected
from server.models import SmsOutbox
from server.synthetic import Scenario
from tests.conftest import Agency
from tests.server.factories import person


def _latest_code(agency: Agency, mobile: str) -> str:
    with agency.sessions()() as session:  # type: ignore[no-untyped-call]
        text = (
            session.execute(
                select(SmsOutbox.text)
                .where(SmsOutbox.mobile == mobile)
                .order_by(SmsOutbox.id.desc())
            )
            .scalars()
            .first()
        )
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


@pytest.mark.parametrize(("token", "code"), [(None, "login_required"), ("x" * 32, "login_invalid")])
def test_a_missing_or_invalid_login_token_is_a_login_rejection(
    kiosk_client: AgencyClient, token: str | None, code: str
) -> None:
    who = person(Scenario.ELIGIBLE_18_MONTHS)
    with pytest.raises(LoginRejected) as refused:
        kiosk_client.lookup_by_ssn(who.id_number, login="otp", token=token)
    assert (refused.value.status, refused.value.code) == (401, code)


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
            forged.lookup_by_ssn(who.id_number)
    finally:
        forged.close()
    assert refused.value.code not in LoginRejected.CODES

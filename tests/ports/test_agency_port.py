"""AgencyPort: the same checks against AgencyAdapter talking to the seeded reference server on
loopback and against the FakeAgency the flow tests use."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Protocol

import pytest
import requests

from contract.card_proof import TEST_ISSUER_KEY, card_key, cryptogram
from kiosk.adapters.agency import AgencyAdapter
from kiosk.api import AgencyClient
from kiosk.domain.claimant import CardCredentials, CardLogin, Claimant, OtpLogin
from kiosk.domain.faults import CardProofFault, OtpFault, ServiceFault
from kiosk.domain.identity import IdNumber, check_character
from kiosk.flow.ports import (
    AgencyPort,
    CardLoginGranted,
    CardLoginRefused,
    OtpAccepted,
    OtpRejected,
)
from tests.app.conftest import card_of_person
from tests.conftest import Agency
from tests.doubles import FakeAgency, card_answer
from tests.flow.flow_kit import YOUNG_ID, card_for, claimant_for

MASKED_MOBILE = re.compile(r"1\d\d\*{4}\d{4}")
_STEM = "11010119500101999"
NOBODY = IdNumber(_STEM + check_character(_STEM))


class AgencyRig(Protocol):
    port: AgencyPort
    ssn: IdNumber  # a claimant on file, with a mobile number and a card
    card: CardCredentials

    def answer(self, challenge: bytes) -> bytes:
        """What the claimant's genuine card answers to `challenge`."""
        ...

    def code_sent(self) -> str:
        """The one-time code the agency last texted the claimant."""
        ...


class ServerRig:
    def __init__(self, client: AgencyClient, agency: Agency, person: dict[str, Any]) -> None:
        self.port: AgencyPort = AgencyAdapter(client)
        self.ssn = IdNumber(person["ssn"])
        self.card = card_of_person(person)
        self._sms = f"{agency.url}/api/dev/sms-outbox/{person['mobile']}"

    def answer(self, challenge: bytes) -> bytes:
        return cryptogram(card_key(TEST_ISSUER_KEY, bytes.fromhex(self.card.card_id)), challenge)

    def code_sent(self) -> str:
        text = requests.get(self._sms, timeout=5).json()["text"]
        found = re.search(r"\d{6}", text)
        assert found is not None
        return found.group()


class FakeRig:
    def __init__(self, reachable: bool) -> None:
        self.card = card_for().credentials
        self.fake = FakeAgency(
            reachable=reachable,
            claimant=claimant_for(),
            known_cards=frozenset({self.card.card_number}),
        )
        self.port: AgencyPort = self.fake
        self.ssn = YOUNG_ID

    def answer(self, challenge: bytes) -> bytes:
        return card_answer(challenge)

    def code_sent(self) -> str:
        return self.fake.code


@pytest.fixture(params=["server", "fake"])
def side(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def rig(side: str, kiosk_client: AgencyClient, agency: Agency, cast: Any) -> AgencyRig:
    if side == "fake":
        return FakeRig(reachable=True)
    return ServerRig(kiosk_client, agency, cast["eligible_24_months"])


@pytest.fixture
def unreachable(
    side: str, offline_client: AgencyClient, agency: Agency, cast: Any
) -> Iterator[AgencyRig]:
    if side == "fake":
        yield FakeRig(reachable=False)
    else:
        yield ServerRig(offline_client, agency, cast["eligible_24_months"])


def _logged_in(rig: AgencyRig) -> CardLogin:
    challenge = rig.port.login_challenge()
    assert isinstance(challenge, bytes)
    verdict = rig.port.card_login(rig.card, challenge, rig.answer(challenge))
    assert isinstance(verdict, CardLoginGranted) and verdict.token
    return CardLogin(rig.card, verdict.token)


def test_each_challenge_is_sixteen_fresh_bytes(rig: AgencyRig) -> None:
    first, second = rig.port.login_challenge(), rig.port.login_challenge()
    assert isinstance(first, bytes) and isinstance(second, bytes)
    assert len(first) == len(second) == 16 and first != second


def test_a_genuine_card_gets_a_token_that_opens_its_holders_record(rig: AgencyRig) -> None:
    found = rig.port.look_up(rig.ssn, _logged_in(rig))
    assert isinstance(found, Claimant) and found.ssn == rig.ssn


def test_a_clone_answering_with_another_key_is_not_genuine(rig: AgencyRig) -> None:
    challenge = rig.port.login_challenge()
    assert isinstance(challenge, bytes)
    clone = cryptogram(card_key(b"not-the-issuer!!", bytes.fromhex(rig.card.card_id)), challenge)
    verdict = rig.port.card_login(rig.card, challenge, clone)
    assert verdict == CardLoginRefused(CardProofFault.NOT_GENUINE)


def test_a_card_the_agency_never_issued_is_unknown(rig: AgencyRig) -> None:
    made_up = CardCredentials(rig.card.card_id, rig.card.region_code, "Z99999999")
    challenge = rig.port.login_challenge()
    assert isinstance(challenge, bytes)
    verdict = rig.port.card_login(made_up, challenge, rig.answer(challenge))
    assert verdict == CardLoginRefused(CardProofFault.UNKNOWN_CARD)


def test_a_challenge_is_answered_once(rig: AgencyRig) -> None:
    challenge = rig.port.login_challenge()
    assert isinstance(challenge, bytes)
    first = rig.port.card_login(rig.card, challenge, rig.answer(challenge))
    assert isinstance(first, CardLoginGranted)
    assert rig.port.card_login(rig.card, challenge, rig.answer(challenge)) is ServiceFault.REFUSED


def test_a_person_not_on_file_is_not_found(rig: AgencyRig) -> None:
    assert rig.port.look_up(NOBODY, _logged_in(rig)) is None


def test_a_one_time_code_goes_to_the_masked_number_and_opens_the_record(rig: AgencyRig) -> None:
    masked = rig.port.request_otp(rig.ssn)
    assert isinstance(masked, str) and MASKED_MOBILE.fullmatch(masked)
    wrong = "000000" if rig.code_sent() != "000000" else "111111"
    assert rig.port.verify_otp(rig.ssn, wrong) == OtpRejected(4)
    verdict = rig.port.verify_otp(rig.ssn, rig.code_sent())
    assert isinstance(verdict, OtpAccepted) and verdict.login_token
    found = rig.port.look_up(rig.ssn, OtpLogin(verdict.login_token))
    assert isinstance(found, Claimant) and found.ssn == rig.ssn


def test_without_the_network_every_answer_says_unreachable(unreachable: AgencyRig) -> None:
    port = unreachable.port
    login = CardLogin(unreachable.card, "token-from-before")
    assert port.request_otp(unreachable.ssn) is OtpFault.UNREACHABLE
    assert port.verify_otp(unreachable.ssn, "123456") is ServiceFault.UNREACHABLE
    assert port.login_challenge() is ServiceFault.UNREACHABLE
    assert port.card_login(unreachable.card, bytes(16), bytes(16)) is ServiceFault.UNREACHABLE
    assert port.look_up(unreachable.ssn, login) is ServiceFault.UNREACHABLE
    assert port.eligibility(unreachable.ssn, login) is ServiceFault.UNREACHABLE
    assert port.claims(unreachable.ssn, login) is ServiceFault.UNREACHABLE
    assert port.courses(unreachable.ssn, login) is ServiceFault.UNREACHABLE

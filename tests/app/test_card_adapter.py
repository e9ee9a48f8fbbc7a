"""CardAdapter through real pcscd, the vpcd driver and the virtual card; 3rd-generation cards
looked up by region and card number through the real reference server after the PIN."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from devices.sim.card_profile import CardProfile
from devices.sim.pcscd_service import wait_card_state
from devices.sim.vpcd_card import VirtualCard
from devices.sscard import faults as dev
from devices.sscard.session import CardSession
from kiosk.adapters.agency import AgencyAdapter
from kiosk.adapters.card import CardAdapter, card_fault
from kiosk.api import AgencyClient
from kiosk.domain.claimant import CardIdentity, CardLogin, Claimant
from kiosk.domain.faults import CardFault, CardProofFault
from kiosk.domain.identity import IdNumber
from kiosk.flow.ports import (
    CardLoginGranted,
    CardLoginRefused,
    CardReading,
    PinAccepted,
    PinBlocked,
    PinRejected,
)

pytestmark = pytest.mark.pcsc

InsertCard = Callable[..., VirtualCard]
Cast = dict[str, dict[str, Any]]


def profile_of(person: dict[str, Any], **changes: Any) -> CardProfile:
    return CardProfile(
        ssn=person["ssn"],
        name=person["name"],
        card_number=person["card_number"],
        region=person["card_region"],
        birth_date=date.fromisoformat(person["birth_date"]),
        gender="1" if person["gender"] == "M" else "2",
        **changes,
    )


@pytest.fixture
def card(pcscd: str) -> CardAdapter:
    return CardAdapter.for_reader(pcscd, None)


def test_card_read_then_wrong_and_right_pin(
    card: CardAdapter, insert_card: InsertCard, cast: Cast
) -> None:
    person = cast["eligible_12_months"]
    insert_card(profile_of(person))
    reading = card.read_card()
    assert isinstance(reading, CardReading)
    assert reading.identity.ssn == IdNumber(person["ssn"])
    assert reading.identity.name == person["name"]
    assert card.verify_pin("654321") == PinRejected(2)
    assert card.verify_pin("123456") == PinAccepted()
    card.close()


def test_third_generation_card_gives_region_and_number_and_takes_the_pin(
    card: CardAdapter, insert_card: InsertCard, cast: Cast
) -> None:
    """Nobody is named at read time: the flow looks the holder up after the PIN."""
    person = cast["eligible_24_months"]
    insert_card(profile_of(person, card_version="3.00"))
    reading = card.read_card()
    assert isinstance(reading, CardReading)
    assert reading.identity.ssn is None and not reading.identity.holder_known
    assert reading.identity.name == ""
    assert reading.identity.region_code == person["card_region"]
    assert reading.identity.card_number == person["card_number"]
    assert card.verify_pin("123456") == PinAccepted()
    card.close()


def _log_in(card: CardAdapter, agency: AgencyAdapter, identity: CardIdentity) -> CardLogin:
    """What the effect runner does after the PIN: challenge, the card's answer, the token."""
    challenge = agency.login_challenge()
    assert isinstance(challenge, bytes)
    answer = card.answer_challenge(challenge)
    assert isinstance(answer, bytes) and len(answer) == 16
    verdict = agency.card_login(identity.credentials, challenge, answer)
    assert isinstance(verdict, CardLoginGranted), verdict
    return CardLogin(identity.credentials, verdict.token)


def test_the_card_logs_in_with_its_own_answer_to_the_agencys_challenge(
    card: CardAdapter, insert_card: InsertCard, kiosk_client: AgencyClient, cast: Cast
) -> None:
    person = cast["eligible_12_months"]
    insert_card(profile_of(person))
    reading = card.read_card()
    assert isinstance(reading, CardReading)
    assert len(reading.identity.card_id) == 32
    assert card.answer_challenge(bytes(16)) is CardFault.UNREADABLE  # not before the PIN
    assert card.verify_pin("123456") == PinAccepted()
    agency = AgencyAdapter(kiosk_client)
    login = _log_in(card, agency, reading.identity)
    card.close()
    found = agency.look_up(IdNumber(person["ssn"]), login)
    assert isinstance(found, Claimant) and found.ssn == IdNumber(person["ssn"])


def test_a_cloned_card_answers_but_the_agency_refuses_it(
    card: CardAdapter, insert_card: InsertCard, kiosk_client: AgencyClient, cast: Cast
) -> None:
    """Right data, right PIN, another key: everything readable is copied, the key is not."""
    insert_card(profile_of(cast["eligible_12_months"], master_key=b"not-the-issuer!!"))
    reading = card.read_card()
    assert isinstance(reading, CardReading) and card.verify_pin("123456") == PinAccepted()
    agency = AgencyAdapter(kiosk_client)
    challenge = agency.login_challenge()
    assert isinstance(challenge, bytes)
    answer = card.answer_challenge(challenge)
    assert isinstance(answer, bytes)
    card.close()
    verdict = agency.card_login(reading.identity.credentials, challenge, answer)
    assert verdict == CardLoginRefused(CardProofFault.NOT_GENUINE)


def test_a_card_pulled_before_the_challenge_reads_as_removed(
    card: CardAdapter, insert_card: InsertCard, pcscd: str, cast: Cast
) -> None:
    virtual = insert_card(profile_of(cast["eligible_12_months"]))
    assert isinstance(card.read_card(), CardReading) and card.verify_pin("123456") == PinAccepted()
    virtual.remove()
    wait_card_state(pcscd, present=False)
    assert card.answer_challenge(bytes(16)) in (CardFault.REMOVED, CardFault.UNREADABLE)
    card.close()
    assert card.answer_challenge(bytes(16)) is CardFault.REMOVED


def test_third_generation_card_then_looked_up_through_the_agency(
    card: CardAdapter, insert_card: InsertCard, kiosk_client: AgencyClient, cast: Cast
) -> None:
    person = cast["eligible_24_months"]
    insert_card(profile_of(person, card_version="3.00"))
    reading = card.read_card()
    assert isinstance(reading, CardReading)
    assert card.verify_pin("123456") == PinAccepted()
    agency = AgencyAdapter(kiosk_client)
    login = _log_in(card, agency, reading.identity)
    card.close()
    found = agency.look_up_by_card(
        reading.identity.region_code, reading.identity.card_number, login
    )
    assert isinstance(found, Claimant) and found.ssn == IdNumber(person["ssn"])


def test_third_generation_card_reads_without_the_network(
    pcscd: str, insert_card: InsertCard, cast: Cast
) -> None:
    """Reading and the PIN need only the card; the network is needed for the look-up."""
    card = CardAdapter.for_reader(pcscd, None)
    insert_card(profile_of(cast["eligible_24_months"], card_version="3.00"))
    reading = card.read_card()
    assert isinstance(reading, CardReading) and reading.identity.ssn is None
    card.close()


def test_expired_card_says_expired(card: CardAdapter, insert_card: InsertCard, cast: Cast) -> None:
    insert_card(
        profile_of(cast["eligible_12_months"], issued=date(2010, 3, 7), expires=date(2020, 3, 7))
    )
    assert card.read_card() is CardFault.EXPIRED


def test_locked_card_says_locked(card: CardAdapter, insert_card: InsertCard, cast: Cast) -> None:
    insert_card(profile_of(cast["eligible_12_months"], locked=True))
    assert card.read_card() is CardFault.PIN_LOCKED


def test_device_faults_map_to_the_flows_card_faults() -> None:
    assert card_fault(dev.ExpiredCard("expired")) is CardFault.EXPIRED
    assert card_fault(dev.PinBlocked("VERIFY: SW 6983")) is CardFault.PIN_LOCKED
    assert card_fault(dev.CardLocked("SELECT SSSE: SW 9303")) is CardFault.PIN_LOCKED
    assert card_fault(dev.NotSocialSecurityCard()) is CardFault.NOT_A_SOCIAL_SECURITY_CARD
    assert card_fault(dev.CardRemoved()) is CardFault.REMOVED
    assert card_fault(dev.NoReader()) is CardFault.READER_FAULT
    assert card_fault(dev.MalformedCardData()) is CardFault.UNREADABLE


def test_last_wrong_pin_blocks(card: CardAdapter, insert_card: InsertCard, cast: Cast) -> None:
    insert_card(profile_of(cast["eligible_12_months"], tries_left=1))
    assert isinstance(card.read_card(), CardReading)
    assert card.verify_pin("000000") == PinBlocked()
    card.close()


def test_pulled_card_is_reported_removed(
    card: CardAdapter, insert_card: InsertCard, pcscd: str, cast: Cast
) -> None:
    virtual = insert_card(profile_of(cast["eligible_12_months"]))
    assert isinstance(card.read_card(), CardReading)
    virtual.remove()
    wait_card_state(pcscd, present=False)
    assert card.verify_pin("123456") is CardFault.REMOVED
    card.close()
    assert card.verify_pin("123456") is CardFault.REMOVED


def test_foreign_card_is_not_a_social_security_card(
    card: CardAdapter, insert_card: InsertCard
) -> None:
    insert_card(CardProfile(foreign=True))
    assert card.read_card() is CardFault.NOT_A_SOCIAL_SECURITY_CARD


def test_no_card_reads_as_removed(card: CardAdapter, pcscd: str) -> None:
    assert card.read_card() is CardFault.REMOVED


def test_a_card_that_stops_answering_ends_unreadable_and_the_next_card_reads(
    pcscd: str, insert_card: InsertCard, cast: Cast
) -> None:
    """The card worker gets an answer within the deadline instead of waiting on a hung chip."""
    card = CardAdapter(lambda: CardSession(pcscd, deadline_s=1.0))
    person = cast["eligible_12_months"]
    hung = insert_card(profile_of(person, mute_after_apdus=16))  # the identity, then silence
    assert isinstance(card.read_card(), CardReading)
    assert card.verify_pin("123456") is CardFault.UNREADABLE
    card.close()
    hung.remove()
    wait_card_state(pcscd, present=False)
    insert_card(profile_of(person))
    reading = card.read_card()
    assert isinstance(reading, CardReading) and reading.identity.name == person["name"]
    card.close()

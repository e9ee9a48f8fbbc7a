"""SocialSecurityCardPort: the same checks against CardAdapter reading a virtual card through
pcscd and the vpcd reader, and against the FakeCard the flow tests use."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

import pytest

from contract.card_proof import TEST_ISSUER_KEY, card_key, cryptogram
from devices.sim.card_applet import identification_code
from devices.sim.card_profile import CardProfile
from devices.sim.pcscd_service import wait_card_state
from devices.sim.vpcd_card import VirtualCard
from kiosk.adapters.card import CardAdapter
from kiosk.domain.faults import CardFault
from kiosk.domain.identity import IdNumber
from kiosk.flow.ports import (
    CardReading,
    PinAccepted,
    PinBlocked,
    PinRejected,
    SocialSecurityCardPort,
)
from tests.doubles import FakeCard, card_answer
from tests.flow.flow_kit import card_for

SSN = "222401199003070015"  # valid check character: the kiosk refuses any other
NAME = "金哲"
PIN = "123456"


class CardRig(Protocol):
    port: SocialSecurityCardPort

    def insert(self, tries_left: int = 3) -> None: ...

    def pull(self) -> None: ...

    def genuine_answer(self, challenge: bytes) -> bytes:
        """What the agency expects this card to answer (contract/card_proof.py)."""
        ...


class VirtualCardRig:
    def __init__(self, reader: str, insert: Callable[..., VirtualCard]) -> None:
        self.adapter = CardAdapter.for_reader(reader, None)
        self.port: SocialSecurityCardPort = self.adapter
        self._reader = reader
        self._insert = insert
        self._card: VirtualCard | None = None
        self._profile = CardProfile(ssn=SSN, name=NAME, pin=PIN)

    def insert(self, tries_left: int = 3) -> None:
        self._profile = CardProfile(ssn=SSN, name=NAME, pin=PIN, tries_left=tries_left)
        self._card = self._insert(self._profile)

    def pull(self) -> None:
        assert self._card is not None
        self._card.remove()
        wait_card_state(self._reader, present=False)

    def genuine_answer(self, challenge: bytes) -> bytes:
        key = card_key(TEST_ISSUER_KEY, identification_code(self._profile))
        return cryptogram(key, challenge)


class FakeRig:
    def __init__(self) -> None:
        number = IdNumber(SSN)
        self.fake = FakeCard(reading=CardReading(card_for(number, NAME), None), inserted=False)
        self.port: SocialSecurityCardPort = self.fake

    def insert(self, tries_left: int = 3) -> None:
        self.fake.inserted, self.fake.tries_left, self.fake.pin = True, tries_left, PIN

    def pull(self) -> None:
        self.fake.inserted = False

    def genuine_answer(self, challenge: bytes) -> bytes:
        return card_answer(challenge)


@pytest.fixture(params=[pytest.param("vpcd", marks=pytest.mark.pcsc), "fake"])
def rig(request: pytest.FixtureRequest) -> Iterator[CardRig]:
    if request.param == "fake":
        yield FakeRig()
        return
    reader = request.getfixturevalue("pcscd")
    insert = request.getfixturevalue("insert_card")
    virtual = VirtualCardRig(reader, insert)
    try:
        yield virtual
    finally:
        virtual.adapter.close()


def test_no_card_reads_as_removed(rig: CardRig) -> None:
    assert rig.port.read_card() is CardFault.REMOVED


def test_a_card_names_its_holder(rig: CardRig) -> None:
    rig.insert()
    reading = rig.port.read_card()
    assert isinstance(reading, CardReading)
    assert reading.identity.ssn == IdNumber(SSN) and reading.identity.name == NAME


def test_the_card_counts_wrong_pins_and_accepts_the_right_one(rig: CardRig) -> None:
    rig.insert()
    assert isinstance(rig.port.read_card(), CardReading)
    assert rig.port.verify_pin("654321") == PinRejected(2)
    assert rig.port.verify_pin(PIN) == PinAccepted()


def test_the_last_wrong_pin_blocks_the_card(rig: CardRig) -> None:
    rig.insert(tries_left=1)
    assert isinstance(rig.port.read_card(), CardReading)
    assert rig.port.verify_pin("654321") == PinBlocked()


def test_after_the_pin_the_card_answers_challenges_as_the_agency_expects(rig: CardRig) -> None:
    rig.insert()
    assert isinstance(rig.port.read_card(), CardReading)
    assert rig.port.verify_pin(PIN) == PinAccepted()
    first, second = bytes(range(16)), bytes(range(16, 32))
    answer = rig.port.answer_challenge(first)
    assert answer == rig.genuine_answer(first) and len(answer) == 16
    assert rig.port.answer_challenge(second) == rig.genuine_answer(second) != answer


def test_no_challenge_is_answered_before_the_pin(rig: CardRig) -> None:
    rig.insert()
    assert isinstance(rig.port.read_card(), CardReading)
    assert rig.port.answer_challenge(bytes(16)) is CardFault.UNREADABLE
    assert rig.port.verify_pin("654321") == PinRejected(2)
    assert rig.port.answer_challenge(bytes(16)) is CardFault.UNREADABLE


def test_a_card_pulled_after_the_read_is_removed_for_the_pin(rig: CardRig) -> None:
    rig.insert()
    assert isinstance(rig.port.read_card(), CardReading)
    rig.pull()
    assert rig.port.verify_pin(PIN) is CardFault.REMOVED


def test_a_card_pulled_after_the_pin_is_removed_for_the_challenge(rig: CardRig) -> None:
    rig.insert()
    assert isinstance(rig.port.read_card(), CardReading)
    assert rig.port.verify_pin(PIN) == PinAccepted()
    rig.pull()
    assert rig.port.answer_challenge(bytes(16)) is CardFault.REMOVED

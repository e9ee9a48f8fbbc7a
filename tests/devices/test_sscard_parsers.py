"""Card-side parsing without a reader: T=0 resolution, TLV records, status words, fuzzing."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devices.sim.card_applet import CardApplet
from devices.sim.card_profile import CardProfile
from devices.sscard import apdu, records
from devices.sscard.channel import ApduCounter, exchange
from devices.sscard.faults import CardFault, MalformedCardData
from devices.sscard.identity import CardIdentity
from devices.sscard.read_sequence import read_identity
from devices.sscard.status_words import fault_for


class StubChannel:
    """A channel answering from a fixed list, recording what was sent."""

    def __init__(self, answers: list[bytes]) -> None:
        self._answers: Iterator[bytes] = iter(answers)
        self.sent: list[bytes] = []

    def transmit_raw(self, apdu_bytes: bytes) -> bytes:
        self.sent.append(apdu_bytes)
        return next(self._answers, b"\x6f\x00")


def test_61xx_is_followed_by_get_response_with_that_length() -> None:
    card = StubChannel([b"\x61\x05", b"\x01\x02\x03\x04\x05\x90\x00"])
    response = exchange(card, apdu.select_ssse())
    assert response.ok and response.data == b"\x01\x02\x03\x04\x05"
    assert card.sent[1] == bytes.fromhex("00C0000005")


def test_chained_61xx_answers_are_joined() -> None:
    card = StubChannel([b"\x61\x04", b"\xaa\xbb\x61\x02", b"\xcc\xdd\x90\x00"])
    response = exchange(card, apdu.select_ssse())
    assert response.data == b"\xaa\xbb\xcc\xdd"


def test_6cxx_reissues_the_same_command_with_the_right_le() -> None:
    card = StubChannel([b"\x6c\x20", b"\x09\x01\x41" + b"\x90\x00"])
    exchange(card, apdu.read_record_by_tag(6, 0x09, 0))
    assert card.sent == [bytes.fromhex("00B2093002"), bytes.fromhex("00B2093020")]


def test_endless_61xx_is_malformed_data_not_a_hang() -> None:
    card = StubChannel([b"\x61\x01"] * 50)
    with pytest.raises(MalformedCardData):
        exchange(card, apdu.select_ssse())


def test_worked_example_card_number_record_decodes() -> None:
    value = records.parse_record(0x07, bytes.fromhex("0709533132333435363738"))
    assert records.decode_ascii_an(value, 0x07) == "S12345678"


def test_worked_example_name_decodes_from_gbk_with_padding() -> None:
    value = records.parse_record(0x09, bytes.fromhex("091EBDF0D5DC") + bytes(26))
    assert records.decode_an(value, 0x09) == "金哲"


def test_worked_example_dates_and_birthplace_decode() -> None:
    assert records.decode_date(bytes.fromhex("19900307"), 0x0D) == date(1990, 3, 7)
    assert records.decode_cn(bytes.fromhex("222401"), 0x0C) == "222401"
    assert records.decode_cn(bytes.fromhex("2224FF"), 0x0C) == "2224"


def test_record_whose_length_byte_lies_is_malformed() -> None:
    with pytest.raises(MalformedCardData):
        records.parse_record(0x07, bytes.fromhex("070A5331"))


def test_record_with_another_tag_is_malformed() -> None:
    with pytest.raises(MalformedCardData):
        records.parse_record(0x07, bytes.fromhex("0801 31".replace(" ", "")))


def test_impossible_date_is_malformed() -> None:
    with pytest.raises(MalformedCardData):
        records.decode_date(bytes.fromhex("19901332"), 0x0D)


def test_odd_length_pin_is_padded_with_f() -> None:
    assert records.pin_to_bcd("123456") == bytes.fromhex("123456")
    assert records.pin_to_bcd("12345") == bytes.fromhex("12345F")


@pytest.mark.parametrize(
    "sw",
    [
        0x6983,
        0x6982,
        0x6984,
        0x6985,
        0x6981,
        0x6986,
        0x6A82,
        0x6A83,
        0x6A86,
        0x6A88,
        0x6700,
        0x6D00,
        0x6E00,
        0x9303,
        0x63C2,
        0x63C0,
        0x6F00,
    ],
)
def test_every_status_word_in_the_spec_maps_to_a_typed_fault(sw: int) -> None:
    fault = fault_for(sw, "READ RECORD")
    assert isinstance(fault, CardFault)
    assert f"{sw:04X}" in str(fault)


@given(st.integers(0, 0xFFFF))
def test_any_status_word_gives_a_card_fault(sw: int) -> None:
    assert isinstance(fault_for(sw, "X"), CardFault)


@given(st.integers(0, 255), st.binary(max_size=300))
def test_random_records_give_a_value_or_malformed_data(tag: int, raw: bytes) -> None:
    try:
        value = records.parse_record(tag, raw)
    except MalformedCardData:
        return
    for decode in (records.decode_an, records.decode_cn, records.decode_date):
        with contextlib.suppress(MalformedCardData):
            decode(value, tag)


class MutatingCard:
    """The real applet, with its answers mutated by hypothesis-chosen edits."""

    def __init__(self, applet: CardApplet, data: st.DataObject) -> None:
        self.applet = applet
        self.data = data

    def transmit_raw(self, apdu_bytes: bytes) -> bytes:
        answer = self.applet.process(apdu_bytes)
        action = self.data.draw(st.sampled_from(["keep", "keep", "flip", "cut", "random", "sw"]))
        if action == "flip" and answer:
            at = self.data.draw(st.integers(0, len(answer) - 1))
            answer = (
                answer[:at]
                + bytes([answer[at] ^ self.data.draw(st.integers(1, 255))])
                + answer[at + 1 :]
            )
        elif action == "cut":
            answer = answer[: self.data.draw(st.integers(0, len(answer)))]
        elif action == "random":
            answer = self.data.draw(st.binary(max_size=64))
        elif action == "sw":
            answer = answer[:-2] + self.data.draw(st.binary(min_size=2, max_size=2))
        return answer


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.data(), st.sampled_from(["1.00", "2.00", "3.00"]))
def test_mutated_card_answers_give_an_identity_or_a_typed_fault(
    data: st.DataObject, version: str
) -> None:
    card = MutatingCard(CardApplet(CardProfile(card_version=version)), data)
    try:
        identity = read_identity(card, b"\x3b", counter=ApduCounter())
    except CardFault:
        return
    assert isinstance(identity, CardIdentity)


def test_identity_repr_and_masked_form_hide_personal_data() -> None:
    identity = read_identity(_Direct(), b"")
    text = repr(identity) + identity.masked()
    for secret in ("金哲", "22240119900307001X", "S12345678"):
        assert secret not in text


class _Direct:
    def __init__(self) -> None:
        self.applet = CardApplet(CardProfile())

    def transmit_raw(self, apdu_bytes: bytes) -> bytes:
        return self.applet.process(apdu_bytes)

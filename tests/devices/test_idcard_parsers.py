"""Frame building, the resyncing scanner and the text block decoder, without a port."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.idcard import frame
from devices.idcard.faults import IdReaderFault, MalformedIdData, NotAnIdCard
from devices.idcard.frame import ModuleFrame
from devices.idcard.reader import format_sam_id, split_read_body
from devices.idcard.scanner import FrameScanner
from devices.idcard.status import fault_for
from devices.idcard.text_block import decode_text_block
from devices.sim.id_text_block import ForeignerCard2017, ForeignerCard2023, ResidentCard


def test_find_card_command_matches_the_worked_example() -> None:
    assert frame.encode_command(0x20, 0x01) == bytes.fromhex("AAAAAA96690003200122")


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (frame.RESET_SAM, "AAAAAA96690003 10FFEC"),
        (frame.SAM_STATUS, "AAAAAA96690003 11FFED"),
        (frame.SAM_ID, "AAAAAA96690003 12FFEE"),
        (frame.SELECT_CARD, "AAAAAA96690003 200221"),
        (frame.READ_TEXT_PHOTO, "AAAAAA96690003 300132"),
        (frame.READ_APPENDED_ADDRESS, "AAAAAA96690003 300330"),
    ],
)
def test_command_frames_match_the_protocol_table(command: tuple[int, int], expected: str) -> None:
    assert frame.encode_command(*command) == bytes.fromhex(expected.replace(" ", ""))


def test_no_card_answer_matches_the_worked_example() -> None:
    assert ModuleFrame(0, 0, 0x80, b"").to_bytes() == bytes.fromhex("AAAAAA9669000400008084")


def test_scanner_finds_a_frame_behind_a_fake_preamble_with_a_huge_length() -> None:
    scanner = FrameScanner()
    real = ModuleFrame(0, 0, 0x9F, bytes(4)).to_bytes()
    scanner.feed(bytes.fromhex("AAAAAA96690900") + b"\x01\x02" + real)
    assert scanner.next_payload() == b"\x00\x00\x9f" + bytes(4)


def test_scanner_waits_for_a_frame_split_inside_the_preamble() -> None:
    scanner = FrameScanner()
    raw = ModuleFrame(0, 0, 0x90, b"").to_bytes()
    scanner.feed(raw[:3])
    assert scanner.next_payload() is None
    scanner.feed(raw[3:])
    assert scanner.next_payload() == b"\x00\x00\x90"


@given(st.binary(max_size=64), st.binary(max_size=64), st.integers(0, 3), st.binary(max_size=40))
def test_scanner_finds_a_valid_frame_amid_any_noise(
    before: bytes, after: bytes, sw3_choice: int, body: bytes
) -> None:
    sw3 = [0x90, 0x9F, 0x80, 0x41][sw3_choice]
    raw = ModuleFrame(0, 0, sw3, body).to_bytes()
    scanner = FrameScanner()
    # Noise must not itself contain the preamble, or it could be a frame of its own.
    before = before.replace(frame.PREAMBLE, b"")
    for piece in (before, raw, after):
        scanner.feed(piece)
    payloads = []
    while (payload := scanner.next_payload()) is not None:
        payloads.append(payload)
    assert bytes([0, 0, sw3]) + body in payloads


@settings(max_examples=400)
@given(st.binary(max_size=400), st.lists(st.integers(1, 50), max_size=10))
def test_scanner_never_crashes_and_only_returns_checked_frames(
    data: bytes, cuts: list[int]
) -> None:
    scanner = FrameScanner()
    at = 0
    for cut in [*cuts, len(data)]:
        scanner.feed(data[at : at + cut])
        at += cut
        while (payload := scanner.next_payload()) is not None:
            assert 2 <= len(payload) + 1 <= frame.MAX_LEN


@given(st.integers(0, 255))
def test_any_status_byte_maps_to_a_typed_fault(sw3: int) -> None:
    assert isinstance(fault_for(sw3, "30 01"), IdReaderFault)


def test_text_block_worked_example_decodes() -> None:
    block = ResidentCard(name="李明", valid_to="长期").text_block()
    assert block[0:4] == bytes.fromhex("4E670E66")
    assert block[204:208] == bytes.fromhex("7F951F67")
    data = decode_text_block(block)
    assert data.name == "李明" and data.birth_date == date(1990, 3, 7) and data.long_term


def test_unknown_type_flag_is_not_an_id_card() -> None:
    block = bytearray(ResidentCard().text_block())
    block[248:250] = "Q".encode("utf-16-le")
    with pytest.raises(NotAnIdCard):
        decode_text_block(bytes(block))


def test_odd_length_text_is_malformed() -> None:
    with pytest.raises(MalformedIdData):
        decode_text_block(ResidentCard().text_block()[:255])


def test_read_body_lengths_come_from_the_frame() -> None:
    text, photo = split_read_body(b"\x00\x02\x00\x01" + b"ab" + b"c")
    assert (text, photo) == (b"ab", b"c")
    with pytest.raises(MalformedIdData):
        split_read_body(b"\x01\x00\x04\x00" + bytes(100))


def test_sam_id_format() -> None:
    raw = bytes.fromhex("0500020015CD5B070100000002000000")
    assert format_sam_id(raw) == "05.02-123456789-0000000001-0000000002"


@settings(max_examples=400)
@given(st.binary(min_size=256, max_size=256))
def test_random_text_blocks_decode_or_give_typed_faults(block: bytes) -> None:
    with contextlib.suppress(IdReaderFault):
        decode_text_block(block)


@settings(max_examples=300)
@given(st.data())
def test_mutated_real_text_blocks_decode_or_give_typed_faults(data: st.DataObject) -> None:
    block = bytearray(ResidentCard(hmt=data.draw(st.booleans())).text_block())
    for _ in range(data.draw(st.integers(1, 8))):
        block[data.draw(st.integers(0, 255))] = data.draw(st.integers(0, 255))
    flag = data.draw(st.sampled_from([" ", "J", "I", "Y", "\x00", "Z"]))
    block[248:250] = flag.encode("utf-16-le")
    with contextlib.suppress(IdReaderFault):
        decode_text_block(bytes(block))


SUPERSCRIPT_TWO = "22240119900307001X".replace("4", "\u00b2", 1)  # "²": str.isdigit() says yes
FULL_WIDTH = "22240119900307001X".translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})


@pytest.mark.parametrize("number", [SUPERSCRIPT_TWO, FULL_WIDTH, "2224011990030700lX", "2224"])
def test_resident_id_number_must_be_ascii_digits(number: str) -> None:
    with pytest.raises(MalformedIdData, match="ID number"):
        decode_text_block(ResidentCard(id_number=number).text_block())


def test_permit_and_2023_card_numbers_must_be_ascii_digits() -> None:
    with pytest.raises(MalformedIdData):
        decode_text_block(ResidentCard(hmt=True, id_number=FULL_WIDTH).text_block())
    with pytest.raises(MalformedIdData):
        decode_text_block(ForeignerCard2023(card_number=SUPERSCRIPT_TWO).text_block())


def test_2017_card_number_must_be_ascii_letters_and_digits() -> None:
    assert decode_text_block(ForeignerCard2017().text_block()).id_number == "USA110085061002"
    with pytest.raises(MalformedIdData):
        decode_text_block(ForeignerCard2017(card_number="USA11008506100\u00b2").text_block())


def test_check_character_x_stays_accepted() -> None:
    assert decode_text_block(ResidentCard().text_block()).id_number == "22240119900307001X"

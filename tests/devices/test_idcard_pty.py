"""The ID-card reader driven through pyserial against the simulated module on a real pty."""

from __future__ import annotations

import logging
import time
from datetime import date

import pytest

from devices.idcard import faults
from devices.idcard.identity import IdCardData, IdCardType
from devices.idcard.reader import IdCardReader, SamStatus
from devices.sim.id_reader_pty import PtyIdReader
from devices.sim.id_text_block import ForeignerCard2017, ForeignerCard2023, ResidentCard


def read(sim: PtyIdReader, **kwargs: object) -> IdCardData | faults.IdReaderFault:
    reader = IdCardReader(sim.path, **kwargs)  # type: ignore[arg-type]
    try:
        return reader.read_card()
    finally:
        reader.close()


def test_resident_card_reads_with_long_term_validity(pty_reader: PtyIdReader) -> None:
    pty_reader.card = ResidentCard()
    data = read(pty_reader)
    assert isinstance(data, IdCardData)
    assert data.card_type is IdCardType.RESIDENT
    assert (data.name, data.gender, data.nation) == ("李明", "1", "01")
    assert data.birth_date == date(1990, 3, 7)
    assert data.address == "吉林省延吉市示例路1号"
    assert data.id_number == "22240119900307001X"
    assert data.authority == "延吉市公安局"
    assert data.valid_from == date(2020, 1, 1)
    assert data.valid_to is None and data.long_term
    assert len(data.photo) == 1024 and data.photo == pty_reader.photo


def test_resident_card_with_end_date_reads_it(pty_reader: PtyIdReader) -> None:
    pty_reader.card = ResidentCard(valid_to="20400101")
    data = read(pty_reader)
    assert isinstance(data, IdCardData)
    assert data.valid_to == date(2040, 1, 1) and not data.long_term


def test_hk_macau_taiwan_permit_reads_permit_fields(pty_reader: PtyIdReader) -> None:
    pty_reader.card = ResidentCard(hmt=True, id_number="810000199003070011", nation="")
    data = read(pty_reader)
    assert isinstance(data, IdCardData)
    assert data.card_type is IdCardType.HMT_RESIDENCE_PERMIT
    assert data.travel_permit_number == "H01234567" and data.issue_count == "01"
    assert data.nation is None


def test_foreigner_permanent_residence_card_2017_reads(pty_reader: PtyIdReader) -> None:
    pty_reader.card = ForeignerCard2017()
    data = read(pty_reader)
    assert isinstance(data, IdCardData)
    assert data.card_type is IdCardType.FOREIGNER_PERMANENT_2017
    assert data.english_name == "SMITH, JOHN" and data.name == "史密斯"
    assert data.id_number == "USA110085061002" and data.nationality == "USA"
    assert data.birth_date == date(1985, 6, 15) and data.valid_to == date(2027, 1, 1)
    assert data.card_version == "01" and data.authority_code == "1100"


def test_foreigner_permanent_residence_card_2023_joins_the_english_name(
    pty_reader: PtyIdReader,
) -> None:
    long_name = "MONTGOMERY-WHITFIELD, ALEXANDRA CATHERINE"
    pty_reader.card = ForeignerCard2023(english_name=long_name)
    data = read(pty_reader)
    assert isinstance(data, IdCardData)
    assert data.card_type is IdCardType.FOREIGNER_PERMANENT_2023
    assert data.english_name == long_name and data.name == "玛丽"
    assert data.nationality == "FRA" and data.gender == "2"
    assert data.id_number == "933250199202200024"


def test_appended_address_follows_the_address(pty_reader: PtyIdReader) -> None:
    pty_reader.card = ResidentCard()
    pty_reader.faults.appended_address = "迁至示例街2号"
    data = read(pty_reader)
    assert isinstance(data, IdCardData)
    assert data.full_address == "吉林省延吉市示例路1号迁至示例街2号"


def test_empty_reader_reports_no_card(pty_reader: PtyIdReader) -> None:
    assert isinstance(read(pty_reader), faults.NoIdCard)
    reader = IdCardReader(pty_reader.path)
    assert reader.find_card() is False
    pty_reader.card = ResidentCard()
    assert reader.find_card() is True
    reader.close()


def test_garbage_before_every_answer_is_skipped(pty_reader: PtyIdReader) -> None:
    pty_reader.card = ResidentCard()
    pty_reader.faults.garbage_before = b"\x00\xff\xaa\xaa\x13\xaa\xaa\xaa\x96"
    assert isinstance(read(pty_reader), IdCardData)


def test_answers_split_into_small_slow_pieces_are_joined(pty_reader: PtyIdReader) -> None:
    pty_reader.card = ResidentCard()
    pty_reader.faults.split_every = 7
    pty_reader.faults.split_pause_s = 0.001
    assert isinstance(read(pty_reader), IdCardData)


def test_one_corrupted_answer_is_recovered_by_asking_again(pty_reader: PtyIdReader) -> None:
    pty_reader.card = ResidentCard()
    pty_reader.faults.bad_checksum_answers = 1
    started = time.monotonic()
    assert isinstance(read(pty_reader), IdCardData)
    assert time.monotonic() - started < 1.0  # no waiting out the 2 s read timeout


def test_persistently_corrupted_answers_end_in_a_timeout(pty_reader: PtyIdReader) -> None:
    pty_reader.card = ResidentCard()
    pty_reader.faults.bad_checksum_answers = 10
    assert isinstance(read(pty_reader), faults.IdReaderTimeout)


def test_slow_module_within_the_time_limit_still_reads(pty_reader: PtyIdReader) -> None:
    pty_reader.card = ResidentCard()
    pty_reader.faults.processing_delay_s = 0.05
    assert isinstance(read(pty_reader), IdCardData)


def test_module_slower_than_the_time_limit_times_out(pty_reader: PtyIdReader) -> None:
    pty_reader.card = ResidentCard()
    pty_reader.faults.processing_delay_s = 0.4
    started = time.monotonic()
    assert isinstance(read(pty_reader), faults.IdReaderTimeout)
    assert time.monotonic() - started < 2


def test_silent_module_times_out(pty_reader: PtyIdReader) -> None:
    pty_reader.faults.silent = True
    assert isinstance(read(pty_reader), faults.IdReaderTimeout)


def test_missing_port_reports_reader_not_connected(tmp_path: object) -> None:
    reader = IdCardReader("/dev/nonexistent-id-reader")
    assert isinstance(reader.read_card(), faults.IdReaderNotConnected)


def test_unplugged_reader_reports_not_connected_and_recovers_after_replug(
    pty_reader: PtyIdReader,
) -> None:
    pty_reader.card = ResidentCard()
    reader = IdCardReader(pty_reader.path)
    assert isinstance(reader.read_card(), IdCardData)
    pty_reader.unplug()
    assert isinstance(reader.read_card(), faults.IdReaderNotConnected)
    assert isinstance(reader.read_card(), faults.IdReaderNotConnected)
    pty_reader.replug()
    assert isinstance(reader.read_card(), IdCardData)
    reader.close()


@pytest.mark.parametrize(
    ("sw3", "fault"),
    [
        (0x10, faults.HostProtocolError),
        (0x11, faults.HostProtocolError),
        (0x21, faults.HostProtocolError),
        (0x23, faults.HostProtocolError),
        (0x24, faults.IdCardReadFailed),
        (0x31, faults.IdCardAuthenticationFailed),
        (0x32, faults.IdCardAuthenticationFailed),
        (0x33, faults.IdCardAuthenticationFailed),
        (0x40, faults.NotAnIdCard),
        (0x41, faults.IdCardReadFailed),
        (0x47, faults.IdCardReadFailed),
        (0x60, faults.SamFault),
        (0x66, faults.SamFault),
        (0x80, faults.NoIdCard),
        (0x81, faults.IdCardSelectFailed),
        (0x5A, faults.UnknownReaderStatus),
    ],
)
def test_every_read_status_code_gives_its_typed_fault(
    pty_reader: PtyIdReader, sw3: int, fault: type[faults.IdReaderFault]
) -> None:
    pty_reader.card = ResidentCard()
    pty_reader.faults.forced_sw3 = {0x30: sw3}
    result = read(pty_reader)
    assert type(result) is fault
    assert f"{sw3:02X}" in str(result)


def test_sam_status_reports_health(pty_reader: PtyIdReader) -> None:
    reader = IdCardReader(pty_reader.path)
    assert reader.sam_status() == SamStatus(True, 0x90)
    pty_reader.faults.sam_sw3 = 0x66
    assert reader.sam_status() == SamStatus(False, 0x66)
    pty_reader.faults.sam_sw3 = 0x60
    assert reader.sam_status() == SamStatus(False, 0x60)
    assert isinstance(reader.read_card(), faults.SamFault)
    reader.close()


def test_sam_id_is_formatted_and_reset_is_accepted(pty_reader: PtyIdReader) -> None:
    reader = IdCardReader(pty_reader.path)
    assert reader.sam_id() == "05.02-123456789-0000000001-0000000002"
    assert reader.reset_sam() is None
    assert (0x10, 0xFF) in pty_reader.commands
    reader.close()


def test_slower_configured_baud_is_used(tmp_path: object) -> None:
    from pathlib import Path

    sim = PtyIdReader(str(Path(str(tmp_path)) / "tty57600"), wire_baud=57600).start()
    try:
        sim.card = ResidentCard()
        reader = IdCardReader(sim.path, baud=57600)
        started = time.perf_counter()
        assert isinstance(reader.read_card(), IdCardData)
        assert time.perf_counter() - started >= 1295 * 10 / 57600
        reader.close()
    finally:
        sim.stop()


def test_read_logs_no_personal_data(
    pty_reader: PtyIdReader, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    pty_reader.card = ResidentCard()
    data = read(pty_reader)
    assert isinstance(data, IdCardData)
    for secret in ("李明", "22240119900307001X", "示例路"):
        assert secret not in caplog.text
        assert secret not in repr(data)


def test_damaged_long_read_answer_is_asked_again_at_once(pty_reader: PtyIdReader) -> None:
    pty_reader.card = ResidentCard()
    pty_reader.faults.damage_once_for = {0x30}  # the 1,295-byte answer to 30 01, once
    started = time.monotonic()
    assert isinstance(read(pty_reader), IdCardData)
    assert time.monotonic() - started < 1.0  # not after the 2 s read timeout
    assert pty_reader.commands.count((0x30, 0x01)) == 2


@pytest.mark.parametrize(
    "number",
    [
        "22240119900307001X".replace("4", "\u00b2", 1),  # superscript two
        "22240119900307001X".translate({ord(d): 0xFF10 + int(d) for d in "0123456789"}),
    ],
)
def test_id_number_with_non_ascii_digits_is_a_read_fault_and_the_reader_goes_on(
    pty_reader: PtyIdReader, number: str
) -> None:
    reader = IdCardReader(pty_reader.path)
    try:
        pty_reader.card = ResidentCard(id_number=number)
        assert isinstance(reader.read_card(), faults.MalformedIdData)
        pty_reader.card = ResidentCard()
        data = reader.read_card()
        assert isinstance(data, IdCardData) and data.id_number == "22240119900307001X"
    finally:
        reader.close()


class RawBlock:
    """A card whose chip holds exactly these 256 bytes of text."""

    def __init__(self, block: bytes) -> None:
        self.block = block

    def text_block(self) -> bytes:
        return self.block


def _patched(offset: int, raw: bytes) -> bytes:
    block = bytearray(ResidentCard(id_number="222401199003070015").text_block())
    block[offset : offset + len(raw)] = raw
    return bytes(block)


@pytest.mark.parametrize(
    "block",
    [
        _patched(0, b"\x00\xd8"),  # a lone UTF-16 surrogate in the name
        _patched(30, "\x07".encode("utf-16-le")),  # a control character
        _patched(36, "１９９０".encode("utf-16-le")),  # full-width digits in the birth date
        _patched(122, "\u0662".encode("utf-16-le")),  # an Arabic-Indic digit in the ID number
        _patched(248, "Q".encode("utf-16-le")),  # an unknown type flag
        bytes(256),
    ],
)
def test_any_malformed_text_block_is_a_typed_read_fault(
    pty_reader: PtyIdReader, block: bytes
) -> None:
    pty_reader.card = RawBlock(block)
    assert isinstance(read(pty_reader), faults.MalformedIdData | faults.NotAnIdCard)

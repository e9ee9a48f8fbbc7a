"""Device status, detect, test reads and test print, against the simulators behind the real
transports: a virtual card through pcscd + vpcd, an ID reader on a pty, a printer on TCP."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from config import Settings
from devices.sim.card_profile import CardProfile
from devices.sim.id_reader_pty import PtyIdReader
from devices.sim.id_text_block import ResidentCard
from devices.sim.pcscd_service import VPCD_PSAM_READER
from devices.sim.printer_sim import TcpPrinterSim
from devices.sim.vpcd_card import VirtualCard
from kiosk.technician import diagnostics as dx


def settings_with(**devices: dict[str, object]) -> Settings:
    return Settings.model_validate({"devices": devices})


@pytest.mark.pcsc
def test_status_shows_each_reader_and_whether_a_card_is_in_it(
    pcscd: str, insert_card: Callable[..., VirtualCard]
) -> None:
    settings = settings_with(card_reader={"reader": "00 00", "psam_reader": "00 01"})
    empty = dx.pcsc_status(settings)
    assert empty.service == "running"
    by_name = {reader.name: reader for reader in empty.readers}
    assert by_name[pcscd].role == "card" and not by_name[pcscd].card_present
    assert by_name[VPCD_PSAM_READER].role == "psam"
    insert_card()
    assert {r.name: r.card_present for r in dx.pcsc_status(settings).readers}[pcscd]


@pytest.mark.pcsc
def test_detect_lists_the_pcsc_readers(pcscd: str, pty_reader: PtyIdReader) -> None:
    found = dx.detect((pty_reader.path,))
    assert found.pcsc_service == "running" and pcscd in found.readers
    assert pty_reader.path in [port.device for port in found.serial_ports]


def test_detect_reports_usb_ids_of_serial_ports(monkeypatch: pytest.MonkeyPatch) -> None:
    """No USB serial adapter is plugged into the test machine; list_ports itself is replaced."""
    from serial.tools import list_ports
    from serial.tools.list_ports_common import ListPortInfo

    port = ListPortInfo("/dev/ttyUSB7")
    port.vid, port.pid, port.description = 0x1A86, 0x7523, "USB Serial (CH340)"
    monkeypatch.setattr(list_ports, "comports", lambda: [port])
    found = dx.detect()
    assert found.serial_ports[0].usb_id == "1a86:7523"
    assert found.serial_ports[0].description == "USB Serial (CH340)"


@pytest.mark.pcsc
def test_card_test_read_shows_masked_fields_only(
    pcscd: str, insert_card: Callable[..., VirtualCard]
) -> None:
    insert_card(CardProfile())
    result = dx.try_card_read(Settings(), pcscd)
    assert isinstance(result, dx.MaskedCard)
    assert result.name == "金*" and result.ssn == "2224**********001X"
    assert result.card_number == "S******78" and result.card_version == "2.00"
    text = repr(result)
    assert "金哲" not in text and "22240119900307001X" not in text and "S12345678" not in text


@pytest.mark.pcsc
def test_card_test_read_on_an_empty_reader_names_the_fault(pcscd: str) -> None:
    assert dx.try_card_read(Settings(), pcscd) == dx.DeviceProblem("no_card")


def test_id_status_reports_port_and_sam(pty_reader: PtyIdReader) -> None:
    status = dx.id_reader_status(settings_with(id_reader={"port": pty_reader.path}))
    assert status.state == "ok" and status.sam_ok is True and status.sam_id
    pty_reader.faults.sam_sw3 = 0x60
    failing = dx.id_reader_status(settings_with(id_reader={"port": pty_reader.path}))
    assert failing.state == "sam_fault" and failing.sam_ok is False


def test_id_status_without_a_port(tmp_path: Path) -> None:
    assert dx.id_reader_status(Settings()).state == "not_configured"
    missing = settings_with(id_reader={"port": str(tmp_path / "ttyUSB9")})
    assert dx.id_reader_status(missing).state == "port_missing"


def test_id_test_read_shows_masked_fields_only(pty_reader: PtyIdReader) -> None:
    pty_reader.card = ResidentCard()
    result = dx.try_id_read(settings_with(id_reader={"port": pty_reader.path}))
    assert isinstance(result, dx.MaskedIdCard)
    assert result.name == "李*" and result.id_number == "2224**********001X"
    assert result.valid_to == "长期" and result.card_type == "resident"
    assert "示例路" not in repr(result) and "李明" not in repr(result)


def test_id_test_read_without_a_card(pty_reader: PtyIdReader) -> None:
    result = dx.try_id_read(settings_with(id_reader={"port": pty_reader.path}))
    assert result == dx.DeviceProblem("no_card")


@pytest.mark.parametrize(
    ("flag", "state", "paper"),
    [
        (None, "ok", "ok"),
        ("near_end", "ok", "near_end"),
        ("paper_out", "paper_out", "out"),
        ("cover_open", "cover_open", "ok"),
        ("offline", "printer_offline", "ok"),
    ],
)
def test_printer_status_names_paper_cover_and_online(
    flag: str | None, state: str, paper: str
) -> None:
    sim = TcpPrinterSim().start()
    try:
        if flag:
            setattr(sim.state, flag, True)
        report = dx.printer_status(settings_with(printer={"uri": sim.uri}))
    finally:
        sim.stop()
    assert (report.state, report.paper) == (state, paper)
    assert report.cover_open is (flag == "cover_open")
    assert report.online is (flag not in ("offline", "cover_open", "paper_out"))


def test_printer_status_of_a_silent_or_missing_printer() -> None:
    sim = TcpPrinterSim().start()
    try:
        sim.state.silent = True
        assert dx.printer_status(settings_with(printer={"uri": sim.uri})).state == "unknown"
    finally:
        sim.stop()
    gone = dx.printer_status(settings_with(printer={"uri": "tcp://127.0.0.1:1"}))
    assert gone.state == "printer_not_connected"
    assert dx.printer_status(Settings()).state == "not_configured"


def test_test_print_prints_a_receipt_marked_as_a_test() -> None:
    sim = TcpPrinterSim().start()
    try:
        result = dx.try_print(settings_with(printer={"uri": sim.uri, "paper_width_mm": 58}))
        job = sim.wait_for_jobs(1)[-1]
    finally:
        sim.stop()
    assert isinstance(result, dx.PrintResult)
    assert result.paper == "58mm" and result.status_after == "ok" and result.bytes_sent > 100
    assert job.cuts == ["full"]


def test_test_print_with_paper_out_names_the_fault() -> None:
    sim = TcpPrinterSim().start()
    try:
        sim.state.paper_out = True
        result = dx.try_print(settings_with(printer={"uri": sim.uri}))
    finally:
        sim.stop()
    assert result == dx.DeviceProblem("paper_out")


def test_whole_status_snapshot(pty_reader: PtyIdReader) -> None:
    sim = TcpPrinterSim().start()
    try:
        status = dx.device_status(
            settings_with(id_reader={"port": pty_reader.path}, printer={"uri": sim.uri})
        )
    finally:
        sim.stop()
    assert status.id_reader.state == "ok" and status.printer.state == "ok"
    assert status.pcsc.service in ("running", "reader_service_down", "no_reader")

"""Device status, detect, test reads and test print, against the simulators behind the real
transports: a virtual card through pcscd + vpcd, an ID reader and a 2D scanner on ptys, a printer
on TCP."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from devices import diagnostics as dx
from devices.printer.receipt import PAPER_58MM
from devices.scanner.diagnostics import ScanCheck, ScannerState
from devices.sim.card_profile import CardProfile
from devices.sim.id_reader_pty import PtyIdReader
from devices.sim.id_text_block import ResidentCard
from devices.sim.pcscd_service import VPCD_PSAM_READER
from devices.sim.printer_sim import TcpPrinterSim
from devices.sim.scanner_pty import PtyScanner
from devices.sim.vpcd_card import VirtualCard
from devices.sscard.reader_state import ReaderState
from tests.technician.scanner_kit import ECARD_CODE, show_soon
from tests.technician.view_kit import make_console


@pytest.mark.pcsc
def test_status_shows_each_reader_and_whether_a_card_is_in_it(
    pcscd: str, insert_card: Callable[..., VirtualCard]
) -> None:
    empty = dx.pcsc_status("00 00", "00 01")
    assert empty.service is dx.PcscService.RUNNING
    by_name = {reader.name: reader for reader in empty.readers}
    assert by_name[pcscd].role is dx.ReaderRole.CARD
    assert by_name[pcscd].card is ReaderState.NO_CARD
    assert by_name[VPCD_PSAM_READER].role is dx.ReaderRole.PSAM
    insert_card()
    present = {r.name: r.card for r in dx.pcsc_status("00 00", "00 01").readers}
    assert present[pcscd] is ReaderState.CARD_PRESENT


@pytest.mark.pcsc
def test_detect_lists_the_pcsc_readers(pcscd: str, pty_reader: PtyIdReader) -> None:
    found = dx.detect((pty_reader.path,))
    assert found.pcsc.service is dx.PcscService.RUNNING and pcscd in found.readers
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
    result = dx.try_card_read(pcscd)
    assert isinstance(result, dx.MaskedCard)
    assert result.name == "金*" and result.ssn == "2224**********001X"
    assert result.card_number == "S******78" and result.card_version == "2.00"
    text = repr(result)
    assert "金哲" not in text and "22240119900307001X" not in text and "S12345678" not in text


@pytest.mark.pcsc
def test_card_test_read_on_an_empty_reader_names_the_fault(pcscd: str) -> None:
    assert dx.try_card_read(pcscd) == dx.DeviceProblem("no_card")


def test_id_status_reports_port_and_sam(pty_reader: PtyIdReader) -> None:
    status = dx.id_reader_status(pty_reader.path, 115200)
    assert status.state is dx.IdReaderState.OK and status.sam_ok is True and status.sam_id
    pty_reader.faults.sam_sw3 = 0x60
    failing = dx.id_reader_status(pty_reader.path, 115200)
    assert failing.state is dx.IdReaderState.SAM_FAULT and failing.sam_ok is False


def test_id_status_without_a_port(tmp_path: Path) -> None:
    assert dx.id_reader_status(None, 115200).state is dx.IdReaderState.NOT_CONFIGURED
    missing = dx.id_reader_status(str(tmp_path / "ttyUSB9"), 115200)
    assert missing.state is dx.IdReaderState.PORT_MISSING


def test_id_test_read_shows_masked_fields_only(pty_reader: PtyIdReader) -> None:
    pty_reader.card = ResidentCard()
    result = dx.try_id_read(pty_reader.path, 115200)
    assert isinstance(result, dx.MaskedIdCard)
    assert result.name == "李*" and result.id_number == "2224**********001X"
    assert result.valid_to == "长期" and result.card_type == "resident"
    assert "示例路" not in repr(result) and "李明" not in repr(result)


def test_id_test_read_without_a_card(pty_reader: PtyIdReader) -> None:
    result = dx.try_id_read(pty_reader.path, 115200)
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
        report = dx.printer_status(sim.uri)
    finally:
        sim.stop()
    assert (report.words, report.paper.value) == (state, paper)
    assert report.cover_open is (flag == "cover_open")
    assert report.online is (flag not in ("offline", "cover_open", "paper_out"))


def test_printer_status_of_a_silent_or_missing_printer() -> None:
    sim = TcpPrinterSim().start()
    try:
        sim.state.silent = True
        assert dx.printer_status(sim.uri).state is dx.PrinterState.UNKNOWN
    finally:
        sim.stop()
    gone = dx.printer_status("tcp://127.0.0.1:1")
    assert gone.state is dx.PrinterState.FAULT and gone.fault == "printer_not_connected"
    assert dx.printer_status(None).state is dx.PrinterState.NOT_CONFIGURED


def test_test_print_prints_a_receipt_marked_as_a_test() -> None:
    sim = TcpPrinterSim().start()
    try:
        result = dx.try_print(sim.uri, "kiosk-1", paper=PAPER_58MM)
        job = sim.wait_for_jobs(1)[-1]
    finally:
        sim.stop()
    assert isinstance(result, dx.PrintResult)
    assert result.paper_name == "58mm" and result.paper is dx.PaperState.OK
    assert result.bytes_sent > 100 and "kiosk-1" in job.text
    assert job.cuts == ["full"]


def test_test_print_with_paper_out_names_the_fault() -> None:
    sim = TcpPrinterSim().start()
    try:
        sim.state.paper_out = True
        result = dx.try_print(sim.uri, "kiosk-1")
    finally:
        sim.stop()
    assert result == dx.DeviceProblem("paper_out")


def test_the_console_snapshot_uses_the_settings(tmp_path: Path, pty_reader: PtyIdReader) -> None:
    sim = TcpPrinterSim().start()
    console = make_console(
        tmp_path,
        f'[devices.id_reader]\nport = "{pty_reader.path}"\n\n[devices.printer]\nuri = "{sim.uri}"\n',
    )
    try:
        status = console.device_status()
    finally:
        sim.stop()
    assert status.id_reader.state is dx.IdReaderState.OK
    assert status.printer.state is dx.PrinterState.OK
    assert isinstance(status.pcsc.service, dx.PcscService)


def test_a_stopped_pcscd_is_not_running_rather_than_no_reader() -> None:
    """pcscd's socket moved away, in a process of its own (pcsc-lite reads it at start-up)."""
    import os
    import subprocess
    import sys

    probe = (
        "from devices.diagnostics import pcsc_status\n"
        "status = pcsc_status('00 00')\n"
        "print(status.service.value, len(status.readers))\n"
    )
    env = dict(os.environ, PCSCLITE_CSOCK_NAME="/nonexistent/pcscd.comm")
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.split() == ["not_running", "0"], done.stderr


def test_the_console_snapshot_shows_the_scanner_and_whether_its_port_opens(
    tmp_path: Path, pty_scanner: PtyScanner
) -> None:
    unset = make_console(tmp_path / "unset").device_status().scanner
    assert (unset.state, unset.port, unset.baud) == (ScannerState.NOT_CONFIGURED, None, 9600)
    console = make_console(
        tmp_path, f'[devices.scanner]\nport = "{pty_scanner.path}"\nbaud = 115200\n'
    )
    status = console.device_status().scanner
    assert (status.state, status.port, status.baud) == (ScannerState.OK, pty_scanner.path, 115200)
    pty_scanner.unplug()
    assert console.device_status().scanner.state is ScannerState.PORT_MISSING
    pty_scanner.start()
    assert console.device_status().scanner.state is ScannerState.OK


def test_a_test_scan_gives_the_length_and_shape_never_the_text(
    tmp_path: Path, pty_scanner: PtyScanner
) -> None:
    console = make_console(tmp_path, f'[devices.scanner]\nport = "{pty_scanner.path}"\n')
    show_soon(pty_scanner, ECARD_CODE)
    ecard = console.test_scan(timeout_s=5.0)
    assert ecard == ScanCheck(characters=len(ECARD_CODE), ecard_code=True)
    show_soon(pty_scanner, "https://example.org/bus?stop=7")
    other = console.test_scan(timeout_s=5.0)
    assert other == ScanCheck(characters=30, ecard_code=False)
    assert console.test_scan(timeout_s=0.3) == dx.DeviceProblem("no_scan")
    logged = "\n".join(console.technician_log())
    assert logged.count('"device": "scanner"') == 3 and '"result": "no_scan"' in logged
    assert ECARD_CODE not in logged and "example.org" not in logged


def test_a_test_scan_without_a_scanner_names_why(tmp_path: Path, pty_scanner: PtyScanner) -> None:
    assert make_console(tmp_path / "unset").test_scan(timeout_s=0.3) == dx.DeviceProblem(
        "not_configured"
    )
    console = make_console(tmp_path, f'[devices.scanner]\nport = "{pty_scanner.path}"\n')
    pty_scanner.unplug()
    assert console.test_scan(timeout_s=0.3) == dx.DeviceProblem("port_missing")

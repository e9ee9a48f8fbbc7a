"""The 2D barcode scanner driven through pyserial against the simulated scanner on a real pty."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.scanner.diagnostics import (
    ScanCheck,
    ScannerState,
    scanner_status,
    try_scan,
)
from devices.scanner.faults import ScannerNotConnected
from devices.scanner.framing import MAX_SCAN_BYTES, Scan, ScanFramer, Suffix
from devices.scanner.reader import BarcodeScanner
from devices.sim.scanner_pty import PtyScanner

CODE = "ECSSC1." + "Ab0_-" * 19  # an e-card code's shape (contract/ecard.py)


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[PtyScanner]:
    scanner = PtyScanner(str(tmp_path / "ttyACM0")).start()
    yield scanner
    scanner.stop()


def _scanner(sim: PtyScanner, suffix: Suffix | None = None) -> BarcodeScanner:
    scanner = BarcodeScanner(sim.path, 9600, suffix or sim.suffix)
    assert scanner.open() is None
    return scanner


def _show_soon(sim: PtyScanner, *texts: str, after_s: float = 0.05) -> threading.Thread:
    def show() -> None:
        time.sleep(after_s)
        for text in texts:
            sim.show(text)

    thread = threading.Thread(target=show, daemon=True)
    thread.start()
    return thread


def test_a_code_ending_in_cr_is_one_scan(sim: PtyScanner) -> None:
    scanner = _scanner(sim)
    try:
        _show_soon(sim, CODE)
        scan = scanner.next_scan(2.0)
        assert scan == Scan(CODE)
        assert scanner.next_scan(0.1) is None  # nothing more was shown
    finally:
        scanner.close()


@pytest.mark.parametrize("sent", [Suffix.CR, Suffix.CRLF, Suffix.LF])
def test_any_line_end_ends_a_scan_whatever_the_setting(tmp_path: Path, sent: Suffix) -> None:
    """A scanner set to CR LF and a kiosk set to CR must not give an empty scan or glue two."""
    sim = PtyScanner(str(tmp_path / "ttyACM1"), suffix=sent, wire_baud=None).start()
    scanner = _scanner(sim, Suffix.CR)
    try:
        _show_soon(sim, "first", "second")
        assert [scanner.next_scan(2.0), scanner.next_scan(2.0)] == [Scan("first"), Scan("second")]
        assert scanner.next_scan(0.1) is None
    finally:
        scanner.close()
        sim.stop()


def test_without_a_suffix_a_quiet_line_ends_the_scan(tmp_path: Path) -> None:
    sim = PtyScanner(str(tmp_path / "ttyACM2"), suffix=Suffix.NONE).start()
    scanner = _scanner(sim)
    try:
        _show_soon(sim, CODE)
        assert scanner.next_scan(2.0) == Scan(CODE)
    finally:
        scanner.close()
        sim.stop()


def test_a_scan_split_across_slow_reads_is_whole(sim: PtyScanner) -> None:
    sim.faults.split_every = 7
    sim.faults.split_pause_s = 0.01
    scanner = _scanner(sim)
    try:
        _show_soon(sim, CODE)
        assert scanner.next_scan(3.0) == Scan(CODE)
    finally:
        scanner.close()


def test_a_stuck_line_is_dropped_and_the_next_code_still_reads(sim: PtyScanner) -> None:
    sim.wire_baud = None  # 3 kB at 9600 baud would take 3 s
    scanner = _scanner(sim)
    try:
        threading.Thread(
            target=lambda: (sim.send_raw(b"x" * (MAX_SCAN_BYTES + 10) + b"\r"), sim.show(CODE)),
            daemon=True,
        ).start()
        assert scanner.next_scan(5.0) == Scan(CODE)
        assert scanner.dropped_scans == 1
    finally:
        scanner.close()


def test_text_in_gb18030_from_an_older_scanner_is_decoded() -> None:
    framer = ScanFramer()
    assert framer.feed("社保卡".encode("gb18030") + b"\r", 0.0) == [Scan("社保卡")]
    assert framer.feed(b"\xff\xfe\x00\r", 0.1) == []  # not text: dropped, counted
    assert framer.dropped_scans == 1


def test_scans_made_before_the_port_opened_are_not_replayed(sim: PtyScanner) -> None:
    """Whatever someone scanned while nobody listened must not log anyone in later."""
    sim.show("stale")
    scanner = _scanner(sim)
    try:
        assert scanner.next_scan(0.2) is None
    finally:
        scanner.close()


def test_an_unplugged_scanner_is_reported_and_replugging_recovers(sim: PtyScanner) -> None:
    scanner = _scanner(sim)
    try:
        sim.unplug()
        fault = scanner.next_scan(0.5)
        assert isinstance(fault, ScannerNotConnected)
        assert isinstance(scanner.next_scan(0.1), ScannerNotConnected)  # the path is gone
        sim.start()
        assert scanner.open() is None
        _show_soon(sim, CODE)
        assert scanner.next_scan(2.0) == Scan(CODE)
    finally:
        scanner.close()


def test_a_scanner_unplugged_while_its_port_is_set_up_is_not_connected(
    sim: PtyScanner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pulled between the open and the termios set-up (seen when a test flapped the pty): a
    fault value, not a termios.error escaping into the watcher as an unexpected scanner_fault."""
    import termios

    import serial

    def gone(port: serial.Serial) -> None:
        raise termios.error(5, "Input/output error")

    monkeypatch.setattr(serial.Serial, "reset_input_buffer", gone)
    scanner = BarcodeScanner(sim.path, 9600)
    assert isinstance(scanner.open(), ScannerNotConnected)
    monkeypatch.undo()
    assert scanner.open() is None  # replugged (here: set-up works again): the next call opens
    scanner.close()


def test_status_and_test_scan_show_the_shape_never_the_text(sim: PtyScanner) -> None:
    assert scanner_status(None, 9600, Suffix.CR).state is ScannerState.NOT_CONFIGURED
    assert scanner_status(sim.path + "x", 9600, Suffix.CR).state is ScannerState.PORT_MISSING
    assert scanner_status(sim.path, 9600, Suffix.CR).state is ScannerState.OK
    _show_soon(sim, CODE, after_s=0.2)
    result = try_scan(sim.path, 9600, Suffix.CR, 3.0)
    assert result == ScanCheck(characters=len(CODE), ecard_code=True)
    assert CODE not in repr(result)
    assert try_scan(sim.path, 9600, Suffix.CR, 0.1) is None


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    import argparse

    from config import Settings
    from kiosk.commands import devices as commands

    parser = argparse.ArgumentParser(prog="kiosk")
    commands.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code = args.handler(args, Settings())
    out, err = capsys.readouterr()
    return code, out, err


def test_devices_scan_test_prints_the_shape_of_what_was_shown(
    sim: PtyScanner, capsys: pytest.CaptureFixture[str]
) -> None:
    _show_soon(sim, CODE, after_s=0.3)
    code, out, _ = _cli(["devices", "scan-test", "--port", sim.path, "--json"], capsys)
    assert code == 0
    assert '"ecard_code": true' in out and f'"characters": {len(CODE)}' in out
    assert CODE not in out
    code, _, err = _cli(["devices", "scan-test", "--port", sim.path, "--timeout", "0.2"], capsys)
    assert code == 4 and "no_scan" in err
    code, _, err = _cli(["devices", "scan-test", "--port", sim.path + "-gone"], capsys)
    assert code == 3 and "port_missing" in err

"""`kiosk devices ...` handlers, run in-process against the simulators."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from config import Settings
from contract.card_proof import TEST_ISSUER_KEY, verify_cryptogram
from devices.sim.card_profile import CardProfile
from devices.sim.id_reader_pty import PtyIdReader
from devices.sim.id_text_block import ResidentCard
from devices.sim.printer_sim import TcpPrinterSim
from devices.sim.vpcd_card import VirtualCard
from kiosk.commands import devices as commands


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="kiosk")
    commands.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code = args.handler(args, Settings())
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.pcsc
def test_list_shows_the_vpcd_readers(pcscd: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["devices", "list", "--json"], capsys)
    payload = json.loads(out)
    assert code == 0 and pcscd in [reader["name"] for reader in payload["pcsc"]["readers"]]
    assert payload["pcsc"]["service"] == "running" and payload["printer"]["uri"] is None


@pytest.mark.pcsc
def test_list_says_whether_a_card_is_in_each_reader(
    pcscd: str, insert_card: Callable[..., VirtualCard], capsys: pytest.CaptureFixture[str]
) -> None:
    def cards() -> dict[str, str]:
        _, out, _ = run(["devices", "list", "--json"], capsys)
        return {r["name"]: r["card"] for r in json.loads(out)["pcsc"]["readers"]}

    assert cards()[pcscd] == "no_card"
    insert_card(CardProfile())
    assert cards()[pcscd] == "card_present"


def _in_a_process_without_pcscd(argv: list[str]) -> subprocess.CompletedProcess[str]:
    """pcscd's socket moved away: what a kiosk sees when the service is stopped."""
    code = (
        "import argparse, sys\n"
        "from config import Settings\n"
        "from kiosk.commands import devices\n"
        "p = argparse.ArgumentParser()\n"
        "devices.register(p.add_subparsers(dest='c'))\n"
        f"a = p.parse_args({argv!r})\n"
        "sys.exit(a.handler(a, Settings()))\n"
    )
    env = dict(os.environ, PCSCLITE_CSOCK_NAME="/nonexistent/pcscd.comm")
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )


def test_list_tells_a_stopped_pcscd_from_a_missing_reader() -> None:
    done = _in_a_process_without_pcscd(["devices", "list", "--json"])
    assert done.returncode == 0, done.stderr
    pcsc = json.loads(done.stdout)["pcsc"]
    assert pcsc == {"service": "not_running", "fault": None, "readers": []}


def test_list_reports_the_printer_status(capsys: pytest.CaptureFixture[str]) -> None:
    sim = TcpPrinterSim().start()
    try:
        sim.state.near_end = True
        code, out, _ = run(["devices", "list", "--printer", sim.uri, "--json"], capsys)
    finally:
        sim.stop()
    assert code == 0 and json.loads(out)["printer"] == {"uri": sim.uri, "status": "near_end"}


@pytest.mark.pcsc
def test_read_card_prints_the_identity_and_pin_result(
    pcscd: str, insert_card: Callable[..., VirtualCard], capsys: pytest.CaptureFixture[str]
) -> None:
    insert_card(CardProfile())
    code, out, _ = run(
        ["devices", "read-card", "--reader", "Virtual PCD 00 00", "--pin", "123456", "--json"],
        capsys,
    )
    payload = json.loads(out)
    assert code == 0
    assert payload == {
        "card_number": "S12345678",
        "ssn": "22240119900307001X",
        "name": "金哲",
        "gender": "男",
        "nation": "朝鲜族",
        "birth_date": "1990-03-07",
        "card_version": "2.00",
        "region": "222400",
        "issued": "2020-03-07",
        "expires": "2030-03-07",
        "pin_ok": True,
        "tries_left": None,
    }


@pytest.mark.pcsc
def test_read_card_with_a_challenge_prints_the_cryptogram_the_agency_verifies(
    pcscd: str, insert_card: Callable[..., VirtualCard], capsys: pytest.CaptureFixture[str]
) -> None:
    insert_card(CardProfile())
    challenge = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
    code, out, _ = run(
        ["devices", "read-card", "--pin", "123456", "--challenge", challenge, "--json"], capsys
    )
    payload = json.loads(out)
    assert code == 0 and payload["pin_ok"] is True
    assert len(payload["card_id"]) == 32 and payload["card_id"].startswith("222400")
    assert len(payload["cryptogram"]) == 32
    assert verify_cryptogram(
        TEST_ISSUER_KEY,
        bytes.fromhex(payload["card_id"]),
        bytes.fromhex(challenge),
        bytes.fromhex(payload["cryptogram"]),
    )


@pytest.mark.pcsc
def test_read_card_with_a_challenge_but_a_wrong_pin_gives_no_cryptogram(
    pcscd: str, insert_card: Callable[..., VirtualCard], capsys: pytest.CaptureFixture[str]
) -> None:
    insert_card(CardProfile())
    code, out, _ = run(
        ["devices", "read-card", "--pin", "000000", "--challenge", "00" * 16, "--json"], capsys
    )
    payload = json.loads(out)
    assert code == 10 and payload["pin_ok"] is False and "cryptogram" not in payload


def test_read_card_challenge_needs_a_pin_and_32_hex_digits(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(["devices", "read-card", "--challenge", "00" * 16], capsys)
    assert code == 2 and out == "" and "--pin" in err
    with pytest.raises(SystemExit) as usage:
        run(["devices", "read-card", "--pin", "123456", "--challenge", "abc"], capsys)
    assert usage.value.code == 2


@pytest.mark.pcsc
def test_read_card_with_wrong_pin_reports_tries_left_and_exit_10(
    pcscd: str, insert_card: Callable[..., VirtualCard], capsys: pytest.CaptureFixture[str]
) -> None:
    insert_card(CardProfile(card_version="3.00"))
    code, out, err = run(["devices", "read-card", "--pin", "000000", "--json"], capsys)
    payload = json.loads(out)
    assert code == 10 and payload["pin_ok"] is False and payload["tries_left"] == 2
    assert payload["name"] is None and payload["card_number"] == "S12345678"
    assert "000000" not in err


@pytest.mark.pcsc
def test_read_card_with_empty_reader_exits_4(
    pcscd: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["devices", "read-card", "--reader", "00 00", "--json"], capsys)
    assert code == 4 and out == "" and err.startswith("kiosk devices: no_card:")
    assert len(err.strip().splitlines()) == 1


@pytest.mark.pcsc
def test_read_card_with_unknown_reader_exits_3(
    pcscd: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["devices", "read-card", "--reader", "NoSuchReader", "--json"], capsys)
    assert code == 3 and "no_reader" in err


VALID_ID = "222401199003070015"  # the check character of 22240119900307001 is 5


def test_read_id_prints_the_card(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sim = PtyIdReader(str(tmp_path / "tty")).start()
    sim.card = ResidentCard(id_number=VALID_ID)
    try:
        code, out, _ = run(["devices", "read-id", "--port", sim.path, "--json"], capsys)
    finally:
        sim.stop()
    assert code == 0
    assert json.loads(out) == {
        "name": "李明",
        "gender": "男",
        "nation": "汉族",
        "birth_date": "1990-03-07",
        "address": "吉林省延吉市示例路1号",
        "id_number": VALID_ID,
        "authority": "延吉市公安局",
        "valid_from": "2020-01-01",
        "valid_to": "长期",
        "card_type": "resident",
    }


@pytest.mark.parametrize(
    ("number", "why"),
    [
        ("222401199003070010", "fails its check character"),
        ("2224011990030700AB", "other than 17 digits"),
        ("22240119900307001²", "not ASCII"),
    ],
)
def test_read_id_refuses_a_number_that_cannot_be_real(
    number: str, why: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sim = PtyIdReader(str(tmp_path / "tty")).start()
    sim.card = ResidentCard(id_number=number)
    try:
        code, out, err = run(["devices", "read-id", "--port", sim.path, "--json"], capsys)
    finally:
        sim.stop()
    assert code == 9 and out == ""
    assert err.startswith("kiosk devices: malformed_data:") and why in err
    assert f"{number[:4]}**********{number[-4:]}" in err and number not in err
    assert len(err.strip().splitlines()) == 1


def test_read_id_accepts_the_foreigner_card_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from devices.sim.id_text_block import ForeignerCard2017, ForeignerCard2023

    sim = PtyIdReader(str(tmp_path / "tty")).start()
    try:
        sim.card = ForeignerCard2017()
        code_2017, out_2017, _ = run(["devices", "read-id", "--port", sim.path, "--json"], capsys)
        sim.card = ForeignerCard2023(card_number="933156199202200027")
        code_2023, out_2023, _ = run(["devices", "read-id", "--port", sim.path, "--json"], capsys)
    finally:
        sim.stop()
    assert code_2017 == 0 and json.loads(out_2017)["id_number"] == "USA110085061002"
    assert code_2023 == 0 and json.loads(out_2023)["id_number"] == "933156199202200027"


@pytest.mark.parametrize("baud", ["99999999999", "-5", "0", "fast", "115201"])
def test_read_id_refuses_a_baud_rate_the_reader_does_not_speak(
    baud: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as usage:
        run(["devices", "read-id", "--port", "/dev/null", "--baud", baud], capsys)
    err = capsys.readouterr().err
    assert usage.value.code == 2
    assert "--baud" in err and "9600, 19200, 38400, 57600, 115200" in err
    assert "Traceback" not in err and "no_reader" not in err


def test_read_id_without_card_exits_4(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sim = PtyIdReader(str(tmp_path / "tty")).start()
    try:
        code, _, err = run(["devices", "read-id", "--port", sim.path, "--baud", "115200"], capsys)
    finally:
        sim.stop()
    assert code == 4 and "no_card" in err


def test_read_id_on_missing_port_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["devices", "read-id", "--port", "/dev/nonexistent"], capsys)
    assert code == 3 and "no_reader" in err


def test_print_test_prints_and_writes_a_preview(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sim = TcpPrinterSim().start()
    try:
        preview = tmp_path / "r.png"
        code, out, _ = run(
            [
                "devices",
                "print-test",
                "--printer",
                sim.uri,
                "--paper",
                "58",
                "--preview",
                str(preview),
                "--json",
            ],
            capsys,
        )
        job = sim.wait_for_jobs(1)[-1]
    finally:
        sim.stop()
    assert code == 0 and json.loads(out)["status_after"] == "ok"
    assert job.qr_codes == ["https://example.org/s/TEST"] and job.cuts == ["full"]
    assert preview.read_bytes()[:4] == b"\x89PNG"


@pytest.mark.parametrize(
    ("state", "code"), [("paper_out", 14), ("cover_open", 15), ("offline", 16), ("silent", 17)]
)
def test_print_test_exit_code_names_the_printer_fault(
    state: str, code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    sim = TcpPrinterSim().start()
    try:
        setattr(sim.state, state, True)
        got, _, err = run(["devices", "print-test", "--printer", sim.uri], capsys)
    finally:
        sim.stop()
    assert got == code and len(err.strip().splitlines()) == 1


def test_print_test_stops_at_the_line_where_the_paper_ran_out(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from devices.diagnostics import sample_receipt
    from devices.printer.printer import ReceiptPrinter
    from devices.printer.receipt import PAPER_80MM

    sim = TcpPrinterSim().start()
    whole = len(ReceiptPrinter(sim.uri, paper=PAPER_80MM).render(sample_receipt("TEST")))
    try:
        sim.state.paper_left = whole // 3
        code, out, err = run(
            ["devices", "print-test", "--printer", sim.uri, "--paper", "80"], capsys
        )
        received = sim.bytes_received - 3 * sim.status_queries
    finally:
        sim.stop()
    assert code == 14 and out == ""
    assert err.startswith("kiosk devices: paper_out:") and "stopped after line" in err
    assert received < whole // 2  # the rest was kept back, not poured into a printer without paper


def test_print_test_to_a_file_needs_no_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["devices", "print-test", "--printer", f"file:{tmp_path}/job.bin"], capsys)
    assert code == 0 and "status_before: unknown" in out
    assert (tmp_path / "job.bin").stat().st_size > 100


def test_print_test_with_bad_uri_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["devices", "print-test", "--printer", "lpt:1"], capsys)
    assert code == 2 and "bad_printer_uri" in err


def test_print_test_to_unreachable_printer_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(["devices", "print-test", "--printer", "tcp://127.0.0.1:1"], capsys)
    assert code == 3


def test_read_card_without_pcscd_exits_3_with_one_line() -> None:
    done = _in_a_process_without_pcscd(["devices", "read-card", "--json"])
    assert done.returncode == 3, done.stderr
    assert done.stdout == "" and done.stderr.startswith("kiosk devices: no_reader:")
    assert len(done.stderr.strip().splitlines()) == 1

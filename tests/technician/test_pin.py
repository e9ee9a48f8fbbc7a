"""The technician PIN: salted scrypt in the 0600 secrets file, a policy, and the set-pin command."""

from __future__ import annotations

import argparse
import stat
from pathlib import Path

import pytest

from config.secrets import ensure_secrets, load_secrets
from kiosk.commands import technician as command
from kiosk.technician.lockout import Lockout, state_path_beside
from kiosk.technician.pin import PinPolicyError, PinStore, check_policy, hash_pin, verify_pin


def test_right_pin_verifies_and_wrong_pin_does_not() -> None:
    stored = hash_pin("480263")
    assert verify_pin("480263", stored)
    assert not verify_pin("480264", stored)
    assert not verify_pin("", stored)


def test_stored_hash_is_salted_and_names_its_parameters() -> None:
    first, second = hash_pin("480263"), hash_pin("480263")
    assert first != second
    assert first.startswith("scrypt$n=16384,r=8,p=1$")
    assert "480263" not in first


def test_a_pin_hashed_with_other_parameters_still_verifies() -> None:
    import base64
    import hashlib

    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(b"480263", salt=salt, n=2**12, r=8, p=2, dklen=32)
    enc = base64.urlsafe_b64encode
    stored = f"scrypt$n=4096,r=8,p=2${enc(salt).decode()}${enc(digest).decode()}"
    assert verify_pin("480263", stored) and not verify_pin("480264", stored)


@pytest.mark.parametrize(
    "stored", ["", "plain", "scrypt$n=3,r=8,p=1$AA$AA", "scrypt$n=16384,r=8,p=1$!$!"]
)
def test_an_unreadable_stored_value_never_verifies(stored: str) -> None:
    assert not verify_pin("480263", stored)


@pytest.mark.parametrize(
    ("pin", "code"),
    [
        ("12345", "pin_length"),
        ("1234567890123", "pin_length"),
        ("12a456", "pin_not_digits"),
        ("１２３４５６", "pin_not_digits"),
        ("777777", "pin_repeated"),
        ("123456", "pin_sequence"),
        ("987654", "pin_sequence"),
        ("890123", "pin_sequence"),
    ],
)
def test_weak_pins_are_refused_with_a_reason(pin: str, code: str) -> None:
    with pytest.raises(PinPolicyError) as refused:
        check_policy(pin)
    assert refused.value.code == code


def test_setting_the_pin_keeps_the_keys_and_the_file_private(tmp_path: Path) -> None:
    path = tmp_path / "secrets.toml"
    before = ensure_secrets(path)
    store = PinStore(path)
    assert not store.is_set()
    store.set_pin("480263")
    after = load_secrets(path)
    assert after.kiosk_key == before.kiosk_key and after.signing_key == before.signing_key
    assert after.technician_pin_hash is not None and store.verify("480263")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert b"480263" not in path.read_bytes()


def _args(tmp_path: Path) -> argparse.Namespace:
    return argparse.Namespace(secrets=None, config_path=tmp_path / "kiosk.toml")


def test_set_pin_command_asks_twice_and_clears_a_lockout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from config import Settings

    lockout = Lockout(state_path_beside(tmp_path / "secrets.toml"))
    for _ in range(3):
        lockout.record_failure()
    answers = iter(["480263", "480263"])
    code = command.cmd_set_pin(_args(tmp_path), Settings(), ask=lambda _prompt: next(answers))
    assert code == 0 and "technician PIN set" in capsys.readouterr().out
    assert PinStore(tmp_path / "secrets.toml").verify("480263")
    assert Lockout(state_path_beside(tmp_path / "secrets.toml")).seconds_left() == 0


def test_set_pin_command_refuses_two_different_pins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from config import Settings

    answers = iter(["480263", "480264"])
    code = command.cmd_set_pin(_args(tmp_path), Settings(), ask=lambda _prompt: next(answers))
    assert code == 1 and "differ" in capsys.readouterr().err
    assert not (tmp_path / "secrets.toml").exists()


def test_set_pin_command_refuses_a_weak_pin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from config import Settings

    code = command.cmd_set_pin(_args(tmp_path), Settings(), ask=lambda _prompt: "234567")
    err = capsys.readouterr().err
    assert code == 1 and "pin_sequence" in err and "234567" not in err


def test_set_pin_is_reachable_through_the_parser(tmp_path: Path) -> None:
    parser = argparse.ArgumentParser(prog="kiosk")
    parser.add_argument("--config", dest="config_path", type=Path)
    command.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["--config", str(tmp_path / "k.toml"), "technician", "set-pin"])
    assert args.handler is command.cmd_set_pin

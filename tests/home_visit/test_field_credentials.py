"""The field credential sealed on the laptop: what opens it offline and what does not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.api import AgencyClient
from kiosk.domain.home_visit import FieldLoginProblem
from kiosk.home_visit.credentials import (
    FILE_NAME,
    MAX_OFFLINE_FAILURES,
    FieldCredential,
    NoneStored,
    Opened,
    SealedCredentials,
    WrongPassword,
)
from kiosk.home_visit.desk import FieldStaffDesk, LoggedIn, LoginRefused

ISSUED = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
KEY = bytes(range(32))


def _credential(kiosk_id: str = "laptop-001") -> FieldCredential:
    return FieldCredential(
        credential="ab" * 16,
        visit_key=KEY,
        visitor="visitor",
        masked_name="金**",
        kiosk_id=kiosk_id,
        issued_at=ISSUED,
        expires_at=ISSUED + timedelta(days=7),
    )


def test_the_sealed_file_holds_neither_the_key_nor_the_password(tmp_path: Path) -> None:
    SealedCredentials(tmp_path, "laptop-001", b"d" * 32).store("pass-word-1", _credential())
    on_disk = (tmp_path / FILE_NAME).read_bytes()
    assert KEY.hex().encode() not in on_disk and b"pass-word-1" not in on_disk
    assert (tmp_path / FILE_NAME).stat().st_mode & 0o077 == 0


def test_only_the_password_and_this_laptop_s_data_key_open_it(tmp_path: Path) -> None:
    SealedCredentials(tmp_path, "laptop-001", b"d" * 32).store("pass-word-1", _credential())
    opened = SealedCredentials(tmp_path, "laptop-001", b"d" * 32).open("visitor", "pass-word-1")
    assert isinstance(opened, Opened) and opened.credential.visit_key == KEY
    other_key = SealedCredentials(tmp_path, "laptop-001", b"x" * 32)
    assert isinstance(other_key.open("visitor", "pass-word-1"), WrongPassword)
    copied = SealedCredentials(tmp_path, "laptop-002", b"d" * 32)
    assert isinstance(copied.open("visitor", "pass-word-1"), WrongPassword)


def test_wrong_passwords_offline_wipe_the_credential(tmp_path: Path) -> None:
    sealed = SealedCredentials(tmp_path, "laptop-001", b"d" * 32)
    sealed.store("pass-word-1", _credential())
    answers = [sealed.open("visitor", f"guess-{n}") for n in range(MAX_OFFLINE_FAILURES)]
    assert answers[0] == WrongPassword(MAX_OFFLINE_FAILURES - 1)
    assert answers[-1] == WrongPassword(0)
    assert isinstance(sealed.open("visitor", "pass-word-1"), NoneStored)


def test_an_expired_credential_needs_an_online_login(tmp_path: Path) -> None:
    sealed = SealedCredentials(tmp_path, "laptop-001", b"d" * 32)
    sealed.store("pass-word-1", _credential())
    now = [ISSUED + timedelta(days=6)]
    offline = AgencyClient("http://127.0.0.1:9", "laptop-001", b"k" * 32, attempts=1)
    desk = FieldStaffDesk(lambda: offline, sealed, kiosk_id="laptop-001", clock=lambda: now[0])
    assert isinstance(desk.login("visitor", "pass-word-1"), LoggedIn)
    assert desk.stamp("ref", "0" * 64) is not None
    now[0] = ISSUED + timedelta(days=7, seconds=1)
    assert desk.stamp("ref", "0" * 64) is None  # claims stop being taken in their name
    desk.logout()
    assert desk.login("visitor", "pass-word-1") == LoginRefused(FieldLoginProblem.EXPIRED)
    offline.close()

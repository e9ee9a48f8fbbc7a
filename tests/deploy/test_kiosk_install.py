"""deploy/kiosk/install staged into a directory (`--root`): the package in its own virtualenv, the
kiosk user without a login shell, a private data directory, the units enabled for boot and passing
`systemd-analyze verify`, and the kiosk enrolled with the agency by the code given."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from config.secrets import load_secrets
from kiosk.api import AgencyClient
from kiosk.api.errors import AuthenticationFailed
from tests.conftest import Agency
from tests.deploy.conftest import KIOSK_ID

REPO = Path(__file__).resolve().parents[2]
INSTALL = REPO / "deploy" / "kiosk" / "install"
UNITS = ("changtong-kiosk.service", "changtong-usb@.service")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def staged(installed_root: Path) -> Path:
    return installed_root


def test_the_package_is_installed_beside_any_other_version(staged: Path) -> None:
    current = staged / "opt/changtong/current"
    assert current.is_symlink() and os.readlink(current).startswith("releases/")
    kiosk = current / "bin/kiosk"
    shown = subprocess.run(
        [str(kiosk), "--config", str(staged / "var/lib/changtong/kiosk.toml"), "config", "show"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert 'id = "kiosk-222405-090"' in shown and 'region = "222405"' in shown


def test_the_kiosk_user_has_no_login_and_the_data_directory_is_private(staged: Path) -> None:
    passwd = (staged / "etc/passwd").read_text().splitlines()
    entry = next(line for line in passwd if line.startswith("changtong:"))
    assert entry.endswith(":/var/lib/changtong:/usr/sbin/nologin")
    shadow = (staged / "etc/shadow").read_text().splitlines()
    password = next(line for line in shadow if line.startswith("changtong:")).split(":")[1]
    assert password.startswith(("!", "*"))  # locked: no password can log in
    groups = (staged / "etc/group").read_text()
    for group in ("dialout", "lp", "input", "video"):
        line = next(g for g in groups.splitlines() if g.startswith(f"{group}:"))
        assert "changtong" in line.rsplit(":", 1)[1].split(",")
    data = staged / "var/lib/changtong"
    assert data.stat().st_mode & 0o777 == 0o700
    for name in ("kiosk.toml", "secrets.toml"):
        assert (data / name).stat().st_mode & 0o777 == 0o600


def test_the_code_enrolled_the_kiosk(staged: Path, deploy_agency: Agency) -> None:
    """The key the installer's enrolment saved signs calls the agency accepts; another does not."""
    key = load_secrets(staged / "var/lib/changtong/secrets.toml").kiosk_key
    beat = {"app_version": "0.1.0", "uptime_s": 1}
    client = AgencyClient(deploy_agency.url, KIOSK_ID, key, attempts=1)
    stranger = AgencyClient(deploy_agency.url, KIOSK_ID, bytes(32), attempts=1)
    try:
        assert client.heartbeat(beat).server_time is not None
        with pytest.raises(AuthenticationFailed):
            stranger.heartbeat(beat)
    finally:
        client.close()
        stranger.close()


def test_the_session_starts_at_boot_and_the_units_pass_systemd_analyze_verify(
    staged: Path,
) -> None:
    wants = staged / "etc/systemd/system/graphical.target.wants/changtong-kiosk.service"
    assert wants.is_symlink()
    # `verify --root` resolves every unit and command inside the staged tree: give it the
    # system's own units and the binaries the units call, as the Debian packages would.
    system = staged / "usr/lib/systemd/system"
    if not (system / "sysinit.target").exists():
        shutil.copytree("/lib/systemd/system", system, symlinks=True, dirs_exist_ok=True)
    for tool in ("cage", "mkdir", "mount", "umount"):
        target = staged / "usr/bin" / tool
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(shutil.which(tool) or f"/usr/bin/{tool}", target)
    for unit in UNITS:
        unit_file = staged / "etc/systemd/system" / unit
        name = unit.replace("@.", "@sdb1.")
        verified = subprocess.run(
            ["systemd-analyze", "verify", f"--root={staged}", f"{unit_file}:{name}"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        problems = [
            line
            for line in (verified.stdout + verified.stderr).splitlines()
            if unit.split("@")[0] in line or "changtong" in line
        ]
        assert verified.returncode == 0 and not problems, verified.stdout + verified.stderr


def test_the_unit_is_hardened(staged: Path) -> None:
    unit = (staged / "etc/systemd/system/changtong-kiosk.service").read_text()
    for line in (
        "Type=notify",
        "WatchdogSec=30",
        "NotifyAccess=all",
        "NoNewPrivileges=yes",
        "ProtectSystem=strict",
        "ReadWritePaths=/var/lib/changtong",
        "PrivateTmp=yes",
        "DevicePolicy=closed",
        "CapabilityBoundingSet=",
        "User=changtong",
    ):
        assert line in unit.splitlines(), line
    start = next(line for line in unit.splitlines() if line.startswith("ExecStart="))
    assert start.split("--")[0].split() == ["ExecStart=/usr/bin/cage", "-d"]  # -s: VT switching


def test_running_it_again_changes_nothing_and_keeps_the_kiosks_files(staged: Path) -> None:
    data = staged / "var/lib/changtong"
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    again = subprocess.run(
        [str(INSTALL), "--root", str(staged), "--server", "http://elsewhere.invalid"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert again.returncode == 0, again.stdout + again.stderr
    assert "already installed" in again.stdout
    after = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    assert after == before  # settings, key and queue are the kiosk's own: never overwritten


def test_bad_options_are_refused_with_a_message() -> None:
    wrong = subprocess.run(
        [str(INSTALL), "--frobnicate"], capture_output=True, text=True, timeout=30, check=False
    )
    assert wrong.returncode == 2 and "unknown option --frobnicate" in wrong.stderr

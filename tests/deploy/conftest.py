"""One agency and one kiosk staged by deploy/kiosk/install for the whole deploy suite: installing
builds a virtualenv with the package (~20 s), so the install checks read the staged tree and each
test module that changes a kiosk (updates) works on a copy of it."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Agency, start_agency
from tests.fleet.fleet_kit import issue

REPO = Path(__file__).resolve().parents[2]
INSTALL = REPO / "deploy" / "kiosk" / "install"
KIOSK_ID = "kiosk-222405-090"


def needs(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"not installed here: {', '.join(missing)} (script/bootstrap installs them)")


@pytest.fixture(scope="session")
def deploy_agency(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Agency]:
    yield from start_agency(tmp_path_factory.mktemp("deploy-agency"), None)


@pytest.fixture(scope="session")
def installed_root(
    deploy_agency: Agency, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """A kiosk installed into a staged root and enrolled with `deploy_agency` by its code."""
    needs("systemd-analyze", "systemd-sysusers", "systemd-tmpfiles", "systemctl", "cage")
    root = tmp_path_factory.mktemp("installed")
    code = issue(deploy_agency, KIOSK_ID)
    done = subprocess.run(
        [
            str(INSTALL),
            "--root",
            str(root),
            "--server",
            deploy_agency.url,
            "--kiosk-id",
            KIOSK_ID,
            "--region",
            "222405",
            "--enroll",
            code,
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    yield root


def copy_of(root: Path, into: Path) -> Path:
    """A second kiosk identical to `root` (the launcher and the venv use no absolute paths of
    their own tree, so a copy runs)."""
    subprocess.run(["cp", "-a", str(root), str(into)], check=True, timeout=300)
    return into

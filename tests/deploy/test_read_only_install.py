"""Under the hardened unit (ProtectSystem=strict) the kiosk's install prefix is a read-only
mount: an update from technician mode is refused as `read_only`, which the page words as "update
from a root shell", instead of failing with an unexplained error.

A real read-only bind mount in a private mount namespace (`unshare -m`), since root ignores
permission bits; skipped where the machine does not allow mount namespaces.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from screens.technician.update_page import refusal_text

PROJECT_ROOT = Path(__file__).resolve().parents[2]

ATTEMPT = """
import sys
from pathlib import Path
from kiosk.update.fetch import UpdateRefused
from kiosk.update.install import apply_update
prefix, data = Path(sys.argv[1]), Path(sys.argv[2])
try:
    apply_update(
        str(data / "no-such-repository"),
        prefix=prefix,
        data_dir=data,
        config_path=data / "kiosk.toml",
        queue=data / "queue.db",
        secrets=data / "secrets.toml",
    )
except UpdateRefused as refused:
    print("refused", refused.reason)
"""


def test_an_update_into_a_read_only_prefix_is_refused_as_read_only(tmp_path: Path) -> None:
    if shutil.which("unshare") is None or os.geteuid() != 0:
        pytest.skip("needs root and unshare for a read-only bind mount")
    prefix, data = tmp_path / "opt-changtong", tmp_path / "data"
    prefix.mkdir()
    data.mkdir()
    script = (
        f'mount --bind "{prefix}" "{prefix}" && mount -o remount,bind,ro "{prefix}" || exit 77\n'
        f'exec "{sys.executable}" -c "$0" "{prefix}" "{data}"'
    )
    run = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, ATTEMPT],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=PROJECT_ROOT,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        check=False,
    )
    if run.returncode == 77 or "unshare failed" in run.stderr:
        pytest.skip(f"no mount namespace here: {run.stderr.strip()[:200]}")
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["refused", "read_only"], run.stdout + run.stderr
    assert not (prefix / ".update.lock").exists()


def test_the_page_tells_the_technician_to_use_a_root_shell(qapp: object) -> None:
    assert "kiosk update apply" in refusal_text("read_only")

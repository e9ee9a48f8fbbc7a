"""Signed offline updates on a staged kiosk: a release N+1 that migrates the queue, published as a
TUF repository on a "USB stick" (a directory), applied beside the running release N.

Tampered, wrongly signed, expired and rolled-back updates are refused and change nothing; a power
cut (SIGKILL) at every step of an update leaves a kiosk that starts; the claims queued under N
drain exactly once under N+1."""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from config.secrets import load_secrets
from kiosk.update.install import CRASH_AT_ENV, STEPS
from kiosk.update.repository import build_release
from offline_queue.items import ItemKind
from offline_queue.outbox import Outbox
from server.models import Claim, Claimant
from tests.conftest import Agency
from tests.deploy.conftest import copy_of
from tests.offline_queue.queue_helpers import proven_claim

REPO = Path(__file__).resolve().parents[2]
NEXT = "0.1.1.dev9"  # N+1: anything above the project's version
BROKEN = "0.1.1.dev1"  # a release that fails its self-test

pytestmark = pytest.mark.slow


class StagedKiosk:
    """A kiosk staged by the installer under `root`, run through its own launcher."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.prefix = root / "opt/changtong"
        self.data = root / "var/lib/changtong"
        self.settings = self.data / "kiosk.toml"

    def run(self, *args: str, crash_at: str | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "CHANGTONG_DATA_DIR": str(self.data)}
        env.pop("PYTHONPATH", None)
        env.pop(CRASH_AT_ENV, None)
        if crash_at is not None:
            env[CRASH_AT_ENV] = crash_at
        return subprocess.run(
            [str(self.prefix / "current/bin/kiosk"), "--config", str(self.settings), *args],
            capture_output=True,
            text=True,
            timeout=600,
            env=env,
            check=False,
            cwd=self.root,
        )

    def apply(self, stick: Path, crash_at: str | None = None) -> subprocess.CompletedProcess[str]:
        return self.run(
            "update", "apply", str(stick), "--prefix", str(self.prefix), crash_at=crash_at
        )

    def current(self) -> str:
        return (self.prefix / "current").resolve().name

    def starts(self) -> None:
        """What the unit runs at boot can start: a complete release that imports and reads its
        settings (the Qt window itself is tested elsewhere)."""
        release = (self.prefix / "current").resolve()
        assert (release / ".complete").exists(), release
        checked = self.run("update", "self-test")
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert self.run("config", "check", str(self.settings)).returncode == 0


def _release_source(tmp: Path, version: str) -> Path:
    """The project as N+1: a new version and a queue migration on top of N's head."""
    source = tmp / "source"
    shutil.copytree(
        REPO,
        source,
        ignore=shutil.ignore_patterns(
            ".git",
            ".venv",
            "build",
            "*.egg-info",
            "__pycache__",
            "tests",
            "docs",
            "bench",
            ".*cache",
        ),
    )
    project = source / "pyproject.toml"
    project.write_text(
        re.sub(r'(?m)^version = ".*"$', f'version = "{version}"', project.read_text())
    )
    storage = source / "offline_queue/storage.py"
    head = re.search(r'HEAD_REVISION = "([^"]+)"', storage.read_text())
    assert head
    storage.write_text(
        storage.read_text().replace(head.group(0), 'HEAD_REVISION = "0099_update_probe"')
    )
    (source / "offline_queue/migrations/versions/0099_update_probe.py").write_text(
        f'''"""A table N+1 adds, so the update must migrate the queue.

Revision ID: 0099_update_probe
Revises: {head.group(1)}
"""

import sqlalchemy as sa
from alembic import op

revision = "0099_update_probe"
down_revision = "{head.group(1)}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("update_probe", sa.Column("id", sa.Integer, primary_key=True))


def downgrade() -> None:
    op.drop_table("update_probe")
'''
    )
    return source


def _wheel(source: Path, out: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "-w",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return next(out.glob("changtong_kiosk-*.whl"))


def _people(agency: Agency, n: int) -> list[tuple[str, str, str, str]]:
    with agency.sessions()() as session:
        rows = session.execute(
            select(Claimant)
            # People of this kiosk's prefecture (its service area), with no claim yet.
            .where(
                Claimant.id.not_in(select(Claim.claimant_id)), Claimant.card_region.like("2224%")
            )
            .order_by(Claimant.id.desc())
            .limit(n)
        ).scalars()
        return [(p.ssn, p.mobile, p.card_region, p.card_number) for p in rows]


def _waiting(queue: Path) -> int:
    with sqlite3.connect(queue) as raw:
        return int(raw.execute("SELECT count(*) FROM items").fetchone()[0])


@pytest.fixture(scope="module")
def kiosk(installed_root: Path, tmp_path_factory: pytest.TempPathFactory) -> StagedKiosk:
    """A copy of the suite's installed kiosk: updates change it."""
    return StagedKiosk(copy_of(installed_root, tmp_path_factory.mktemp("update") / "root"))


@pytest.fixture(scope="module")
def agency(deploy_agency: Agency) -> Agency:
    return deploy_agency


@pytest.fixture(scope="module")
def sticks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Update repositories: the good one in two states (`old` is the state before the last
    signing, for the rollback), and bad copies of it."""
    tmp = tmp_path_factory.mktemp("release")
    # A first release that cannot start (its app does not import): signed, genuine, refused by
    # the kiosk's own checks. Its repository state is also the "old" one, for the rollback.
    broken_source = _release_source(tmp / "broken", BROKEN)
    main = broken_source / "kiosk/app/main.py"
    main.write_text(main.read_text() + "\nraise ImportError('this release is broken')\n")
    broken_wheel = _wheel(broken_source, tmp / "broken-wheels")
    wheel = _wheel(_release_source(tmp, NEXT), tmp / "wheels")
    keys, good = tmp / "keys", tmp / "good"
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk.cli",
            "release",
            "build",
            str(broken_wheel),
            "--repo",
            str(good),
            "--keys",
            str(keys),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert built.returncode == 0 and f"release {BROKEN} signed" in built.stdout, built.stderr
    assert (keys / "root.pem").stat().st_mode & 0o777 == 0o600
    old = tmp / "old"
    shutil.copytree(good, old)
    build_release(good, keys, wheel)  # the good release: versions one higher

    tampered = tmp / "tampered"
    shutil.copytree(good, tampered)
    target = tampered / "targets" / wheel.name
    target.write_bytes(target.read_bytes()[:-10] + b"0123456789")

    forged = tmp / "forged"
    shutil.copytree(good, forged)
    # The timestamp is read afresh on every update: one changed without the timestamp key.
    timestamp_json = forged / "metadata/timestamp.json"
    meta = json.loads(timestamp_json.read_text())
    meta["signed"]["expires"] = "2099-01-01T00:00:00Z"
    timestamp_json.write_text(json.dumps(meta))

    # Newer versions than the kiosk saw, but signed so long ago that the signatures expired.
    expired = tmp / "expired"
    shutil.copytree(good, expired)
    build_release(expired, keys, wheel, now=datetime.now(UTC) - timedelta(days=400))
    return {
        "good": good,
        "old": old,
        "broken": old,
        "tampered": tampered,
        "forged": forged,
        "expired": expired,
        "root": good / "metadata/1.root.json",
    }


def test_an_update_without_a_trusted_signer_is_refused(
    kiosk: StagedKiosk, sticks: dict[str, Path]
) -> None:
    refused = kiosk.apply(sticks["good"])
    assert refused.returncode == 1 and "(no_trusted_root)" in refused.stderr
    trusted = kiosk.run("update", "trust", str(sticks["root"]))
    assert trusted.returncode == 0, trusted.stderr


def test_a_release_that_fails_its_checks_on_this_kiosk_is_not_switched_to(
    kiosk: StagedKiosk, sticks: dict[str, Path]
) -> None:
    before = kiosk.current()
    refused = kiosk.apply(sticks["broken"])
    assert refused.returncode == 1 and "(failed_check)" in refused.stderr, refused.stderr
    assert "self-test" in refused.stderr
    assert kiosk.current() == before
    kiosk.starts()
    assert not (kiosk.prefix / "releases" / BROKEN).exists()


@pytest.mark.parametrize(
    ("stick", "reason"),
    [("tampered", "tampered"), ("forged", "bad_signature"), ("expired", "expired")],
)
def test_bad_updates_are_refused_and_change_nothing(
    kiosk: StagedKiosk, sticks: dict[str, Path], stick: str, reason: str
) -> None:
    before = kiosk.current()
    refused = kiosk.apply(sticks[stick])
    assert refused.returncode == 1 and f"({reason})" in refused.stderr, refused.stderr
    assert kiosk.current() == before
    assert not list((kiosk.prefix / "releases").glob(f"*{NEXT}*"))


def test_claims_queued_under_n_survive_a_power_cut_at_every_step_and_drain_once_under_n_plus_1(
    kiosk: StagedKiosk, sticks: dict[str, Path], agency: Agency
) -> None:
    key = load_secrets(kiosk.data / "secrets.toml").queue_data_key
    references = []
    with Outbox(kiosk.data / "queue.db", key) as box:
        for ssn, mobile, region, number in _people(agency, 3):
            reference, payload, login = proven_claim(ssn, mobile, region, number)
            box.enqueue(ItemKind.CLAIM, payload, client_reference=reference, login=login)
            references.append(reference)
    queue_before = (kiosk.data / "queue.db").read_bytes()
    first = kiosk.current()

    for step in STEPS:
        cut = kiosk.apply(sticks["good"], crash_at=step)
        assert cut.returncode == -signal.SIGKILL, cut.stdout + cut.stderr
        kiosk.starts()
        expected = NEXT if step == "switched" else first
        assert kiosk.current() == expected, step
        assert (kiosk.data / "queue.db").read_bytes() == queue_before  # never touched by an update

    again = kiosk.apply(sticks["good"])
    assert again.returncode == 0 and "already up to date" in again.stdout, again.stderr
    status = json.loads(kiosk.run("update", "status", "--prefix", str(kiosk.prefix)).stdout)
    assert (status["running"], status["current"], status["previous"]) == (NEXT, NEXT, first)
    assert not list((kiosk.prefix / "releases").glob(".*staging"))

    # The same repository over the network: verified the same way, nothing newer to install.
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(sticks["good"]))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as web:
        threading.Thread(target=web.serve_forever, daemon=True).start()
        try:
            online = kiosk.run(
                "update",
                "apply",
                f"http://127.0.0.1:{web.server_address[1]}",
                "--prefix",
                str(kiosk.prefix),
            )
        finally:
            web.shutdown()
    assert online.returncode == 0 and "already up to date" in online.stdout, online.stderr

    rolled_back = kiosk.apply(sticks["old"])
    assert rolled_back.returncode == 1 and "(rollback)" in rolled_back.stderr, rolled_back.stderr

    synced = kiosk.run("queue", "sync", "--json")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    with sqlite3.connect(kiosk.data / "queue.db") as raw:
        tables = {
            row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    assert "update_probe" in tables  # N+1 migrated the real queue on its first open
    assert kiosk.run("queue", "sync").returncode == 0
    with agency.sessions()() as session:
        stored = session.execute(
            select(Claim.reference, func.count())
            .where(Claim.reference.in_(references))
            .group_by(Claim.reference)
        ).all()
    assert sorted(stored) == sorted((reference, 1) for reference in references), synced.stdout

    # Rolling back after N+1 migrated the queue: N refuses the newer queue instead of losing it.
    back = kiosk.run("update", "rollback", "--prefix", str(kiosk.prefix))
    assert back.returncode == 0 and kiosk.current() == first, back.stderr
    refused = kiosk.run("queue", "status", "--json")
    assert (
        refused.returncode != 0 and "written by a newer version" in refused.stdout + refused.stderr
    )

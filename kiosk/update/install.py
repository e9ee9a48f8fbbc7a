"""Installing a verified release beside the running one, and switching only once it has proved
itself (docs/deploy.md, "Updates").

    /opt/changtong/releases/VERSION/   bin/kiosk (launcher), app/ (the release's code), venv
    /opt/changtong/current  -> releases/VERSION     (what the unit runs)
    /opt/changtong/previous -> releases/OLDVERSION  (`kiosk update rollback`)

Steps, each safe to cut by a power failure (the kiosk keeps starting on a complete release):
fetched (TUF-verified files in the data directory) → staged (`releases/.VERSION.staging`, never
run by anything) → queue_checked (the new version opened and migrated a *copy* of the queue) →
self_tested (the new version's `kiosk update self-test` passed) → published (the staging
directory renamed to `releases/VERSION`) → switched (`current` renamed over, one atomic rename).
The queue itself migrates when the new version first starts, by the migration just tried on the
copy; it is never touched by the update.

A release whose requirements the running virtualenv meets shares it (a symlink) and brings only its
own code; otherwise it gets a virtualenv of its own from the wheels the release carries.
"""

from __future__ import annotations

import errno
import fcntl
import importlib.metadata
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from email.parser import Parser
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.version import InvalidVersion, Version

from kiosk.update.fetch import FetchedRelease, UpdateRefused, clear_downloads, fetch_latest

STEPS = ("fetched", "staged", "queue_checked", "self_tested", "published", "switched")
# Fault injection for the power-cut tests (tests/deploy/test_kiosk_update.py): the update kills
# its own process, as a power cut would, when it reaches the named step. Never set in service.
CRASH_AT_ENV = "CHANGTONG_UPDATE_CRASH_AT"
DEFAULT_PREFIX = Path("/opt/changtong")

LAUNCHER = """#!/bin/sh
# Changtong {version}: runs this release's code on its virtualenv (kiosk/update/install.py).
here=$(dirname "$(readlink -f "$0")")
release=$(dirname "$here")
if [ -d "$release/app" ]; then
  PYTHONPATH="$release/app${{PYTHONPATH:+:$PYTHONPATH}}"
  export PYTHONPATH
fi
CHANGTONG_PREFIX=$(dirname "$(dirname "$release")")
export CHANGTONG_PREFIX
exec "$release/venv/bin/python" -P -m kiosk.cli "$@"
"""


@dataclass(frozen=True)
class UpdateOutcome:
    status: str  # "updated" | "up_to_date"
    version: str
    previous: str | None
    shared_venv: bool = False


def install_prefix() -> Path:
    """Where releases live: the launcher tells the running kiosk; otherwise the default."""
    env = os.environ.get("CHANGTONG_PREFIX")
    return Path(env) if env else DEFAULT_PREFIX


def current_version(prefix: Path) -> str | None:
    current = prefix / "current"
    return current.resolve().name if current.exists() else None


def write_launcher(release: Path, version: str) -> Path:
    launcher = release / "bin" / "kiosk"
    launcher.parent.mkdir(parents=True, exist_ok=True)
    launcher.write_text(LAUNCHER.format(version=version), encoding="utf-8")
    launcher.chmod(0o755)
    return launcher


def _reached(step: str) -> None:
    if os.environ.get(CRASH_AT_ENV) == step:
        os.kill(os.getpid(), signal.SIGKILL)


@contextmanager
def _exclusive(prefix: Path) -> Iterator[None]:
    """One update at a time (a technician's button and a timer must not interleave)."""
    try:
        prefix.mkdir(parents=True, exist_ok=True)
        lock_file = open(prefix / ".update.lock", "w")  # noqa: SIM115 - closed by the with below
    except OSError as denied:
        # The hardened unit (ProtectSystem=strict) mounts /opt read-only for the app: say so,
        # so the technician's page points at the root shell instead of failing unexplained.
        if denied.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise UpdateRefused("read_only", f"{prefix} is read-only to this process") from None
        raise
    with lock_file as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UpdateRefused("busy", "another update is running") from None
        yield


def unmet_requirements(wheel: Path) -> list[str]:
    """The wheel's requirements that this interpreter's installed packages do not meet."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(name).decode("utf-8"))
    unmet: list[str] = []
    for line in metadata.get_all("Requires-Dist") or []:
        try:
            requirement = Requirement(line)
        except InvalidRequirement:
            unmet.append(line)
            continue
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        try:
            installed = importlib.metadata.version(requirement.name)
        except importlib.metadata.PackageNotFoundError:
            unmet.append(str(requirement))
            continue
        if not requirement.specifier.contains(installed, prereleases=True):
            unmet.append(f"{requirement} (have {installed})")
    return unmet


def _run(command: Sequence[str], what: str, env: dict[str, str] | None = None) -> None:
    done = subprocess.run(
        list(command), capture_output=True, text=True, timeout=900, check=False, env=env
    )
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise UpdateRefused("failed_check", f"{what} failed: {' / '.join(detail)}")


def _stage(prefix: Path, release: FetchedRelease) -> tuple[Path, bool]:
    staging = prefix / "releases" / f".{release.version}.staging"
    shutil.rmtree(staging, ignore_errors=True)  # what a cut-short try left: never run by anyone
    staging.mkdir(parents=True)
    current_venv = (prefix / "current" / "venv").resolve()
    shared = not unmet_requirements(release.app) and (current_venv / "bin" / "python").exists()
    if shared:
        (staging / "venv").symlink_to(current_venv, target_is_directory=True)
    else:
        if not release.dependencies:
            raise UpdateRefused(
                "needs_dependencies",
                f"{release.version} needs packages this kiosk lacks "
                f"({', '.join(unmet_requirements(release.app))}) and the update carries none",
            )
        subprocess.run([sys.executable, "-m", "venv", str(staging / "venv")], check=True)
        links = str(release.app.parent)
        _run(
            [
                str(staging / "venv/bin/python"),
                "-m",
                "pip",
                "install",
                "-q",
                "--no-index",
                "--find-links",
                links,
                *(str(d) for d in release.dependencies),
            ],
            "installing the release's dependencies",
        )
    _run(
        [
            str(staging / "venv/bin/python"),
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            "--disable-pip-version-check",
            "--target",
            str(staging / "app"),
            str(release.app),
        ],
        "installing the release",
    )
    write_launcher(staging, release.version)
    return staging, shared


def _queue_copy(queue: Path, copy: Path) -> Path | None:
    """A consistent copy of the live queue (SQLite's backup API, safe while the kiosk writes)."""
    if not queue.exists():
        return None
    source = sqlite3.connect(f"file:{queue}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(copy)
        with target:
            source.backup(target)
        target.close()
    finally:
        source.close()
    return copy


def _prove(
    staging: Path,
    version: str,
    config_path: Path,
    queue: Path,
    secrets: Path,
    progress: Callable[[str], None],
) -> None:
    """The new release, still in staging, opens a copy of the queue and passes its self-test."""
    new_kiosk = str(staging / "bin" / "kiosk")
    copy = _queue_copy(queue, staging / "queue-check.db")
    if copy is not None:
        _run(
            [
                new_kiosk,
                "--config",
                str(config_path),
                "queue",
                "status",
                "--json",
                "--db",
                str(copy),
                "--secrets",
                str(secrets),
            ],
            f"{version} opening a copy of the queue",
        )
        copy.unlink()
        for extra in staging.glob("queue-check.db-*"):
            extra.unlink()
    _reached("queue_checked")
    progress("queue_checked")
    _run(
        [new_kiosk, "--config", str(config_path), "update", "self-test"],
        f"{version}'s self-test",
    )
    _reached("self_tested")
    progress("self_tested")


def _switch(prefix: Path, version: str) -> None:
    """`previous` then `current`, each by one rename: a cut between them leaves both valid."""
    current = prefix / "current"
    if current.exists():
        old = os.readlink(current)
        tmp = prefix / ".previous.new"
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(old)
        tmp.replace(prefix / "previous")
    tmp = prefix / ".current.new"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(f"releases/{version}")
    tmp.replace(current)


def apply_update(
    source: str,
    *,
    prefix: Path,
    data_dir: Path,
    config_path: Path,
    queue: Path,
    secrets: Path,
    progress: Callable[[str], None] = lambda _step: None,
) -> UpdateOutcome:
    with _exclusive(prefix):
        release = fetch_latest(source, data_dir, data_dir / "update" / "downloads")
        _reached("fetched")
        progress("fetched")
        running = current_version(prefix)
        try:
            newer = running is None or Version(release.version) > Version(running)
        except InvalidVersion:
            raise UpdateRefused("malformed", f"{release.version} is not a version") from None
        if not newer:
            return UpdateOutcome("up_to_date", running or release.version, running)
        staging = prefix / "releases" / f".{release.version}.staging"
        try:
            staging, shared = _stage(prefix, release)
            _reached("staged")
            progress("staged")
            _prove(staging, release.version, config_path, queue, secrets, progress)
        except UpdateRefused:
            shutil.rmtree(staging, ignore_errors=True)  # a release that failed here leaves nothing
            raise
        published = prefix / "releases" / release.version
        if published.exists() and published.resolve() != (prefix / "current").resolve():
            shutil.rmtree(published)  # an earlier, unfinished publish of the same version
        (staging / ".complete").touch()
        staging.rename(published)
        _reached("published")
        progress("published")
        _switch(prefix, release.version)
        _reached("switched")
        progress("switched")
        clear_downloads(data_dir / "update" / "downloads")  # installed: the wheels are not needed
        return UpdateOutcome("updated", release.version, running, shared)


def rollback(prefix: Path) -> str:
    """Back to the release before the last switch. Safe only while the newer release has not
    migrated the queue further than the older one knows (docs/deploy.md)."""
    previous = prefix / "previous"
    if not previous.exists():
        raise UpdateRefused("no_previous", "there is no earlier release to go back to")
    target = os.readlink(previous)
    _switch(prefix, Path(target).name)
    return Path(target).name

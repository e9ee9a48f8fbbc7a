"""The release side of kiosk updates: a TUF repository (The Update Framework, python-tuf) that
`kiosk release build` creates and extends, on the agency's release machine.

Layout, served over HTTP or copied to a USB stick as it is:

    metadata/1.root.json, root.json, targets.json, snapshot.json, timestamp.json
    targets/latest.json, targets/changtong_kiosk-VERSION-py3-none-any.whl, [dependency wheels]

`latest.json` names the newest release and its files; it is itself a target, so a kiosk trusts
it only through the signed metadata. One key per role, kept in the keys directory (0600); the
root key signs only root metadata and belongs offline once the repository exists (docs/deploy.md).
Consistent snapshots are off: a stick holds one state of the repository, never a moving one.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import (
    Metadata,
    MetaFile,
    Root,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

ROLES = ("root", "targets", "snapshot", "timestamp")
LATEST = "latest.json"


@dataclass(frozen=True)
class Lifetimes:
    """How long each role's signature holds. The timestamp expires first: a kiosk refuses a
    repository older than that, so a stolen old stick cannot hold kiosks on an old release for
    ever. Thirty days lets a stick travel to a village and wait for a technician."""

    root: timedelta = timedelta(days=730)
    targets: timedelta = timedelta(days=365)
    snapshot: timedelta = timedelta(days=30)
    timestamp: timedelta = timedelta(days=30)


@dataclass(frozen=True)
class BuiltRelease:
    version: str
    app: str
    files: tuple[str, ...]
    targets_version: int
    expires: datetime


class ReleaseError(Exception):
    """A release that cannot be built as asked; the message says why."""


def _signer(keys_dir: Path, role: str) -> CryptoSigner:
    """Loads the role's key, or makes one the first time (private key file mode 0600)."""
    path = keys_dir / f"{role}.pem"
    if path.exists():
        key = load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ReleaseError(f"{path} is not an Ed25519 private key")
        return CryptoSigner(key)
    keys_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(keys_dir, 0o700)
    signer = CryptoSigner(Ed25519PrivateKey.generate())
    partial = path.with_suffix(".tmp")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(signer.private_bytes)
    os.replace(partial, path)
    return signer


def _write(metadata: Metadata[Any], path: Path) -> None:
    partial = path.with_suffix(".tmp")
    metadata.to_file(str(partial), JSONSerializer(compact=False))
    os.replace(partial, path)


def _load(path: Path) -> Metadata[Any] | None:
    return Metadata.from_file(str(path)) if path.exists() else None


def _version_of(wheel: Path) -> str:
    parts = wheel.name.split("-")
    if len(parts) < 5 or parts[0] != "changtong_kiosk" or wheel.suffix != ".whl":
        raise ReleaseError(f"{wheel.name} is not a changtong_kiosk wheel")
    return parts[1]


def build_release(
    repo: Path,
    keys_dir: Path,
    app_wheel: Path,
    dependencies: Sequence[Path] = (),
    *,
    lifetimes: Lifetimes = Lifetimes(),
    now: datetime | None = None,
) -> BuiltRelease:
    """Adds a release to the repository (creating it on first use) and re-signs targets,
    snapshot and timestamp with versions one higher, so kiosks that saw the last state accept
    this one and refuse any earlier one."""
    at = (now or datetime.now(UTC)).replace(microsecond=0)
    version = _version_of(app_wheel)
    metadata_dir, targets_dir = repo / "metadata", repo / "targets"
    metadata_dir.mkdir(parents=True, exist_ok=True)
    targets_dir.mkdir(parents=True, exist_ok=True)
    signers = {role: _signer(keys_dir, role) for role in ROLES}

    root = _load(metadata_dir / "root.json")
    if root is None:
        root = Metadata(Root(expires=at + lifetimes.root, consistent_snapshot=False))
        for role in ROLES:
            root.signed.add_key(signers[role].public_key, role)
        root.sign(signers["root"])
        _write(root, metadata_dir / "1.root.json")
        _write(root, metadata_dir / "root.json")

    targets = _load(metadata_dir / "targets.json") or Metadata(Targets(expires=at))
    files = [app_wheel, *dependencies]
    for source in files:
        shutil.copy2(source, targets_dir / source.name)
        targets.signed.targets[source.name] = TargetFile.from_file(
            source.name, str(targets_dir / source.name), ["sha256"]
        )
    latest = {
        "version": version,
        "app": app_wheel.name,
        "dependencies": [d.name for d in dependencies],
        "built_at": at.isoformat(),
    }
    (targets_dir / LATEST).write_text(json.dumps(latest, indent=1), encoding="utf-8")
    targets.signed.targets[LATEST] = TargetFile.from_file(
        LATEST, str(targets_dir / LATEST), ["sha256"]
    )
    targets.signed.version += 1 if (metadata_dir / "targets.json").exists() else 0
    targets.signed.expires = at + lifetimes.targets
    targets.signatures.clear()
    targets.sign(signers["targets"])
    _write(targets, metadata_dir / "targets.json")

    snapshot = _load(metadata_dir / "snapshot.json") or Metadata(Snapshot(expires=at))
    if (metadata_dir / "snapshot.json").exists():
        snapshot.signed.version += 1
    snapshot.signed.meta["targets.json"] = MetaFile(version=targets.signed.version)
    snapshot.signed.expires = at + lifetimes.snapshot
    snapshot.signatures.clear()
    snapshot.sign(signers["snapshot"])
    _write(snapshot, metadata_dir / "snapshot.json")

    timestamp = _load(metadata_dir / "timestamp.json") or Metadata(Timestamp(expires=at))
    if (metadata_dir / "timestamp.json").exists():
        timestamp.signed.version += 1
    timestamp.signed.snapshot_meta = MetaFile(version=snapshot.signed.version)
    timestamp.signed.expires = at + lifetimes.timestamp
    timestamp.signatures.clear()
    timestamp.sign(signers["timestamp"])
    _write(timestamp, metadata_dir / "timestamp.json")

    return BuiltRelease(
        version=version,
        app=app_wheel.name,
        files=tuple(f.name for f in files),
        targets_version=targets.signed.version,
        expires=timestamp.signed.expires,
    )

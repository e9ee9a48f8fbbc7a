"""Kiosk side of field-staff bundles: export undelivered items, import the agency's acks.

Items are marked `exported` only after the bundle file is complete, fsynced and verified on the
stick. If the kiosk stops between the two, the items simply stay `pending` and travel again in the
next bundle or by sync; the agency's idempotency by reference makes that harmless.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from contract.bundle_format import (
    BUNDLE_SUFFIX,
    BundleManifest,
    BundleTamperedError,
    BundleTruncatedError,
    WitnessedHead,
    build_bundle,
    read_ack,
    read_bundle_manifest,
)
from offline_queue.atomic_file import write_atomically
from offline_queue.bundle_ledger import AckOutcome
from offline_queue.errors import StorageError
from offline_queue.outbox import Outbox

#: (step done, steps in all): reading the queue, encrypting, writing, marking.
ExportProgress = Callable[[int, int], None]

#: Called with an imported ack's audit checkpoint (None if it carries none), only once the ack
#: has been applied: a refused ack (replayed, foreign, altered) witnesses nothing.
CheckpointSeen = Callable[[Mapping[str, Any] | None], object]

#: An ack file larger than this is not an ack file; refuse before reading it into memory.
MAX_ACK_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class BundleKeys:
    """The keys bundles need; the composition root builds this from the secrets file."""

    kiosk_id: str
    kiosk_signing_key: Ed25519PrivateKey
    agency_encryption_key: X25519PublicKey
    agency_signing_key: Ed25519PublicKey


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    manifest: BundleManifest


def export_bundle(
    outbox: Outbox,
    keys: BundleKeys,
    target_dir: Path,
    *,
    progress: ExportProgress | None = None,
    limit: int | None = None,
    audit_witnessed: WitnessedHead | None = None,
) -> ExportResult | None:
    """Writes every undelivered item into one bundle in `target_dir`; None if there are none.

    `audit_witnessed` is the kiosk's newest witnessed audit checkpoint, for the manifest: the
    agency's ack then proves its own newest checkpoint extends it (docs/audit-log.md)."""
    steps = 4
    items = outbox.bundles.exportable(limit)
    _report(progress, 1, steps)
    if not items:
        return None
    now = datetime.now(UTC)
    data = build_bundle(
        items,
        kiosk_id=keys.kiosk_id,
        kiosk_signing_key=keys.kiosk_signing_key,
        agency_public_key=keys.agency_encryption_key,
        created_at=now,
        audit_witnessed=audit_witnessed,
    )
    manifest = read_bundle_manifest(data, kiosk_public_key=keys.kiosk_signing_key.public_key())
    _report(progress, 2, steps)
    name = f"changtong-{keys.kiosk_id}-{now:%Y%m%dT%H%M%SZ}-{manifest.bundle_id[:8]}{BUNDLE_SUFFIX}"
    if not target_dir.is_dir():
        raise StorageError(f"{target_dir} is not a directory (is the USB stick mounted?)")

    def verify(written: bytes) -> None:
        again = read_bundle_manifest(
            written,
            kiosk_public_key=keys.kiosk_signing_key.public_key(),
            expected_kiosk_id=keys.kiosk_id,
        )
        if again != manifest:
            raise BundleTamperedError("the bundle read back from the stick differs")

    path = write_atomically(target_dir / name, data, verify)
    _report(progress, 3, steps)
    outbox.bundles.mark_exported(
        manifest.bundle_id, [item.client_reference for item in items], name
    )
    _report(progress, 4, steps)
    return ExportResult(path=path, manifest=manifest)


def import_acks(
    outbox: Outbox,
    keys: BundleKeys,
    ack_path: Path,
    *,
    checkpoint_seen: CheckpointSeen | None = None,
) -> AckOutcome:
    """Verifies the agency's signed acknowledgement and closes the items it lists, all or none.

    The ack's audit checkpoint is passed on unread to `checkpoint_seen` (the kiosk's witness):
    this module carries it, the kiosk judges it."""
    try:
        size = ack_path.stat().st_size
        if size > MAX_ACK_BYTES:
            raise BundleTruncatedError(f"{ack_path.name} is too large to be an ack file")
        data = ack_path.read_bytes()
    except OSError as exc:
        raise StorageError(f"could not read {ack_path}: {exc.strerror or exc}") from None
    ack = read_ack(data, agency_public_key=keys.agency_signing_key, kiosk_id=keys.kiosk_id)
    outcome = outbox.bundles.apply_ack(
        ack_id=ack.ack_id,
        bundle_id=ack.bundle_id,
        acknowledged=ack.acknowledged,
        rejected={entry.client_reference: (entry.code, entry.message) for entry in ack.rejected},
    )
    if checkpoint_seen is not None:
        checkpoint_seen(ack.audit_checkpoint)
    return outcome


def _report(progress: ExportProgress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)

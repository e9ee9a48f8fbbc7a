"""`kiosk queue status|sync|export|import-acks`: the offline queue for technicians and field staff.

Everything comes from the kiosk's own settings and secrets file, as the app uses them: the queue
file (`queue.path`), the secrets beside the settings file, `kiosk.id`, `server.url` and the
agency's public keys (`queue.agency_keys`). The options `--db`, `--secrets`, `--kiosk-id`,
`--server` and `--agency-keys` override them. `queue_context` is the one place that turns both
into a queue. Messages name counts, references and files, never personal data.
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
import time
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from config import ConfigError, Settings, default_data_dir, default_secrets_path, load_secrets
from contract.bundle_format import BundleError, WitnessedHead
from kiosk.adapters.batch_uploader import AgencyBatchUploader
from kiosk.api import AgencyClient
from kiosk.witness.store import WitnessStore
from kiosk.witness.witness import AuditWitness, Outcome, load_log_key
from offline_queue.bundles import BundleKeys, export_bundle, import_acks
from offline_queue.errors import QueueError
from offline_queue.items import ItemState, QueuedItemSummary
from offline_queue.limits import QueueHealth, QueueLimits
from offline_queue.outbox import Outbox
from offline_queue.sync_engine import SyncEngine

EXIT_OK, EXIT_INCOMPLETE, EXIT_ERROR = 0, 1, 2
DAY_S = 24 * 3600.0


class OptionsError(Exception):
    """A missing or unusable option or setting; the message says which."""


@dataclass(frozen=True)
class QueueContext:
    db: Path
    data_key: bytes
    kiosk_id: str
    kiosk_key: bytes
    signing_key: Ed25519PrivateKey
    server: str
    agency_keys_path: Path | None
    settings: Settings

    def bundle_keys(self) -> BundleKeys:
        if self.agency_keys_path is None:
            raise OptionsError(
                "the agency's public keys are needed for bundles: set queue.agency_keys in the "
                "settings (the file `kiosk server agency-keys --public-out FILE` writes) or pass "
                "--agency-keys FILE"
            )
        data = _read_toml(self.agency_keys_path)
        return BundleKeys(
            kiosk_id=self.kiosk_id,
            kiosk_signing_key=self.signing_key,
            agency_encryption_key=X25519PublicKey.from_public_bytes(
                _key(data, "agency_encryption_public_key", self.agency_keys_path)
            ),
            agency_signing_key=Ed25519PublicKey.from_public_bytes(
                _key(data, "agency_signing_public_key", self.agency_keys_path)
            ),
        )

    def audit_witness(self) -> AuditWitness:
        """The kiosk's own witness of the agency's audit log, as the app wires it
        (kiosk.app.services.audit_witness): its file beside the queue, the log key from the
        agency's public key file. Acks carry checkpoints to kiosks that are never online."""
        return AuditWitness(self.witness_store(), load_log_key(self.agency_keys_path))

    def witness_store(self) -> WitnessStore:
        return WitnessStore.in_dir(self.db.parent)

    def limits(self) -> QueueLimits:
        return queue_limits(self.settings)

    def agency_client(self) -> AgencyClient:
        """The kiosk's one signed client; its own retries off, the sync engine decides."""
        server = self.settings.server
        verify: bool | str = server.ca_bundle or server.verify_tls
        return AgencyClient(
            self.server,
            self.kiosk_id,
            self.kiosk_key,
            connect_timeout_s=server.connect_timeout_s,
            read_timeout_s=server.read_timeout_s,
            verify=verify,
            attempts=1,
        )


def queue_limits(settings: Settings) -> QueueLimits:
    """The limits the kiosk app applies, so `status` warns exactly when the kiosk does."""
    queue = settings.queue
    return QueueLimits(
        max_items=queue.max_items,
        max_age_s=queue.max_age_days * DAY_S,
        warn_fraction=queue.warn_at_fraction,
        retention_s=queue.retention_days * DAY_S,
    )


def queue_path(settings: Settings) -> Path:
    """Where the kiosk app keeps its queue (kiosk.app.services uses the same rule)."""
    return Path(settings.queue.path) if settings.queue.path else default_data_dir() / "queue.db"


def queue_context(args: argparse.Namespace, settings: Settings) -> QueueContext:
    """The wiring: settings and the secrets file, each overridable by its option.

    The secrets file is the kiosk's own (config/secrets.py): `queue_data_key`, `kiosk_key`
    (request signing) and `signing_key` (the Ed25519 seed that signs bundles).
    """
    db = args.db or queue_path(settings)
    if not db.exists():
        # Never create an empty queue here: a wrong path must not look like "nothing waits".
        raise OptionsError(f"no queue file at {db}; set queue.path in the settings or pass --db")
    secrets_path = args.secrets or default_secrets_path(getattr(args, "config_path", None))
    secrets = load_secrets(secrets_path)
    agency_keys = args.agency_keys or (
        Path(settings.queue.agency_keys) if settings.queue.agency_keys else None
    )
    return QueueContext(
        db=db,
        data_key=secrets.queue_data_key,
        kiosk_id=args.kiosk_id or settings.kiosk.id,
        kiosk_key=secrets.kiosk_key,
        signing_key=Ed25519PrivateKey.from_private_bytes(secrets.signing_key),
        server=args.server or settings.server.url,
        agency_keys_path=agency_keys,
        settings=settings,
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, help="the queue file (default: setting queue.path)")
    common.add_argument(
        "--secrets",
        type=Path,
        help="the kiosk's secrets file (default: secrets.toml beside the settings file)",
    )
    common.add_argument("--kiosk-id", help="this kiosk's id (default: setting kiosk.id)")
    common.add_argument("--server", help="agency base URL (default: setting server.url)")
    common.add_argument(
        "--agency-keys",
        type=Path,
        help="TOML with the agency's public keys (default: setting queue.agency_keys)",
    )
    common.add_argument("--json", action="store_true", help="print one JSON object on stdout")

    parser = subparsers.add_parser("queue", help="offline queue: status, sync, export, import")
    sub = parser.add_subparsers(dest="queue_command", required=True, metavar="ACTION")
    sub.add_parser(
        "status", parents=[common], help="how many submissions wait, and whether to worry"
    ).set_defaults(handler=_handler(cmd_status, no_queue_yet=status_without_queue))
    sub.add_parser(
        "sync", parents=[common], help="send everything waiting to the agency now"
    ).set_defaults(handler=_handler(cmd_sync))
    export = sub.add_parser(
        "export", parents=[common], help="write waiting submissions to a bundle on a USB stick"
    )
    export.add_argument("--to", type=Path, required=True, metavar="DIR")
    export.set_defaults(handler=_handler(cmd_export))
    acks = sub.add_parser(
        "import-acks", parents=[common], help="read the agency's acknowledgement file"
    )
    acks.add_argument("file", type=Path, metavar="FILE")
    acks.set_defaults(handler=_handler(cmd_import_acks))


Answer = tuple[int, dict[str, Any], str]
Command = Callable[[argparse.Namespace, QueueContext], Answer]
#: The answer of a command that can speak for a kiosk whose queue file does not exist yet.
NoQueueAnswer = Callable[[Path, Settings], Answer]


def _handler(
    command: Command, *, no_queue_yet: NoQueueAnswer | None = None
) -> Callable[[argparse.Namespace, Settings], int]:
    """Adapts a command to `kiosk.cli`'s handler signature and prints its answer.

    `no_queue_yet` answers instead when the settings' queue file does not exist: a new kiosk,
    whose app has never run, has nothing queued. A file named with `--db` must exist: a typo
    there must not read as an empty queue."""

    def run(args: argparse.Namespace, settings: Settings) -> int:
        try:
            db = args.db or queue_path(settings)
            if no_queue_yet is not None and args.db is None and not db.exists():
                code, answer, text = no_queue_yet(db, settings)
            else:
                context = queue_context(args, settings)
                code, answer, text = command(args, context)
        except (QueueError, BundleError, OptionsError, ConfigError) as exc:
            error = {"error": type(exc).__name__, "message": str(exc)}
            if args.json:
                print(json.dumps(error, ensure_ascii=False))
            print(f"queue: {exc}", file=sys.stderr)
            return EXIT_ERROR
        print(json.dumps(answer, ensure_ascii=False) if args.json else text)
        return code

    return run


def _open(context: QueueContext) -> Outbox:
    """The CLI only reads and moves items; it never purges."""
    return Outbox(context.db, context.data_key, limits=context.limits())


def cmd_status(_args: argparse.Namespace, context: QueueContext) -> Answer:
    with _open(context) as box:
        counts = box.counts()
        health = box.health()
        refused = box.refused(REFUSED_SHOWN)
    return _status(context.db, True, counts, health, box.limits, refused)


def status_without_queue(db: Path, settings: Settings) -> Answer:
    """A new kiosk: the same answer as for an empty queue, saying the file is not there yet.
    Nothing is created: the app creates the queue on its first start, with its own keys."""
    limits = queue_limits(settings)
    empty = dict.fromkeys(ItemState, 0)
    return _status(db, False, empty, QueueHealth.assess(0, None, limits), limits, [])


#: How many refused items `status` lists with their reasons (newest first).
REFUSED_SHOWN = 20


def _status(
    db: Path,
    exists: bool,
    counts: Mapping[ItemState, int],
    health: QueueHealth,
    limits: QueueLimits,
    refused: Sequence[QueuedItemSummary],
) -> Answer:
    answer = {
        "queue": str(db),
        "exists": exists,
        "counts": {state.value: counts[state] for state in ItemState},
        "depth": health.depth,
        "oldest_age_s": health.oldest_age_s,
        "limit": limits.max_items,
        "warning": health.warning,
        "full": health.full,
        "too_old": health.too_old,
        "refused": [
            {
                "reference": item.client_reference,
                "kind": item.kind,
                "code": item.rejection_code,
                "reason": item.last_error,
                "at": item.updated_at.isoformat(),
            }
            for item in refused
        ],
    }
    lines = [f"Queue {db}"]
    if not exists:
        lines.append(
            "  no queue file yet: this kiosk has queued nothing (the app creates it on its first "
            "start). If this kiosk has taken submissions, queue.path points at the wrong file."
        )
    lines += [
        f"  waiting to be sent:     {counts[ItemState.PENDING] + counts[ItemState.SENDING]}",
        f"  exported, not yet acknowledged: {counts[ItemState.EXPORTED]}",
        f"  delivered:              {counts[ItemState.ACKNOWLEDGED]}",
        f"  refused, kept for staff: {counts[ItemState.REJECTED]}",
        f"  oldest waiting:         {_age(health.oldest_age_s)}",
    ]
    for item in refused:
        lines.append(
            f"    refused {item.client_reference[:8]} ({item.kind}) {item.rejection_code}: "
            f"{item.last_error or ''}"
        )
    if health.full:
        lines.append("FULL: the kiosk refuses new submissions. Sync now or export a bundle.")
    elif health.too_old:
        lines.append("TOO OLD: submissions have waited past the limit. Sync or export today.")
    elif health.warning:
        lines.append("WARNING: nearing a limit. Sync or export a bundle on this visit.")
    else:
        lines.append("OK")
    return EXIT_OK, answer, "\n".join(lines)


def cmd_sync(_args: argparse.Namespace, context: QueueContext) -> tuple[int, dict[str, Any], str]:
    client = context.agency_client()
    try:
        with _open(context) as box:
            uploader = AgencyBatchUploader(client)
            engine = SyncEngine(
                box,
                uploader,
                check=uploader.check,
                probe=client.reachable,
                batch_size=context.settings.queue.batch_size,
            )
            report = engine.drain(_progress_bar("sending"), waiting_too=True)
            left = box.health().depth
    finally:
        client.close()
    answer = {
        "acknowledged": report.acknowledged,
        "rejected": report.rejected,
        "retried": report.retried,
        "remaining": left,
        "offline": report.offline,
        "errors": report.errors,
    }
    text = f"Delivered {report.acknowledged}, refused {report.rejected}, still waiting {left}."
    if report.offline:
        text += (
            f"\nThe agency at {context.server} could not be reached "
            f"({'; '.join(report.errors)}). Try again later."
        )
    return (EXIT_INCOMPLETE if left else EXIT_OK), answer, text


def cmd_export(args: argparse.Namespace, context: QueueContext) -> tuple[int, dict[str, Any], str]:
    keys = context.bundle_keys()
    latest = context.witness_store().latest()  # the log key is not needed to name it
    witnessed = None if latest is None else WitnessedHead(latest.size, latest.root)
    with _open(context) as box:
        result = export_bundle(
            box, keys, args.to, progress=_progress_bar("exporting"), audit_witnessed=witnessed
        )
    if result is None:
        return EXIT_OK, {"bundle": None, "items": 0}, "Nothing waits to be exported."
    manifest = result.manifest
    answer = {
        "bundle": str(result.path),
        "bundle_id": manifest.bundle_id,
        "items": manifest.item_count,
        "counts_by_kind": manifest.counts_by_kind,
        "earliest_item_at": manifest.earliest_item_at,
        "latest_item_at": manifest.latest_item_at,
    }
    text = (
        f"Wrote {manifest.item_count} submissions to {result.path.name} "
        f"(bundle {manifest.bundle_id[:8]}). It is complete and checked; the stick may be "
        "removed."
    )
    return EXIT_OK, answer, text


def cmd_import_acks(
    args: argparse.Namespace, context: QueueContext
) -> tuple[int, dict[str, Any], str]:
    keys = context.bundle_keys()
    witness = context.audit_witness()
    seen: list[Outcome] = []
    problem: list[str] = []

    def witness_checkpoint(checkpoint: Mapping[str, Any] | None) -> None:
        """Runs once the ack is applied: a full disk here must not hide that it was."""
        try:
            seen.append(witness.observe_ack(checkpoint))
        except OSError as exc:
            problem.append(f"{witness.store.path}: {exc.strerror or exc}")

    with _open(context) as box:
        outcome = import_acks(box, keys, args.file, checkpoint_seen=witness_checkpoint)
    audit = seen[0] if seen else Outcome.NO_CHECKPOINT
    latest = witness.store.latest()
    alarm = witness.alarm_text()
    answer = {
        "acknowledged": outcome.acknowledged,
        "rejected": outcome.rejected,
        "already_closed": outcome.already_closed,
        "audit": {
            "outcome": audit.value,
            "witnessed_size": None if latest is None else latest.size,
            "alarm": alarm,
            "problem": problem[0] if problem else None,
        },
    }
    text = (
        f"Closed {outcome.acknowledged} delivered and {outcome.rejected} refused submissions "
        f"({outcome.already_closed} were already closed)."
    )
    if audit is Outcome.WITNESSED and latest is not None:
        text += f"\nWitnessed the agency's audit log at {latest.size} entries."
    if problem:
        text += f"\nThe audit checkpoint could not be stored ({problem[0]}); call the desk."
    if alarm is not None:
        text += (
            f"\nAUDIT LOG ALARM ({alarm}). Report it to the agency's auditors; "
            "`kiosk audit witnesses` lists the evidence."
        )
    return EXIT_OK, answer, text


def _progress_bar(label: str) -> Callable[[int, int], None] | None:
    """A plain bar on stderr, only when someone watches a terminal."""
    if not sys.stderr.isatty():
        return None
    last = [0.0]

    def show(done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - last[0] < 0.1:
            return
        last[0] = now
        width = 30
        filled = width if total == 0 else width * done // total
        sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def _age(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    hours, rest = divmod(int(seconds), 3600)
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h" if days else f"{hours} h {rest // 60} min"


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as stream:
            return tomllib.load(stream)
    except OSError as exc:
        raise OptionsError(f"cannot read {path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise OptionsError(f"{path} is not valid TOML: {exc}") from None


def _key(data: dict[str, Any], name: str, path: Path) -> bytes:
    key = _optional_key(data, name, path)
    if key is None:
        raise OptionsError(f"{path}: missing {name}")
    return key


def _optional_key(data: dict[str, Any], name: str, path: Path) -> bytes | None:
    value = data.get(name)
    if value is None:
        return None
    try:
        raw = base64.urlsafe_b64decode(str(value).encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        raise OptionsError(f"{path}: {name} is not base64url") from None
    if len(raw) != 32:
        raise OptionsError(f"{path}: {name} must decode to 32 bytes")
    return raw

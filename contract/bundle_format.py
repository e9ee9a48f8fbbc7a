"""The field-staff bundle and acknowledgement file formats, as pure functions.

Used by the kiosk (writes bundles, reads acks; offline_queue/bundles.py) and the agency server
(reads bundles, writes acks; server/services/bundle_import.py); docs/bundle-format.md specifies
the same thing in prose for independent implementations. A signature covers the exact body
bytes, never a re-serialisation, so both sides need no canonical JSON to agree on. Base64 is read
strictly (contract/encoding.py): a signed file has exactly one spelling.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar, Protocol

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from contract.encoding import b64decode, b64encode
from contract.errors import ErrorCode

FORMAT_VERSION = 1
BUNDLE_FORMAT = "changtong-bundle"
ACK_FORMAT = "changtong-ack"
ENCRYPTION_SCHEME = "X25519-HKDF-SHA256-AES-256-GCM"
BUNDLE_SUFFIX = ".ctbundle"
ACK_SUFFIX = ".ctack"
_ROOT_HEX = re.compile(r"[0-9a-f]{64}")
_MAX_TREE_SIZE = 2**63 - 1


class BundleError(Exception):
    """Base for refused bundles and acknowledgement files; nothing was changed. `message` may be
    shown to a technician or logged: it names files, ids and keys, never personal data. `code` is
    what the agency answers when it refuses a bundle for this reason."""

    code: ClassVar[ErrorCode] = ErrorCode.BUNDLE_INVALID

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BundleTruncatedError(BundleError):
    """The file is incomplete or not a bundle/ack file at all (a stick pulled mid-write)."""

    code = ErrorCode.BUNDLE_TRUNCATED


class BundleTamperedError(BundleError):
    """The signature does not match the content, or the encrypted part does not decrypt."""

    code = ErrorCode.BUNDLE_TAMPERED


class BundleWrongKeyError(BundleError):
    """The file was signed or encrypted for a different key than the one configured."""

    code = ErrorCode.BUNDLE_WRONG_KEY


class BundleWrongKioskError(BundleError):
    """The file belongs to another kiosk."""

    code = ErrorCode.BUNDLE_WRONG_KIOSK


class BundleFormatError(BundleError):
    """The file is signed correctly but its content does not follow the format version."""

    code = ErrorCode.BUNDLE_FORMAT


class SubmissionItem(Protocol):
    """What a bundle carries of each queued submission; the kiosk's outbox items have this shape."""

    @property
    def client_reference(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def payload(self) -> Mapping[str, Any]: ...
    @property
    def login(self) -> Mapping[str, Any] | None: ...


@dataclass(frozen=True, slots=True)
class BundleItem:
    """One submission read from a bundle, as the agency API would have received it. `login` is
    the claimant's proof sent beside the payload; None for items queued without one."""

    client_reference: str
    kind: str
    created_at: datetime
    payload: Mapping[str, Any]
    login: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class WitnessedHead:
    """The newest audit-log checkpoint the kiosk witnessed (docs/audit-log.md): what the agency's
    ack must prove its own newest checkpoint extends. A kiosk with no network witnesses the log
    only through acks, so the bundle says where the proof has to start."""

    size: int
    root: str  # the root hash, 64 lower-case hex digits


@dataclass(frozen=True, slots=True)
class BundleManifest:
    """The readable part of a bundle: no personal data, so anyone may see it."""

    kiosk_id: str
    bundle_id: str
    created_at: str
    item_count: int
    counts_by_kind: dict[str, int]
    earliest_item_at: str | None
    latest_item_at: str | None
    format_version: int = FORMAT_VERSION
    # Optional (bundle-format revision 1.1): absent from older kiosks' bundles, which still import.
    audit_witnessed: WitnessedHead | None = None


@dataclass(frozen=True, slots=True)
class OpenedBundle:
    manifest: BundleManifest
    items: list[BundleItem]


@dataclass(frozen=True, slots=True)
class RejectedEntry:
    client_reference: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class AckFile:
    ack_id: str
    kiosk_id: str
    bundle_id: str
    created_at: str
    acknowledged: list[str]
    rejected: list[RejectedEntry]
    # The agency's newest signed audit checkpoint with its consistency proof, as a heartbeat
    # answers it (revision 1.1). Opaque here: the kiosk's witness checks it, not this module.
    audit_checkpoint: dict[str, Any] | None = None


def key_id(public_key: Ed25519PublicKey | X25519PublicKey) -> str:
    """Short fingerprint naming a key in files, so a wrong key is told apart from tampering."""
    return hashlib.sha256(_raw_public(public_key)).hexdigest()[:16]


# -- bundles ---------------------------------------------------------------------------------


def build_bundle(
    items: Sequence[SubmissionItem],
    *,
    kiosk_id: str,
    kiosk_signing_key: Ed25519PrivateKey,
    agency_public_key: X25519PublicKey,
    bundle_id: str | None = None,
    created_at: datetime | None = None,
    audit_witnessed: WitnessedHead | None = None,
) -> bytes:
    bundle_id = bundle_id or str(uuid.uuid4())
    created = (created_at or datetime.now(UTC)).astimezone(UTC)
    times = sorted(item.created_at.astimezone(UTC) for item in items)
    manifest = BundleManifest(
        kiosk_id=kiosk_id,
        bundle_id=bundle_id,
        created_at=_iso(created),
        item_count=len(items),
        counts_by_kind=dict(sorted(Counter(item.kind for item in items).items())),
        earliest_item_at=_iso(times[0]) if times else None,
        latest_item_at=_iso(times[-1]) if times else None,
        audit_witnessed=audit_witnessed,
    )
    plaintext = json.dumps(
        {"items": [_item_json(item) for item in items]}, ensure_ascii=False, separators=(",", ":")
    ).encode()
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key()
    key = _bundle_key(
        ephemeral.exchange(agency_public_key), ephemeral_public, agency_public_key, bundle_id
    )
    nonce = os.urandom(12)
    ciphertext = AESGCM(key).encrypt(nonce, plaintext, _bundle_aad(kiosk_id, bundle_id))
    body = {
        "manifest": _manifest_json(manifest),
        "encryption": {
            "scheme": ENCRYPTION_SCHEME,
            "recipient_key_id": key_id(agency_public_key),
            "ephemeral_public_key": b64encode(_raw_public(ephemeral_public)),
            "nonce": b64encode(nonce),
        },
        "ciphertext": b64encode(ciphertext),
    }
    return _sign(BUNDLE_FORMAT, body, kiosk_signing_key)


def peek_bundle_kiosk_id(data: bytes) -> str:
    """The kiosk id a bundle claims to come from, UNVERIFIED: only for choosing which kiosk's
    public key to verify it with. Trust nothing else from a bundle before `read_bundle`."""
    try:
        body = json.loads(b64decode(json.loads(data)["body"]))
        return _text(body["manifest"]["kiosk_id"])
    except (ValueError, KeyError, TypeError):
        raise BundleTruncatedError(
            f"the file is incomplete or is not a {BUNDLE_FORMAT} file; it was ignored"
        ) from None


def read_bundle_manifest(
    data: bytes, *, kiosk_public_key: Ed25519PublicKey, expected_kiosk_id: str | None = None
) -> BundleManifest:
    """Verifies a bundle's signature and returns its manifest, without decrypting anything."""
    body = _verify(data, BUNDLE_FORMAT, kiosk_public_key, "kiosk")
    manifest = _parse_manifest(body)
    if expected_kiosk_id is not None and manifest.kiosk_id != expected_kiosk_id:
        raise BundleWrongKioskError(
            f"bundle {manifest.bundle_id} comes from kiosk {manifest.kiosk_id}, "
            f"not {expected_kiosk_id}"
        )
    return manifest


def read_bundle(
    data: bytes,
    *,
    agency_private_key: X25519PrivateKey,
    kiosk_public_key: Ed25519PublicKey,
    expected_kiosk_id: str | None = None,
) -> OpenedBundle:
    """Verifies, decrypts and parses a bundle (agency side)."""
    body = _verify(data, BUNDLE_FORMAT, kiosk_public_key, "kiosk")
    manifest = _parse_manifest(body)
    if expected_kiosk_id is not None and manifest.kiosk_id != expected_kiosk_id:
        raise BundleWrongKioskError(
            f"bundle {manifest.bundle_id} comes from kiosk {manifest.kiosk_id}, "
            f"not {expected_kiosk_id}"
        )
    try:
        encryption = body["encryption"]
        if encryption["scheme"] != ENCRYPTION_SCHEME:
            raise BundleFormatError(f"unknown encryption scheme {encryption['scheme']!r}")
        recipient = agency_private_key.public_key()
        if encryption["recipient_key_id"] != key_id(recipient):
            raise BundleWrongKeyError(
                f"bundle {manifest.bundle_id} is encrypted for key {encryption['recipient_key_id']}"
                f", not for this agency key {key_id(recipient)}"
            )
        ephemeral_public = X25519PublicKey.from_public_bytes(
            b64decode(encryption["ephemeral_public_key"])
        )
        nonce = b64decode(encryption["nonce"])
        ciphertext = b64decode(body["ciphertext"])
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleFormatError(f"bundle body is malformed ({type(exc).__name__})") from None
    key = _bundle_key(
        agency_private_key.exchange(ephemeral_public),
        ephemeral_public,
        recipient,
        manifest.bundle_id,
    )
    try:
        plaintext = AESGCM(key).decrypt(
            nonce, ciphertext, _bundle_aad(manifest.kiosk_id, manifest.bundle_id)
        )
    except InvalidTag:
        raise BundleTamperedError(
            f"bundle {manifest.bundle_id} does not decrypt: damaged or altered"
        ) from None
    try:
        items = [_parse_item(entry) for entry in json.loads(plaintext)["items"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleFormatError(f"bundle items are malformed ({type(exc).__name__})") from None
    if len(items) != manifest.item_count:
        raise BundleFormatError(
            f"bundle {manifest.bundle_id} holds {len(items)} items, manifest says "
            f"{manifest.item_count}"
        )
    return OpenedBundle(manifest=manifest, items=items)


# -- acknowledgements ------------------------------------------------------------------------


def build_ack(
    *,
    kiosk_id: str,
    bundle_id: str,
    acknowledged: Sequence[str],
    agency_signing_key: Ed25519PrivateKey,
    rejected: Sequence[RejectedEntry] = (),
    ack_id: str | None = None,
    created_at: datetime | None = None,
    audit_checkpoint: Mapping[str, Any] | None = None,
) -> bytes:
    """`audit_checkpoint` goes inside the signed body: signed by the agency for this kiosk and
    bundle, so whoever carries the stick can neither strip it (the kiosk would witness nothing)
    nor swap in an older, validly signed checkpoint (a false "shrunk" alarm)."""
    body: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "ack_id": ack_id or str(uuid.uuid4()),
        "kiosk_id": kiosk_id,
        "bundle_id": bundle_id,
        "created_at": _iso((created_at or datetime.now(UTC)).astimezone(UTC)),
        "acknowledged": list(acknowledged),
        "rejected": [
            {"client_reference": r.client_reference, "code": r.code, "message": r.message}
            for r in rejected
        ],
    }
    if audit_checkpoint is not None:
        body["audit_checkpoint"] = dict(audit_checkpoint)
    return _sign(ACK_FORMAT, body, agency_signing_key)


def read_ack(data: bytes, *, agency_public_key: Ed25519PublicKey, kiosk_id: str) -> AckFile:
    body = _verify(data, ACK_FORMAT, agency_public_key, "agency")
    try:
        if body["format_version"] != FORMAT_VERSION:
            raise BundleFormatError(f"unknown ack format version {body['format_version']!r}")
        ack = AckFile(
            ack_id=str(uuid.UUID(body["ack_id"])),
            kiosk_id=_text(body["kiosk_id"]),
            bundle_id=str(uuid.UUID(body["bundle_id"])),
            created_at=_text(body["created_at"]),
            acknowledged=[str(uuid.UUID(ref)) for ref in body["acknowledged"]],
            rejected=[
                RejectedEntry(
                    client_reference=str(uuid.UUID(entry["client_reference"])),
                    code=_text(entry["code"]),
                    message=_text(entry["message"]),
                )
                for entry in body["rejected"]
            ],
            audit_checkpoint=_optional_object(body.get("audit_checkpoint"), "audit_checkpoint"),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BundleFormatError(f"ack body is malformed ({type(exc).__name__})") from None
    if ack.kiosk_id != kiosk_id:
        raise BundleWrongKioskError(
            f"acknowledgement {ack.ack_id} is for kiosk {ack.kiosk_id}, not {kiosk_id}"
        )
    return ack


# -- envelope --------------------------------------------------------------------------------


def _signing_input(kind: str, body: bytes) -> bytes:
    return f"{kind}/{FORMAT_VERSION}\n".encode() + body


def _sign(kind: str, body: Mapping[str, Any], key: Ed25519PrivateKey) -> bytes:
    body_bytes = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    envelope = {
        "format": kind,
        "version": FORMAT_VERSION,
        "signer_key_id": key_id(key.public_key()),
        "body": b64encode(body_bytes),
        "signature": b64encode(key.sign(_signing_input(kind, body_bytes))),
    }
    return json.dumps(envelope, separators=(",", ":")).encode() + b"\n"


def _verify(data: bytes, kind: str, key: Ed25519PublicKey, signer: str) -> dict[str, Any]:
    try:
        envelope = json.loads(data)
        if not isinstance(envelope, dict):
            raise ValueError("not an object")
        declared_kind = envelope["format"]
        version = envelope["version"]
        signer_key_id = envelope["signer_key_id"]
        body_bytes = b64decode(envelope["body"])
        signature = b64decode(envelope["signature"])
    except (ValueError, KeyError, TypeError):
        raise BundleTruncatedError(
            f"the file is incomplete or is not a {kind} file; it was ignored"
        ) from None
    if declared_kind != kind:
        raise BundleFormatError(f"the file is a {declared_kind!r} file, not a {kind} file")
    if version != FORMAT_VERSION:
        raise BundleFormatError(f"{kind} format version {version!r} is not supported")
    if signer_key_id != key_id(key):
        raise BundleWrongKeyError(
            f"the file is signed with key {signer_key_id}, not with the {signer} key "
            f"{key_id(key)} configured here"
        )
    try:
        key.verify(signature, _signing_input(kind, body_bytes))
    except InvalidSignature:
        raise BundleTamperedError(
            "the signature does not match the content: the file was altered or damaged"
        ) from None
    try:
        body = json.loads(body_bytes)
    except ValueError:
        raise BundleFormatError("the signed body is not JSON") from None
    if not isinstance(body, dict):
        raise BundleFormatError("the signed body is not a JSON object")
    return body


# -- helpers ---------------------------------------------------------------------------------


def _bundle_key(
    shared: bytes, ephemeral: X25519PublicKey, recipient: X25519PublicKey, bundle_id: str
) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=_raw_public(ephemeral) + _raw_public(recipient),
        info=f"{BUNDLE_FORMAT}/{FORMAT_VERSION} {bundle_id}".encode(),
    ).derive(shared)


def _bundle_aad(kiosk_id: str, bundle_id: str) -> bytes:
    return f"{BUNDLE_FORMAT}/{FORMAT_VERSION}\n{kiosk_id}\n{bundle_id}".encode()


def _manifest_json(manifest: BundleManifest) -> dict[str, Any]:
    manifest_json: dict[str, Any] = {
        "format_version": manifest.format_version,
        "kiosk_id": manifest.kiosk_id,
        "bundle_id": manifest.bundle_id,
        "created_at": manifest.created_at,
        "item_count": manifest.item_count,
        "counts_by_kind": manifest.counts_by_kind,
        "earliest_item_at": manifest.earliest_item_at,
        "latest_item_at": manifest.latest_item_at,
    }
    if manifest.audit_witnessed is not None:  # absent, not null: older readers see no change
        manifest_json["audit_witnessed"] = {
            "size": manifest.audit_witnessed.size,
            "root": manifest.audit_witnessed.root,
        }
    return manifest_json


def _parse_manifest(body: Mapping[str, Any]) -> BundleManifest:
    try:
        raw = body["manifest"]
        if raw["format_version"] != FORMAT_VERSION:
            raise BundleFormatError(f"unknown bundle format version {raw['format_version']!r}")
        return BundleManifest(
            kiosk_id=_text(raw["kiosk_id"]),
            bundle_id=str(uuid.UUID(raw["bundle_id"])),
            created_at=_text(raw["created_at"]),
            item_count=int(raw["item_count"]),
            counts_by_kind={str(k): int(v) for k, v in raw["counts_by_kind"].items()},
            earliest_item_at=raw["earliest_item_at"],
            latest_item_at=raw["latest_item_at"],
            audit_witnessed=_witnessed_head(raw.get("audit_witnessed")),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BundleFormatError(f"bundle manifest is malformed ({type(exc).__name__})") from None


def _witnessed_head(value: object) -> WitnessedHead | None:
    """Absent or null in bundles of kiosks that witnessed nothing yet, or predate revision 1.1."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise TypeError("audit_witnessed is not an object")
    size, root = value["size"], value["root"]
    if isinstance(size, bool) or not isinstance(size, int) or not 0 <= size <= _MAX_TREE_SIZE:
        raise ValueError("audit_witnessed.size is not a tree size")
    if not isinstance(root, str) or not _ROOT_HEX.fullmatch(root):
        raise ValueError("audit_witnessed.root is not a hex root hash")
    return WitnessedHead(size, root)


def _optional_object(value: object, name: str) -> dict[str, Any] | None:
    if value is not None and not isinstance(value, dict):
        raise TypeError(f"{name} is not an object")
    return value


def _item_json(item: SubmissionItem) -> dict[str, Any]:
    """`login` travels beside the payload, as on the API; absent for items queued without one."""
    entry: dict[str, Any] = {
        "client_reference": item.client_reference,
        "kind": item.kind,
        "created_at": _iso(item.created_at.astimezone(UTC)),
        "payload": dict(item.payload),
    }
    if item.login is not None:
        entry["login"] = dict(item.login)
    return entry


def _parse_item(entry: Mapping[str, Any]) -> BundleItem:
    payload = entry["payload"]
    if not isinstance(payload, dict):
        raise TypeError("payload is not an object")
    login = entry.get("login")
    if login is not None and not isinstance(login, dict):
        raise TypeError("login is not an object")
    return BundleItem(
        client_reference=str(uuid.UUID(entry["client_reference"])),
        kind=_text(entry["kind"]),
        created_at=datetime.fromisoformat(entry["created_at"]),
        payload=payload,
        login=login,
    )


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds").replace("+00:00", "Z")


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)

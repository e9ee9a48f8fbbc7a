"""The audit log's signed checkpoint: tree size, root hash and time, signed by the agency's log key.

The text follows C2SP's tlog-checkpoint and signed-note formats, so a checkpoint can be read by
eye and checked with any signed-note tool:

    changtong/audit-log/3f1c0a9e2b7d4c55          (origin: names the log, and so its key)
    1234                                         (tree size, decimal)
    R2D9q1D0lq8m…=                               (root hash, standard base64)
    time 2026-12-04T15:10:00Z                    (when the sequencer signed it, UTC)
                                                 (blank line ends the signed body)
    — changtong/audit-log/3f1c0a9e2b7d4c55 AAAAAc3x…   (key name, base64(key id || signature))

The signature covers the body exactly, newline included. The key id is the first 4 bytes of
SHA-256(key name || "\\n" || 0x01 || public key), 0x01 being signed-note's Ed25519 type, so a
signature by another key (or the same key under another name) is never mistaken for this one.
The origin line comes first, so a checkpoint signature cannot be replayed as any other message
the agency signs.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from contract.encoding import b64decode

ORIGIN_PREFIX = "changtong/audit-log/"
SIGNATURE_DASH = "\u2014"
MAX_NOTE_CHARS = 2000
_ORIGIN = re.compile(r"^changtong/audit-log/[0-9a-f]{16}$")
_TIME = re.compile(r"^time (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)$")
_ED25519 = b"\x01"


class CheckpointError(ValueError):
    """The text is not a checkpoint of this log, or its signature does not verify."""


def _public_raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def origin_for(public_key: Ed25519PublicKey) -> str:
    """The log's name is derived from its key: a new key is a new log, never the same log."""
    return ORIGIN_PREFIX + hashlib.sha256(_public_raw(public_key)).hexdigest()[:16]


def key_id(name: str, public_key: Ed25519PublicKey) -> bytes:
    return hashlib.sha256(
        name.encode("utf-8") + b"\n" + _ED25519 + _public_raw(public_key)
    ).digest()[:4]


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes
    time: datetime

    @property
    def root_hex(self) -> str:
        return self.root.hex()

    def body(self) -> str:
        stamp = self.time.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        root = base64.b64encode(self.root).decode("ascii")
        return f"{self.origin}\n{self.size}\n{root}\ntime {stamp}\n"


def sign(checkpoint: Checkpoint, key: Ed25519PrivateKey) -> str:
    """The signed note text, as served and as kiosks store it."""
    public = key.public_key()
    if checkpoint.origin != origin_for(public):
        raise ValueError("a checkpoint is signed only by the key its origin names")
    body = checkpoint.body()
    signature = key.sign(body.encode("utf-8"))
    blob = base64.b64encode(key_id(checkpoint.origin, public) + signature).decode("ascii")
    return f"{body}\n{SIGNATURE_DASH} {checkpoint.origin} {blob}\n"


def parse(note: str) -> tuple[Checkpoint, str, list[tuple[str, bytes]]]:
    """Splits a note into its checkpoint, signed body and signature lines, without verifying."""
    if not isinstance(note, str) or len(note) > MAX_NOTE_CHARS:
        raise CheckpointError("not a checkpoint note")
    body, sep, signatures = note.partition("\n\n")
    if not sep or not signatures.endswith("\n"):
        raise CheckpointError("a checkpoint note has a body, a blank line and signature lines")
    body += "\n"
    lines = body.split("\n")[:-1]
    if len(lines) != 4:
        raise CheckpointError("a checkpoint body has four lines: origin, size, root, time")
    origin, size_text, root_text, time_line = lines
    if not _ORIGIN.match(origin):
        raise CheckpointError("the origin does not name a Changtong audit log")
    if not size_text.isascii() or not size_text.isdigit() or len(size_text) > 18:
        raise CheckpointError("the tree size is not a decimal number")
    if size_text != str(int(size_text)):
        raise CheckpointError("the tree size has leading zeros")
    try:
        root = b64decode(root_text)
    except ValueError as exc:
        raise CheckpointError("the root hash is not base64") from exc
    if len(root) != 32:
        raise CheckpointError("the root hash is not 32 bytes")
    stamp = _TIME.match(time_line)
    if stamp is None:
        raise CheckpointError("the time line is not 'time YYYY-MM-DDTHH:MM:SSZ'")
    try:
        at = datetime.strptime(stamp.group(1), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError as exc:
        raise CheckpointError("the time is not a date") from exc
    found: list[tuple[str, bytes]] = []
    for line in signatures[:-1].split("\n"):
        parts = line.split(" ")
        if len(parts) != 3 or parts[0] != SIGNATURE_DASH:
            raise CheckpointError("a signature line is '— <name> <base64>'")
        try:  # strictly: one signature has one spelling, so a note has one text
            found.append((parts[1], b64decode(parts[2])))
        except ValueError as exc:
            raise CheckpointError("a signature is not base64") from exc
    return Checkpoint(origin, int(size_text), root, at), body, found


def verify(note: str, key: Ed25519PublicKey) -> Checkpoint:
    """The checkpoint, if the note carries a valid signature by `key` under the log's name;
    raises CheckpointError otherwise."""
    checkpoint, body, signatures = parse(note)
    if checkpoint.origin != origin_for(key):
        raise CheckpointError("the checkpoint is of another log (or signed with another key)")
    wanted = key_id(checkpoint.origin, key)
    for name, blob in signatures:
        if name != checkpoint.origin or blob[:4] != wanted or len(blob) != 68:
            continue
        try:
            key.verify(blob[4:], body.encode("utf-8"))
        except InvalidSignature:
            continue
        return checkpoint
    raise CheckpointError("no valid signature by the log's key")

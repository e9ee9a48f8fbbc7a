"""Signed files and notes have exactly one spelling: base64 that decodes to the same bytes in
another spelling (spare bits set, padding left off, spaces, the URL-safe alphabet) is refused,
so nobody can hand on an altered file whose signature still verifies."""

import base64
import json
import uuid
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from contract.bundle_format import (
    BundleItem,
    BundleTruncatedError,
    build_ack,
    build_bundle,
    read_ack,
    read_bundle,
)
from contract.checkpoint import Checkpoint, CheckpointError, origin_for, sign, verify
from contract.encoding import b64decode, b64encode
from contract.merkle import leaf_hash

KIOSK_KEY = Ed25519PrivateKey.generate()
AGENCY_BOX = X25519PrivateKey.generate()
AGENCY_SIGNER = Ed25519PrivateKey.generate()
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _respelled(text: str) -> str:
    """The same bytes to a lenient decoder: the last character's spare low bit set."""
    data = text.rstrip("=")
    assert len(data) % 4, "only text with padding has spare bits"
    last = ALPHABET[ALPHABET.index(data[-1]) ^ 1]
    other = data[:-1] + last + text[len(data) :]
    assert other != text and base64.b64decode(other) == base64.b64decode(text)
    return other


def _with_field(envelope: bytes, field: str, change) -> bytes:  # type: ignore[no-untyped-def]
    parsed = json.loads(envelope)
    parsed[field] = change(parsed[field])
    return json.dumps(parsed, separators=(",", ":")).encode() + b"\n"


@pytest.mark.parametrize(
    "text",
    ["AAE", "AAE=\n", " AAE=", "AA E=", "-_8=", "AAF=", "AAE==", "AAE=AAE=", "Ａ AE=", ""],
)
def test_only_the_canonical_spelling_decodes(text: str) -> None:
    if text == "":
        assert b64decode(text) == b""
        return
    with pytest.raises(ValueError):
        b64decode(text)


def test_canonical_text_round_trips() -> None:
    for data in (b"", b"\x00", b"\x00\x01", b"\xff\xfe\xfd", bytes(range(256))):
        assert b64decode(b64encode(data)) == data
    with pytest.raises(TypeError):
        b64decode(b"AAE=")


def _bundle() -> bytes:
    item = BundleItem(str(uuid.uuid4()), "claim", datetime(2026, 12, 1, tzinfo=UTC), {"a": 1})
    return build_bundle(
        [item],
        kiosk_id="kiosk-a",
        kiosk_signing_key=KIOSK_KEY,
        agency_public_key=AGENCY_BOX.public_key(),
    )


def test_a_bundle_with_its_signature_respelled_is_refused() -> None:
    bundle = _bundle()
    keys = {"agency_private_key": AGENCY_BOX, "kiosk_public_key": KIOSK_KEY.public_key()}
    assert len(read_bundle(bundle, **keys).items) == 1  # type: ignore[arg-type]
    respelled = _with_field(bundle, "signature", _respelled)
    with pytest.raises(BundleTruncatedError):
        read_bundle(respelled, **keys)  # type: ignore[arg-type]


def test_an_ack_with_its_signature_respelled_is_refused() -> None:
    ack = build_ack(
        kiosk_id="kiosk-a",
        bundle_id=str(uuid.uuid4()),
        acknowledged=[str(uuid.uuid4())],
        agency_signing_key=AGENCY_SIGNER,
    )
    public = AGENCY_SIGNER.public_key()
    assert read_ack(ack, agency_public_key=public, kiosk_id="kiosk-a").kiosk_id == "kiosk-a"
    respelled = _with_field(ack, "signature", _respelled)
    with pytest.raises(BundleTruncatedError):
        read_ack(respelled, agency_public_key=public, kiosk_id="kiosk-a")


def test_a_checkpoint_with_its_signature_respelled_is_refused() -> None:
    checkpoint = Checkpoint(
        origin_for(AGENCY_SIGNER.public_key()),
        5,
        leaf_hash(b"x"),
        datetime(2026, 12, 4, tzinfo=UTC),
    )
    note = sign(checkpoint, AGENCY_SIGNER)
    assert verify(note, AGENCY_SIGNER.public_key()).size == 5
    head, _, blob = note.rstrip("\n").rpartition(" ")
    with pytest.raises(CheckpointError, match="not base64"):
        verify(f"{head} {_respelled(blob)}\n", AGENCY_SIGNER.public_key())

"""Signed checkpoints: only the log's own key under the log's own name makes a valid one."""

from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from contract.checkpoint import Checkpoint, CheckpointError, origin_for, parse, sign, verify
from contract.merkle import leaf_hash

KEY = Ed25519PrivateKey.generate()
WHEN = datetime(2026, 12, 4, 15, 10, tzinfo=UTC)


def _note(size: int = 12, key: Ed25519PrivateKey = KEY) -> str:
    return sign(Checkpoint(origin_for(key.public_key()), size, leaf_hash(b"x"), WHEN), key)


def test_a_signed_checkpoint_reads_back() -> None:
    note = _note()
    checkpoint = verify(note, KEY.public_key())
    assert (checkpoint.size, checkpoint.root, checkpoint.time) == (12, leaf_hash(b"x"), WHEN)
    lines = note.split("\n")
    assert lines[0].startswith("changtong/audit-log/") and lines[1] == "12"
    assert lines[3] == "time 2026-12-04T15:10:00Z" and lines[4] == ""
    assert lines[5].startswith("\u2014 " + lines[0] + " ")


def test_another_key_or_an_edited_body_is_refused() -> None:
    other = Ed25519PrivateKey.generate()
    with pytest.raises(CheckpointError, match="another log"):
        verify(_note(key=other), KEY.public_key())
    edited = _note().replace("\n12\n", "\n13\n", 1)
    with pytest.raises(CheckpointError, match="no valid signature"):
        verify(edited, KEY.public_key())


@pytest.mark.parametrize(
    "mangle",
    [
        lambda n: n.replace("\n\n", "\n"),
        lambda n: n.replace("\n12\n", "\n012\n", 1),
        lambda n: n.replace("time ", "when ", 1),
        lambda n: "x" * 3000,
        lambda n: n.rstrip("\n"),
    ],
)
def test_malformed_notes_are_refused(mangle) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CheckpointError):
        parse(mangle(_note()))

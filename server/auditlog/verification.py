"""The auditor's check (`kiosk server verify-audit`): recompute the tree from the entry rows and
hold it against the log's own checkpoints and against checkpoints its kiosks witnessed.

The entry and checkpoint checks catch a careless edit. Someone who can write the database and
also holds the log key can recompute every leaf hash and re-sign every checkpoint; what they
cannot change is a checkpoint a kiosk already stored. So a witnessed checkpoint larger than the
log means its tail was cut, and one whose root differs from the root of the log's first n entries
means history was rewritten (RFC 9162 §8.1.4's split view, seen from the witness's side).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contract.checkpoint import Checkpoint, CheckpointError, parse
from contract.checkpoint import verify as verify_note
from contract.merkle import MerkleTree, leaf_hash
from server.models import AuditCheckpoint, AuditEntry


class Break(StrEnum):
    ENTRY_ALTERED = "entry_altered"
    ENTRY_REMOVED = "entry_removed"
    CHECKPOINT_UNSIGNED = "checkpoint_unsigned"
    TAIL_CUT = "tail_cut"
    HISTORY_REWRITTEN = "history_rewritten"


@dataclass(frozen=True)
class Report:
    ok: bool
    entries: int
    queued: int
    root: str
    checkpoints_checked: int
    witnesses_checked: int
    first_bad_entry: int | None = None
    kind: Break | None = None
    problem: str | None = None

    def broken(self, kind: Break, problem: str, entry: int | None = None) -> Report:
        return Report(
            False,
            self.entries,
            self.queued,
            self.root,
            self.checkpoints_checked,
            self.witnesses_checked,
            entry,
            kind,
            problem,
        )


def _entry_problem(entry: AuditEntry) -> str | None:
    try:
        body = json.loads(entry.body)
    except ValueError:
        return "its body is not JSON"
    if not isinstance(body, dict):
        return "its body is not an entry"
    columns = (entry.actor, entry.action, entry.subject, entry.at.isoformat())
    if (body.get("actor"), body.get("action"), body.get("subject"), body.get("at")) != columns:
        return "its columns differ from its hashed body"
    if entry.leaf_hash != leaf_hash(entry.body.encode("utf-8")).hex():
        return "its body no longer matches its leaf hash"
    return None


def _short(hex_root: str) -> str:
    return hex_root[:16]


def _open(note: str, log_key: Ed25519PublicKey | None) -> Checkpoint:
    return parse(note)[0] if log_key is None else verify_note(note, log_key)


def verify(
    session: Session, log_key: Ed25519PublicKey | None, witnessed: Sequence[str] = ()
) -> Report:
    """`witnessed`: signed checkpoint notes as kiosks stored them. Names the first disagreement:
    entries first (in log order), then the log's own checkpoints, then the witnessed ones.
    Without `log_key` (a quick check where the key is not at hand) signatures are not checked."""
    tree = MerkleTree()
    queued = session.execute(
        select(func.count()).select_from(AuditEntry).where(AuditEntry.leaf_index.is_(None))
    ).scalar_one()
    rows = session.execute(
        select(AuditEntry).where(AuditEntry.leaf_index.is_not(None)).order_by(AuditEntry.leaf_index)
    ).scalars()
    first_problem: tuple[Break, str, int] | None = None
    for entry in rows:
        index = tree.size
        if first_problem is None and entry.leaf_index != index:
            first_problem = (
                Break.ENTRY_REMOVED,
                f"entry {index} removed: the log goes from entry {index - 1} to {entry.leaf_index}",
                index,
            )
        problem = _entry_problem(entry)
        if first_problem is None and problem is not None:
            first_problem = (Break.ENTRY_ALTERED, f"entry {index} altered: {problem}", index)
        tree.append(leaf_hash(entry.body.encode("utf-8")))
        session.expunge(entry)
    checkpoints = list(
        session.execute(select(AuditCheckpoint).order_by(AuditCheckpoint.tree_size)).scalars()
    )
    report = Report(True, tree.size, queued, tree.root().hex(), len(checkpoints), len(witnessed))
    if first_problem is not None:
        kind, text, index = first_problem
        return report.broken(kind, text, index)
    for row in checkpoints:
        try:
            signed = _open(row.note, log_key)
        except CheckpointError as exc:
            return report.broken(
                Break.CHECKPOINT_UNSIGNED,
                f"the log's checkpoint at size {row.tree_size} does not verify: {exc}",
            )
        if (signed.size, signed.root_hex) != (row.tree_size, row.root_hash):
            return report.broken(
                Break.CHECKPOINT_UNSIGNED,
                f"the log's checkpoint at size {row.tree_size} differs from its signed note",
            )
        own = _against_tree(tree, signed.size, signed.root_hex, "the log's own checkpoint")
        if own is not None:
            return report.broken(*own)
    for note in witnessed:
        try:
            signed = _open(note, log_key)
        except CheckpointError as exc:
            return report.broken(
                Break.CHECKPOINT_UNSIGNED, f"a witnessed checkpoint does not verify: {exc}"
            )
        seen = _against_tree(tree, signed.size, signed.root_hex, "a kiosk witnessed a checkpoint")
        if seen is not None:
            return report.broken(*seen)
    return report


def _against_tree(
    tree: MerkleTree, size: int, root: str, who: str
) -> tuple[Break, str, int | None] | None:
    if size > tree.size:
        return (
            Break.TAIL_CUT,
            f"the log has {tree.size} entries but {who} at size {size}: tail cut",
            tree.size,
        )
    ours = tree.root(size).hex()
    if ours != root:
        return (
            Break.HISTORY_REWRITTEN,
            f"{who} at size {size} with root {_short(root)}… but the log's first {size} entries "
            f"hash to {_short(ours)}…: history rewritten",
            None,
        )
    return None


def witnessed_notes(text: str) -> list[str]:
    """The checkpoints in a witness file: one checkpoint as a heartbeat answers it (an object
    with "note"), a JSON list of them (`kiosk audit witnesses --json`), or a bare signed note."""
    stripped = text.lstrip()
    if not stripped.startswith(("{", "[")):
        return [text]
    data = json.loads(text)
    items = data if isinstance(data, list) else [data]
    notes = []
    for item in items:
        note = item.get("note") if isinstance(item, dict) else item
        if not isinstance(note, str):
            raise ValueError('each witnessed checkpoint is an object with a "note" string')
        notes.append(note)
    return notes

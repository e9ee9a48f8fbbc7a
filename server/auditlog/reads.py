"""What the log answers: its newest signed checkpoint and proofs against it.

Every read here takes the process's tree lock *before* opening its transaction, as the
sequencer does, so the two can never wait on each other in opposite order (on SQLite a
transaction holds the database's only write lock)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, sessionmaker

from contract.merkle import MerkleTree
from server.auditlog.tree import cached_tree
from server.db import transaction
from server.models import AuditCheckpoint, AuditEntry
from server.models.base import table_of

T = TypeVar("T")


class ProofUnavailable(ValueError):
    """The sizes asked for are not in the log (yet)."""


@dataclass(frozen=True)
class SignedHead:
    size: int
    root: str
    note: str


@dataclass(frozen=True)
class WitnessAnswer:
    """The checkpoint a kiosk gets, and the proof that it extends what the kiosk saw before."""

    head: SignedHead
    consistency_from: int
    consistency_proof: list[str]


@dataclass(frozen=True)
class Position:
    """Where an entry stands in the log, and a signed checkpoint that includes it."""

    leaf_index: int
    leaf_hash: str
    head: SignedHead
    inclusion_proof: list[str]


def _read(sessions: sessionmaker[Session], fn: Callable[[Session, MerkleTree], T]) -> T:
    with sessions() as probe:
        cached = cached_tree(probe)
    with cached.lock, transaction(sessions) as session:
        return fn(session, cached.sync(session))


def _head(session: Session, at_most: int | None = None) -> SignedHead | None:
    """The newest checkpoint, or the newest the synced tree covers: under READ COMMITTED another
    server process may commit a larger one between the sync and this query."""
    if at_most is None:
        row = session.execute(_NEWEST).first()
    else:
        row = session.execute(_NEWEST_UP_TO, {"at_most": at_most}).first()
    return None if row is None else SignedHead(row.tree_size, row.root_hash, row.note)


#: Built once, on the table: every heartbeat reads the newest checkpoint, and a statement built
#: through the ORM on every call cost a fifth of a heartbeat's request-thread time in building
#: and hashing its cache key (docs/benchmarks.md, sixth pass).
_checkpoints = table_of(AuditCheckpoint)
_NEWEST = (
    select(_checkpoints.c.tree_size, _checkpoints.c.root_hash, _checkpoints.c.note)
    .order_by(_checkpoints.c.tree_size.desc())
    .limit(1)
)
_NEWEST_UP_TO = _NEWEST.where(_checkpoints.c.tree_size <= bindparam("at_most"))


def latest(sessions: sessionmaker[Session]) -> SignedHead | None:
    with transaction(sessions) as session:
        return _head(session)


def consistency(sessions: sessionmaker[Session], first: int, second: int) -> list[str]:
    def prove(session: Session, tree: MerkleTree) -> list[str]:
        head = _head(session, tree.size)
        if head is None or not 0 <= first <= second <= min(head.size, tree.size):
            raise ProofUnavailable(f"no consistency proof from size {first} to size {second}")
        return [h.hex() for h in tree.consistency_proof(first, second)]

    return _read(sessions, prove)


def inclusion(sessions: sessionmaker[Session], index: int, size: int) -> tuple[str, list[str]]:
    def prove(session: Session, tree: MerkleTree) -> tuple[str, list[str]]:
        head = _head(session, tree.size)
        if head is None or not 0 <= index < size <= min(head.size, tree.size):
            raise ProofUnavailable(f"no entry {index} in a signed tree of size {size}")
        proof = [h.hex() for h in tree.inclusion_proof(index, size)]
        return tree.leaf(index).hex(), proof

    return _read(sessions, prove)


def newest_head(session: Session) -> SignedHead | None:
    """The newest signed checkpoint; one query, no tree lock, so any transaction may ask."""
    return _head(session)


def for_witness(
    sessions: sessionmaker[Session],
    witnessed_size: int | None,
    newest: SignedHead | None = None,
) -> WitnessAnswer | None:
    """The newest checkpoint and a consistency proof from the kiosk's last witnessed size. A
    kiosk that witnessed more than the log now holds gets no proof: the smaller size is itself
    the alarm.

    `newest`, the head the caller read in its own transaction (`newest_head`), spares every
    heartbeat a transaction of four queries under the tree lock: when this process's tree
    already holds that head's leaves and agrees with its root, the proof comes from memory.
    Otherwise (another process integrated since, or the rows disagree with the tree) the tree
    is synced with the database first, as without it."""
    start = witnessed_size or 0

    def answer(session: Session, tree: MerkleTree) -> WitnessAnswer | None:
        head = _head(session, tree.size)
        if head is None:
            return None
        if start > head.size or head.size > tree.size:
            return WitnessAnswer(head, start, [])
        return WitnessAnswer(
            head, start, [h.hex() for h in tree.consistency_proof(start, head.size)]
        )

    if newest is not None:
        with sessions() as probe:
            cached = cached_tree(probe)
        with cached.lock:
            tree = cached.tree
            if newest.size <= tree.size and tree.root(newest.size).hex() == newest.root:
                if start > newest.size:
                    return WitnessAnswer(newest, start, [])
                proof = tree.consistency_proof(start, newest.size)
                return WitnessAnswer(newest, start, [h.hex() for h in proof])
    return _read(sessions, answer)


def position(sessions: sessionmaker[Session], action: str, subject: str) -> Position | None:
    """The first integrated entry with this action and subject, under the newest checkpoint."""

    def find(session: Session, tree: MerkleTree) -> Position | None:
        head = _head(session, tree.size)
        row = session.execute(
            select(AuditEntry.leaf_index, AuditEntry.leaf_hash)
            .where(
                AuditEntry.action == action,
                AuditEntry.subject == subject,
                AuditEntry.leaf_index.is_not(None),
            )
            .order_by(AuditEntry.leaf_index)
            .limit(1)
        ).first()
        if head is None or row is None or row[0] is None:
            return None
        index = int(row[0])
        if not index < head.size <= tree.size:
            return None
        proof = [h.hex() for h in tree.inclusion_proof(index, head.size)]
        return Position(index, str(row[1]), head, proof)

    return _read(sessions, find)

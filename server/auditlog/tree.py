"""The tree in memory, kept in step with the database, one per engine and process.

Leaf hashes are the stored truth; the tree's interior hashes are recomputed from them when a
process starts, which costs one SHA-256 per leaf (docs/audit-log.md has the figures). After that
each sync reads only the leaves integrated since, by this or another server process.

If the newest stored checkpoint does not match what this process has (someone changed the
leaves under it, or another process integrated a batch and then lost it), the tree is rebuilt
from the rows: a server always serves what its database says, and it is the kiosks' witnessed
checkpoints that reveal a database rewritten behind its back.
"""

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from contract.merkle import MerkleTree
from server.models import AuditCheckpoint, AuditEntry


class CachedTree:
    def __init__(self) -> None:
        self.tree = MerkleTree()
        self.lock = threading.RLock()
        # A head that still disagrees after a rebuild (leaves and checkpoints tampered apart):
        # rebuilding again on every request would not change the answer.
        self._disagreeing: tuple[int, str] | None = None

    def sync(self, session: Session) -> MerkleTree:
        """Call with `lock` held. Reads the newest checkpoint first: its leaves committed with
        it, so the leaves read next include all of them."""
        head = session.execute(
            select(AuditCheckpoint.tree_size, AuditCheckpoint.root_hash)
            .order_by(AuditCheckpoint.tree_size.desc())
            .limit(1)
        ).first()
        self._extend(session)
        newest = session.execute(select(func.max(AuditEntry.leaf_index))).scalar()
        if (newest + 1 if newest is not None else 0) < self.tree.size:
            # Leaves this process integrated are gone from the database (cut by hand, or a
            # restore from backup): serve and extend what the database holds.
            self.tree = MerkleTree()
            self._extend(session)
        if head is not None:
            size, root = head
            if (size, root) != self._disagreeing and not self._agrees(size, root):
                self.tree = MerkleTree()
                self._extend(session)
                self._disagreeing = None if self._agrees(size, root) else (size, root)
        return self.tree

    def _agrees(self, size: int, root: str) -> bool:
        return size <= self.tree.size and self.tree.root(size).hex() == root

    def _extend(self, session: Session) -> None:
        rows = session.execute(
            select(AuditEntry.leaf_hash)
            .where(AuditEntry.leaf_index >= self.tree.size)
            .order_by(AuditEntry.leaf_index)
        ).scalars()
        for leaf in rows:
            self.tree.append(bytes.fromhex(leaf or ""))


_trees: weakref.WeakKeyDictionary[Engine, CachedTree] = weakref.WeakKeyDictionary()
_trees_lock = threading.Lock()


def cached_tree(session: Session) -> CachedTree:
    """This process's tree for the session's database; hold its `lock` while using it."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    with _trees_lock:
        cached = _trees.get(engine)
        if cached is None:
            cached = _trees[engine] = CachedTree()
    return cached


@contextmanager
def synced_tree(session: Session) -> Iterator[MerkleTree]:
    """The tree as this session's database holds it, for as long as the block runs."""
    cached = cached_tree(session)
    with cached.lock:
        yield cached.sync(session)


def forget(engine: Engine) -> None:
    """What a restart does: the next use rebuilds the tree from the rows."""
    with _trees_lock:
        _trees.pop(engine, None)

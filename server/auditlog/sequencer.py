"""The one writer of the tree: gives queued entries their leaf index, in queue order, and signs
a checkpoint for each batch.

Request transactions never wait for it. Several server processes on one PostgreSQL each start a
sequencer, but only one leads at a time: the leader holds a session-level advisory lock on a
connection of its own, the others stand by and try again every `standby_s`. When the leader's
process dies its connection closes, PostgreSQL releases the lock and a standby takes over. Each
batch also takes a transaction-level advisory lock, so even two leaders (a leader whose
connection broke and is not yet aware) give every leaf index once. On SQLite, one host, every
process leads and the database's single writer serializes them.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import weakref
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from contract.checkpoint import Checkpoint, sign
from contract.merkle import leaf_hash
from server.auditlog.keys import LogKey
from server.auditlog.tree import cached_tree
from server.db import transaction
from server.db_types import utcnow
from server.models import AuditCheckpoint, AuditEntry

log = logging.getLogger(__name__)

SEQUENCER_LOCK = (
    0x636C6F67  # "clog": the sequencers' advisory lock; request transactions never take it
)
LEADER_LOCK = 0x636C6472  # "cldr": held for as long as a process leads
BATCH = 2000


def _take_turn(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SEQUENCER_LOCK})


def _integrate_batch(
    sessions: sessionmaker[Session], key: LogKey, now: Callable[[], datetime]
) -> tuple[int, int]:
    """One transaction: up to BATCH queued entries, then a checkpoint if the tree grew (or has
    none yet). Returns (tree size, entries integrated)."""
    with sessions() as probe:
        cached = cached_tree(probe)
    with cached.lock:
        start: int | None = None
        try:
            with transaction(sessions) as session:
                _take_turn(session)
                tree = cached.sync(session)
                start = tree.size
                queued = session.execute(
                    select(AuditEntry)
                    .where(AuditEntry.leaf_index.is_(None))
                    .order_by(AuditEntry.seq)
                    .limit(BATCH)
                ).scalars()
                for entry in queued:
                    leaf = leaf_hash(entry.body.encode("utf-8"))
                    entry.leaf_index = tree.append(leaf)
                    entry.leaf_hash = leaf.hex()
                newest = session.execute(
                    select(AuditCheckpoint.tree_size)
                    .order_by(AuditCheckpoint.tree_size.desc())
                    .limit(1)
                ).scalar()
                if newest is None or newest < tree.size:
                    at = now().replace(microsecond=0)
                    root = tree.root()
                    note = sign(Checkpoint(key.origin, tree.size, root, at), key.private)
                    session.add(
                        AuditCheckpoint(
                            tree_size=tree.size, root_hash=root.hex(), signed_at=at, note=note
                        )
                    )
                size = tree.size
        except BaseException:
            if start is not None and cached.tree.size >= start:
                cached.tree.truncate(start)  # the batch did not commit: neither did its leaves
            raise
    return size, size - start


def integrate(
    sessions: sessionmaker[Session], key: LogKey, now: Callable[[], datetime] = utcnow
) -> int:
    """Integrates everything queued and committed by now; returns the tree size."""
    while True:
        size, added = _integrate_batch(sessions, key, now)
        if added < BATCH:
            return size


class Leadership:
    """Who runs the sequencer among the processes sharing one PostgreSQL database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._connection: Connection | None = None
        self.shared = engine.dialect.name == "postgresql"

    @property
    def leading(self) -> bool:
        return not self.shared or self._connection is not None

    def hold(self) -> bool:
        """Takes the lead if it is free, and checks a lead already held is still real (the
        connection may have broken, with the lock gone with it). Returns whether we lead."""
        if not self.shared:
            return True
        try:
            if self._connection is None:
                connection = self._engine.connect()
                taken = connection.execute(
                    text("SELECT pg_try_advisory_lock(:key)"), {"key": LEADER_LOCK}
                ).scalar()
                connection.commit()
                if not taken:
                    connection.close()
                    return False
                self._connection = connection
                log.info("audit sequencer: this process leads")
            else:
                self._connection.execute(text("SELECT 1"))
                self._connection.commit()
        except DBAPIError:
            log.warning("audit sequencer: lost the database; standing by")
            self.release()
            return False
        return True

    def release(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(DBAPIError):
                self._connection.close()  # closing the session releases the advisory lock
            self._connection = None


class Sequencer:
    """The server process's background sequencer. `wake` after a commit that queued entries;
    otherwise it looks every `interval_s` (entries queued by other processes, or a lost wake).
    A standby (another process leads) checks every `standby_s` whether the lead is free."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        key: LogKey,
        *,
        interval_s: float = 1.0,
        coalesce_s: float = 0.2,
        standby_s: float = 2.0,
    ) -> None:
        self.sessions = sessions
        self.key = key
        self.interval_s = interval_s
        self.coalesce_s = coalesce_s
        self.standby_s = standby_s
        engine = sessions.kw.get("bind")
        self.leadership = Leadership(engine) if isinstance(engine, Engine) else None
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def role(self) -> str:
        """`leader` or `standby`, for the readiness endpoint and the logs."""
        return "leader" if self.leadership is None or self.leadership.leading else "standby"

    def integrate(self) -> int:
        """Synchronously, for callers that need an entry's position now."""
        return integrate(self.sessions, self.key)

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        engine = self.sessions.kw.get("bind")
        if isinstance(engine, Engine):
            _running[engine] = self
        if self._thread is None or not self._thread.is_alive():
            self._stopping.clear()
            self._thread = threading.Thread(target=self._run, name="audit-sequencer", daemon=True)
            self._thread.start()

    def stop(self, timeout_s: float = 10.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None
        if self.leadership is not None:
            self.leadership.release()
        engine = self.sessions.kw.get("bind")
        if isinstance(engine, Engine) and _running.get(engine) is self:
            del _running[engine]

    def _run(self) -> None:
        while not self._stopping.is_set():
            if self.leadership is not None and not self.leadership.hold():
                self._stopping.wait(self.standby_s)
                continue
            # Let the commits of a burst gather, so a busy agency signs a few checkpoints a
            # second rather than one per audited request.
            self._stopping.wait(self.coalesce_s)
            self._wake.clear()
            try:
                self.integrate()
            except Exception:  # a database hiccup must not end the log; the next turn retries
                log.exception("audit sequencer failed; retrying")
            self._wake.wait(self.interval_s)


_running: weakref.WeakKeyDictionary[Engine, Sequencer] = weakref.WeakKeyDictionary()


def waker(session: Session) -> Callable[[], None] | None:
    """The wake-up of the sequencer running in this process for the session's database."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    sequencer = _running.get(engine)
    return None if sequencer is None else sequencer.wake

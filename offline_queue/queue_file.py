"""One open queue file: its engine, its data key and short transactions on it.

Both roles over the file (the submission queue and the field-staff bundle ledger) share one of
these, so they share one pool, one key check and one translation of database faults.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import DatabaseError

from offline_queue.errors import DataKeyError
from offline_queue.items import OutgoingItem
from offline_queue.limits import QueueLimits
from offline_queue.payload_crypto import PayloadCipher
from offline_queue.schema import queue_meta
from offline_queue.storage import open_queue_engine, translate_database_error

_T = TypeVar("_T")
_KEY_CHECK = "data_key_check"
_MAX_ERROR_CHARS = 300


class QueueFile:
    """Thread-safe: every transaction checks out its own pooled connection."""

    def __init__(
        self,
        path: Path | str,
        data_key: bytes,
        *,
        limits: QueueLimits | None = None,
        busy_timeout_ms: int = 5000,
        max_page_count: int | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path)
        self.limits = limits or QueueLimits()
        self.cipher = PayloadCipher(data_key)
        self.clock = clock
        self._engine: Engine = open_queue_engine(
            self.path, busy_timeout_ms=busy_timeout_ms, max_page_count=max_page_count
        )
        try:
            self._check_data_key()
        except BaseException:
            self._engine.dispose()
            raise

    @property
    def engine(self) -> Engine:
        """The file's connection pool, for tools that instrument it (fault injection, benches)."""
        return self._engine

    def close(self) -> None:
        self._engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """Every transaction, reads included, begins IMMEDIATE (see storage.py): reads are
        short, and a read that later writes can then never fail half-way on a lock upgrade."""
        try:
            with self._engine.begin() as connection:
                yield connection
        except DatabaseError as exc:
            raise translate_database_error(exc, self.path) from None

    def _check_data_key(self) -> None:
        with self.transaction() as connection:
            stored = connection.scalar(
                select(queue_meta.c.value).where(queue_meta.c.key == _KEY_CHECK)
            )
            if stored is None:
                connection.execute(
                    insert(queue_meta).values(key=_KEY_CHECK, value=self.cipher.key_check)
                )
            elif stored != self.cipher.key_check:
                raise DataKeyError(
                    f"The data key does not match the one the queue {self.path} was created with. "
                    "Restore the kiosk's secrets file; do not delete the queue."
                )

    def decrypted(
        self, reference: str, kind: str, created_at: float, payload: bytes, login: bytes | None
    ) -> OutgoingItem:
        return OutgoingItem(
            client_reference=reference,
            kind=kind,
            created_at=as_datetime(created_at),
            payload=self.cipher.decrypt(reference, payload),
            login=None if login is None else self.cipher.decrypt_login(reference, login),
        )


def as_datetime(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, tz=UTC)


def clip(text: str) -> str:
    """Error texts stored with an item are bounded: a server could answer at any length."""
    return text[:_MAX_ERROR_CHARS]


def chunks(values: list[_T], size: int) -> Iterator[list[_T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]

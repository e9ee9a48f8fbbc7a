"""The outbox: one queue file opened with its two roles.

`Outbox` is the submission queue (`SubmissionQueue`: enqueue, claim for sending, record what
became of an item, status) over a file it opens and closes; `outbox.bundles` is the field-staff
role (`BundleLedger`: what went into which bundle, the agency's acks). Callers that only send
and report use the queue methods directly; only bundle code reaches for `bundles`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from offline_queue.bundle_ledger import AckOutcome, BundleLedger
from offline_queue.errors import StorageError
from offline_queue.limits import QueueLimits
from offline_queue.queue_file import QueueFile
from offline_queue.submission_queue import SubmissionQueue


class Outbox(SubmissionQueue):
    """One open queue file. Thread-safe: every call checks out its own pooled connection."""

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
        file = QueueFile(
            path,
            data_key,
            limits=limits,
            busy_timeout_ms=busy_timeout_ms,
            max_page_count=max_page_count,
            clock=clock,
        )
        super().__init__(file)
        self.bundles = BundleLedger(file)

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def limits(self) -> QueueLimits:
        return self.file.limits

    @property
    def engine(self) -> Engine:
        return self.file.engine

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


__all__ = ["AckOutcome", "Outbox", "StorageError"]

"""Moves queued items to the agency: a background thread for the kiosk, `drain()` for the CLI.

Backoff after a failure is scheduled on the monotonic clock, so a wall clock corrected by an hour
neither stalls nor floods the sync; the per-item wall-clock due time stored in the queue is only
used leniently (see `SubmissionQueue.claim_due`).

Each item is checked before it joins a batch (`ItemCheck`): one that can never be valid is parked
as `rejected` with its reason instead of being sent. A batch the agency refuses as a whole for its
content (`BatchRefusedError`) is split in halves until the item at fault stands alone; it is
parked, and every other item goes through once. Whoever waits for one item's outcome
(`wait_settled`) is woken by the engine each time it records answers, instead of polling.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from offline_queue.backoff import BackoffPolicy
from offline_queue.errors import BatchRefusedError, StorageError, TransientUploadError
from offline_queue.items import (
    ItemOutcome,
    ItemProblem,
    ItemResult,
    ItemState,
    OutgoingItem,
    ResultKind,
)
from offline_queue.submission_queue import SubmissionQueue
from offline_queue.uploader import BatchUploader, ConnectivityProbe, ItemCheck

log = logging.getLogger(__name__)

#: Progress of a long drain: (items done, items there were to send when it started).
ProgressCallback = Callable[[int, int], None]


@dataclass(slots=True)
class DrainReport:
    batches: int = 0
    acknowledged: int = 0
    rejected: int = 0
    retried: int = 0
    offline: bool = False
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _BatchOutcome:
    claimed: int
    acknowledged: int = 0
    rejected: int = 0
    retried: int = 0
    error: str | None = None


@dataclass(slots=True)
class _Tally:
    answered: bool = False  # the agency answered at least one upload
    acknowledged: int = 0
    rejected: int = 0
    retried: int = 0
    error: str | None = None


class SyncEngine:
    """Owns one sync thread; `wake()` after an enqueue makes it send without waiting to poll."""

    def __init__(
        self,
        outbox: SubmissionQueue,
        uploader: BatchUploader,
        *,
        check: ItemCheck | None = None,
        probe: ConnectivityProbe | None = None,
        batch_size: int = 200,
        backoff: BackoffPolicy | None = None,
        idle_poll_s: float = 30.0,
        purge_every_s: float = 3600.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._outbox = outbox
        self._uploader = uploader
        self._check = check
        self._probe = probe
        self._batch_size = batch_size
        self._backoff = backoff or BackoffPolicy()
        self._idle_poll_s = idle_poll_s
        self._purge_every_s = purge_every_s
        self._purged_at: float | None = None
        self._monotonic = monotonic
        self._stop = threading.Event()
        self._wake = threading.Event()
        # Notified after every write that can end an item's `sending`; see `wait_settled`.
        self._settled = threading.Condition()
        self._thread: threading.Thread | None = None
        self._failures = 0
        self._retry_at = 0.0
        self._online = True

    @property
    def online(self) -> bool:
        """False from the first transient failure until an upload (or the probe) succeeds."""
        return self._online

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._outbox.recover_interrupted()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="offline-queue-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 30.0) -> bool:
        """Lets a batch in flight finish and be recorded, then ends the thread; True if it ended."""
        self._stop.set()
        self._wake.set()
        thread, self._thread = self._thread, None
        if thread is None:
            return True
        thread.join(timeout_s)
        return not thread.is_alive()

    def wake(self) -> None:
        self._wake.set()

    def wait_settled(self, reference: str, timeout_s: float) -> ItemOutcome | None:
        """Where the item stands once it is no longer being sent, or at the deadline.

        Whichever thread sends it (the background thread, or a caller's `drain`) records the
        agency's answer in the queue and then notifies; the state is read under the same lock, so
        an answer recorded between the read and the wait cannot be missed. Real time, not the
        engine's `monotonic`: this is a deadline for a waiting thread. None: no such item.
        """
        deadline = time.monotonic() + timeout_s
        with self._settled:
            while True:
                outcome = self._outbox.outcome(reference)
                if outcome is None or outcome.state is not ItemState.SENDING:
                    return outcome
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return outcome
                self._settled.wait(remaining)

    def _notify_settled(self) -> None:
        with self._settled:
            self._settled.notify_all()

    def drain(
        self,
        progress: ProgressCallback | None = None,
        *,
        recover: bool = True,
        waiting_too: bool = False,
    ) -> DrainReport:
        """Sends everything due, batch after batch, until done or the agency is unreachable.

        Ignores the in-process backoff. With `waiting_too`, items still waiting out their backoff
        are sent as well, each at most once per drain: field staff or a technician who asks for a
        sync now, at a kiosk whose network just came back, want a try now, not in ten minutes.
        """
        tried: set[str] | None = set() if waiting_too else None
        if recover and not self.running:
            self._outbox.recover_interrupted()
        total = self._outbox.health().depth
        report = DrainReport()
        done = 0
        if progress:
            progress(0, total)
        while not self._stop.is_set():
            outcome = self._send_one_batch(tried)
            if outcome.claimed == 0:
                break
            report.batches += 1
            report.acknowledged += outcome.acknowledged
            report.rejected += outcome.rejected
            report.retried += outcome.retried
            done += outcome.acknowledged + outcome.rejected
            if progress:
                progress(min(done, total), total)
            if outcome.error is not None:
                report.errors.append(outcome.error)
                report.offline = True
                break
        return report

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                wait_s = self._step()
            except StorageError as exc:
                log.error("offline queue storage fault: %s", exc.message)
                wait_s = self._schedule_retry()
            except Exception as exc:
                # Whatever went wrong, the thread must live on to send later; the type is
                # logged, never the message, which might quote a payload.
                log.error("offline queue sync step failed with %s", type(exc).__name__)
                wait_s = self._schedule_retry()
            self._wake.wait(wait_s)
            self._wake.clear()

    def _step(self) -> float:
        now = self._monotonic()
        if self._purged_at is None or now - self._purged_at >= self._purge_every_s:
            self._purged_at = now
            self._outbox.purge()
        if now < self._retry_at:
            return self._retry_at - now
        if not self._online and self._probe is not None:
            if not self._probe():
                return self._schedule_retry()
            # Reachable again: say so even when nothing is waiting to be sent, so the claimant's
            # offline banner goes away without a submission having to prove it first.
            self._online = True
            self._failures = 0
        outcome = self._send_one_batch()
        if outcome.error is not None:
            return self._schedule_retry()
        if outcome.claimed:
            return 0.0
        due_in = self._outbox.next_due_in(max_future_s=self._max_future_s)
        return self._idle_poll_s if due_in is None else min(due_in, self._idle_poll_s)

    def _schedule_retry(self) -> float:
        self._online = False
        self._failures += 1
        delay = self._backoff.delay(self._failures)
        self._retry_at = self._monotonic() + delay
        return delay

    @property
    def _max_future_s(self) -> float:
        return 2 * self._backoff.cap_s

    def _send_one_batch(self, tried: set[str] | None = None) -> _BatchOutcome:
        """`tried`, when given, means: due or not, skipping what this drain already sent."""
        items = self._outbox.claim_due(
            self._batch_size, max_future_s=self._max_future_s, regardless_of_backoff=tried
        )
        if not items:
            return _BatchOutcome(claimed=0)
        if tried is not None:
            tried.update(item.client_reference for item in items)
        tally = _Tally()
        try:
            sendable = self._park_invalid(items, tally)
            if sendable:
                self._deliver(sendable, tally)
        finally:
            self._notify_settled()
        if tally.error is not None:
            self._online = False
        elif tally.answered:
            self._failures = 0
            self._retry_at = 0.0
            self._online = True
        # Nothing sent (every item parked by the check): nothing learnt about the network.
        return _BatchOutcome(
            claimed=len(items),
            acknowledged=tally.acknowledged,
            rejected=tally.rejected,
            retried=tally.retried,
            error=tally.error,
        )

    def _park_invalid(self, items: list[OutgoingItem], tally: _Tally) -> list[OutgoingItem]:
        """Parks the items the check refuses; returns the others. A check that fails on an item
        lets it through: the agency's answer then decides, as it did before any check."""
        if self._check is None:
            return items
        problems: dict[str, ItemProblem] = {}
        for item in items:
            try:
                problem = self._check(item)
            except Exception as exc:
                log.error("item check failed with %s; sending the item", type(exc).__name__)
                problem = None
            if problem is not None:
                problems[item.client_reference] = problem
        if problems:
            log.warning(
                "parked %d items that can never be valid (%s)",
                len(problems),
                ", ".join(sorted({p.code for p in problems.values()})),
            )
            tally.rejected += self._outbox.record_invalid(problems)
        return [item for item in items if item.client_reference not in problems]

    def _deliver(self, items: list[OutgoingItem], tally: _Tally) -> None:
        """Uploads `items`, halving any batch the agency refuses as a whole, until each part is
        answered or stands alone; the answers of each part are recorded as soon as they come, so
        a crash mid-way resends only what was never answered. After a transient failure the
        parts not yet sent go back to `pending` with it, unsent."""
        parts = [items]
        while parts:
            part = parts.pop(0)
            references = {item.client_reference for item in part}
            if tally.error is not None:
                self._retry_later(references, tally.error, tally)
                continue
            try:
                results = self._uploader.upload(part)
                tally.answered = True
            except BatchRefusedError as exc:
                tally.answered = True
                if len(part) > 1:
                    log.warning(
                        "agency refused a batch of %d as a whole (%s); sending it in halves",
                        len(part),
                        exc.code,
                    )
                    half = len(part) // 2
                    parts[:0] = [part[:half], part[half:]]
                    continue
                # Refused even alone: this item is at fault, and sending it again changes nothing.
                results = [
                    ItemResult(
                        client_reference=part[0].client_reference,
                        result=ResultKind.REJECTED,
                        code=exc.code,
                        message=f"refused by the agency when sent alone: {exc.message}",
                    )
                ]
            except TransientUploadError as exc:
                tally.error = str(exc)
                self._retry_later(references, tally.error, tally)
                continue
            except Exception as exc:
                # An uploader bug must not kill the sync thread or leave items in `sending`;
                # the type is logged, never the message, which might quote a payload.
                log.error("uploader failed with %s", type(exc).__name__)
                tally.error = f"uploader error: {type(exc).__name__}"
                self._retry_later(references, tally.error, tally)
                continue
            answered = [result for result in results if result.client_reference in references]
            acked, rejected = self._outbox.record_results(answered)
            tally.acknowledged += acked
            tally.rejected += rejected
            unanswered = references - {result.client_reference for result in answered}
            if unanswered:
                self._outbox.record_transient_failure(
                    unanswered, "no result for this item in the batch answer", self._backoff.delay
                )
                tally.retried += len(unanswered)

    def _retry_later(self, references: set[str], error: str, tally: _Tally) -> None:
        self._outbox.record_transient_failure(references, error, self._backoff.delay)
        tally.retried += len(references)


__all__ = ["DrainReport", "ItemResult", "ProgressCallback", "SyncEngine"]

"""The kiosk's heartbeat: every interval, a snapshot of its health goes to the agency's fleet page.

A heartbeat is state, not an event. While the agency is unreachable only the newest snapshot is
kept (an hour-old paper status helps nobody) and the ones it replaced are counted as missed; the
newest is sent as soon as the agency answers again. So, unlike claims, heartbeats never enter the
offline queue and never compete with claims for it.

No Qt: the service owns one daemon thread with a clean `start()`/`stop()`, and reads the kiosk's
state only through the callables it is given, which return codes and counts, never personal data.
"""

import logging
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from config import Settings
from kiosk.api.errors import AgencyRejected, AgencyUnavailable, AuthenticationFailed
from kiosk.service.restarts import RestartRecord

log = logging.getLogger(__name__)

Paper = Literal["ok", "near_end", "out", "unknown"]
PAPER_VALUES: frozenset[str] = frozenset({"ok", "near_end", "out", "unknown"})
# The server's limits (server/schemas.py `Heartbeat`: strings are tokens of at most 64
# characters, counts at most 10^9): enforced here so that one odd device string never makes the
# whole heartbeat invalid.
_MAX_DEVICES, _MAX_NAME, _MAX_STATE, _MAX_VERSION, _MAX_ERROR = 16, 32, 64, 32, 64
_MAX_COUNT = 10**9
_NOT_TOKEN = re.compile(r"[^A-Za-z0-9._:+-]")


def _token(value: object, limit: int) -> str:
    return _NOT_TOKEN.sub("_", str(value))[:limit] or "unknown"


def _count(value: float) -> int:
    return min(max(0, int(value)), _MAX_COUNT)


@dataclass(frozen=True)
class QueueSnapshot:
    depth: int = 0
    oldest_age_s: int | None = None
    warning: bool = False


class HeartbeatSender(Protocol):
    """`AgencyClient` satisfies this; tests and the composition root may pass anything that does."""

    def heartbeat(self, beat: dict[str, Any]) -> object: ...


class LogWitness(Protocol):
    """The audit-log witness (`kiosk.witness.AuditWitness`): adds what it witnessed (and any
    alarm) to each beat, and checks the checkpoint the answer carries."""

    def heartbeat_fields(self) -> dict[str, Any]: ...

    def observe(self, answer: Mapping[str, Any] | None) -> object: ...

    def alarm_text(self) -> str | None: ...


@dataclass(frozen=True)
class HeartbeatSources:
    """Where each field comes from. Each callable must be cheap and thread-safe; one that raises
    is reported as the last error class and its field falls back to "unknown"."""

    devices: Callable[[], Mapping[str, str]]
    paper: Callable[[], str]
    queue: Callable[[], QueueSnapshot]
    last_error_class: Callable[[], str | None] = lambda: None
    # Seconds since the kiosk app started; by default, since this service was made, which the
    # composition root does at start-up.
    uptime_s: Callable[[], float] | None = None
    # Unclean stops of the kiosk service and the last one's reason (kiosk/service/restarts.py).
    restarts: Callable[[], RestartRecord] = RestartRecord


@dataclass(frozen=True)
class HeartbeatStatus:
    """What technician mode shows about the heartbeat itself."""

    sent: int
    missed: int
    consecutive_failures: int
    pending: bool
    last_sent_at: datetime | None
    last_problem: str | None
    # The audit-log alarm this kiosk raised (docs/audit-log.md), for technician mode.
    audit_alarm: str | None = None


class HeartbeatService:
    def __init__(
        self,
        sender: HeartbeatSender,
        sources: HeartbeatSources,
        *,
        app_version: str,
        interval_s: float = 60.0,
        retry_s: float | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        witness: LogWitness | None = None,
    ) -> None:
        """`retry_s` (default: a quarter of the interval, at least 1 s) is how soon an unsent
        heartbeat is tried again, so the fleet page sees a kiosk soon after its network returns."""
        if interval_s <= 0:
            raise ValueError("interval_s must be positive")
        self._sender = sender
        self._sources = sources
        self._app_version = _token(app_version, _MAX_VERSION)
        self.interval_s = interval_s
        self.retry_s = retry_s if retry_s is not None else max(1.0, interval_s / 4)
        self._monotonic = monotonic
        self._witness = witness
        self._started_at = monotonic()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._pending: dict[str, Any] | None = None
        self._sent = 0
        self._missed = 0
        self._failures = 0
        self._last_sent_at: datetime | None = None
        self._last_problem: str | None = None
        self._source_error: str | None = None

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        sender: HeartbeatSender,
        sources: HeartbeatSources,
        *,
        app_version: str,
        witness: LogWitness | None = None,
    ) -> "HeartbeatService":
        """Until settings have a heartbeat key of their own, the queue's sync interval is used:
        the two answer the same question, how soon the agency hears about this kiosk."""
        interval = settings.queue.sync_interval_s
        return cls(
            sender, sources, app_version=app_version, interval_s=float(interval), witness=witness
        )

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="heartbeat", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Returns once the thread has ended (a send in flight finishes first, bounded by the
        client's own timeouts)."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None

    def nudge(self) -> None:
        """Beat now: the network came back, or a technician pressed "sync now"."""
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def status(self) -> HeartbeatStatus:
        alarm = self._read(self._witness.alarm_text, None) if self._witness else None
        with self._lock:
            return HeartbeatStatus(
                sent=self._sent,
                missed=self._missed,
                consecutive_failures=self._failures,
                pending=self._pending is not None,
                last_sent_at=self._last_sent_at,
                last_problem=self._last_problem,
                audit_alarm=alarm,
            )

    # -- one beat ----------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """The heartbeat body (server schema `Heartbeat`), built from the sources."""
        self._source_error = None
        devices = self._read(self._sources.devices, {})
        paper = str(self._read(self._sources.paper, "unknown"))
        queue = self._read(self._sources.queue, QueueSnapshot())
        uptime = self._read(self._uptime, 0)
        last_error = self._read(self._sources.last_error_class, None) or self._source_error
        audit = self._read(self._witness.heartbeat_fields, {}) if self._witness else {}
        restarts = self._read(self._sources.restarts, RestartRecord())
        return {
            **audit,
            "app_version": self._app_version,
            "uptime_s": _count(uptime),
            "paper": paper if paper in PAPER_VALUES else "unknown",
            "devices": {
                _token(name, _MAX_NAME): _token(state, _MAX_STATE)
                for name, state in list(devices.items())[:_MAX_DEVICES]
            },
            "queue_depth": _count(queue.depth),
            "queue_oldest_age_s": None
            if queue.oldest_age_s is None
            else _count(queue.oldest_age_s),
            "queue_warning": bool(queue.warning),
            "last_error_class": None if last_error is None else _token(last_error, _MAX_ERROR),
            "restart_count": _count(restarts.count),
            "last_restart_reason": None
            if restarts.last_reason is None
            else _token(restarts.last_reason, _MAX_ERROR),
        }

    def _uptime(self) -> float:
        if self._sources.uptime_s is not None:
            return self._sources.uptime_s()
        return self._monotonic() - self._started_at

    def _read(self, source: Callable[[], Any], fallback: Any) -> Any:
        try:
            return source()
        except Exception as exc:  # a broken source must not stop the kiosk reporting the rest
            self._source_error = type(exc).__name__
            log.warning("heartbeat source failed: %s", type(exc).__name__)
            return fallback

    def beat(self, *, new_slot: bool = True) -> bool:
        """Takes a fresh snapshot and tries to send it once; returns whether the agency has it.

        `new_slot` is a scheduled beat: an unsent snapshot it replaces counts as missed. A retry
        (`new_slot=False`) also sends fresh data, since newer state is better state, but stands
        in for the same beat. Runs on the service's thread, or directly in tests."""
        fresh = self.snapshot()
        with self._lock:
            if self._pending is not None and new_slot:
                self._missed += 1
            self._pending = fresh
        try:
            answer = self._sender.heartbeat(fresh)
        except AuthenticationFailed as exc:
            return self._failed(exc.code, keep=True)  # enrolment or clock: a technician must look
        except AgencyRejected as exc:
            # The agency will never accept this body; resending it would only repeat the refusal.
            log.error("agency refused a heartbeat: %s", exc.code)
            return self._failed(exc.code, keep=False)
        except AgencyUnavailable as exc:
            return self._failed(exc.code, keep=True)
        with self._lock:
            if self._pending is fresh:
                self._pending = None
            self._sent += 1
            self._failures = 0
            self._last_sent_at = datetime.now(UTC)
            self._last_problem = None
        if self._witness is not None:
            self._witness_answer(self._witness, answer)
        return True

    def _witness_answer(self, witness: LogWitness, answer: object) -> None:
        """The answer's audit checkpoint goes to the witness; a fault there is logged, never
        allowed to stop the heartbeat."""
        checkpoint = getattr(answer, "audit_checkpoint", None)
        dump = getattr(checkpoint, "model_dump", None)
        if callable(dump):
            checkpoint = dump()
        try:
            witness.observe(checkpoint if isinstance(checkpoint, Mapping) else None)
        except Exception:
            log.exception("witnessing the audit checkpoint failed")

    def _failed(self, code: str, *, keep: bool) -> bool:
        with self._lock:
            self._failures += 1
            self._last_problem = code
            if not keep:
                self._pending = None
                self._missed += 1
        return False

    def _run(self) -> None:
        next_due = self._monotonic()
        while not self._stopping.is_set():
            now = self._monotonic()
            scheduled = now >= next_due
            if scheduled:
                next_due += self.interval_s * max(1, int((now - next_due) // self.interval_s) + 1)
            try:
                self.beat(new_slot=scheduled)
            except Exception:  # a bug must be visible in the log but must not end the heartbeat
                log.exception("heartbeat failed unexpectedly")
            wait = next_due - self._monotonic()
            if self.status().pending:
                wait = min(wait, self.retry_s)
            self._wake.wait(max(0.0, wait))
            self._wake.clear()

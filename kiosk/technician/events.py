"""What technicians do is written to an append-only local log and reported to the agency.

Both records hold the same event: when, what kind, and a few tokens of detail (a setting's key,
a device kind, a fault kind). Never a value a technician typed, never personal data: the agency's
endpoint refuses anything but short tokens, and `sanitise` enforces the same shape here first.

Events wait in a small file while the agency is unreachable (at most 500, oldest dropped first)
and go out in batches of 50 through the signed client when it answers again.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from config.saving import write_atomically
from contract.technician_events import TechnicianEventKind
from kiosk.api.errors import AgencyRejected, AgencyUnavailable, AuthenticationFailed

log = logging.getLogger(__name__)

EVENTS_PATH = "/api/v1/kiosks/events"
MAX_BATCH = 50
MAX_PENDING = 500
MAX_DETAIL_ITEMS = 16
MAX_VALUE = 64

EventKind = TechnicianEventKind
_NOT_KEY = re.compile(r"[^A-Za-z0-9._:+-]")
_NOT_VALUE = re.compile(r"[^A-Za-z0-9._:/+-]")


def sanitise(detail: Mapping[str, object]) -> dict[str, str]:
    """Shapes a detail map the way the agency accepts it: token keys, short token values."""
    clean: dict[str, str] = {}
    for key, value in list(detail.items())[:MAX_DETAIL_ITEMS]:
        name = _NOT_KEY.sub("_", str(key))[:64] or "key"
        clean[name] = _NOT_VALUE.sub("_", str(value))[:MAX_VALUE]
    return clean


@dataclass(frozen=True)
class TechnicianEvent:
    kind: EventKind
    at: datetime
    detail: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        return {"at": self.at.isoformat(), "kind": self.kind, "detail": dict(self.detail)}

    @classmethod
    def from_json(cls, raw: Mapping[str, object]) -> TechnicianEvent:
        detail = raw.get("detail") or {}
        if not isinstance(detail, Mapping):
            raise ValueError("detail must be a table")
        return cls(
            kind=str(raw["kind"]),  # type: ignore[arg-type]
            at=datetime.fromisoformat(str(raw["at"])),
            detail=sanitise(detail),
        )


class EventSender(Protocol):
    """`AgencyClient.request` fits."""

    def request(self, method: str, path: str, payload: object = None, *, retry: bool) -> object: ...


class TechnicianLog:
    """Append-only JSON lines; each line is flushed and synced before the action goes on."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def append(self, event: TechnicianEvent) -> None:
        line = json.dumps(event.as_json(), ensure_ascii=True, sort_keys=True) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, line.encode("ascii"))
                os.fsync(fd)
            finally:
                os.close(fd)

    def read(self) -> list[TechnicianEvent]:
        if not self.path.exists():
            return []
        events = []
        for line in self.path.read_text(encoding="ascii").splitlines():
            try:
                events.append(TechnicianEvent.from_json(json.loads(line)))
            except (ValueError, KeyError, TypeError):
                continue
        return events


@dataclass(frozen=True)
class ReportStatus:
    pending: int
    sent: int
    dropped: int
    last_problem: str | None


class EventReporter:
    """Keeps unsent events in `pending_path` and sends them when `flush()` finds the agency."""

    def __init__(
        self,
        pending_path: Path,
        sender: EventSender | None,
        *,
        max_pending: int = MAX_PENDING,
    ) -> None:
        self.pending_path = pending_path
        self.sender = sender
        self.max_pending = max_pending
        self._lock = threading.Lock()
        self._send_lock = threading.Lock()
        self._pending = self._load()
        self._sent = 0
        self._dropped = 0
        self._last_problem: str | None = None
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def _load(self) -> list[TechnicianEvent]:
        if not self.pending_path.exists():
            return []
        events = []
        try:
            lines = self.pending_path.read_text(encoding="ascii").splitlines()
        except (OSError, UnicodeDecodeError):
            log.warning("pending technician events unreadable; starting empty")
            return []
        for line in lines:
            try:
                events.append(TechnicianEvent.from_json(json.loads(line)))
            except (ValueError, KeyError, TypeError):
                continue
        return events[-self.max_pending :]

    def _save_locked(self) -> None:
        text = "".join(
            json.dumps(e.as_json(), ensure_ascii=True, sort_keys=True) + "\n" for e in self._pending
        )
        write_atomically(self.pending_path, text.encode("ascii"), mode=0o600)

    def add(self, event: TechnicianEvent) -> None:
        with self._lock:
            self._pending.append(event)
            overflow = len(self._pending) - self.max_pending
            if overflow > 0:
                del self._pending[:overflow]
                self._dropped += overflow
                log.warning(
                    "technician events: %d oldest dropped (limit %d)", overflow, self.max_pending
                )
            self._save_locked()
        self._wake.set()

    def pending(self) -> list[TechnicianEvent]:
        with self._lock:
            return list(self._pending)

    def status(self) -> ReportStatus:
        with self._lock:
            return ReportStatus(len(self._pending), self._sent, self._dropped, self._last_problem)

    def flush(self) -> int:
        """Sends what is pending, 50 at a time; returns how many the agency accepted.

        Stops at the first transient failure (the rest waits for the next flush). A batch the
        agency refuses as invalid can never succeed, so it is dropped and logged by code."""
        if self.sender is None:
            return 0
        accepted = 0
        with self._send_lock:
            while True:
                with self._lock:
                    batch = self._pending[:MAX_BATCH]
                if not batch:
                    break
                body = {"events": [event.as_json() for event in batch]}
                try:
                    self.sender.request("POST", EVENTS_PATH, body, retry=True)
                except (AgencyUnavailable, AuthenticationFailed) as exc:
                    with self._lock:
                        self._last_problem = exc.code
                    break
                except AgencyRejected as exc:
                    log.error("agency refused %d technician events: %s", len(batch), exc.code)
                    with self._lock:
                        self._last_problem = exc.code
                        self._dropped += len(batch)
                        self._remove_locked(batch)
                    continue
                with self._lock:
                    self._last_problem = None
                    self._sent += len(batch)
                    self._remove_locked(batch)
                accepted += len(batch)
        return accepted

    def _remove_locked(self, batch: list[TechnicianEvent]) -> None:
        sent = {id(event) for event in batch}
        self._pending = [event for event in self._pending if id(event) not in sent]
        self._save_locked()

    # -- background sending --------------------------------------------------------------

    def start(self, retry_s: float = 30.0) -> None:
        """A daemon thread flushes after every new event and retries every `retry_s`."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopping.clear()

        def run() -> None:
            while not self._stopping.is_set():
                try:
                    self.flush()
                except Exception:  # a bug must be visible but must not stop reporting
                    log.exception("technician event reporting failed unexpectedly")
                self._wake.wait(retry_s)
                self._wake.clear()

        self._thread = threading.Thread(target=run, name="technician-events", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None


class Recorder:
    """Writes each event to the local log and hands it to the reporter."""

    def __init__(
        self,
        technician_log: TechnicianLog,
        reporter: EventReporter,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.log = technician_log
        self.reporter = reporter
        self._now = now

    def record(self, kind: EventKind, **detail: object) -> TechnicianEvent:
        event = TechnicianEvent(kind, self._now().replace(microsecond=0), sanitise(detail))
        self.log.append(event)
        self.reporter.add(event)
        return event

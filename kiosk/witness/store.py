"""What this kiosk witnessed, kept as append-only JSON lines in its data directory.

Each line is one event: a checkpoint verified and consistent with the ones before, an alarm, or
a technician clearing an alarm. Nothing is ever rewritten, so the file is itself evidence: a
signed checkpoint that contradicts an earlier signed one proves the log forked, and is kept with
the alarm. A torn last line (power cut mid-write) is skipped on reading.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

FILE_NAME = "audit-witness.jsonl"


class AlarmKind(StrEnum):
    """Fork: a checkpoint the signed history cannot explain (an inconsistent proof, or the same
    size with another root). Shrunk: fewer entries than already witnessed (a cut tail)."""

    FORK = "fork"
    SHRUNK = "shrunk"


@dataclass(frozen=True)
class Witnessed:
    note: str
    size: int
    root: str
    witnessed_at: datetime

    def as_checkpoint(self) -> dict[str, Any]:
        """The form `kiosk server verify-audit --witness` reads: a checkpoint with its note."""
        return {
            "note": self.note,
            "size": self.size,
            "root": self.root,
            "witnessed_at": self.witnessed_at.isoformat(),
        }


@dataclass(frozen=True)
class Alarm:
    kind: AlarmKind
    witnessed_size: int
    seen_size: int
    since: datetime
    evidence: str  # the signed note that contradicted what was witnessed
    reason: str

    def heartbeat_field(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "witnessed_size": self.witnessed_size,
            "seen_size": self.seen_size,
            "since": self.since.isoformat(),
        }


def _witnessed(record: dict[str, Any]) -> Witnessed:
    return Witnessed(
        str(record["note"]),
        int(record["size"]),
        str(record["root"]),
        datetime.fromisoformat(record["witnessed_at"]),
    )


class WitnessStore:
    """`path` is the append-only history; the newest witnessed checkpoint is also kept in a small
    head file beside it, replaced atomically on every new checkpoint. The history takes a
    checkpoint at most every `history_every_s`: at a busy agency the log grows between any two
    heartbeats, and a line per heartbeat would fill a kiosk's disk (about 1 MB a day) for nothing,
    since the newest witnessed checkpoint already commits to everything before it."""

    def __init__(self, path: Path, *, history_every_s: float = 600.0) -> None:
        self.path = path
        self.head_path = path.with_name(path.stem + "-head.json")
        self.history_every_s = history_every_s
        self._lock = threading.Lock()

    @classmethod
    def in_dir(cls, data_dir: Path) -> WitnessStore:
        return cls(data_dir / FILE_NAME)

    def _write_head(self, record: dict[str, Any]) -> None:
        spare = self.head_path.with_suffix(".tmp")
        fd = os.open(spare, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(spare, self.head_path)

    def _head(self) -> Witnessed | None:
        try:
            record = json.loads(self.head_path.read_text("utf-8"))
            return _witnessed(record)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _append(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                os.write(fd, line.encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)

    def _records(self) -> list[dict[str, Any]]:
        try:
            text = self.path.read_text("utf-8")
        except FileNotFoundError:
            return []
        records = []
        for line in text.splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                records.append(record)
        return records

    def _history(self) -> list[Witnessed]:
        return [_witnessed(r) for r in self._records() if r.get("type") == "checkpoint"]

    def witnessed(self) -> list[Witnessed]:
        """The history, and the head if it is newer, in the order witnessed."""
        seen = self._history()
        head = self._head()
        if head is not None and (not seen or head.size > max(w.size for w in seen)):
            seen.append(head)
        return seen

    def latest(self) -> Witnessed | None:
        seen = self.witnessed()
        return max(seen, key=lambda w: w.size) if seen else None

    def alarm(self) -> Alarm | None:
        """The alarm raised and not yet cleared, if any (the first one: later ones repeat it)."""
        current: Alarm | None = None
        for r in self._records():
            if r.get("type") == "alarm" and current is None:
                current = Alarm(
                    AlarmKind(r["kind"]),
                    int(r["witnessed_size"]),
                    int(r["seen_size"]),
                    datetime.fromisoformat(r["since"]),
                    r.get("evidence", ""),
                    r.get("reason", ""),
                )
            elif r.get("type") == "alarm_cleared":
                current = None
        return current

    def record_checkpoint(self, note: str, size: int, root: str) -> Witnessed:
        at = datetime.now(UTC)
        record = {
            "type": "checkpoint",
            "note": note,
            "size": size,
            "root": root,
            "witnessed_at": at.isoformat(),
        }
        history = self._history()
        if not history or (at - history[-1].witnessed_at).total_seconds() >= self.history_every_s:
            self._append(record)
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._write_head(record)
        return Witnessed(note, size, root, at)

    def record_alarm(
        self, kind: AlarmKind, witnessed_size: int, seen_size: int, evidence: str, reason: str
    ) -> Alarm:
        at = datetime.now(UTC)
        self._append(
            {
                "type": "alarm",
                "kind": kind.value,
                "witnessed_size": witnessed_size,
                "seen_size": seen_size,
                "since": at.isoformat(),
                "evidence": evidence,
                "reason": reason,
            }
        )
        return Alarm(kind, witnessed_size, seen_size, at, evidence, reason)

    def clear_alarm(self, by: str) -> None:
        """After the agency has investigated; the alarm and its evidence stay in the file."""
        self._append({"type": "alarm_cleared", "by": by, "at": datetime.now(UTC).isoformat()})

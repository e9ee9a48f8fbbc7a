"""Why the kiosk last stopped, recorded by the unit's `ExecStopPost=` (`kiosk service record-stop`)
and reported in each heartbeat, so the fleet page shows a kiosk that keeps restarting and why.

systemd passes the outcome to `ExecStopPost=` in `$SERVICE_RESULT`, `$EXIT_CODE` and `$EXIT_STATUS`
(systemd.exec(5)); a run that ended as asked (`success`) is not a restart.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

FILE_NAME = "restarts.json"
_NOT_TOKEN = re.compile(r"[^A-Za-z0-9._:+-]")


@dataclass(frozen=True)
class RestartRecord:
    count: int = 0
    last_reason: str | None = None
    last_at: datetime | None = None


def stop_reason(environ: Mapping[str, str]) -> str | None:
    """A token for the fleet page: `watchdog`, `signal:SEGV`, `exit-code:1`, …; None for a clean
    stop or when not run by systemd."""
    result = environ.get("SERVICE_RESULT", "")
    if not result or result == "success":
        return None
    status = environ.get("EXIT_STATUS", "")
    reason = (
        f"{result}:{status}"
        if status and result in {"signal", "core-dump", "exit-code"}
        else result
    )
    return _NOT_TOKEN.sub("_", reason)[:64]


def read(data_dir: Path) -> RestartRecord:
    """A missing or damaged file reads as no restarts: the record is for people, never a reason for
    the kiosk not to start."""
    try:
        raw = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
        at = raw.get("last_at")
        return RestartRecord(
            count=max(0, int(raw.get("count", 0))),
            last_reason=None if raw.get("last_reason") is None else str(raw["last_reason"]),
            last_at=None if at is None else datetime.fromisoformat(at),
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return RestartRecord()


def record_stop(
    data_dir: Path, environ: Mapping[str, str], now: datetime | None = None
) -> RestartRecord:
    """Counts an unclean stop; a clean one leaves the record as it was. Written atomically (rename)
    since the machine may be going down."""
    previous = read(data_dir)
    reason = stop_reason(environ)
    if reason is None:
        return previous
    record = RestartRecord(previous.count + 1, reason, now or datetime.now(UTC))
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / FILE_NAME
    partial = target.with_suffix(".tmp")
    body = {**asdict(record), "last_at": record.last_at.isoformat() if record.last_at else None}
    partial.write_text(json.dumps(body), encoding="utf-8")
    os.chmod(partial, 0o600)
    os.replace(partial, target)
    return record

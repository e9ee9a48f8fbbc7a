"""How every process of ours logs: JSON lines, rotated, and scrubbed of personal data.

The redaction runs as a handler filter, so it sees every record that reaches a file or the
console, whichever logger produced it (ours, uvicorn's, SQLAlchemy's, a library's warning).
"""

import json
import logging
import logging.handlers
import re
import sys
import threading
import traceback
from collections.abc import Iterable
from pathlib import Path

REDACTED = "[redacted]"

# 18-character citizen ID (last may be X), old 15-digit IDs; not part of a longer digit run.
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])|(?<!\d)\d{15}(?!\d)")
# Mainland mobile numbers, with or without +86 and separators.
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)")
# A labelled name, in the forms our own code and common libraries write.
_LABELLED_NAME = re.compile(
    r"(姓名|name|holder|claimant_name)(\s*[:=：]\s*)(['\"]?)[^\s,;'\"}]+", re.I
)

# Structured fields whose values are personal whatever they look like.
SENSITIVE_FIELDS = frozenset(
    {
        "name",
        "full_name",
        "id_number",
        "ssn",
        "phone",
        "mobile",
        "pin",
        "otp",
        "code",
        "address",
        "card_number",
    }
)

_STANDARD_ATTRS = frozenset(vars(logging.makeLogRecord({}))) | {
    "message",
    "asctime",
    "taskName",
    "color_message",
}


class SensitiveValues:
    """Values known to be personal for the current session (the claimant's name, say).

    Names have no pattern a regex could find, so the session registers them when it learns them
    and forgets them when it ends; until then every log line is scrubbed of them.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: set[str] = set()

    def remember(self, *values: str | None) -> None:
        with self._lock:
            self._values.update(v for v in values if v and len(v) >= 2)

    def forget_all(self) -> None:
        with self._lock:
            self._values.clear()

    def snapshot(self) -> list[str]:
        with self._lock:
            return sorted(self._values, key=len, reverse=True)


sensitive_values = SensitiveValues()


def redact(text: str, extra_values: Iterable[str] = ()) -> str:
    for value in [*sensitive_values.snapshot(), *extra_values]:
        text = text.replace(value, REDACTED)
    text = _ID_NUMBER.sub(REDACTED, text)
    text = _MOBILE.sub(REDACTED, text)
    return _LABELLED_NAME.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}{REDACTED}", text)


def _redact_value(key: str, value: object) -> object:
    if key.lower() in SENSITIVE_FIELDS:
        return REDACTED
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: _redact_value(str(k), v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_redact_value(key, v) for v in value]
    return value


class RedactionFilter(logging.Filter):
    """Rewrites the record in place: message, arguments, traceback, stack and extra fields."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not let raw arguments through
            message = f"{record.msg!s} (unformattable arguments dropped)"
        record.msg = redact(message)
        record.args = None
        if record.exc_info:
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip())
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        for key in list(vars(record)):
            if key not in _STANDARD_ATTRS:
                setattr(record, key, _redact_value(key, getattr(record, key)))
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line so logs can be searched and shipped without parsing prose."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}",
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRS:
                entry[key] = value
        if record.exc_text:
            entry["exc"] = record.exc_text
        if record.stack_info:
            entry["stack"] = record.stack_info
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging(
    log_dir: Path | None,
    *,
    level: str = "INFO",
    max_bytes: int = 5_000_000,
    backups: int = 5,
    filename: str = "kiosk.log",
    console: bool = True,
) -> None:
    """Replaces the root handlers; every handler gets the redaction filter before its formatter."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    handlers: list[logging.Handler] = []
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                log_dir / filename, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
            )
        )
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.addFilter(RedactionFilter())
        handler.setFormatter(JsonFormatter())
        root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    # uvicorn installs its own handlers unless told otherwise; route them through ours.
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        lib_logger = logging.getLogger(name)
        lib_logger.handlers.clear()
        lib_logger.propagate = True

"""Cuts the scanner's byte stream into scans (docs/devices.md, "2D barcode scanner").

A scanner in serial mode (RS-232, or USB-CDC which looks the same to the host) sends each code it
decodes as plain bytes followed by its configured suffix: CR from the factory on most kiosk
models, CR LF, LF or TAB on others, or nothing at all. The framer accepts any of CR, LF and
CR LF as the end of a scan whatever the setting (a technician who set the scanner to CR LF and
the kiosk to CR must not get an empty scan, or a scan glued to the next), TAB only when told,
and with suffix "none" ends a scan when the line has been quiet for `gap_s`.

Robustness: bytes beyond `MAX_SCAN_BYTES` without an end are a code no QR version holds (or a
line stuck sending): they are dropped up to the next end and counted, never handed on half.
Text is UTF-8 (what QR codes in China carry today), else GB18030 (older scanners re-encode);
undecodable bytes are counted and dropped. Empty scans (a lone suffix) are ignored.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

# A version 40 QR code holds at most 2953 bytes; with room for a scanner's prefix and AIM id.
MAX_SCAN_BYTES = 3072
DEFAULT_GAP_S = 0.08


class Suffix(enum.StrEnum):
    CR = "cr"
    CRLF = "crlf"
    LF = "lf"
    TAB = "tab"
    NONE = "none"


@dataclass(frozen=True)
class Scan:
    """One decoded code. The text may be a credential (an e-card code): never logged."""

    text: str = field(repr=False)

    @property
    def length(self) -> int:
        return len(self.text)


class ScanFramer:
    def __init__(self, suffix: Suffix = Suffix.CR, *, gap_s: float = DEFAULT_GAP_S) -> None:
        self.suffix = suffix
        self.gap_s = gap_s
        self._buffer = bytearray()
        self._last_byte_at: float | None = None
        self._skip_lf = False  # a CR ended the last scan: an LF right after it belongs to it
        self._overflowing = False
        self.dropped_scans = 0  # too long, or not text
        self._ends = b"\r\n\t" if suffix is Suffix.TAB else b"\r\n"

    def feed(self, data: bytes, now: float) -> list[Scan]:
        """The scans completed by `data` (received at `now`, monotonic seconds), in order."""
        scans = self.flush_if_quiet(now) if data else []
        for byte in data:
            if self._skip_lf:
                self._skip_lf = False
                if byte == 0x0A:
                    continue
            if self.suffix is not Suffix.NONE and byte in self._ends:
                self._skip_lf = byte == 0x0D
                scan = self._finish()
                if scan is not None:
                    scans.append(scan)
                continue
            if self._overflowing:
                continue
            self._buffer.append(byte)
            if len(self._buffer) > MAX_SCAN_BYTES:
                self._overflowing = True
                self._buffer.clear()
        if data:
            self._last_byte_at = now
        return scans

    def flush_if_quiet(self, now: float) -> list[Scan]:
        """With suffix "none": the scan in progress once the line has been quiet for `gap_s`."""
        if self.suffix is not Suffix.NONE or self._last_byte_at is None:
            return []
        if now - self._last_byte_at < self.gap_s:
            return []
        self._last_byte_at = None
        scan = self._finish()
        return [scan] if scan is not None else []

    @property
    def pending(self) -> bool:
        return bool(self._buffer) or self._overflowing

    def clear(self) -> None:
        self._buffer.clear()
        self._overflowing = False
        self._skip_lf = False
        self._last_byte_at = None

    def _finish(self) -> Scan | None:
        raw, overflowed = bytes(self._buffer), self._overflowing
        self._buffer.clear()
        self._overflowing = False
        if overflowed:
            self.dropped_scans += 1
            return None
        if not raw:
            return None
        text = _decode(raw)
        if text is None or not text.strip():
            self.dropped_scans += 1 if text is None else 0
            return None
        return Scan(text)


def _decode(raw: bytes) -> str | None:
    for encoding in ("utf-8", "gb18030"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if all(ch.isprintable() or ch == " " for ch in text):
            return text
    return None

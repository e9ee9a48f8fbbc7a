"""Real-time status (`DLE EOT n`, escpos.md §6): one byte, valid iff (b & 0x93) == 0x12."""

from __future__ import annotations

from dataclasses import dataclass

from devices.printer import faults

DLE_EOT = b"\x10\x04"
PRINTER, OFFLINE_CAUSE, ERROR_CAUSE, ROLL_PAPER = 1, 2, 3, 4
QUERIES = (PRINTER, OFFLINE_CAUSE, ROLL_PAPER)


def valid(reply: int | None) -> bool:
    return reply is not None and (reply & 0x93) == 0x12


@dataclass(frozen=True)
class PrinterStatus:
    """`known=False` when any query went unanswered or failed the mask."""

    known: bool
    offline: bool = False
    cover_open: bool = False
    paper_out: bool = False
    near_end: bool = False
    error: bool = False

    @property
    def ready(self) -> bool:
        return self.known and not (self.offline or self.cover_open or self.paper_out or self.error)

    def fault(self) -> faults.PrinterFault | None:
        """The most specific reason not to print, most actionable first."""
        if not self.known:
            return faults.PrinterStatusUnknown("no valid DLE EOT reply")
        if self.paper_out:
            return faults.PaperOut()
        if self.cover_open:
            return faults.CoverOpen()
        if self.error:
            return faults.PrinterError()
        if self.offline:
            return faults.PrinterOffline()
        return None

    def summary(self) -> str:
        if not self.known:
            return "unknown"
        flags = [
            name
            for name, on in (
                ("offline", self.offline),
                ("cover_open", self.cover_open),
                ("paper_out", self.paper_out),
                ("near_end", self.near_end),
                ("error", self.error),
            )
            if on
        ]
        return ",".join(flags) or "ok"


def decode(replies: dict[int, int | None]) -> PrinterStatus:
    """Replies to n = 1, 2, 4 (None: no answer) -> status."""
    if not all(valid(replies.get(n)) for n in QUERIES):
        return PrinterStatus(known=False)
    printer = replies[PRINTER] or 0
    cause = replies[OFFLINE_CAUSE] or 0
    paper = replies[ROLL_PAPER] or 0
    return PrinterStatus(
        known=True,
        offline=bool(printer & 0x08),
        cover_open=bool(cause & 0x04),
        paper_out=bool(cause & 0x20) or (paper & 0x60) == 0x60,
        near_end=(paper & 0x0C) == 0x0C,
        error=bool(cause & 0x40),
    )

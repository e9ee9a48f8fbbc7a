"""Typed printer faults: each one is a reason not to start (or to distrust) a receipt."""

from __future__ import annotations

from dataclasses import dataclass

from devices.faults import DeviceFault


@dataclass(frozen=True)
class JobProgress:
    """How far a job got before the printer stopped it: lines (and bytes) actually sent."""

    lines_sent: int
    lines_total: int
    bytes_sent: int
    bytes_total: int

    def words(self) -> str:
        return f"stopped after line {self.lines_sent} of {self.lines_total}; the rest was not sent"


class PrinterFault(DeviceFault):
    kind = "printer_fault"
    message = "The receipt printer reported a fault."
    # Set when the fault stopped a job part-way (`during_job`); None before a job started.
    progress: JobProgress | None = None

    def during_job(self, progress: JobProgress) -> PrinterFault:
        """The same kind of fault, saying how far the job got."""
        stopped = type(self)(progress.words())
        stopped.progress = progress
        return stopped


class PrinterNotConnected(PrinterFault):
    kind = "printer_not_connected"
    message = "The receipt printer is not connected."


class PaperOut(PrinterFault):
    kind = "paper_out"
    message = "The receipt printer is out of paper."


class CoverOpen(PrinterFault):
    kind = "cover_open"
    message = "The receipt printer cover is open."


class PrinterOffline(PrinterFault):
    kind = "printer_offline"
    message = "The receipt printer is offline."


class PrinterError(PrinterFault):
    """Cutter or other mechanical error (DLE EOT 2 bit 6, DLE EOT 3)."""

    kind = "printer_error"
    message = "The receipt printer has an error."


class PrinterStatusUnknown(PrinterFault):
    """No answer, or a byte failing the status mask: never assume "OK" (escpos.md §6)."""

    kind = "printer_status_unknown"
    message = "The receipt printer does not report its status."


class BadPrinterUri(PrinterFault):
    kind = "bad_printer_uri"
    message = "The printer address is not understood."

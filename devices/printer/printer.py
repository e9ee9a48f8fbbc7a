"""Printing a receipt with status checks before, during and after (escpos.md §6).

Before: paper end, cover open, offline, error or an unknown status mean "do not start" (the
flow shows the on-screen receipt instead). During: the job goes out a printed line at a time and
the status is asked between lines, so paper running out stops the job at that line instead of
pouring the rest into a printer that cannot print it; the fault says how far it got. After: a
paper end or error means the receipt may be incomplete; near end is a warning for the kiosk
heartbeat, not a failure.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from devices.printer import status as rt
from devices.printer.escpos import EscPosJob
from devices.printer.faults import JobProgress, PrinterFault, PrinterStatusUnknown
from devices.printer.receipt import PAPER_80MM, Paper, Receipt
from devices.printer.render_escpos import receipt_job
from devices.printer.status import PrinterStatus
from devices.printer.transports import PrinterTransport
from devices.printer.uri import open_transport
from devices.thread_guard import blocking_io

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PrintOutcome:
    bytes_sent: int
    before: PrinterStatus
    after: PrinterStatus

    @property
    def near_end(self) -> bool:
        return self.before.near_end or self.after.near_end


def query_status(transport: PrinterTransport, timeout_s: float = 0.5) -> PrinterStatus:
    if not transport.has_status:
        return PrinterStatus(known=False)
    replies = {n: transport.query(n, timeout_s) for n in rt.QUERIES}
    return rt.decode(replies)


class ReceiptPrinter:
    def __init__(
        self,
        uri: str,
        *,
        paper: Paper = PAPER_80MM,
        native_qr: bool = True,
        partial_cut: bool = False,
        chinese_mode_commands: bool = False,
        require_status: bool = True,
        status_timeout_s: float = 0.5,
        open_transport_fn: Callable[[str], PrinterTransport] = open_transport,
    ) -> None:
        self.uri = uri
        self.paper = paper
        self.native_qr = native_qr
        self.partial_cut = partial_cut
        self.chinese_mode_commands = chinese_mode_commands
        # Only a one-way transport (file:) may be used without status, and only by choice.
        self.require_status = require_status
        self.status_timeout_s = status_timeout_s
        self._open = open_transport_fn

    @blocking_io
    def status(self) -> PrinterStatus | PrinterFault:
        try:
            transport = self._open(self.uri)
        except PrinterFault as fault:
            return fault
        try:
            return query_status(transport, self.status_timeout_s)
        except PrinterFault as fault:
            return fault
        finally:
            transport.close()

    def render(self, receipt: Receipt) -> bytes:
        return self.render_job(receipt).data

    def render_job(self, receipt: Receipt) -> EscPosJob:
        return receipt_job(
            receipt,
            self.paper,
            native_qr=self.native_qr,
            partial_cut=self.partial_cut,
            chinese_mode_commands=self.chinese_mode_commands,
        )

    def print_receipt(self, receipt: Receipt) -> PrintOutcome | PrinterFault:
        return self.print_bytes(self.render_job(receipt))

    @blocking_io
    def print_bytes(self, job: bytes | EscPosJob) -> PrintOutcome | PrinterFault:
        """Plain bytes go out in one piece (nothing marks where a line ends); an `EscPosJob`
        goes out line by line with the paper checked between lines."""
        if isinstance(job, bytes):
            job = EscPosJob(job)
        try:
            transport = self._open(self.uri)
        except PrinterFault as fault:
            return fault
        try:
            before = query_status(transport, self.status_timeout_s)
            refusal = before.fault()
            if refusal is not None and (
                self.require_status or not isinstance(refusal, PrinterStatusUnknown)
            ):
                log.info("printer not ready: %s", before.summary())
                return refusal
            stopped = self._send_lines(transport, job)
            if stopped is not None:
                return stopped
            after = query_status(transport, self.status_timeout_s)
            log.info("printed %d bytes; status after: %s", len(job.data), after.summary())
            if after.known and (after.paper_out or after.error):
                ended = after.fault() or PrinterStatusUnknown()
                lines = len(job.chunks())
                return ended.during_job(JobProgress(lines, lines, len(job.data), len(job.data)))
            return PrintOutcome(len(job.data), before, after)
        except PrinterFault as fault:
            return fault
        finally:
            transport.close()

    def _send_lines(self, transport: PrinterTransport, job: EscPosJob) -> PrinterFault | None:
        """Writes the job a line at a time; the first fault the printer reports between lines
        stops it there. A silent status mid-job does not: the check after the job judges it."""
        chunks = job.chunks()
        sent = 0
        for index, chunk in enumerate(chunks, start=1):
            transport.write(chunk)
            sent += len(chunk)
            if index == len(chunks) or not transport.has_status:
                continue
            during = query_status(transport, self.status_timeout_s)
            fault = during.fault() if during.known else None
            if fault is not None:
                progress = JobProgress(index, len(chunks), sent, len(job.data))
                log.info("printing stopped: %s; %s", during.summary(), progress.words())
                return fault.during_job(progress)
        return None

"""The flow's PrinterPort over devices.printer.

The receipt is built from the flow's already-masked ReceiptContent; the printer's layout masks
again, so a full name can never reach paper whoever calls this. The printer's status is asked
before and after every job (ReceiptPrinter does both); the last paper state is kept for the
heartbeat.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from devices.printer import faults as dev
from devices.printer.escpos import EscPosBuilder, gb18030_is_two_byte_safe
from devices.printer.printer import PrintOutcome, ReceiptPrinter
from devices.printer.raster import text_image, to_raster
from devices.printer.receipt import PAPERS, Receipt, wrap
from devices.thread_guard import blocking_io
from kiosk.adapters import receipt_text as words
from kiosk.domain.faults import PrinterFault
from kiosk.domain.language import Language
from kiosk.flow.effects import GuideDocument, ReceiptContent

log = logging.getLogger(__name__)


def printer_fault(fault: dev.PrinterFault) -> PrinterFault:
    if isinstance(fault, dev.PaperOut):
        return PrinterFault.OUT_OF_PAPER
    if isinstance(fault, dev.CoverOpen):
        return PrinterFault.COVER_OPEN
    if isinstance(fault, dev.PrinterOffline | dev.PrinterNotConnected):
        return PrinterFault.OFFLINE
    return PrinterFault.FAILED


def receipt_model(content: ReceiptContent, kiosk_id: str, issued_at: datetime) -> Receipt:
    items: list[tuple[str, str]] = [("办理结果", words.DELIVERY[content.delivery])]
    if content.course_name:
        items.append(("培训课程", content.course_name))
    if content.verification_code:
        items.append(("查询码", content.verification_code))
    korean: tuple[str, ...] = ()
    if content.language is Language.KO:
        korean = (words.TITLE_KO[content.kind], words.DELIVERY_KO[content.delivery])
    return Receipt(
        reference=content.reference,
        holder_name=content.masked_name,
        # Already masked by the flow (2224**********002X); the layout's own mask leaves it so.
        id_number=content.masked_id_number,
        # A claim still on this kiosk has no verification code, hence no status link yet; the
        # QR then carries the bare reference, which staff and 12333 can look up.
        status_url=content.qr_text or content.reference,
        issued_at=issued_at,
        kiosk_id=kiosk_id,
        title=words.TITLE[content.kind],
        items=tuple(items),
        footer=Receipt.footer if content.qr_text else words.NO_QR_FOOTER,
        korean_lines=korean,
    )


class PrinterAdapter:
    def __init__(
        self,
        printer: ReceiptPrinter | None,
        kiosk_id: str,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        """`printer=None`: no printer configured; every job fails and the QR stays on screen."""
        self._printer = printer
        self._kiosk_id = kiosk_id
        self._clock = clock
        self._lock = threading.Lock()
        self._paper = "unknown"

    @classmethod
    def from_uri(cls, uri: str | None, paper_width_mm: int, kiosk_id: str) -> PrinterAdapter:
        if uri is None:
            return cls(None, kiosk_id)
        return cls(ReceiptPrinter(uri, paper=PAPERS[str(paper_width_mm)]), kiosk_id)

    def paper(self) -> str:
        """ok, near_end, out or unknown: the last state a job saw, for the heartbeat."""
        with self._lock:
            return self._paper

    @blocking_io
    def print_receipt(self, receipt: ReceiptContent) -> PrinterFault | None:
        if self._printer is None:
            return PrinterFault.OFFLINE
        model = receipt_model(receipt, self._kiosk_id, self._clock())
        return self._outcome(self._printer.print_receipt(model))

    @blocking_io
    def print_guide(self, document: GuideDocument, language: Language) -> PrinterFault | None:
        if self._printer is None:
            return PrinterFault.OFFLINE
        job = guide_bytes(words.guide_lines(document, language), self._printer)
        return self._outcome(self._printer.print_bytes(job))

    def _outcome(self, outcome: PrintOutcome | dev.PrinterFault) -> PrinterFault | None:
        if isinstance(outcome, dev.PrinterFault):
            log.info("print failed: %s", outcome.kind)
            with self._lock:
                self._paper = "out" if isinstance(outcome, dev.PaperOut) else self._paper
            return printer_fault(outcome)
        with self._lock:
            self._paper = "near_end" if outcome.near_end else "ok"
        return None


def guide_bytes(lines: tuple[str, ...], printer: ReceiptPrinter) -> bytes:
    """A plain text sheet; lines the printer's GB18030 font lacks (Korean) go out as raster."""
    paper = printer.paper
    out = EscPosBuilder(chinese_mode_commands=printer.chinese_mode_commands).initialise()
    for index, text in enumerate(lines):
        scale = 2 if index == 0 else 1
        out.align("centre" if index == 0 else "left").size(scale, scale)
        for line in wrap(text, paper.columns // scale, "  "):
            if gb18030_is_two_byte_safe(line):
                out.text_line(line)
            else:
                out.raster(*to_raster(text_image(line, paper.dots, scale)))
        out.size(1, 1)
    return out.align("left").cut(partial=printer.partial_cut).build()

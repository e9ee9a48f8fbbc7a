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
from devices.printer.receipt import PAPERS, Receipt, balanced_wrap, wrap
from devices.thread_guard import blocking_io
from kiosk.adapters import receipt_text as words
from kiosk.adapters.appointment_receipt_text import appointment_receipt_model
from kiosk.adapters.complaint_receipt_text import complaint_receipt_model
from kiosk.adapters.notice_paper import notice_model
from kiosk.adapters.service_receipt_text import service_receipt_model
from kiosk.domain.faults import PrinterFault
from kiosk.domain.language import Language
from kiosk.flow.appointment_types import AppointmentReceipt
from kiosk.flow.change_effects import ServiceReceipt
from kiosk.flow.complaint_types import ComplaintPaper
from kiosk.flow.effects import GuideDocument, ReceiptContent
from kiosk.flow.proof_effects import NoticePaper

log = logging.getLogger(__name__)


def printer_fault(fault: dev.PrinterFault) -> PrinterFault:
    if isinstance(fault, dev.PaperOut):
        return PrinterFault.PAPER_OUT
    if isinstance(fault, dev.CoverOpen):
        return PrinterFault.COVER_OPEN
    if isinstance(fault, dev.PrinterOffline | dev.PrinterNotConnected):
        return PrinterFault.OFFLINE
    return PrinterFault.FAILED


def receipt_model(content: ReceiptContent, kiosk_id: str, issued_at: datetime) -> Receipt:
    """Chinese receipt, or for a Korean session a Korean one keeping the official Chinese lines."""
    language = content.language
    says = words.words(content.kind, language)
    items: list[tuple[str, str]] = [(says.result, words.delivery(content.delivery, language))]
    if content.course_name:
        # The course in the session's language, and on a Korean receipt its Chinese name too.
        course = content.course_name
        items.append((says.course, course.in_language(language)))
        if language is Language.KO and course.zh_cn != course.ko:
            items.append(("培训课程", course.zh_cn))
    if content.verification_code:
        items.append((says.verification_code, content.verification_code))
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
        subtitle=says.subtitle,
        labels=says.labels,
        items=tuple(items),
        korean_lines=says.note,
        official_lines=words.official_lines(),
        footer=says.footer if content.qr_text else says.footer_without_qr,
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
    def print_notice(self, paper: NoticePaper) -> PrinterFault | None:
        """A written decision or a registration proof (kiosk/adapters/notice_paper.py)."""
        if self._printer is None:
            return PrinterFault.OFFLINE
        model = notice_model(paper, self._kiosk_id, self._clock())
        return self._outcome(self._printer.print_receipt(model))

    @blocking_io
    def print_service_receipt(self, receipt: ServiceReceipt) -> PrinterFault | None:
        """A reported change's or a withdrawal's receipt (kiosk/adapters/service_receipt_text.py)."""
        if self._printer is None:
            return PrinterFault.OFFLINE
        model = service_receipt_model(receipt, self._kiosk_id, self._clock())
        return self._outcome(self._printer.print_receipt(model))

    @blocking_io
    def print_complaint_receipt(self, paper: ComplaintPaper) -> PrinterFault | None:
        """A filed complaint's receipt (kiosk/adapters/complaint_receipt_text.py)."""
        if self._printer is None:
            return PrinterFault.OFFLINE
        model = complaint_receipt_model(paper, self._kiosk_id, self._clock())
        return self._outcome(self._printer.print_receipt(model))

    @blocking_io
    def print_appointment_receipt(self, receipt: AppointmentReceipt) -> PrinterFault | None:
        """A counter appointment's slip (kiosk/adapters/appointment_receipt_text.py)."""
        if self._printer is None:
            return PrinterFault.OFFLINE
        model = appointment_receipt_model(receipt, self._kiosk_id, self._clock())
        return self._outcome(self._printer.print_receipt(model))

    @blocking_io
    def print_guide(self, document: GuideDocument, language: Language) -> PrinterFault | None:
        if self._printer is None:
            return PrinterFault.OFFLINE
        job = guide_bytes(words.guide_sheet(document, language), self._printer)
        return self._outcome(self._printer.print_bytes(job))

    @blocking_io
    def check(self) -> PrinterFault | None:
        """Asks the printer's status and prints nothing: after paper ran out or the cover was
        open, the flow offers printing again only once this says the printer is ready."""
        if self._printer is None:
            return PrinterFault.OFFLINE
        status = self._printer.status()
        if isinstance(status, dev.PrinterFault):
            return printer_fault(status)
        refusal = status.fault()
        unknown_allowed = not self._printer.require_status  # a one-way transport, by choice
        if refusal is not None and not (
            unknown_allowed and isinstance(refusal, dev.PrinterStatusUnknown)
        ):
            return printer_fault(refusal)
        with self._lock:
            self._paper = "near_end" if status.near_end else "ok"
        return None

    def _outcome(self, outcome: PrintOutcome | dev.PrinterFault) -> PrinterFault | None:
        if isinstance(outcome, dev.PrinterFault):
            log.info("print failed: %s", outcome.kind)
            with self._lock:
                self._paper = "out" if isinstance(outcome, dev.PaperOut) else self._paper
            return printer_fault(outcome)
        with self._lock:
            self._paper = "near_end" if outcome.near_end else "ok"
        return None


def guide_bytes(sheet: words.GuideSheet, printer: ReceiptPrinter) -> bytes:
    """A plain text sheet at the receipt's sizes; lines the printer's GB18030 font lacks
    (Korean) go out as raster."""
    paper = printer.paper
    out = EscPosBuilder(chinese_mode_commands=printer.chinese_mode_commands).initialise()
    blocks = [(text, paper.title_scale, "centre") for text in sheet.titles]
    blocks += [(text, paper.text_scale, "left") for text in sheet.lines]
    for text, scale, align in blocks:
        out.align(align).size(scale, scale)
        columns = paper.columns // scale
        lines = balanced_wrap(text, columns) if align == "centre" else wrap(text, columns, "  ")
        for line in lines:
            if gb18030_is_two_byte_safe(line):
                out.text_line(line)
            else:
                from devices.printer.raster import text_image, to_raster  # PIL: only when needed

                out.raster(*to_raster(text_image(line, paper.dots, scale)))
        out.size(1, 1)
    return out.align("left").cut(partial=printer.partial_cut).build()

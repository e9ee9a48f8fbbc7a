"""Paper running out in the middle of a job, on the printer simulator whose roll ends after a
given number of bytes: the job stops at that line and says how far it got, for the technician's
test print and for the claimant's receipt alike."""

from __future__ import annotations

from datetime import datetime

from devices.diagnostics import sample_receipt
from devices.printer.escpos import EscPosBuilder
from devices.printer.faults import CoverOpen, PaperOut
from devices.printer.printer import PrintOutcome, ReceiptPrinter
from devices.printer.receipt import PAPER_80MM
from devices.sim.printer_sim import TcpPrinterSim
from kiosk.adapters.printer import PrinterAdapter, printer_fault, receipt_model
from kiosk.domain.claims import ClaimKind, Delivery
from kiosk.domain.language import Language
from kiosk.flow.effects import ReceiptContent


def print_data(sim: TcpPrinterSim) -> int:
    """What reached the printer apart from the status queries (3 bytes each)."""
    return sim.bytes_received - 3 * sim.status_queries


def test_the_job_stops_at_the_line_where_the_paper_ran_out() -> None:
    sim = TcpPrinterSim().start()
    printer = ReceiptPrinter(sim.uri, paper=PAPER_80MM)
    receipt = sample_receipt("kiosk-1")
    job = printer.render_job(receipt)
    try:
        sim.state.paper_left = len(job.data) // 3
        outcome = printer.print_receipt(receipt)
        sent = print_data(sim)
    finally:
        sim.stop()
    assert isinstance(outcome, PaperOut) and outcome.kind == "paper_out"
    progress = outcome.progress
    assert progress is not None
    assert progress.lines_total == len(job.chunks())
    assert 0 < progress.lines_sent < progress.lines_total
    assert sent == progress.bytes_sent < len(job.data)
    assert f"stopped after line {progress.lines_sent} of {progress.lines_total}" in str(outcome)


def test_a_roll_that_lasts_prints_the_whole_job_line_by_line() -> None:
    sim = TcpPrinterSim().start()
    printer = ReceiptPrinter(sim.uri, paper=PAPER_80MM)
    receipt = sample_receipt("kiosk-1")
    size = len(printer.render(receipt))
    try:
        sim.state.paper_left = size + 10
        outcome = printer.print_receipt(receipt)
        (parsed,) = sim.wait_for_jobs(1)
    finally:
        sim.stop()
    assert isinstance(outcome, PrintOutcome) and outcome.bytes_sent == size
    assert parsed.cuts == ["full"] and "kiosk-1" in parsed.text


def test_the_cover_opened_mid_job_stops_it_too() -> None:
    sim = TcpPrinterSim().start()
    printer = ReceiptPrinter(sim.uri)
    builder = EscPosBuilder().initialise()
    for n in range(20):
        builder.text_line(f"line {n}")
    job = builder.cut().build_job()
    original = sim.state.use_paper

    def lid_opens_at_line_five(count: int) -> None:
        original(count)
        sim.state.cover_open = sim.bytes_received - 3 * sim.status_queries > 50

    sim.state.use_paper = lid_opens_at_line_five  # type: ignore[method-assign]
    try:
        outcome = printer.print_bytes(job)
    finally:
        sim.stop()
    assert isinstance(outcome, CoverOpen)
    assert outcome.progress is not None and outcome.progress.lines_sent < 20


def test_the_claimant_receipt_stops_too_and_the_heartbeat_hears_paper_out() -> None:
    sim = TcpPrinterSim().start()
    adapter = PrinterAdapter(
        ReceiptPrinter(sim.uri, paper=PAPER_80MM),
        "kiosk-1",
        clock=lambda: datetime(2026, 11, 26, 9, 30),
    )
    content = ReceiptContent(
        kind=ClaimKind.CLAIM,
        reference="R-2026-000001",
        delivery=Delivery.RECEIVED_ONLINE,
        masked_name="金*",
        language=Language.ZH_CN,
        verification_code=None,
        qr_text="https://example.org/s/R",
        masked_id_number="2224**********001X",
    )
    try:
        sim.state.paper_left = 120
        whole = len(adapter._printer.render(receipt_model(content, "kiosk-1", adapter._clock())))  # type: ignore[union-attr]
        fault = adapter.print_receipt(content)
        sent = print_data(sim)
    finally:
        sim.stop()
    assert fault is printer_fault(PaperOut()) and adapter.paper() == "out"
    assert sent < whole // 2

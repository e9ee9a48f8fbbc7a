"""PrinterAdapter printing to the ESC/POS printer simulator over TCP."""

from __future__ import annotations

from datetime import datetime

from devices.printer.receipt import PAPER_58MM, TextLine, layout
from devices.sim.printer_sim import TcpPrinterSim
from kiosk.adapters.printer import PrinterAdapter, receipt_model
from kiosk.domain.claims import ClaimKind, Delivery
from kiosk.domain.faults import PrinterFault
from kiosk.domain.language import Language
from kiosk.flow.effects import GuideDocument, ReceiptContent

REFERENCE = "3f0c2b8e-1d6a-4c55-9b0e-7d2f4a9c1e11"
MASKED_ID = "2224**********002X"
STATUS_URL = f"http://agency.example/status/{REFERENCE}?v=ABCDEFGH"


def content(**changes: object) -> ReceiptContent:
    values: dict[str, object] = {
        "kind": ClaimKind.CLAIM,
        "reference": REFERENCE,
        "delivery": Delivery.RECEIVED_ONLINE,
        "masked_name": "金*兰",
        "masked_id_number": MASKED_ID,
        "language": Language.ZH_CN,
        "verification_code": "ABCDEFGH",
        "qr_text": STATUS_URL,
    }
    values.update(changes)
    return ReceiptContent(**values)  # type: ignore[arg-type]


def adapter_for(sim: TcpPrinterSim, paper: int = 80) -> PrinterAdapter:
    return PrinterAdapter.from_uri(sim.uri, paper, "kiosk-test-001")


def test_receipt_carries_reference_masked_name_and_status_qr(printer_sim: TcpPrinterSim) -> None:
    printer = adapter_for(printer_sim)
    assert printer.print_receipt(content()) is None
    (job,) = printer_sim.wait_for_jobs(1)
    assert REFERENCE in job.text
    # The printer's layout masks again with its own standard (first character only).
    assert "姓名：金**" in job.lines
    assert "兰" not in job.text
    assert "ABCDEFGH" in job.text
    assert job.qr_codes == [STATUS_URL]
    assert job.cuts
    assert printer.paper() == "ok"


def test_receipt_prints_the_masked_id_number(printer_sim: TcpPrinterSim) -> None:
    assert adapter_for(printer_sim).print_receipt(content()) is None
    (job,) = printer_sim.wait_for_jobs(1)
    # 80 mm prints at twice the size: the ID number goes whole onto the line under its label.
    assert ["证件号码：", f"  {MASKED_ID}"] in [job.lines[i : i + 2] for i in range(len(job.lines))]


def test_receipt_model_carries_the_flows_masked_id_number() -> None:
    model = receipt_model(content(), "kiosk-test-001", datetime(2026, 11, 26, 9, 30))
    assert model.id_number == MASKED_ID
    assert ("证件号码", MASKED_ID) in [
        tuple(line.text.split("：", 1))
        for line in layout(model, PAPER_58MM)
        if isinstance(line, TextLine) and "：" in line.text
    ]


def test_queued_claim_receipt_says_so_and_carries_the_reference_in_the_qr(
    printer_sim: TcpPrinterSim,
) -> None:
    printer = adapter_for(printer_sim, paper=58)
    receipt = content(delivery=Delivery.STORED_ON_KIOSK, verification_code=None, qr_text=None)
    assert printer.print_receipt(receipt) is None
    (job,) = printer_sim.wait_for_jobs(1)
    assert "联网后自动报送" in "".join(line.strip() for line in job.lines)
    assert job.qr_codes == [REFERENCE]
    assert max(len(line.encode("gb18030")) for line in job.lines) <= 32


def test_korean_session_adds_raster_lines(printer_sim: TcpPrinterSim) -> None:
    assert adapter_for(printer_sim).print_receipt(content(language=Language.KO)) is None
    (job,) = printer_sim.wait_for_jobs(1)
    assert len(job.raster_images) >= 2


def test_paper_out_refuses_the_job_and_prints_nothing(printer_sim: TcpPrinterSim) -> None:
    printer_sim.state.paper_out = True
    printer = adapter_for(printer_sim)
    assert printer.print_receipt(content()) is PrinterFault.PAPER_OUT
    assert printer_sim.jobs == [] or not any(REFERENCE in j.text for j in printer_sim.jobs)
    assert printer.paper() == "out"


def test_near_end_prints_and_is_remembered_for_the_heartbeat(printer_sim: TcpPrinterSim) -> None:
    printer_sim.state.near_end = True
    printer = adapter_for(printer_sim)
    assert printer.print_receipt(content()) is None
    assert printer.paper() == "near_end"


def test_silent_or_missing_printer_is_a_fault(printer_sim: TcpPrinterSim) -> None:
    printer_sim.state.silent = True
    assert adapter_for(printer_sim).print_receipt(content()) is PrinterFault.FAILED
    assert PrinterAdapter.from_uri(None, 80, "k").print_receipt(content()) is PrinterFault.OFFLINE


def test_guide_sheet_prints_in_chinese_and_korean(printer_sim: TcpPrinterSim) -> None:
    printer = adapter_for(printer_sim)
    assert printer.print_guide(GuideDocument.CLAIM_GUIDE, Language.ZH_CN) is None
    assert printer.print_guide(GuideDocument.CLAIM_GUIDE, Language.KO) is None
    chinese, korean = printer_sim.wait_for_jobs(2)
    assert "12333" in chinese.text
    assert korean.raster_images


def test_issued_time_comes_from_the_clock(printer_sim: TcpPrinterSim) -> None:
    fixed = datetime(2026, 11, 26, 9, 30)
    printer = PrinterAdapter.from_uri(printer_sim.uri, 80, "kiosk-test-001")
    printer._clock = lambda: fixed
    assert printer.print_receipt(content()) is None
    (job,) = printer_sim.wait_for_jobs(1)
    assert "2026-11-26 09:30" in job.text

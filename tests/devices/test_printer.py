"""The receipt printer: encoder bytes, status rules, and real TCP / pty transports to the sim."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from devices.printer import faults
from devices.printer.escpos import EscPosBuilder
from devices.printer.preview import receipt_png
from devices.printer.printer import PrintOutcome, ReceiptPrinter
from devices.printer.receipt import PAPER_58MM, PAPER_80MM, Paper, Receipt, display_width, layout
from devices.printer.render_escpos import receipt_bytes
from devices.printer.status import PrinterStatus, decode
from devices.printer.uri import open_transport
from devices.sim.escpos_parser import EscPosParser
from devices.sim.printer_sim import PtyPrinterSim, TcpPrinterSim

RECEIPT = Receipt(
    reference="CT-2026-000123",
    holder_name="金哲",
    id_number="22240119900307001X",
    status_url="https://example.org/s/7Q2K",
    issued_at=datetime(2026, 11, 26, 9, 30),
    kiosk_id="YJ-001",
    items=(("申领类型", "失业保险金"), ("预计月数", "12个月")),
)


@pytest.fixture(params=["tcp", "pty"])
def printer_sim(request: pytest.FixtureRequest) -> Iterator[TcpPrinterSim | PtyPrinterSim]:
    sim: TcpPrinterSim | PtyPrinterSim = (
        TcpPrinterSim().start() if request.param == "tcp" else PtyPrinterSim().start()
    )
    yield sim
    sim.stop()


def test_native_qr_bytes_match_the_worked_example() -> None:
    out = EscPosBuilder().qr_native("https://example.org/s/7Q2K", module=4, ec="M").build()
    expected = (
        bytes.fromhex(
            "1C2E"  # cancel Chinese mode first
            "1D286B0400314132 00"
            "1D286B03003143 04"
            "1D286B03003145 31"
            "1D286B1D00315030".replace(" ", "")
        )
        + b"https://example.org/s/7Q2K"
        + bytes.fromhex("1D286B0300315130")
    )
    assert out == expected
    assert len(out) - 2 == 41 + 26


def test_chinese_text_goes_out_as_gb18030() -> None:
    out = EscPosBuilder().text_line("金哲。１２").build()
    assert out == "金哲。１２".encode("gb18030") + b"\n"


def test_text_needing_four_byte_gb18030_is_refused_as_text() -> None:
    with pytest.raises(ValueError):
        EscPosBuilder().text_line("김")


@pytest.mark.parametrize(
    ("replies", "expected"),
    [
        ({1: 0x12, 2: 0x12, 4: 0x12}, "ok"),
        ({1: 0x1A, 2: 0x12, 4: 0x12}, "offline"),
        ({1: 0x1A, 2: 0x16, 4: 0x12}, "offline,cover_open"),
        ({1: 0x1A, 2: 0x32, 4: 0x72}, "offline,paper_out"),
        ({1: 0x12, 2: 0x12, 4: 0x1E}, "near_end"),
        ({1: 0x12, 2: 0x52, 4: 0x12}, "error"),
        ({1: None, 2: 0x12, 4: 0x12}, "unknown"),
        ({1: 0x00, 2: 0x12, 4: 0x12}, "unknown"),
    ],
)
def test_status_bytes_decode_per_the_bit_table(
    replies: dict[int, int | None], expected: str
) -> None:
    assert decode(replies).summary() == expected


@given(st.dictionaries(st.sampled_from([1, 2, 4]), st.one_of(st.none(), st.integers(0, 255))))
def test_any_status_bytes_give_a_status_and_unknown_is_never_ready(
    replies: dict[int, int | None],
) -> None:
    status = decode(replies)
    assert isinstance(status, PrinterStatus)
    if not status.known:
        assert not status.ready and isinstance(status.fault(), faults.PrinterStatusUnknown)


@pytest.mark.parametrize("paper", [PAPER_80MM, PAPER_58MM])
def test_receipt_lines_fit_the_paper(paper: Paper) -> None:
    for element in layout(RECEIPT, paper):
        text = getattr(element, "text", "")
        scale = getattr(element, "scale", 1)
        assert display_width(text) * scale <= paper.columns


def test_receipt_prints_masked_text_native_qr_and_cut(
    printer_sim: TcpPrinterSim | PtyPrinterSim,
) -> None:
    outcome = ReceiptPrinter(printer_sim.uri).print_receipt(RECEIPT)
    assert isinstance(outcome, PrintOutcome) and not outcome.near_end
    job = printer_sim.wait_for_jobs(1)[-1]
    assert "失业保险金申领回执" in job.text
    assert "姓名：金*" in job.lines
    # 80 mm prints at twice the size: the ID number goes whole onto the line under its label.
    assert ["证件号码：", "  2224**********001X"] in [
        job.lines[i : i + 2] for i in range(len(job.lines))
    ]
    assert "金哲" not in job.text and "22240119900307001X" not in job.text
    assert job.qr_codes == ["https://example.org/s/7Q2K"]
    assert job.cuts == ["full"] and not job.unknown and not job.undecodable_lines
    assert outcome.bytes_sent < 2048


def test_printer_without_native_qr_gets_a_raster_qr(printer_sim: TcpPrinterSim) -> None:
    outcome = ReceiptPrinter(printer_sim.uri, native_qr=False).print_receipt(RECEIPT)
    assert isinstance(outcome, PrintOutcome)
    job = printer_sim.wait_for_jobs(1)[-1]
    assert job.qr_codes == [] and len(job.raster_images) == 1
    width_bytes, height = job.raster_images[0]
    assert width_bytes * 8 >= height - 8  # a square symbol


def test_korean_lines_are_printed_as_raster(printer_sim: TcpPrinterSim) -> None:
    receipt = Receipt(**{**RECEIPT.__dict__, "korean_lines": ("접수되였습니다",)})
    assert isinstance(ReceiptPrinter(printer_sim.uri).print_receipt(receipt), PrintOutcome)
    job = printer_sim.wait_for_jobs(1)[-1]
    assert len(job.raster_images) == 1 and "접수" not in job.text


@pytest.mark.parametrize(
    ("state", "fault"),
    [
        ("paper_out", faults.PaperOut),
        ("cover_open", faults.CoverOpen),
        ("offline", faults.PrinterOffline),
        ("error", faults.PrinterError),
        ("silent", faults.PrinterStatusUnknown),
        ("garbage", faults.PrinterStatusUnknown),
    ],
)
def test_printer_not_ready_refuses_the_job_before_printing(
    printer_sim: TcpPrinterSim | PtyPrinterSim, state: str, fault: type[faults.PrinterFault]
) -> None:
    setattr(printer_sim.state, state, True)
    result = ReceiptPrinter(printer_sim.uri, status_timeout_s=0.2).print_receipt(RECEIPT)
    assert type(result) is fault
    assert printer_sim.wait_for_jobs(1, timeout_s=0.3) == []


def test_paper_near_end_prints_and_warns(printer_sim: TcpPrinterSim) -> None:
    printer_sim.state.near_end = True
    outcome = ReceiptPrinter(printer_sim.uri).print_receipt(RECEIPT)
    assert isinstance(outcome, PrintOutcome) and outcome.near_end


def test_unreachable_printer_is_not_connected() -> None:
    assert isinstance(ReceiptPrinter("tcp://127.0.0.1:1").status(), faults.PrinterNotConnected)
    assert isinstance(
        ReceiptPrinter("serial:/dev/nonexistent-printer").status(), faults.PrinterNotConnected
    )


@pytest.mark.parametrize("uri", ["lpt:1", "tcp://", "usb:zz:1", "serial:/dev/x?baud=fast"])
def test_bad_printer_addresses_are_refused(uri: str) -> None:
    with pytest.raises(faults.BadPrinterUri):
        open_transport(uri)


def test_usb_printer_without_a_usblp_device_is_not_connected() -> None:
    with pytest.raises(faults.PrinterNotConnected):
        open_transport("usb:0416:5011")


def test_file_printer_writes_the_job_when_status_is_not_required(tmp_path: Path) -> None:
    target = tmp_path / "job.bin"
    strict = ReceiptPrinter(f"file:{target}").print_receipt(RECEIPT)
    assert isinstance(strict, faults.PrinterStatusUnknown)
    outcome = ReceiptPrinter(f"file:{target}", require_status=False).print_receipt(RECEIPT)
    assert isinstance(outcome, PrintOutcome) and not outcome.after.known
    parser = EscPosParser()
    parser.feed(target.read_bytes())
    assert parser.receipt.qr_codes == ["https://example.org/s/7Q2K"]


def test_native_qr_receipt_is_much_smaller_than_raster() -> None:
    native = receipt_bytes(RECEIPT, PAPER_80MM, native_qr=True)
    raster = receipt_bytes(RECEIPT, PAPER_80MM, native_qr=False)
    assert len(native) < 1500 < len(raster)


@pytest.mark.parametrize("paper", [PAPER_80MM, PAPER_58MM])
def test_preview_png_is_as_wide_as_the_paper_plus_margins(paper: Paper) -> None:
    import io

    image = Image.open(io.BytesIO(receipt_png(RECEIPT, paper)))
    assert image.width == paper.dots + 32 and image.height > 300


@settings(max_examples=300)
@given(st.binary(max_size=300), st.lists(st.integers(1, 40), max_size=8))
def test_escpos_parser_survives_any_byte_stream(data: bytes, cuts: list[int]) -> None:
    parser = EscPosParser()
    at = 0
    for cut in [*cuts, len(data)]:
        parser.feed(data[at : at + cut])
        at += cut


@given(st.integers(1, 300))
def test_receipt_stream_parses_the_same_however_it_is_split(chunk: int) -> None:
    job = receipt_bytes(RECEIPT, PAPER_58MM)
    parser = EscPosParser()
    for at in range(0, len(job), chunk):
        parser.feed(job[at : at + chunk])
    assert parser.receipt.qr_codes == ["https://example.org/s/7Q2K"]
    assert "姓名：金*" in parser.receipt.lines and parser.receipt.cuts == ["full"]

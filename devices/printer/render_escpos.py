"""Turns a receipt layout into ESC/POS bytes for a given paper and printer capability.

The raster code (PIL, qrcode: about 5 MB) loads only when a receipt needs a raster line (text
the printer's GB18030 font lacks, or the QR fallback), not with the kiosk's printer adapter.
"""

from __future__ import annotations

from devices.printer.escpos import EscPosBuilder, EscPosJob, gb18030_is_two_byte_safe
from devices.printer.receipt import Cut, Paper, QrCode, Receipt, Rule, TextLine, layout


def receipt_bytes(
    receipt: Receipt,
    paper: Paper,
    *,
    native_qr: bool = True,
    qr_module: int = 4,
    partial_cut: bool = False,
    chinese_mode_commands: bool = False,
) -> bytes:
    return receipt_job(
        receipt,
        paper,
        native_qr=native_qr,
        qr_module=qr_module,
        partial_cut=partial_cut,
        chinese_mode_commands=chinese_mode_commands,
    ).data


def receipt_job(
    receipt: Receipt,
    paper: Paper,
    *,
    native_qr: bool = True,
    qr_module: int = 4,
    partial_cut: bool = False,
    chinese_mode_commands: bool = False,
) -> EscPosJob:
    """`native_qr=False` is the fallback for printers without `GS ( k` (a raster QR)."""
    out = EscPosBuilder(chinese_mode_commands=chinese_mode_commands).initialise()
    for element in layout(receipt, paper):
        if isinstance(element, TextLine):
            out.align(element.align).size(element.scale, element.scale)
            if gb18030_is_two_byte_safe(element.text):
                out.text_line(element.text)
            else:
                from devices.printer.raster import text_image, to_raster

                out.raster(*to_raster(text_image(element.text, paper.dots, element.scale)))
            out.size(1, 1)
        elif isinstance(element, Rule):
            out.align("left").text_line("-" * paper.columns)
        elif isinstance(element, QrCode):
            out.align("centre")
            if native_qr:
                out.qr_native(element.payload, module=qr_module)
                out.raw(b"\n")
            else:
                from devices.printer.raster import qr_image, to_raster

                out.raster(*to_raster(qr_image(element.payload, qr_module)))
        elif isinstance(element, Cut):
            out.align("left").cut(partial=partial_cut)
    return out.build_job()

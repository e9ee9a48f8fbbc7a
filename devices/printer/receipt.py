"""The receipt model and its paper-independent layout, shared by ESC/POS and the PNG preview.

The model holds full values; masking happens in `layout`, so nothing printed or previewed can
show a full name or ID number, whoever builds the receipt.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from devices.masking import mask_id_number, mask_name


@dataclass(frozen=True)
class Paper:
    name: str
    dots: int  # printable width
    columns: int  # ASCII columns with the 12x24 font; a Chinese character takes two


PAPER_80MM = Paper("80mm", 576, 48)
PAPER_58MM = Paper("58mm", 384, 32)
PAPERS = {"80": PAPER_80MM, "58": PAPER_58MM}


@dataclass(frozen=True)
class Receipt:
    reference: str
    holder_name: str = field(repr=False)
    id_number: str = field(repr=False)
    status_url: str  # ASCII, an opaque ticket: no personal data in the QR
    issued_at: datetime
    kiosk_id: str
    title: str = "失业保险金申领回执"
    items: tuple[tuple[str, str], ...] = ()
    footer: tuple[str, ...] = ("请妥善保管本回执。", "扫描二维码查询办理进度。")
    korean_lines: tuple[str, ...] = ()  # printed as raster: Chinese printers have no Hangul


@dataclass(frozen=True)
class TextLine:
    text: str
    align: str = "left"
    scale: int = 1


@dataclass(frozen=True)
class QrCode:
    payload: str


@dataclass(frozen=True)
class Rule:
    pass


@dataclass(frozen=True)
class Cut:
    pass


Element = TextLine | QrCode | Rule | Cut


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def wrap(text: str, columns: int, indent: str = "") -> list[str]:
    """Wrap by display columns (a Chinese character is two columns wide)."""
    lines: list[str] = []
    current = ""
    for ch in text:
        if display_width(current + ch) > columns:
            lines.append(current)
            current = indent
        current += ch
    if current.strip() or not lines:
        lines.append(current)
    return lines


def layout(receipt: Receipt, paper: Paper) -> list[Element]:
    cols = paper.columns
    elements: list[Element] = []
    elements += [TextLine(line, "centre", 2) for line in wrap(receipt.title, cols // 2)]
    elements.append(Rule())
    fields = [
        ("姓名", mask_name(receipt.holder_name)),
        ("证件号码", mask_id_number(receipt.id_number)),
        *receipt.items,
        ("业务编号", receipt.reference),
        ("办理时间", receipt.issued_at.strftime("%Y-%m-%d %H:%M")),
        ("终端编号", receipt.kiosk_id),
    ]
    for label, value in fields:
        elements += [TextLine(line) for line in wrap(f"{label}：{value}", cols, "  ")]
    elements += [TextLine(line) for text in receipt.korean_lines for line in wrap(text, cols)]
    elements.append(Rule())
    elements.append(QrCode(receipt.status_url))
    elements += [TextLine(line, "centre") for text in receipt.footer for line in wrap(text, cols)]
    elements.append(Cut())
    return elements

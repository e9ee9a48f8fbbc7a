"""The receipt model and its paper-independent layout, shared by ESC/POS and the PNG preview.

The model holds full values; masking happens in `layout`, so nothing printed or previewed can
show a full name or ID number, whoever builds the receipt.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from contract.masking import mask_id_number, mask_name


@dataclass(frozen=True)
class Paper:
    name: str
    dots: int  # printable width
    columns: int  # ASCII columns with the 12x24 font; a Chinese character takes two
    # Body text size (GS !): the 24-dot font on 58 mm, twice that on 80 mm, where an elderly
    # claimant still gets 12 characters a line. Titles are never smaller than 2.
    text_scale: int = 1

    @property
    def title_scale(self) -> int:
        return max(2, self.text_scale)


PAPER_80MM = Paper("80mm", 576, 48, text_scale=2)
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
    # A second title at the title's size (the Korean title under the official Chinese one).
    subtitle: str = ""
    labels: FieldLabels = field(default_factory=lambda: FieldLabels())
    # Official lines (agency, reference, legal note) after the fields, in the agency's language.
    official_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class FieldLabels:
    """The labels of the fields every receipt carries; Chinese unless the session was Korean."""

    name: str = "姓名"
    id_number: str = "证件号码"
    reference: str = "业务编号"
    issued_at: str = "办理时间"
    kiosk: str = "终端编号"
    separator: str = "："


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


# Never at the start of a line (Chinese line-breaking rules); they stay with what precedes them.
_CLOSING = set("，。、：；！？）》」』】,.:;!?)")


def _units(text: str) -> list[str]:
    """Pieces a line may break between: each Chinese character on its own (with any closing
    punctuation after it), each space, and each run of anything else (a Korean or English word,
    a number) whole."""
    units: list[str] = []
    for ch in text:
        if ch in _CLOSING and units and units[-1] != " ":
            units[-1] += ch
        elif _starts_unit(ch, units[-1] if units else " "):
            units.append(ch)
        else:
            units[-1] += ch
    return units


def _starts_unit(ch: str, previous: str) -> bool:
    def ideograph(c: str) -> bool:
        return unicodedata.name(c, "").startswith("CJK UNIFIED")

    last = previous[-1]
    after_wide_stop = last in _CLOSING and not last.isascii()
    return ch == " " or previous == " " or ideograph(ch) or ideograph(last) or after_wide_stop


def wrap(text: str, columns: int, indent: str = "") -> list[str]:
    """Wrap by display columns (a Chinese character is two columns wide).

    Breaks fall between Chinese characters, at spaces, never inside a word or number and never
    before closing punctuation; only a piece longer than a whole line is cut.
    """
    lines: list[str] = []
    current = ""
    for unit in _units(text):
        if display_width(current + unit) <= columns:
            current += unit
            continue
        if unit == " ":
            lines.append(current)
            current = indent
            continue
        if current.strip():
            lines.append(current.rstrip())
            current = indent
        for ch in unit:
            if display_width(current + ch) > columns and current.strip():
                lines.append(current)
                current = indent
            current += ch
    if current.strip() or not lines:
        lines.append(current)
    return lines


def balanced_wrap(text: str, columns: int) -> list[str]:
    """As few lines as `wrap` needs, but as even as they can be: a title never ends with one
    lonely character on its own line."""
    lines = wrap(text, columns)
    narrowest = columns
    while narrowest > 2 and len(wrap(text, narrowest - 1)) == len(lines):
        narrowest -= 1
    return wrap(text, narrowest)


def field_lines(label: str, value: str, columns: int) -> list[str]:
    """`label value` on one line; else the value whole on the next line (an ID number is never
    split); else wrapped."""
    if display_width(label + value) <= columns:
        return [label + value]
    if display_width(label) <= columns and display_width("  " + value) <= columns:
        return [label.rstrip(), "  " + value]
    return wrap(label + value, columns, "  ")


def field_elements(label: str, value: str, paper: Paper) -> list[TextLine]:
    """A field at the body size; a code too long for a line at that size (a reference) goes
    whole on its own line at the 24-dot base size rather than be split."""
    body = paper.text_scale
    lines = field_lines(label, value, paper.columns // body)
    split = len(lines) > 2 or (len(lines) == 2 and lines[1] != "  " + value)
    code = value.isascii() and " " not in value
    if split and code and body > 1 and display_width("  " + value) <= paper.columns:
        return [TextLine(label.rstrip(), scale=body), TextLine("  " + value)]
    return [TextLine(line, scale=body) for line in lines]


def layout(receipt: Receipt, paper: Paper) -> list[Element]:
    """Title(s), a rule on its own line, the fields, the official lines, a rule, QR, footer.

    Body lines use the paper's text scale; every line is wrapped to the columns left at its
    scale, so nothing is drawn past the paper or over its neighbour.
    """
    body, big = paper.text_scale, paper.title_scale
    body_cols, title_cols = paper.columns // body, paper.columns // big
    labels = receipt.labels
    elements: list[Element] = []
    for title in (receipt.title, receipt.subtitle):
        lines = balanced_wrap(title, title_cols) if title else []
        elements += [TextLine(line, "centre", big) for line in lines]
    elements.append(Rule())
    fields = [
        (labels.name, mask_name(receipt.holder_name)),
        (labels.id_number, mask_id_number(receipt.id_number)),
        *receipt.items,
        (labels.reference, receipt.reference),
        (labels.issued_at, receipt.issued_at.strftime("%Y-%m-%d %H:%M")),
        (labels.kiosk, receipt.kiosk_id),
    ]
    for label, value in fields:
        elements += field_elements(f"{label}{labels.separator}", value, paper)
    for text in (*receipt.korean_lines, *receipt.official_lines):
        elements += [TextLine(line, scale=body) for line in wrap(text, body_cols)]
    elements.append(Rule())
    elements.append(QrCode(receipt.status_url))
    for text in receipt.footer:
        elements += [TextLine(line, "centre", body) for line in wrap(text, body_cols)]
    elements.append(Cut())
    return elements

"""The receipt reads well on paper: nothing printed through the title, text at least 24 dots
high on 58 mm and larger on 80 mm, in Chinese and in Korean sessions, for every receipt kind.

Measured on pictures: the preview PNG (the same line rasters the printer gets) and the raster
lines of the ESC/POS job as the printer simulator's parser reads them back.
"""

from __future__ import annotations

import io
import re
from datetime import datetime

import pytest
from PIL import Image

from devices.printer.preview import MARGIN, receipt_png
from devices.printer.raster import text_image
from devices.printer.receipt import PAPERS, Paper, TextLine, layout
from devices.printer.render_escpos import receipt_bytes
from devices.sim.escpos_parser import EscPosParser
from kiosk.adapters.printer import receipt_model
from kiosk.domain.claims import ClaimKind, Delivery
from kiosk.domain.language import Language, LocalizedText
from kiosk.flow.effects import ReceiptContent

WIDE = re.compile("[\u4e00-\u9fff\uac00-\ud7a3]")  # a Chinese character or a Hangul syllable
# The least ink height of a line of Chinese or Korean, in dots (203 dpi: 24 dots = 3 mm).
MIN_TEXT_DOTS = {"58mm": 24, "80mm": 44}


def receipt(kind: ClaimKind, language: Language, delivery: Delivery) -> ReceiptContent:
    online = delivery is Delivery.RECEIVED_ONLINE
    return ReceiptContent(
        kind=kind,
        reference="3f0c2b8e-1d6a-4c55-9b0e-7d2f4a9c1e11",
        delivery=delivery,
        masked_name="金**",
        masked_id_number="2224**********002X",
        language=language,
        verification_code="ABCDEFGH" if online else None,
        qr_text="https://agency.example/s/ABCDEFGH" if online else None,
        course_name=LocalizedText(zh_cn="养老护理员（初级）", ko="양로간호원（초급）")
        if kind is ClaimKind.TRAINING_SUBSIDY
        else None,
    )


CASES = [
    pytest.param(kind, language, delivery, paper, id=f"{kind}-{language}-{delivery}-{name}mm")
    for kind in ClaimKind
    for language in (Language.ZH_CN, Language.KO)
    for delivery in Delivery
    for name, paper in PAPERS.items()
]


def dark_per_row(image: Image.Image, left: int = 0, right: int | None = None) -> list[int]:
    """How many dark dots each row has between `left` and `right`."""
    grey = image.convert("L")
    width, height = grey.size
    data = grey.tobytes()
    stop = width if right is None else right
    return [
        sum(1 for value in data[y * width + left : y * width + stop] if value < 128)
        for y in range(height)
    ]


def ink_rows(image: Image.Image) -> list[int]:
    return [y for y, dark in enumerate(dark_per_row(image)) if dark]


def bands(rows: list[int]) -> list[tuple[int, int]]:
    """Runs of consecutive inked rows, as (first, last)."""
    found: list[tuple[int, int]] = []
    for y in rows:
        if found and y == found[-1][1] + 1:
            found[-1] = (found[-1][0], y)
        else:
            found.append((y, y))
    return found


@pytest.mark.parametrize(("kind", "language", "delivery", "paper"), CASES)
def test_no_rule_crosses_the_title_and_rules_touch_no_text(
    kind: ClaimKind, language: Language, delivery: Delivery, paper: Paper
) -> None:
    model = receipt_model(receipt(kind, language, delivery), "YJ-KIOSK-07", datetime(2026, 12, 4))
    image = Image.open(io.BytesIO(receipt_png(model, paper))).convert("L")
    dark = dark_per_row(image, MARGIN, image.width - MARGIN)
    rows = ink_rows(image)
    rule_rows = {y for y in rows if dark[y] >= 0.9 * paper.dots}
    assert rule_rows, "the receipt has its rules"
    for first, last in bands(rows):
        band = set(range(first, last + 1))
        if band & rule_rows:
            # A rule stands alone: its band holds nothing but the rule's own rows.
            assert band <= rule_rows and len(band) <= 3, (first, last)
    elements = layout(model, paper)
    title_count = next(i for i, e in enumerate(elements) if not isinstance(e, TextLine))
    first_rule = min(rule_rows)
    title_bands = [b for b in bands(rows) if b[1] < first_rule]
    # Every title line is above the first rule, whole, with white between.
    assert len(title_bands) >= min(title_count, 2) and title_bands[-1][1] < first_rule - 2


@pytest.mark.parametrize(("kind", "language", "delivery", "paper"), CASES)
def test_chinese_and_korean_lines_are_tall_enough_for_the_paper(
    kind: ClaimKind, language: Language, delivery: Delivery, paper: Paper
) -> None:
    model = receipt_model(receipt(kind, language, delivery), "YJ-KIOSK-07", datetime(2026, 12, 4))
    short = {}
    for element in layout(model, paper):
        if isinstance(element, TextLine) and WIDE.search(element.text):
            rows = ink_rows(text_image(element.text, paper.dots, element.scale))
            if rows[-1] - rows[0] + 1 < MIN_TEXT_DOTS[paper.name]:
                short[element.text] = rows[-1] - rows[0] + 1
            # Nothing is drawn past the paper, so nothing is cut off.
            assert text_image(element.text, paper.dots, element.scale).width <= paper.dots
    assert not short, short


@pytest.mark.parametrize("name", ["58", "80"])
def test_printed_korean_lines_are_tall_enough_in_the_escpos_job(name: str) -> None:
    paper = PAPERS[name]
    content = receipt(ClaimKind.TRAINING_SUBSIDY, Language.KO, Delivery.RECEIVED_ONLINE)
    model = receipt_model(content, "YJ-KIOSK-07", datetime(2026, 12, 4))
    parser = EscPosParser()
    parser.feed(receipt_bytes(model, paper))
    job = parser.receipt
    assert len(job.raster_images) >= 10 and not job.unknown  # the receipt is in Korean
    for (width_bytes, height), bits in zip(job.raster_images, job.raster_data, strict=True):
        assert width_bytes * 8 <= paper.dots
        inked = [y for y in range(height) if any(bits[y * width_bytes : (y + 1) * width_bytes])]
        assert inked[-1] - inked[0] + 1 >= MIN_TEXT_DOTS[paper.name]
        assert inked[0] > 0 and inked[-1] < height - 1  # no glyph clipped at top or bottom
    # The official Chinese lines are printed in the printer's own font.
    printed = "".join(job.lines)
    assert "受理机构" in printed and "职业培训补贴申领回执" in printed

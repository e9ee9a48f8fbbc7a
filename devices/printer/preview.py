"""Renders the same receipt layout as a PNG, for the on-screen receipt and for reviews."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageOps

from devices.printer.raster import line_dots, qr_image, text_image
from devices.printer.receipt import Cut, Paper, QrCode, Receipt, Rule, TextLine, layout

MARGIN = 16
LINE_GAP = 6
RULE_BAND = 16  # a rule's own band: it is drawn in the middle, never on a line of text


def receipt_png(receipt: Receipt, paper: Paper, qr_module: int = 4) -> bytes:
    """Each line is the same raster the printer gets for it (text_image), at its own pitch."""
    elements = layout(receipt, paper)
    width = paper.dots + 2 * MARGIN
    qr_images = {
        e.payload: qr_image(e.payload, qr_module) for e in elements if isinstance(e, QrCode)
    }
    lines = {
        id(e): text_image(e.text, paper.dots, e.scale) for e in elements if isinstance(e, TextLine)
    }
    height = MARGIN
    for element in elements:
        if isinstance(element, TextLine):
            height += line_dots(element.scale)
        elif isinstance(element, QrCode):
            height += qr_images[element.payload].height + LINE_GAP
        else:
            height += RULE_BAND
    height += MARGIN
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    y = MARGIN
    for element in elements:
        if isinstance(element, TextLine):
            line = lines[id(element)]
            x = MARGIN
            if element.align == "centre":
                x = MARGIN + max(0, (paper.dots - _ink_width(line)) // 2)
            image.paste(line.convert("L"), (x, y))
            y += line_dots(element.scale)
        elif isinstance(element, QrCode):
            qr = qr_images[element.payload]
            image.paste(qr.convert("L"), (MARGIN + (paper.dots - qr.width) // 2, y))
            y += qr.height + LINE_GAP
        elif isinstance(element, Rule):
            mid = y + RULE_BAND // 2
            draw.line((MARGIN, mid, MARGIN + paper.dots, mid), fill=0, width=2)
            y += RULE_BAND
        elif isinstance(element, Cut):
            mid = y + RULE_BAND // 2
            for x in range(0, width, 12):
                draw.line((x, mid, x + 6, mid), fill=128, width=1)
            y += RULE_BAND
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _ink_width(line: Image.Image) -> int:
    box = ImageOps.invert(line.convert("L")).getbbox()
    return box[2] if box else line.width

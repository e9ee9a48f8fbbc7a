"""Renders the same receipt layout as a PNG, for the on-screen receipt and for reviews."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from devices.printer.raster import TEXT_PX, font, qr_image
from devices.printer.receipt import Cut, Paper, QrCode, Receipt, Rule, TextLine, layout

MARGIN = 16
LINE_GAP = 6


def receipt_png(receipt: Receipt, paper: Paper, qr_module: int = 4) -> bytes:
    elements = layout(receipt, paper)
    width = paper.dots + 2 * MARGIN
    # Height first, so the image is drawn once at its final size.
    qr_images = {
        e.payload: qr_image(e.payload, qr_module) for e in elements if isinstance(e, QrCode)
    }
    height = MARGIN
    for element in elements:
        if isinstance(element, TextLine):
            height += TEXT_PX * element.scale + LINE_GAP
        elif isinstance(element, QrCode):
            height += qr_images[element.payload].height + LINE_GAP
        else:
            height += TEXT_PX // 2 + LINE_GAP
    height += MARGIN
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    y = MARGIN
    for element in elements:
        if isinstance(element, TextLine):
            face = font(TEXT_PX * element.scale)
            text_width = int(draw.textlength(element.text, font=face))
            x = MARGIN
            if element.align == "centre":
                x = MARGIN + max(0, (paper.dots - text_width) // 2)
            draw.text((x, y), element.text, font=face, fill=0)
            y += TEXT_PX * element.scale + LINE_GAP
        elif isinstance(element, QrCode):
            qr = qr_images[element.payload]
            image.paste(qr.convert("L"), (MARGIN + (paper.dots - qr.width) // 2, y))
            y += qr.height + LINE_GAP
        elif isinstance(element, Rule):
            mid = y + TEXT_PX // 4
            draw.line((MARGIN, mid, MARGIN + paper.dots, mid), fill=0, width=1)
            y += TEXT_PX // 2 + LINE_GAP
        elif isinstance(element, Cut):
            mid = y + TEXT_PX // 4
            for x in range(0, width, 12):
                draw.line((x, mid, x + 6, mid), fill=128, width=1)
            y += TEXT_PX // 2 + LINE_GAP
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()

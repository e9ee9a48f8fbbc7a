"""1-bit raster images for ESC/POS `GS v 0`: QR fallback and lines the resident font lacks."""

from __future__ import annotations

import math
from functools import lru_cache

import qrcode
from PIL import Image, ImageDraw, ImageFont

NOTO_CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_CJK_SC_INDEX = 2  # the .ttc holds JP, KR, SC, TC, HK; SC has both Han and Hangul
TEXT_PX = 24  # the printers' 24x24 Chinese font
LINE_GAP_PX = 8  # between printed lines, per scale step
# Noto Sans CJK inks an ideograph or a Hangul syllable about 0.88 em high; drawing the face 1.12
# times the cell makes the ink fill the 24-dot cell as the printer's own font does.
DRAW_PER_CELL = 1.12
DESCENDER_PROBE = "gyj,（"


@lru_cache(maxsize=8)
def font(size: int = TEXT_PX) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(NOTO_CJK, size, index=NOTO_CJK_SC_INDEX)
    except OSError:
        return ImageFont.load_default()


def qr_matrix(payload: str) -> list[list[bool]]:
    """EC level M, with the 4-module quiet zone the standard asks for."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(payload.encode("ascii"))
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def qr_image(payload: str, module_px: int) -> Image.Image:
    matrix = qr_matrix(payload)
    size = len(matrix) * module_px
    image = Image.new("1", (size, size), 1)
    draw = ImageDraw.Draw(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                draw.rectangle(
                    (
                        x * module_px,
                        y * module_px,
                        (x + 1) * module_px - 1,
                        (y + 1) * module_px - 1,
                    ),
                    fill=0,
                )
    return image


def text_image(text: str, width_dots: int, scale: int = 1) -> Image.Image:
    """One line as the resident font would print it: a full-width character fills its 24-dot
    cell (Noto's ideographs and Hangul ink only ~0.9 em, so the face is drawn larger and
    narrowed to the cell), the ink whole between the image's top and bottom rows (descenders
    included), and narrowed further if the line would run past the paper.

    The image is exactly `line_dots(scale)` high, so printed and previewed lines keep the same
    pitch and nothing drawn next (a rule, the next line) can cross this one.
    """
    cell = TEXT_PX * scale
    face = font(round(cell * DRAW_PER_CELL))
    height = line_dots(scale)
    # The baseline leaves room for the lowest descender (g, y, a comma) above the last row.
    baseline = height - 1 - face.getbbox(DESCENDER_PROBE, anchor="ls")[3]
    drawn_width = max(1, math.ceil(face.getlength(text)) + 1)
    canvas = Image.new("1", (drawn_width, height), 1)
    ImageDraw.Draw(canvas).text((0, baseline), text, font=face, fill=0, anchor="ls")
    # Full-width characters advance one em of the drawn face; the cell is narrower.
    wanted = min(width_dots, max(1, round(drawn_width / DRAW_PER_CELL)))
    narrowed = canvas.convert("L").resize((wanted, height), Image.Resampling.LANCZOS)
    width = min(width_dots, (wanted + 7) // 8 * 8)
    image = Image.new("1", (width, height), 1)
    image.paste(narrowed.point(lambda v: 255 if v >= 128 else 0).convert("1"), (0, 0))
    return image


def line_dots(scale: int = 1) -> int:
    """A printed line's pitch: the 24-dot cell plus the gap the printers leave between lines."""
    return (TEXT_PX + LINE_GAP_PX) * scale


def to_raster(image: Image.Image) -> tuple[int, int, bytes]:
    """(width in bytes, height, bits): rows top to bottom, MSB leftmost, 1 = black."""
    mono = image.convert("1")
    width_bytes = (mono.width + 7) // 8
    padded = Image.new("1", (width_bytes * 8, mono.height), 1)
    padded.paste(mono, (0, 0))
    # PIL "1" packs MSB first with 1 = white; ESC/POS wants 1 = black.
    data = bytes(b ^ 0xFF for b in padded.tobytes())
    return width_bytes, mono.height, data

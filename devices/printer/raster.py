"""1-bit raster images for ESC/POS `GS v 0`: QR fallback and lines the resident font lacks."""

from __future__ import annotations

from functools import lru_cache

import qrcode
from PIL import Image, ImageDraw, ImageFont

NOTO_CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_CJK_SC_INDEX = 2  # the .ttc holds JP, KR, SC, TC, HK; SC has both Han and Hangul
TEXT_PX = 24  # the printers' 24x24 Chinese font


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
    """One line drawn with Noto Sans CJK, cropped to the text width rounded up to 8 dots."""
    face = font(TEXT_PX * scale)
    left, _top, right, _bottom = face.getbbox(text)
    width = min(width_dots, max(8, (int(right) + 7) // 8 * 8))
    height = TEXT_PX * scale + 4
    image = Image.new("1", (width, height), 1)
    ImageDraw.Draw(image).text((0, 0), text, font=face, fill=0)
    _ = left
    return image


def to_raster(image: Image.Image) -> tuple[int, int, bytes]:
    """(width in bytes, height, bits): rows top to bottom, MSB leftmost, 1 = black."""
    mono = image.convert("1")
    width_bytes = (mono.width + 7) // 8
    padded = Image.new("1", (width_bytes * 8, mono.height), 1)
    padded.paste(mono, (0, 0))
    # PIL "1" packs MSB first with 1 = white; ESC/POS wants 1 = black.
    data = bytes(b ^ 0xFF for b in padded.tobytes())
    return width_bytes, mono.height, data

"""A small, pure ESC/POS byte builder (escpos.md §8).

Why not python-escpos 3.1: its text encoder sends a line as GB18030 only if it contains a
character in U+4E00-U+9FA5 (otherwise `?`), so CJK punctuation, full-width digits and
U+9FA6+ break; and its paper_status() reports "adequate" when the printer does not answer.
We need a few dozen commands; building them here keeps every byte testable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

ESC, GS, FS, LF = b"\x1b", b"\x1d", b"\x1c", b"\x0a"

QR_EC = {"L": 48, "M": 49, "Q": 50, "H": 51}


def gb18030_is_two_byte_safe(text: str) -> bool:
    """True if every character is ASCII or a 2-byte GB18030 code: resident fonts cover those.

    4-byte GB18030 (CJK Ext-A/B, U+9FA6+, Hangul) is unlikely to be in a printer's font, so
    such lines go out as raster instead (escpos.md §3, §4).
    """
    for ch in text:
        if ch.isascii():
            if ord(ch) < 0x20:
                return False
            continue
        try:
            if len(ch.encode("gb18030")) != 2:
                return False
        except UnicodeEncodeError:
            return False
    return True


@dataclass(frozen=True)
class EscPosJob:
    """A job's bytes and where printed lines end: the printer's paper is checked between lines,
    never inside a command."""

    data: bytes
    breaks: tuple[int, ...] = ()

    def chunks(self) -> list[bytes]:
        ends = [end for end in self.breaks if 0 < end < len(self.data)]
        edges = [0, *sorted(set(ends)), len(self.data)]
        return [self.data[start:end] for start, end in pairwise(edges) if end > start]


@dataclass
class EscPosBuilder:
    chinese_mode_commands: bool = False  # send FS & / FS . around Chinese text (per model)
    out: bytearray = field(default_factory=bytearray)
    breaks: list[int] = field(default_factory=list)

    def _line_done(self) -> EscPosBuilder:
        self.breaks.append(len(self.out))
        return self

    def raw(self, data: bytes) -> EscPosBuilder:
        self.out += data
        return self

    def initialise(self) -> EscPosBuilder:
        return self.raw(ESC + b"@")

    def align(self, where: str) -> EscPosBuilder:
        return self.raw(ESC + b"a" + bytes([{"left": 0, "centre": 1, "right": 2}[where]]))

    def size(self, width: int = 1, height: int = 1) -> EscPosBuilder:
        """GS ! scales Chinese and ASCII together (ESC ! would scale only single-byte text)."""
        if not (1 <= width <= 8 and 1 <= height <= 8):
            raise ValueError("size factors are 1..8")
        return self.raw(GS + b"!" + bytes([((width - 1) << 4) | (height - 1)]))

    def text_line(self, text: str) -> EscPosBuilder:
        if not gb18030_is_two_byte_safe(text):
            raise ValueError("text needs raster: not 2-byte GB18030")
        encoded = text.encode("gb18030")
        if self.chinese_mode_commands and not text.isascii():
            return self.raw(FS + b"&" + encoded + LF + FS + b".")._line_done()
        return self.raw(encoded + LF)._line_done()

    def feed(self, lines: int) -> EscPosBuilder:
        return self.raw(ESC + b"d" + bytes([lines]))

    def qr_native(self, payload: str, module: int = 4, ec: str = "M") -> EscPosBuilder:
        """GS ( k functions 165, 167, 169, 180, 181 (escpos.md §2): 41 + len(payload) bytes."""
        data = payload.encode("ascii")
        if not 1 <= module <= 16:
            raise ValueError("QR module size is 1..16")
        store = len(data) + 3
        if store > 0xFFFF:
            raise ValueError("QR payload too long")
        # Cancel Chinese mode first: one printer printed an empty QR right after Chinese text.
        self.raw(FS + b".")
        self.raw(GS + b"(k" + bytes([4, 0, 49, 65, 50, 0]))
        self.raw(GS + b"(k" + bytes([3, 0, 49, 67, module]))
        self.raw(GS + b"(k" + bytes([3, 0, 49, 69, QR_EC[ec]]))
        self.raw(GS + b"(k" + bytes([store & 0xFF, store >> 8, 49, 80, 48]) + data)
        return self.raw(GS + b"(k" + bytes([3, 0, 49, 81, 48]))._line_done()

    def raster(self, width_bytes: int, height: int, bits: bytes, mode: int = 0) -> EscPosBuilder:
        """GS v 0: rows top to bottom, MSB leftmost, 1 = black."""
        if len(bits) != width_bytes * height:
            raise ValueError("raster size mismatch")
        header = GS + b"v0" + bytes([mode, width_bytes & 0xFF, width_bytes >> 8])
        return self.raw(header + bytes([height & 0xFF, height >> 8]) + bits)._line_done()

    def cut(self, partial: bool = False, feed_lines: int = 4) -> EscPosBuilder:
        """GS V 65/66 n: feed past the cutter, then cut."""
        return self.raw(GS + b"V" + bytes([66 if partial else 65, feed_lines]))

    def build(self) -> bytes:
        return bytes(self.out)

    def build_job(self) -> EscPosJob:
        return EscPosJob(bytes(self.out), tuple(self.breaks))

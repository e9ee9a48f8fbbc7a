"""Parses an ESC/POS byte stream back into what a receipt would show.

It understands exactly the commands our encoder uses plus the real-time status query, and
records anything else as unknown rather than guessing. Incremental: `feed` may be called with
any split of the stream, and status queries are reported as soon as their third byte arrives.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ParsedReceipt:
    lines: list[str] = field(default_factory=list)
    qr_codes: list[str] = field(default_factory=list)  # printed native QR payloads
    raster_images: list[tuple[int, int]] = field(default_factory=list)  # (width bytes, height)
    raster_data: list[bytes] = field(default_factory=list)
    cuts: list[str] = field(default_factory=list)  # "full" / "partial"
    initialised: int = 0
    undecodable_lines: int = 0
    unknown: list[bytes] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


class EscPosParser:
    def __init__(self) -> None:
        self.receipt = ParsedReceipt()
        self._buffer = bytearray()
        self._line = bytearray()
        self._qr_store: bytes | None = None
        self.status_queries: list[int] = []

    def feed(self, data: bytes) -> list[int]:
        """Parse what is complete; returns the status queries (n) found in this chunk."""
        self._buffer += data
        queries: list[int] = []
        while self._buffer:
            used = self._parse_one(queries)
            if used == 0:
                break
            del self._buffer[:used]
        return queries

    def _flush_line(self) -> None:
        try:
            self.receipt.lines.append(bytes(self._line).decode("gb18030"))
        except UnicodeDecodeError:
            self.receipt.undecodable_lines += 1
        self._line.clear()

    def _parse_one(self, queries: list[int]) -> int:
        buf = self._buffer
        first = buf[0]
        if first == 0x0A:
            self._flush_line()
            return 1
        if first == 0x10:  # DLE EOT n
            if len(buf) < 3:
                return 0
            if buf[1] == 0x04:
                queries.append(buf[2])
                self.status_queries.append(buf[2])
                return 3
            self.receipt.unknown.append(bytes(buf[:2]))
            return 2
        if first == 0x1B:
            return self._esc()
        if first == 0x1D:
            return self._gs()
        if first == 0x1C:
            if len(buf) < 2:
                return 0
            if buf[1] in (0x26, 0x2E):  # FS & / FS .
                return 2
            if buf[1] == 0x21:
                return 3 if len(buf) >= 3 else 0
            self.receipt.unknown.append(bytes(buf[:2]))
            return 2
        if first < 0x20:
            self.receipt.unknown.append(bytes(buf[:1]))
            return 1
        self._line.append(first)
        return 1

    def _esc(self) -> int:
        buf = self._buffer
        if len(buf) < 2:
            return 0
        op = buf[1]
        if op == 0x40:
            self.receipt.initialised += 1
            return 2
        if op in (0x61, 0x21, 0x64, 0x74, 0x45):  # ESC a / ! / d / t / E: one parameter
            return 3 if len(buf) >= 3 else 0
        self.receipt.unknown.append(bytes(buf[:2]))
        return 2

    def _gs(self) -> int:
        buf = self._buffer
        if len(buf) < 2:
            return 0
        op = buf[1]
        if op == 0x21:  # GS ! n
            return 3 if len(buf) >= 3 else 0
        if op == 0x56:  # GS V m [n]
            if len(buf) < 3:
                return 0
            mode = buf[2]
            if mode in (65, 66):
                if len(buf) < 4:
                    return 0
                self.receipt.cuts.append("full" if mode == 65 else "partial")
                return 4
            self.receipt.cuts.append("full" if mode in (0, 48) else "partial")
            return 3
        if op == 0x28 and len(buf) >= 3 and buf[2] == 0x6B:  # GS ( k
            if len(buf) < 5:
                return 0
            size = buf[3] | (buf[4] << 8)
            if len(buf) < 5 + size:
                return 0
            self._qr_function(bytes(buf[5 : 5 + size]))
            return 5 + size
        if op == 0x76 and len(buf) >= 3 and buf[2] == 0x30:  # GS v 0
            if len(buf) < 8:
                return 0
            width = buf[4] | (buf[5] << 8)
            height = buf[6] | (buf[7] << 8)
            if len(buf) < 8 + width * height:
                return 0
            self.receipt.raster_images.append((width, height))
            self.receipt.raster_data.append(bytes(buf[8 : 8 + width * height]))
            return 8 + width * height
        if op == 0x28 and len(buf) < 3:
            return 0
        self.receipt.unknown.append(bytes(buf[:2]))
        return 2

    def _qr_function(self, body: bytes) -> None:
        if len(body) < 2 or body[0] != 49:
            self.receipt.unknown.append(b"\x1d(k" + body[:2])
            return
        fn = body[1]
        if fn == 80 and len(body) >= 3:  # store
            self._qr_store = body[3:]
        elif fn == 81 and self._qr_store is not None:  # print
            self.receipt.qr_codes.append(self._qr_store.decode("ascii", errors="replace"))

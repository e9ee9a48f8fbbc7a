"""Finds frames in a noisy byte stream (id-card-reader.md §9 "Receive", "Resync", "Sanity").

Bytes before a preamble are dropped; a LEN outside 3..0x0A00 or a checksum failure drops only
the first preamble byte and searches again, so a real frame hidden behind garbage that
happened to look like a preamble is still found.
"""

from __future__ import annotations

from devices.idcard.frame import MAX_LEN, MIN_LEN, PREAMBLE, checksum


class FrameScanner:
    def __init__(self) -> None:
        self._buffer = bytearray()
        self.dropped_bytes = 0
        self.bad_checksums = 0

    def feed(self, data: bytes) -> None:
        self._buffer += data

    def clear(self) -> None:
        self._buffer.clear()

    def next_payload(self) -> bytes | None:
        """The payload of the next complete, valid frame, or None until more bytes arrive."""
        while True:
            start = self._buffer.find(PREAMBLE)
            if start < 0:
                # Keep a tail that may be the beginning of a preamble split across reads.
                keep = len(PREAMBLE) - 1
                if len(self._buffer) > keep:
                    self.dropped_bytes += len(self._buffer) - keep
                    del self._buffer[: len(self._buffer) - keep]
                return None
            if start:
                self.dropped_bytes += start
                del self._buffer[:start]
            if len(self._buffer) < len(PREAMBLE) + 2:
                return None
            length = int.from_bytes(self._buffer[5:7], "big")
            if not MIN_LEN <= length <= MAX_LEN:
                self._drop_one()
                continue
            end = 7 + length
            if len(self._buffer) < end:
                # A fake preamble with a large LEN must not hide a real frame behind it.
                later = self._complete_frame_after(1)
                if later is None:
                    return None
                self.dropped_bytes += later
                del self._buffer[:later]
                continue
            frame = bytes(self._buffer[:end])
            if checksum(frame[5:-1]) != frame[-1]:
                self.bad_checksums += 1
                self._drop_one()
                continue
            del self._buffer[:end]
            return frame[7:-1]

    def _complete_frame_after(self, offset: int) -> int | None:
        at = self._buffer.find(PREAMBLE, offset)
        while at >= 0:
            if len(self._buffer) >= at + 7:
                length = int.from_bytes(self._buffer[at + 5 : at + 7], "big")
                end = at + 7 + length
                if MIN_LEN <= length <= MAX_LEN and len(self._buffer) >= end:
                    frame = self._buffer[at:end]
                    if checksum(frame[5:-1]) == frame[-1]:
                        return at
            at = self._buffer.find(PREAMBLE, at + 1)
        return None

    def _drop_one(self) -> None:
        self.dropped_bytes += 1
        del self._buffer[:1]

"""GA/T 467 frames: `AA AA AA 96 69 | LEN(2, BE) | payload | CHK`, CHK = XOR from LEN_H on.

Host payloads are `CMD PARA [data]`; module payloads are `SW1 SW2 SW3 [body]`. The scanner
(`scanner.py`) finds frames in a byte stream; this module only builds and interprets them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import reduce

PREAMBLE = bytes.fromhex("AAAAAA9669")
MIN_LEN = 3  # a host command: CMD PARA CHK
MAX_LEN = 0x0A00  # above the largest known answer (30 10: 09 0A)


def checksum(length_and_payload: Iterable[int]) -> int:
    return reduce(lambda acc, byte: acc ^ byte, length_and_payload, 0)


def build_frame(payload: bytes) -> bytes:
    length = (len(payload) + 1).to_bytes(2, "big")
    return PREAMBLE + length + payload + bytes([checksum(length + payload)])


def encode_command(cmd: int, para: int, data: bytes = b"") -> bytes:
    """`encode_command(0x20, 0x01)` -> AA AA AA 96 69 00 03 20 01 22 (find card)."""
    return build_frame(bytes([cmd, para]) + data)


@dataclass(frozen=True)
class ModuleFrame:
    sw1: int
    sw2: int
    sw3: int
    body: bytes

    def __repr__(self) -> str:
        # The body of a read answer is personal data: only its length is shown.
        return f"ModuleFrame(sw3={self.sw3:02X}, body={len(self.body)} bytes)"

    @classmethod
    def from_payload(cls, payload: bytes) -> ModuleFrame | None:
        if len(payload) < 3:
            return None
        return cls(payload[0], payload[1], payload[2], bytes(payload[3:]))

    def to_bytes(self) -> bytes:
        return build_frame(bytes([self.sw1, self.sw2, self.sw3]) + self.body)


@dataclass(frozen=True)
class HostCommand:
    cmd: int
    para: int
    data: bytes = b""

    @classmethod
    def from_payload(cls, payload: bytes) -> HostCommand | None:
        if len(payload) < 2:
            return None
        return cls(payload[0], payload[1], bytes(payload[2:]))


# Commands (id-card-reader.md §3). 10 FF is the reset; the "01 FF" seen in one SDK is a bug.
RESET_SAM = (0x10, 0xFF)
SAM_STATUS = (0x11, 0xFF)
SAM_ID = (0x12, 0xFF)
FIND_CARD = (0x20, 0x01)
SELECT_CARD = (0x20, 0x02)
READ_TEXT_PHOTO = (0x30, 0x01)
READ_APPENDED_ADDRESS = (0x30, 0x03)

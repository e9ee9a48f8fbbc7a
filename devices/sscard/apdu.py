"""Command and response APDUs (ISO 7816-4 short form) and the commands of LD/T 32 we send."""

from __future__ import annotations

from dataclasses import dataclass, replace

SSSE_AID = bytes.fromhex("7378312E73682EC9E7BBE1B1A3D5CF")  # "sx1.sh." + GBK 社会保障

SW_OK = 0x9000


@dataclass(frozen=True)
class Command:
    """One command; `name` is what logs show (never the data, which may be a PIN)."""

    name: str
    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None

    def __post_init__(self) -> None:
        for byte in (self.cla, self.ins, self.p1, self.p2):
            if not 0 <= byte <= 0xFF:
                raise ValueError("APDU header bytes must be 0..255")
        if len(self.data) > 255:
            raise ValueError("extended APDUs are not used by this card")
        if self.le is not None and not 0 <= self.le <= 0xFF:
            raise ValueError("Le must be 0..255")

    def to_bytes(self) -> bytes:
        out = bytes([self.cla, self.ins, self.p1, self.p2])
        if self.data:
            out += bytes([len(self.data)]) + self.data
        if self.le is not None:
            out += bytes([self.le])
        return out

    def with_le(self, le: int) -> Command:
        return replace(self, le=le)


@dataclass(frozen=True)
class Response:
    data: bytes
    sw1: int
    sw2: int

    @property
    def sw(self) -> int:
        return (self.sw1 << 8) | self.sw2

    @property
    def ok(self) -> bool:
        return self.sw == SW_OK

    def __repr__(self) -> str:
        # Response data is personal data on this card; only its length may be shown.
        return f"Response(len={len(self.data)}, sw={self.sw:04X})"

    @classmethod
    def from_raw(cls, raw: bytes) -> Response:
        if len(raw) < 2:
            raise ValueError("a response APDU has at least the two status bytes")
        return cls(bytes(raw[:-2]), raw[-2], raw[-1])


def select_ssse() -> Command:
    # No Le: on T=0 a case-3 SELECT is answered 61xx when FCI is waiting.
    return Command("SELECT SSSE", 0x00, 0xA4, 0x04, 0x00, SSSE_AID)


def select_ef(fid: int) -> Command:
    return Command(f"SELECT EF{fid:04X}", 0x00, 0xA4, 0x02, 0x00, fid.to_bytes(2, "big"))


def read_record_by_tag(sfi: int, tag: int, value_length: int) -> Command:
    """P2 = SFI<<3: record whose identifier is P1 (social-security-card.md §4, recommended)."""
    return Command(
        f"READ RECORD SFI{sfi} TAG{tag:02X}", 0x00, 0xB2, tag, sfi << 3, le=value_length + 2
    )


def get_response(le: int) -> Command:
    return Command("GET RESPONSE", 0x00, 0xC0, 0x00, 0x00, le=le)


def verify_pin(pin_bcd: bytes) -> Command:
    return Command("VERIFY", 0x00, 0x20, 0x00, 0x00, pin_bcd)


def get_challenge() -> Command:
    return Command("GET CHALLENGE", 0x00, 0x84, 0x00, 0x00, le=8)


def internal_authenticate(random16: bytes) -> Command:
    return Command("INTERNAL AUTHENTICATE", 0x00, 0x88, 0x00, 0x00, random16)


def external_authenticate(cryptogram: bytes) -> Command:
    return Command("EXTERNAL AUTHENTICATE", 0x00, 0x82, 0x00, 0x0A, cryptogram)

"""Strict decoding of EF05/EF06 records: one TLV per record, then an/cn/b value decoding.

Strict means: the record is exactly `tag len value`, the tag is the one asked for, the length
byte matches the bytes present, and values decode under their data-item rules. Anything else is
`MalformedCardData`, never a half-read value. The detail names the tag, never the bytes.
"""

from __future__ import annotations

from datetime import date

from devices.sscard.faults import MalformedCardData


def parse_record(tag: int, record: bytes) -> bytes:
    """The value of a one-TLV record; the record's own L byte wins over our table (§3)."""
    if len(record) < 2:
        raise MalformedCardData(f"tag {tag:02X}: record of {len(record)} bytes")
    if record[0] != tag:
        raise MalformedCardData(f"tag {tag:02X}: record carries tag {record[0]:02X}")
    length = record[1]
    if len(record) != 2 + length:
        raise MalformedCardData(f"tag {tag:02X}: L={length} but {len(record) - 2} value bytes")
    return bytes(record[2:])


def decode_an(value: bytes, tag: int) -> str:
    """ASCII/GBK text padded with 00: strip trailing 00 and spaces; GB18030 is a GBK superset."""
    try:
        text = value.decode("gb18030")
    except UnicodeDecodeError:
        raise MalformedCardData(f"tag {tag:02X}: text does not decode as GB18030") from None
    text = text.rstrip("\x00 ")
    if "\x00" in text or any(ord(ch) < 0x20 for ch in text):
        raise MalformedCardData(f"tag {tag:02X}: control characters inside text")
    return text


def decode_ascii_an(value: bytes, tag: int) -> str:
    """an items that must be plain ASCII (numbers, version): anything else is malformed."""
    text = decode_an(value, tag)
    if not text.isascii():
        raise MalformedCardData(f"tag {tag:02X}: non-ASCII in an ASCII item")
    return text


def decode_cn(value: bytes, tag: int) -> str:
    """Packed BCD right-padded with F: stop at the first F nibble; A-E are malformed."""
    digits: list[str] = []
    for byte in value:
        for nibble in (byte >> 4, byte & 0x0F):
            if nibble == 0x0F:
                return "".join(digits)
            if nibble > 9:
                raise MalformedCardData(f"tag {tag:02X}: nibble {nibble:X} in a BCD item")
            digits.append(str(nibble))
    return "".join(digits)


def decode_b(value: bytes) -> str:
    return value.hex().upper()


def decode_date(value: bytes, tag: int) -> date | None:
    """cn YYYYMMDD; an all-F or all-zero value means "not set" on some issuers' cards."""
    digits = decode_cn(value, tag)
    if digits == "" or set(digits) == {"0"}:
        return None
    if len(digits) != 8:
        raise MalformedCardData(f"tag {tag:02X}: date of {len(digits)} digits")
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        raise MalformedCardData(f"tag {tag:02X}: not a calendar date") from None


def region_from_identification_code(value: bytes) -> str:
    """Bytes 0-2 of EF05 tag 01 are the issuing region as BCD ("22 24 00" -> "222400")."""
    if len(value) < 3:
        raise MalformedCardData("tag 01: identification code too short for a region")
    region = decode_cn(value[:3], 0x01)
    if len(region) != 6:
        raise MalformedCardData("tag 01: region is not 6 digits")
    return region


def pin_to_bcd(pin: str) -> bytes:
    """Packed BCD; an odd length is padded with F (PBOC convention, unconfirmed on this COS)."""
    digits = pin + ("F" if len(pin) % 2 else "")
    return bytes.fromhex(digits)

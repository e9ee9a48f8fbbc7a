"""Decoding the 256-byte UTF-16LE text block for every card type (id-card-reader.md §6).

Slices are by character index (byte offset / 2). The type flag is read at exactly byte 248;
scanning for letters would misread the 'Y' layout, whose nationality code sits just before it.

Numbers are checked for ASCII: `str.isdigit()` alone also passes "²" and full-width digits, which
no chip holds and the agency refuses; such a block is `MalformedIdData`, a read fault.
"""

from __future__ import annotations

from datetime import date

from contract.masking import mask_id_number
from devices.idcard.faults import MalformedIdData, NotAnIdCard
from devices.idcard.identity import LONG_TERM, IdCardData, IdCardType

TEXT_BLOCK_SIZE = 256
_LAST = frozenset("0123456789Xx")

_FLAGS = {
    " ": IdCardType.RESIDENT,
    "J": IdCardType.HMT_RESIDENCE_PERMIT,
    "I": IdCardType.FOREIGNER_PERMANENT_2017,
    "Y": IdCardType.FOREIGNER_PERMANENT_2023,
}


class _Fields:
    def __init__(self, chars: str) -> None:
        self.chars = chars

    def text(self, byte_offset: int, byte_length: int) -> str:
        start = byte_offset // 2
        return self.chars[start : start + byte_length // 2].rstrip(" \x00")

    def optional(self, byte_offset: int, byte_length: int) -> str | None:
        return self.text(byte_offset, byte_length) or None

    def day(self, byte_offset: int, what: str) -> date | None:
        raw = self.text(byte_offset, 16)
        if not raw:
            return None
        if len(raw) != 8 or not raw.isascii() or not raw.isdigit():
            raise MalformedIdData(f"{what}: not 8 digits")
        try:
            return date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
        except ValueError:
            raise MalformedIdData(f"{what}: not a calendar date") from None

    def id_number(self, byte_offset: int, byte_length: int) -> str:
        """17 ASCII digits and a digit or X (GB 11643; also permits and 2023 foreigner cards).

        The check character is the domain's to judge (kiosk.domain.identity): a card that
        fails it is still a card this reader read.
        """
        raw = self.text(byte_offset, byte_length)
        if not raw.isascii():
            raise _bad_number(raw, "has characters that are not ASCII digits")
        if len(raw) != 18:
            raise _bad_number(raw, "is not 18 characters long")
        if not raw[:17].isdigit() or raw[17] not in _LAST:
            raise _bad_number(raw, "has characters other than 17 digits and a final digit or X")
        return raw

    def card_number_2017(self, byte_offset: int, byte_length: int) -> str:
        """The nationality's three letters, then twelve digits, all ASCII."""
        raw = self.text(byte_offset, byte_length)
        letters, digits = raw[:3], raw[3:]
        if not (raw.isascii() and len(raw) == 15 and letters.isalpha() and digits.isdigit()):
            raise _bad_number(raw, "is not three letters and twelve digits")
        return raw

    def valid_to(self, byte_offset: int) -> tuple[date | None, bool]:
        if self.text(byte_offset, 16) == LONG_TERM:
            return None, True
        return self.day(byte_offset, "valid to"), False


def _bad_number(raw: str, why: str) -> MalformedIdData:
    # Masked as on a receipt, so a technician can compare it with the card in hand.
    return MalformedIdData(f"ID number {mask_id_number(raw)} {why}")


def card_type_of(block: bytes) -> IdCardType:
    if len(block) != TEXT_BLOCK_SIZE:
        raise MalformedIdData(f"text block of {len(block)} bytes")
    flag = block[248:250].decode("utf-16-le", errors="replace")
    card_type = _FLAGS.get(flag)
    if card_type is None:
        raise NotAnIdCard(f"type flag U+{ord(flag):04X}")
    return card_type


def decode_text_block(block: bytes, photo: bytes = b"") -> IdCardData:
    card_type = card_type_of(block)
    try:
        chars = block.decode("utf-16-le")
    except UnicodeDecodeError:
        raise MalformedIdData("text block is not UTF-16LE") from None
    if any(ord(ch) < 0x20 and ch != "\x00" for ch in chars):
        raise MalformedIdData("control characters in the text block")
    f = _Fields(chars)
    if card_type in (IdCardType.RESIDENT, IdCardType.HMT_RESIDENCE_PERMIT):
        return _layout_a(f, card_type, photo)
    if card_type is IdCardType.FOREIGNER_PERMANENT_2017:
        return _layout_i(f, photo)
    return _layout_y(f, photo)


def _layout_a(f: _Fields, card_type: IdCardType, photo: bytes) -> IdCardData:
    valid_to, long_term = f.valid_to(204)
    hmt = card_type is IdCardType.HMT_RESIDENCE_PERMIT
    return IdCardData(
        card_type=card_type,
        name=f.text(0, 30),
        gender=f.optional(30, 2),
        nation=f.optional(32, 4),  # optional: its content on J cards is unconfirmed
        birth_date=f.day(36, "birth date"),
        address=f.optional(52, 70),
        id_number=f.id_number(122, 36),
        authority=f.optional(158, 30),
        valid_from=f.day(188, "valid from"),
        valid_to=valid_to,
        long_term=long_term,
        travel_permit_number=f.optional(220, 18) if hmt else None,
        issue_count=f.optional(238, 4) if hmt else None,
        photo=photo,
    )


def _layout_i(f: _Fields, photo: bytes) -> IdCardData:
    english = f.text(0, 120)
    chinese = f.text(158, 30)
    valid_to, long_term = f.valid_to(204)
    return IdCardData(
        card_type=IdCardType.FOREIGNER_PERMANENT_2017,
        name=chinese or english,
        english_name=english or None,
        gender=f.optional(120, 2),
        id_number=f.card_number_2017(122, 30),
        nationality=f.optional(152, 6),
        valid_from=f.day(188, "issue date"),
        valid_to=valid_to,
        long_term=long_term,
        birth_date=f.day(220, "birth date"),
        card_version=f.optional(236, 4),
        authority_code=f.optional(240, 8),
        photo=photo,
    )


def _layout_y(f: _Fields, photo: bytes) -> IdCardData:
    # Part 1 is kept with its padding and joined to part 2 as stored (split rule unconfirmed).
    english = (f.chars[26:61] + f.chars[110:121]).rstrip(" \x00")
    chinese = f.text(0, 30)
    valid_to, long_term = f.valid_to(204)
    return IdCardData(
        card_type=IdCardType.FOREIGNER_PERMANENT_2023,
        name=chinese or english,
        english_name=english or None,
        gender=f.optional(30, 2),
        renewal_count=f.optional(32, 4),
        birth_date=f.day(36, "birth date"),
        id_number=f.id_number(122, 36),
        valid_from=f.day(188, "issue date"),
        valid_to=valid_to,
        long_term=long_term,
        nationality=f.optional(242, 6),
        previous_card_link=f.optional(250, 6),
        photo=photo,
    )

"""The identity read of social-security-card.md §5, for every card generation.

Runs over any `RawChannel`; raises `CardFault` subclasses, which `session` turns into values.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from devices.sscard import apdu, records
from devices.sscard.channel import ApduCounter, RawChannel, exchange
from devices.sscard.faults import (
    AuthenticationFailed,
    CardLocked,
    MalformedCardData,
    NotSocialSecurityCard,
    SecurityStatusNotSatisfied,
)
from devices.sscard.identity import CardIdentity
from devices.sscard.security_module import CardDiversification, SecurityModule
from devices.sscard.status_words import SW_RECORD_NOT_FOUND, fault_for

log = logging.getLogger(__name__)

SFI_EF05 = 5
SW_APPLICATION_LOCKED = 0x9303
SFI_EF06 = 6

# (tag, value length) from the data-item table (§3); Le is 2 + length.
EF05_FREE = ((0x01, 16), (0x03, 4), (0x07, 9))
EF05_PROTECTED = ((0x02, 1), (0x04, 12), (0x05, 4), (0x06, 4))
EF06_ITEMS = ((0x08, 18), (0x09, 30), (0x4E, 20), (0x0A, 1), (0x0B, 1), (0x0C, 3), (0x0D, 4))


@dataclass(frozen=True)
class SelectResult:
    fci: bytes = b""

    @property
    def algorithm_id(self) -> int:
        """FCI tag 9F0C (len 3) holds 86 01 xx; 1 when absent (§8, step 1)."""
        marker = bytes.fromhex("9F0C038601")
        at = self.fci.find(marker)
        if at < 0 or at + len(marker) >= len(self.fci):
            return 1
        return self.fci[at + len(marker)]


def select_ssse(channel: RawChannel, counter: ApduCounter | None = None) -> SelectResult:
    """The card *is* a social security card iff this SELECT succeeds (never judged by ATR)."""
    response = exchange(channel, apdu.select_ssse(), counter)
    if response.sw == SW_APPLICATION_LOCKED:
        raise CardLocked("SELECT SSSE: SW 9303")
    if not response.ok:
        # 6A82 and any other answer: not our application (§5 step 2).
        raise NotSocialSecurityCard(f"SELECT SSSE: SW {response.sw:04X}")
    return SelectResult(response.data)


class _RecordReader:
    def __init__(self, channel: RawChannel, counter: ApduCounter) -> None:
        self.channel = channel
        self.counter = counter

    def read(self, sfi: int, tag: int, length: int) -> bytes | None:
        """The value, or None when the card says the record is absent (6A83)."""
        response = exchange(self.channel, apdu.read_record_by_tag(sfi, tag, length), self.counter)
        if response.sw == SW_RECORD_NOT_FOUND:
            return None
        if not response.ok:
            raise fault_for(response.sw, f"READ RECORD SFI{sfi} TAG{tag:02X}")
        return records.parse_record(tag, response.data)

    def read_optional(self, sfi: int, tag: int, length: int) -> tuple[bytes | None, bool]:
        """(value, protected): 6982 means "needs the security module", not a failure."""
        try:
            return self.read(sfi, tag, length), False
        except SecurityStatusNotSatisfied:
            return None, True


def _plausible_ssn(ssn: str) -> bool:
    """18 characters (last may be X); 15 digits on cards issued against pre-1999 ID numbers."""
    if len(ssn) == 18:
        return ssn[:17].isascii() and ssn[:17].isdigit() and ssn[17] in "0123456789X"
    return len(ssn) == 15 and ssn.isascii() and ssn.isdigit()


def _authenticate(
    channel: RawChannel,
    counter: ApduCounter,
    module: SecurityModule,
    card: CardDiversification,
) -> None:
    random = module.internal_auth_random()
    reply = exchange(channel, apdu.internal_authenticate(random), counter)
    if not reply.ok:
        raise fault_for(reply.sw, "INTERNAL AUTHENTICATE")
    if not module.check_internal_auth(card, random, reply.data):
        raise AuthenticationFailed("INTERNAL AUTHENTICATE: card reply rejected by the module")
    challenge = exchange(channel, apdu.get_challenge(), counter)
    if not challenge.ok:
        raise fault_for(challenge.sw, "GET CHALLENGE")
    if len(challenge.data) != 8:
        raise MalformedCardData(f"GET CHALLENGE: {len(challenge.data)} bytes")
    cryptogram = module.external_auth_cryptogram(card, challenge.data)
    result = exchange(channel, apdu.external_authenticate(cryptogram), counter)
    if not result.ok:
        fault = fault_for(result.sw, "EXTERNAL AUTHENTICATE")
        raise AuthenticationFailed(fault.detail)


def read_identity(
    channel: RawChannel,
    atr: bytes,
    security_module: SecurityModule | None = None,
    counter: ApduCounter | None = None,
) -> CardIdentity:
    """SELECT SSSE, read EF05 01/03/07, then whatever the card generation allows."""
    counter = counter if counter is not None else ApduCounter()
    selected = select_ssse(channel, counter)
    reader = _RecordReader(channel, counter)

    values: dict[int, bytes | None] = {}
    for tag, length in EF05_FREE:
        value = reader.read(SFI_EF05, tag, length)
        if value is None:
            raise MalformedCardData(f"EF05 tag {tag:02X} absent")
        values[tag] = value
    version = records.decode_ascii_an(values[0x03] or b"", 0x03)
    card_number = records.decode_ascii_an(values[0x07] or b"", 0x07)
    ident_code = values[0x01] or b""

    authenticated = False
    if version.startswith("3") and security_module is not None:
        card = CardDiversification(
            atr=atr,
            identification_code=ident_code,
            card_version=version,
            card_number=card_number,
            algorithm_id=selected.algorithm_id,
        )
        _authenticate(channel, counter, security_module, card)
        authenticated = True

    # 1.x/2.x cards give everything; a 3.00 card without authentication answers 6982. The
    # first 6982 in a file ends the reads of that file: its other items share the same access
    # rule, so asking again only costs APDUs.
    for sfi, items in ((SFI_EF05, EF05_PROTECTED), (SFI_EF06, EF06_ITEMS)):
        for tag, length in items:
            value, protected = reader.read_optional(sfi, tag, length)
            if protected:
                log.info("card v%s: SFI%d protected, needs a security module", version, sfi)
                break
            values[tag] = value

    def an(tag: int) -> str | None:
        raw = values.get(tag)
        return None if raw is None else records.decode_an(raw, tag)

    def cn(tag: int) -> str | None:
        raw = values.get(tag)
        return None if raw is None else records.decode_cn(raw, tag) or None

    name = an(0x09)
    if name is not None and values.get(0x4E):
        name += an(0x4E) or ""
    ssn = an(0x08)
    if ssn is not None and not _plausible_ssn(ssn):
        raise MalformedCardData(f"EF06 tag 08: not an ID number ({len(ssn)} characters)")
    raw_issued, raw_expires, raw_birth = values.get(0x05), values.get(0x06), values.get(0x0D)
    identity = CardIdentity(
        atr=atr,
        card_version=version,
        region=records.region_from_identification_code(ident_code),
        card_number=card_number,
        identification_code=records.decode_b(ident_code),
        card_type=an(0x02),
        issuing_organisation=None
        if values.get(0x04) is None
        else records.decode_b(values[0x04] or b""),
        issued=None if raw_issued is None else records.decode_date(raw_issued, 0x05),
        expires=None if raw_expires is None else records.decode_date(raw_expires, 0x06),
        ssn=ssn,
        name=name,
        gender=an(0x0A),
        nation=cn(0x0B),
        birthplace=cn(0x0C),
        birth_date=None if raw_birth is None else records.decode_date(raw_birth, 0x0D),
        authenticated=authenticated,
        apdu_count=counter.count,
    )
    log.info("card read: %s, %d APDUs", identity.masked(), counter.count)
    return identity

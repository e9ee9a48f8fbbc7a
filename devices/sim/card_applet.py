"""The simulated card's APDU logic: files from a `CardProfile`, answered like a T=0 COS would.

Pure (bytes in, bytes out) so it can be driven by the vpcd socket and by property tests alike.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import date

from devices.sim import sim_crypto
from devices.sim.card_profile import CardProfile
from devices.sscard.apdu import SSSE_AID

SW_OK = b"\x90\x00"
PROTECTED_ON_3 = {(5, 0x02), (5, 0x04), (5, 0x05), (5, 0x06)}  # and all of SFI 6
EF_FIDS = {0xEF05: 5, 0xEF06: 6}


def _an(text: str, length: int, encoding: str = "ascii") -> bytes:
    raw = text.encode(encoding)
    if len(raw) > length:
        raise ValueError("value longer than its data item")
    return raw.ljust(length, b"\x00")


def _cn(digits: str, length: int) -> bytes:
    return bytes.fromhex(digits.ljust(length * 2, "F"))


def _date(value: date) -> bytes:
    return _cn(value.strftime("%Y%m%d"), 4)


def identification_code(profile: CardProfile) -> bytes:
    tail = hashlib.sha256(profile.card_number.encode()).digest()[:8]
    return _cn(profile.region, 3) + bytes.fromhex("D156000005") + tail


def build_records(profile: CardProfile) -> dict[tuple[int, int], bytes]:
    """(SFI, tag) -> record value, encoded per the data-item table (§3)."""
    records = {
        (5, 0x01): identification_code(profile),
        (5, 0x02): _an(profile.card_type, 1),
        (5, 0x03): _an(profile.card_version, 4),
        (5, 0x04): profile.initialising_org,
        (5, 0x05): _date(profile.issued),
        (5, 0x06): _date(profile.expires),
        (5, 0x07): _an(profile.card_number, 9),
        (6, 0x08): _an(profile.ssn, 18),
        (6, 0x09): _an(profile.name, 30, "gb18030"),
        (6, 0x0A): _an(profile.gender, 1),
        (6, 0x0B): _cn(profile.nation, 1),
        (6, 0x0C): _cn(profile.birthplace, 3),
        (6, 0x0D): _date(profile.birth_date),
    }
    if profile.name_extension is not None and profile.generation >= 2:
        records[(6, 0x4E)] = _an(profile.name_extension, 20, "gb18030")
    return records


@dataclass
class CardApplet:
    profile: CardProfile
    records: dict[tuple[int, int], bytes] = field(init=False)
    apdu_count: int = 0
    _ssse_selected: bool = False
    _current_sfi: int | None = None
    _pending: bytes = b""
    _challenge: bytes | None = None
    _authenticated: bool = False
    _pin_verified: bool = False

    @property
    def atr(self) -> bytes:
        return self.profile.atr

    @property
    def mute(self) -> bool:
        return self.profile.mute

    @property
    def remove_after_apdus(self) -> int | None:
        return self.profile.remove_after_apdus

    @property
    def mute_after_apdus(self) -> int | None:
        return self.profile.mute_after_apdus

    @property
    def remove_at_power_on(self) -> int | None:
        return self.profile.remove_at_power_on

    @property
    def hang_at_power_on(self) -> int | None:
        return self.profile.hang_at_power_on

    def __post_init__(self) -> None:
        self.records = build_records(self.profile)
        self._card_key = sim_crypto.card_key(
            self.profile.master_key, identification_code(self.profile)
        )

    def reset(self) -> None:
        """Power cycle: the verified PIN and the authentication are lost; the counter is not."""
        self._ssse_selected = False
        self._current_sfi = None
        self._pending = b""
        self._challenge = None
        self._authenticated = False
        self._pin_verified = False

    def process(self, apdu: bytes) -> bytes:
        self.apdu_count += 1
        if len(apdu) < 4:
            return b"\x67\x00"
        cla, ins, p1, p2 = apdu[0], apdu[1], apdu[2], apdu[3]
        body = apdu[4:]
        data, le = b"", None
        if len(body) == 1:
            le = body[0]
        elif len(body) > 1:
            lc = body[0]
            if len(body) not in (1 + lc, 2 + lc):
                return b"\x67\x00"
            data = body[1 : 1 + lc]
            le = body[1 + lc] if len(body) == 2 + lc else None
        if cla not in (0x00, 0x80):
            return b"\x6e\x00"
        if self.profile.locked and ins not in (0xA4, 0xC0):
            return b"\x93\x03"
        if ins != 0xC0:
            self._pending = b""
        handler = {
            0xA4: self._select,
            0xB2: self._read_record,
            0xC0: self._get_response,
            0x20: self._verify,
            0x84: self._get_challenge,
            0x88: self._internal_auth,
            0x82: self._external_auth,
        }.get(ins)
        if handler is None:
            return b"\x6d\x00"
        return handler(p1, p2, data, le)

    def _with_t0(self, payload: bytes) -> bytes:
        if self.profile.t0_get_response and payload:
            self._pending = payload
            return bytes([0x61, len(payload) & 0xFF])
        return payload + SW_OK

    def _select(self, p1: int, p2: int, data: bytes, le: int | None) -> bytes:
        if p1 == 0x04:
            if self.profile.foreign or data != SSSE_AID:
                return b"\x6a\x82"
            self._ssse_selected = True
            self._current_sfi = None
            prop = b""
            if self.profile.generation >= 3:
                prop = bytes.fromhex("9F0C03860101")
            fci_body = b"\x84" + bytes([len(SSSE_AID)]) + SSSE_AID
            fci_body += b"\xa5" + bytes([len(prop)]) + prop
            return self._with_t0(b"\x6f" + bytes([len(fci_body)]) + fci_body)
        if p1 in (0x00, 0x02) and len(data) == 2:
            if not self._ssse_selected:
                return b"\x6a\x82"
            sfi = EF_FIDS.get(int.from_bytes(data, "big"))
            if sfi is None:
                return b"\x6a\x82"
            self._current_sfi = sfi
            return SW_OK
        return b"\x6a\x86"

    def _read_record(self, p1: int, p2: int, data: bytes, le: int | None) -> bytes:
        if not self._ssse_selected:
            return b"\x69\x86"
        sfi = p2 >> 3 or self._current_sfi
        if sfi is None:
            return b"\x69\x86"
        mode = p2 & 0x07
        if mode == 0x04:  # record number; EF06 numbering per §4
            order = {5: [1, 2, 3, 4, 5, 6, 7], 6: [0x08, 0x09, 0x4E, 0x0A, 0x0B, 0x0C, 0x0D]}
            tags = order.get(sfi, [])
            if not 1 <= p1 <= len(tags):
                return b"\x6a\x83"
            tag = tags[p1 - 1]
        elif mode == 0x00:
            tag = p1
        else:
            return b"\x6a\x86"
        if (sfi, tag) not in self.records:
            return b"\x6a\x83" if sfi in (5, 6) else b"\x6a\x82"
        protected = sfi == 6 or (sfi, tag) in PROTECTED_ON_3
        if protected and self.profile.generation >= 3 and not self._authenticated:
            return b"\x69\x82"
        value = self.records[(sfi, tag)]
        record = bytes([tag, len(value)]) + value
        if le not in (None, 0, len(record)):
            if self.profile.t0_wrong_le:
                return bytes([0x6C, len(record)])
            return b"\x67\x00"
        if le is None and self.profile.t0_wrong_le:
            return bytes([0x6C, len(record)])
        return record + SW_OK

    def _get_response(self, p1: int, p2: int, data: bytes, le: int | None) -> bytes:
        if not self._pending:
            return b"\x69\x85"
        want = len(self._pending) if le in (None, 0) else le
        if want > len(self._pending):
            return bytes([0x6C, len(self._pending)])
        chunk, self._pending = self._pending[:want], self._pending[want:]
        if self._pending:
            return chunk + bytes([0x61, len(self._pending) & 0xFF])
        return chunk + SW_OK

    def _verify(self, p1: int, p2: int, data: bytes, le: int | None) -> bytes:
        if not self._ssse_selected:
            return b"\x69\x85"
        if self.profile.tries_left <= 0:
            return b"\x69\x83"
        expected = bytes.fromhex(self.profile.pin + ("F" if len(self.profile.pin) % 2 else ""))
        if data == expected:
            self.profile.tries_left = self.profile.max_tries
            self._pin_verified = True
            return SW_OK
        self.profile.tries_left -= 1
        return bytes([0x63, 0xC0 | self.profile.tries_left])

    def _get_challenge(self, p1: int, p2: int, data: bytes, le: int | None) -> bytes:
        if le != 8:
            return b"\x67\x00" if le is None else bytes([0x6C, 8])
        self._challenge = os.urandom(8)
        return self._challenge + SW_OK

    def _internal_auth(self, p1: int, p2: int, data: bytes, le: int | None) -> bytes:
        if len(data) != 16:
            return b"\x67\x00"
        return self._with_t0(sim_crypto.internal_auth_reply(self._card_key, data))

    def _external_auth(self, p1: int, p2: int, data: bytes, le: int | None) -> bytes:
        if self._challenge is None:
            return b"\x69\x84"
        expected = sim_crypto.external_auth_cryptogram(self._card_key, self._challenge)
        self._challenge = None
        if data != expected:
            return b"\x63\x00"
        self._authenticated = True
        return SW_OK

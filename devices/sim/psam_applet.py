"""A simulated PSAM for vpcd slot 1, and the matching `PsamCommands`.

Real PSAM commands are vendor-specific; these two proprietary-class commands (CLA 80) are the
simulator's own and double as the worked example for vendors writing their `PsamCommands`:
    80 FA 00 00 20 <identification code 16> <random 16>    -> expected internal-auth reply
    80 FA 01 00 18 <identification code 16> <challenge 8>  -> external-auth cryptogram
"""

from __future__ import annotations

from devices.sim import sim_crypto
from devices.sim.card_profile import SIM_MASTER_KEY
from devices.sscard.apdu import Command
from devices.sscard.psam import PSAM_AID
from devices.sscard.security_module import CardDiversification

PSAM_ATR = bytes.fromhex("3B6900000000000000000000")  # placeholder shape


class SimPsamCommands:
    def internal_auth_expected(self, card: CardDiversification, random: bytes) -> Command:
        return Command(
            "PSAM INTERNAL AUTH", 0x80, 0xFA, 0x00, 0x00, card.identification_code + random
        )

    def external_auth_cryptogram(self, card: CardDiversification, challenge: bytes) -> Command:
        return Command(
            "PSAM EXTERNAL AUTH", 0x80, 0xFA, 0x01, 0x00, card.identification_code + challenge
        )


class PsamApplet:
    def __init__(self, master_key: bytes = SIM_MASTER_KEY) -> None:
        self._master_key = master_key
        self.atr = PSAM_ATR
        self.mute = False
        self.remove_after_apdus: int | None = None
        self.mute_after_apdus: int | None = None
        self.remove_at_power_on: int | None = None
        self.hang_at_power_on: int | None = None
        self.apdu_count = 0
        self._selected = False

    def reset(self) -> None:
        self._selected = False

    def process(self, apdu: bytes) -> bytes:
        self.apdu_count += 1
        if len(apdu) < 5:
            return b"\x67\x00"
        cla, ins, p1 = apdu[0], apdu[1], apdu[2]
        data = apdu[5 : 5 + apdu[4]]
        if cla == 0x00 and ins == 0xA4:
            self._selected = data == PSAM_AID
            return b"\x90\x00" if self._selected else b"\x6a\x82"
        if cla != 0x80 or ins != 0xFA:
            return b"\x6d\x00"
        if not self._selected:
            return b"\x69\x85"
        key = sim_crypto.card_key(self._master_key, data[:16])
        if p1 == 0x00 and len(data) == 32:
            return sim_crypto.internal_auth_reply(key, data[16:]) + b"\x90\x00"
        if p1 == 0x01 and len(data) == 24:
            return sim_crypto.external_auth_cryptogram(key, data[16:]) + b"\x90\x00"
        return b"\x6a\x86"

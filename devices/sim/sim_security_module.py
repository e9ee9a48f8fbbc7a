"""A `SecurityModule` holding the simulator's test master key, standing in for a vendor PSAM."""

from __future__ import annotations

import os

from devices.sim import sim_crypto
from devices.sim.card_profile import SIM_MASTER_KEY
from devices.sscard.security_module import CardDiversification


class SimSecurityModule:
    def __init__(self, master_key: bytes = SIM_MASTER_KEY) -> None:
        self._master_key = master_key
        self.authentications = 0

    def _key(self, card: CardDiversification) -> bytes:
        return sim_crypto.card_key(self._master_key, card.identification_code)

    def internal_auth_random(self) -> bytes:
        return os.urandom(16)

    def check_internal_auth(
        self, card: CardDiversification, random: bytes, card_reply: bytes
    ) -> bool:
        return card_reply == sim_crypto.internal_auth_reply(self._key(card), random)

    def external_auth_cryptogram(self, card: CardDiversification, challenge: bytes) -> bytes:
        self.authentications += 1
        return sim_crypto.external_auth_cryptogram(self._key(card), challenge)

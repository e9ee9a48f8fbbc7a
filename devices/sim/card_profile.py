"""A synthetic social security card holder and the card's behaviour switches.

All holder data here is fictitious. The profile is the single source both for the simulated
card's files and for what tests expect to read back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from contract.card_proof import TEST_ISSUER_KEY

# The issuer test key the agency also uses in demo and tests (contract/card_proof.py), so the
# simulated cards answer INTERNAL AUTHENTICATE as the agency expects. A "cloned" card is a
# profile with the right holder data and any other master key.
SIM_MASTER_KEY = TEST_ISSUER_KEY

# A typical 人社 COS ATR shape (§9) with placeholder bytes: T=0 only.
DEFAULT_ATR = bytes.fromhex("3B6D00000081AABBCC8660250101000001")


@dataclass
class CardProfile:
    card_version: str = "2.00"
    region: str = "222400"
    card_number: str = "S12345678"
    card_type: str = "1"
    initialising_org: bytes = bytes.fromhex("222400000000000000000001")
    issued: date = date(2020, 3, 7)
    expires: date = date(2030, 3, 7)
    ssn: str = "22240119900307001X"
    name: str = "金哲"
    name_extension: str | None = None
    gender: str = "1"
    nation: str = "10"
    birthplace: str = "222401"
    birth_date: date = date(1990, 3, 7)
    pin: str = "123456"
    tries_left: int = 3
    max_tries: int = 3
    atr: bytes = DEFAULT_ATR
    master_key: bytes = field(default=SIM_MASTER_KEY, repr=False)
    # Behaviour switches (social-security-card.md §11).
    foreign: bool = False  # not a social security card: SELECT SSSE -> 6A82
    t0_get_response: bool = True  # SELECT answers 61xx; FCI only through GET RESPONSE
    t0_wrong_le: bool = True  # READ RECORD with a wrong Le answers 6Cxx
    locked: bool = False  # application permanently locked: 9303
    mute: bool = False  # answers the ATR request with one byte that is no ATR: no protocol
    remove_after_apdus: int | None = None  # vanish (TCP close) on this APDU: pulled mid-read
    # Answer this many APDUs, then none, while staying in the reader: a card that hangs.
    mute_after_apdus: int | None = None
    # Vanish when powered up for the n-th time (1: at insertion): pulled while powering up.
    remove_at_power_on: int | None = None
    # Give no ATR when powered up for the n-th time, while staying in the reader.
    hang_at_power_on: int | None = None

    @property
    def generation(self) -> int:
        return int(self.card_version[0])

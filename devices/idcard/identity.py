"""What an ID card told us, for every card type the reader can read (id-card-reader.md §6)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from contract.masking import mask_id_number, mask_name


class IdCardType(enum.Enum):
    RESIDENT = "resident"  # 居民身份证, flag ' '
    HMT_RESIDENCE_PERMIT = "hmt_residence_permit"  # 港澳台居民居住证, flag 'J'
    FOREIGNER_PERMANENT_2017 = "foreigner_permanent_2017"  # 外国人永久居留身份证, flag 'I'
    FOREIGNER_PERMANENT_2023 = "foreigner_permanent_2023"  # 2023 version, flag 'Y'


LONG_TERM = "长期"


@dataclass(frozen=True)
class IdCardData:
    card_type: IdCardType
    name: str = field(repr=False)  # Chinese name; the English name on foreigner cards if empty
    gender: str | None
    birth_date: date | None = field(repr=False)
    id_number: str = field(repr=False)  # ID number, or the permanent-residence card number
    valid_from: date | None
    valid_to: date | None  # None together with `long_term` for 长期 cards
    long_term: bool = False
    nation: str | None = None
    address: str | None = field(default=None, repr=False)
    authority: str | None = None
    english_name: str | None = field(default=None, repr=False)
    nationality: str | None = None
    travel_permit_number: str | None = field(default=None, repr=False)
    issue_count: str | None = None
    renewal_count: str | None = None
    card_version: str | None = None
    authority_code: str | None = None
    previous_card_link: str | None = field(default=None, repr=False)
    appended_address: str | None = field(default=None, repr=False)
    # WLT-compressed photo: opaque, kept in memory only, never written to disk or logged.
    photo: bytes = field(default=b"", repr=False)

    @property
    def full_address(self) -> str | None:
        if self.address is None:
            return self.appended_address
        return self.address + (self.appended_address or "")

    def masked(self) -> str:
        return (
            f"{self.card_type.value} name={mask_name(self.name)} "
            f"no={mask_id_number(self.id_number)}"
        )

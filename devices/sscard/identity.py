"""What a social security card told us. Every field is optional: a 3.00 card without a security
module gives only region, version and card number (social-security-card.md §8)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from contract.masking import mask_card_number, mask_id_number, mask_name


@dataclass(frozen=True)
class CardIdentity:
    atr: bytes = field(repr=False)
    card_version: str | None
    region: str | None
    card_number: str | None = field(default=None, repr=False)
    identification_code: str | None = field(default=None, repr=False)
    card_type: str | None = None
    issuing_organisation: str | None = None
    issued: date | None = None
    expires: date | None = None
    ssn: str | None = field(default=None, repr=False)
    name: str | None = field(default=None, repr=False)
    gender: str | None = None
    nation: str | None = None
    birthplace: str | None = field(default=None, repr=False)
    birth_date: date | None = field(default=None, repr=False)
    authenticated: bool = False  # True when a security module unlocked the protected items
    apdu_count: int = 0

    @property
    def generation(self) -> int | None:
        if not self.card_version or not self.card_version[0].isdigit():
            return None
        return int(self.card_version[0])

    @property
    def holder_data_complete(self) -> bool:
        return self.ssn is not None and self.name is not None

    def masked(self) -> str:
        """For log lines: shape only."""
        return (
            f"card v{self.card_version} region={self.region} "
            f"no={mask_card_number(self.card_number or '')} "
            f"ssn={mask_id_number(self.ssn or '')} name={mask_name(self.name or '')}"
        )

    def is_expired(self, today: date) -> bool:
        return self.expires is not None and self.expires < today

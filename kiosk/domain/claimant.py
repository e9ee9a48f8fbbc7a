"""Who is at the kiosk: what the cards say, how they proved it, and the agency's record of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kiosk.domain.identity import IdNumber, MobileNumber
from kiosk.domain.masking import mask_mobile


class LoginMethod(StrEnum):
    SOCIAL_SECURITY_CARD = "social_security_card"
    ID_CARD = "id_card"


@dataclass(frozen=True)
class CardIdentity:
    """What the social security card's chip says about its holder, before the PIN is checked.

    A 3rd-generation card read without a security module gives only its issuing region and card
    number: `ssn` is then None and `name` empty, and the agency names the holder after the card
    accepted the PIN (`POST /claimants/lookup-by-card`).
    """

    ssn: IdNumber | None
    name: str = field(repr=False)
    card_number: str = field(repr=False)
    region_code: str = ""

    @property
    def holder_known(self) -> bool:
        """False for a card that must be looked up by region and card number."""
        return self.ssn is not None


@dataclass(frozen=True)
class IdCardIdentity:
    """What the resident ID card reader returns; unproven until the one-time code is entered."""

    id_number: IdNumber
    name: str = field(repr=False)


@dataclass(frozen=True)
class CardPinLogin:
    """The card itself verified the PIN; the agency trusts the kiosk's word for it."""


@dataclass(frozen=True)
class OtpLogin:
    """The agency's token from /otp/verify; it is a credential, so never shown or logged."""

    token: str = field(repr=False)


LoginProof = CardPinLogin | OtpLogin


class AccountKind(StrEnum):
    SOCIAL_SECURITY_CARD = "social_security_card"  # the card's financial account (社银接口)
    BANK_ACCOUNT = "bank_account"


@dataclass(frozen=True)
class PaymentAccount:
    """The account on file; the kiosk never asks for a bank card number (benefit rules)."""

    kind: AccountKind
    bank_name: str = ""
    last_digits: str = field(default="", repr=False)


@dataclass(frozen=True)
class Claimant:
    """The agency's record of the claimant, or, offline, what the PIN-verified card proves."""

    ssn: IdNumber
    name: str = field(repr=False)
    mobile_on_file: MobileNumber | None = None
    payment_account: PaymentAccount | None = None
    from_card_only: bool = False  # built offline from the card: no agency record was read
    # The agency sends the number on file only masked (138****5678); the claimant may choose
    # it, and the submission then says "on_file" instead of a number.
    masked_mobile: str = ""

    @property
    def birth_date(self) -> date:
        return self.ssn.birth_date

    @property
    def has_mobile_on_file(self) -> bool:
        return self.mobile_on_file is not None or bool(self.masked_mobile)

    @property
    def masked_mobile_on_file(self) -> str | None:
        """The number on file as the claimant may see it, or None when there is none."""
        if self.masked_mobile:
            return self.masked_mobile
        return mask_mobile(self.mobile_on_file) if self.mobile_on_file is not None else None

    @classmethod
    def from_card(cls, card: CardIdentity) -> Claimant | None:
        """The offline stand-in: the card's chip is its own payment account.

        None for a card that does not say whose it is (3rd generation, no security module).
        """
        if card.ssn is None:
            return None
        return cls(
            ssn=card.ssn,
            name=card.name,
            payment_account=PaymentAccount(AccountKind.SOCIAL_SECURITY_CARD),
            from_card_only=True,
        )

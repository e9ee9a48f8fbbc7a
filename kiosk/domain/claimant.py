"""Who is at the kiosk: what the cards say, how they proved it, and the agency's record of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from contract.masking import mask_mobile
from kiosk.domain.identity import IdNumber, MobileNumber


class LoginMethod(StrEnum):
    SOCIAL_SECURITY_CARD = "social_security_card"
    ID_CARD = "id_card"
    ECARD = "ecard"  # the electronic social security card's QR code, shown to the scanner


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
    # The card identification code (EF05 tag 01, 32 hex): the agency derives the key the card
    # proves itself with from it. Empty for a card that did not give one.
    card_id: str = field(default="", repr=False)

    @property
    def credentials(self) -> CardCredentials:
        return CardCredentials(
            card_id=self.card_id, region_code=self.region_code, card_number=self.card_number
        )

    @property
    def holder_known(self) -> bool:
        """False for a card that must be looked up by region and card number."""
        return self.ssn is not None


@dataclass(frozen=True)
class IdCardIdentity:
    """What the ID card reader returns; unproven until the one-time code is entered.

    Resident cards, HK/Macau/Taiwan residence permits and 2023 foreigner permanent residence
    cards all carry a GB 11643 number; a 2017 foreigner permanent residence card its own
    15-character number (kiosk.domain.identity). `valid_to` is None for a long-term (长期) card.
    """

    id_number: IdNumber
    name: str = field(repr=False)
    valid_to: date | None = None

    def expired_on(self, today: date) -> bool:
        """A card is valid through its end date (the date printed is the last valid day)."""
        return self.valid_to is not None and self.valid_to < today


@dataclass(frozen=True)
class CardCredentials:
    """What the agency needs beside the card's cryptogram to check it: which card it is."""

    card_id: str = field(repr=False)
    region_code: str
    card_number: str = field(repr=False)


@dataclass(frozen=True)
class HomeRegion:
    """Where a claimant insured in another prefecture is served, as the agency names it
    (outside_service_area): the kiosk tells them where to go, in their language."""

    code: str
    name_zh: str = ""
    name_ko: str = ""


@dataclass(frozen=True)
class CardLogin:
    """The card accepted the PIN, then answered the agency's single-use challenge; the agency
    checked the answer and gave this token (docs/api.md, "Card login"). Never shown or logged.

    Submissions are proven by the card itself (CardSubmissionProof), not by the token: a claim
    may wait in the queue for longer than a token lives."""

    card: CardCredentials
    token: str = field(repr=False)


@dataclass(frozen=True)
class CardOfflineLogin:
    """The card accepted the PIN while the agency was unreachable: nothing could be checked
    yet. Eligibility, status and courses need the agency; a claim is queued, proven by the card
    answering a challenge derived from the claim itself when the claimant confirms it."""

    card: CardCredentials


@dataclass(frozen=True)
class OtpLogin:
    """The agency's token from /otp/verify; it is a credential, so never shown or logged."""

    token: str = field(repr=False)


@dataclass(frozen=True)
class EcardLogin:
    """The agency's token from /login/ecard, and the ID number of the holder the e-card platform
    named: the kiosk learns who it is only from the agency, after the proof. Never shown or
    logged. Like the ID card's token, it proves submissions too while it lives."""

    ssn: IdNumber
    token: str = field(repr=False)


LoginProof = CardLogin | CardOfflineLogin | OtpLogin | EcardLogin


@dataclass(frozen=True)
class CardSubmissionProof:
    """The card's answer to the challenge derived from one submission (its client reference and
    content hash), computed while the card is in the reader as the claimant confirms. It stays
    valid however long the claim waits in the queue, and binds the card to that claim only."""

    card: CardCredentials
    cryptogram: bytes = field(repr=False)


#: What a submission carries beside its payload: the card's own proof, or the ID-card login's
#: one-time-code token (which the agency accepts only while the token lives).
SubmissionProof = CardSubmissionProof | OtpLogin | EcardLogin


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
        return mask_mobile(self.mobile_on_file.value) if self.mobile_on_file is not None else None

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

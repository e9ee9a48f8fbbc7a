"""Expected faults as values: the flow handles each one; exceptions are for bugs.

None of them carries personal data, so any of them may be logged.
"""

from __future__ import annotations

from enum import StrEnum


class CardFault(StrEnum):
    REMOVED = "card.removed"
    UNREADABLE = "card.unreadable"
    NOT_A_SOCIAL_SECURITY_CARD = "card.not_a_social_security_card"
    READER_FAULT = "card.reader_fault"
    EXPIRED = "card.expired"  # past its expiry date: a new card is issued at the counter
    PIN_LOCKED = "card.pin_locked"  # PIN (or the card's application) already locked when read


class ServiceFault(StrEnum):
    UNREACHABLE = "service.unreachable"  # network down, timeout, 5xx: the offline path applies
    REFUSED = "service.refused"  # the agency answered no for good (4xx)


class CardProofFault(StrEnum):
    """The agency checked the card's answer to its challenge and said no (docs/api.md)."""

    NOT_GENUINE = "card_proof.not_genuine"  # card_proof_invalid: right data, wrong key: a clone
    UNKNOWN_CARD = "card_proof.unknown_card"  # card_unknown: no insured person holds this card
    OUTSIDE_SERVICE_AREA = "card_proof.outside_service_area"  # insured in another prefecture


class OtpFault(StrEnum):
    NO_MOBILE_ON_FILE = "otp.no_mobile_on_file"
    NOT_FOUND = "otp.not_found"
    UNREACHABLE = "otp.unreachable"
    TOO_MANY_REQUESTS = "otp.too_many_requests"


class StorageFault(StrEnum):
    DISK_FULL = "storage.disk_full"
    FAILED = "storage.failed"


class PrinterFault(StrEnum):
    PAPER_OUT = "printer.paper_out"
    COVER_OPEN = "printer.cover_open"
    OFFLINE = "printer.offline"
    FAILED = "printer.failed"

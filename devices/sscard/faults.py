"""Typed faults of the social security card path; one class per thing the flow must tell apart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from devices.faults import DeviceFault

if TYPE_CHECKING:
    from devices.sscard.identity import CardIdentity


class CardFault(DeviceFault):
    kind = "card_fault"
    message = "The card could not be read."


class NoReader(CardFault):
    kind = "no_reader"
    message = "No card reader is connected."


class ReaderServiceDown(NoReader):
    """pcscd is not running or went away: for the claimant this is the same as no reader."""

    kind = "no_reader"
    message = "The card reader service is not running."


class NoCard(CardFault):
    kind = "no_card"
    message = "No card is in the reader."


class CardRemoved(CardFault):
    kind = "card_removed"
    message = "The card was removed during the read."


class UnresponsiveCard(CardFault):
    kind = "unresponsive_card"
    message = "The card does not respond; it may be inserted the wrong way round."


class CardStoppedAnswering(UnresponsiveCard):
    """A card call missed its deadline: the chip hangs while the card stays in the reader."""

    message = "The card stopped answering; please take it out and insert it again."


class NotSocialSecurityCard(CardFault):
    kind = "not_social_security_card"
    message = "This is not a social security card."


class ExpiredCard(CardFault):
    """Carries the identity read so staff screens can still show whose card it is."""

    kind = "expired_card"
    message = "The card has expired."

    def __init__(self, detail: str = "", identity: CardIdentity | None = None) -> None:
        super().__init__(detail)
        self.identity = identity


class MalformedCardData(CardFault):
    kind = "malformed_data"
    message = "The card returned data in an unexpected form."


class CardLocked(CardFault):
    """93 03: the application is permanently locked."""

    kind = "card_locked"
    message = "The card is locked; please see staff."


class PinBlocked(CardFault):
    kind = "pin_blocked"
    message = "The card PIN is blocked; please see staff."


class InvalidPinFormat(CardFault):
    kind = "invalid_pin_format"
    message = "The PIN must be 4 to 12 digits."


class SecurityStatusNotSatisfied(CardFault):
    """69 82: on a 3.00 card this is expected before external authentication."""

    kind = "security_status_not_satisfied"
    message = "The card needs a security module to release this item."


class AuthenticationFailed(CardFault):
    """63 Cx / 69 84 during external or internal authentication, or a bad internal-auth reply."""

    kind = "authentication_failed"
    message = "The card and the security module did not authenticate each other."


class SecurityModuleFault(CardFault):
    """6A 88 or a PSAM-side failure: a key setup problem for a technician."""

    kind = "security_module_fault"
    message = "The security module is missing or not set up."


class CardCommandError(CardFault):
    """A status word that means our command was wrong for this card (a bug or a foreign card)."""

    kind = "card_command_error"
    message = "The card refused a command."


class CardStatusError(CardFault):
    """Any status word not in the table: generic failure, the SW is in `detail`."""

    kind = "card_status_error"
    message = "The card reported an error."

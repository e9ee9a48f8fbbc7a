"""The claimant's own business after applying: a reported change of circumstances, a withdrawn
application, and the ways the agency can say no to either (issue 13 items 1 and 2).

Plain values, as the kiosk sees them: the adapter maps the agency's answers to these, the flow
decides on them and the screens word them. Expected refusals are values, never exceptions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kiosk.domain.claims import ClaimKind
from kiosk.domain.money import Money


class ChangeKind(StrEnum):
    """What a claimant may report at a kiosk; the wire values of `POST /api/v1/changes`.

    Imprisonment is reported by family at a counter (the server refuses it from a kiosk), so it
    is not offered here at all."""

    REEMPLOYMENT = "reemployment"
    SELF_EMPLOYMENT = "self_employment"
    PENSION = "pension"
    SETTLED_ABROAD = "settled_abroad"
    ENLISTMENT = "enlistment"


class ChangeEffect(StrEnum):
    """What the change did to the claim, as the agency's receipt says."""

    STOPPED = "stopped"  # payment stops from `stops_from`
    ALREADY_STOPPED = "already_stopped"  # an earlier stop stands; nothing more changes
    AT_DECISION = "at_decision"  # not decided yet: the decision takes the change into account
    AFTER_BENEFIT = "after_benefit"  # the benefit had already ended: nothing changes


@dataclass(frozen=True)
class ChangeRecord:
    """The agency's receipt for one reported change."""

    reference: str  # the client reference, the change's own number on the receipt
    kind: ChangeKind
    effective_date: date
    effect: ChangeEffect
    claim_reference: str | None
    stops_from: date | None  # first day of the month payment stops from
    overpaid: Money  # already paid for months from the stop on: to be paid back
    overpaid_months: int

    @property
    def code(self) -> str:
        """The change's number as a person reads it out: the first eight hex digits of its
        client reference (a UUID), in two groups. A 36-character UUID wraps on a 58 mm receipt
        and nobody can read it to 12333; the full reference stays in the receipt's QR code, and
        eight digits already single out one of a claimant's few changes."""
        digits = self.reference.replace("-", "").upper()[:8]
        return f"{digits[:4]} {digits[4:]}"


class ChangeFault(StrEnum):
    """Why no change was recorded. Each says something different to the claimant.

    `UNREACHABLE` has the same value as ServiceFault.UNREACHABLE on purpose: the session's
    offline banner reads any result whose fault equals it as "the network is down"."""

    UNREACHABLE = "unreachable"  # network down, or the agency refused the kiosk itself
    NO_CLAIM = "no_claim"  # no_claim_to_change: nothing a change could act on
    DATE_IN_FUTURE = "date_in_future"  # change_date_in_future (the agency's calendar)
    COUNTER_ONLY = "counter_only"  # change_kind_counter_only
    SIGN_IN_AGAIN = "sign_in_again"  # the claimant's login is no longer accepted
    REFUSED = "refused"  # any other considered "no" (a reference conflict, a card number)


@dataclass(frozen=True)
class Withdrawal:
    """The agency's receipt for a withdrawn application."""

    reference: str  # the claim's reference
    kind: ClaimKind
    withdrawn_on: date
    verification_code: str  # for the public status page, as on an application's receipt


class WithdrawFault(StrEnum):
    """Why an application was not withdrawn; the application then stands as it was."""

    UNREACHABLE = "unreachable"  # same value as ServiceFault.UNREACHABLE, see ChangeFault
    ALREADY_DECIDED = "already_decided"  # claim_not_withdrawable, decided meanwhile
    ALREADY_WITHDRAWN = "already_withdrawn"  # claim_not_withdrawable with state "withdrawn"
    NOT_FOUND = "not_found"  # claim_unknown: not this claimant's, or not (yet) at the agency
    SIGN_IN_AGAIN = "sign_in_again"
    REFUSED = "refused"


class ChangeDateProblem(StrEnum):
    """A date the kiosk refuses before asking the agency."""

    IN_FUTURE = "in_future"  # it has not happened yet
    TOO_EARLY = "too_early"  # before the claim began: a counter sorts out such a case

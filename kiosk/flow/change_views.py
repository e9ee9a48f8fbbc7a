"""View models of the report-a-change and withdraw screens; joined to `ScreenView` in
view_models.py. Plain frozen values: the screens word them and decide nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kiosk.domain.changes import ChangeEffect, ChangeKind
from kiosk.domain.claims import ClaimKind, ClaimRecord, ClaimSituation, StatusSource
from kiosk.domain.money import Money
from kiosk.flow.messages import Msg
from kiosk.flow.states import ChangeStep, PrintProgress


class Consequence(StrEnum):
    """What the review says the change will do, before it is sent."""

    STOPS_PAYMENT = "stops_payment"  # a decided claim: payment stops from the month it happened
    AT_DECISION = "at_decision"  # not decided yet: the agency weighs it when deciding


class WithdrawOffer(StrEnum):
    """Whether the status screen offers "withdraw" for a claim, or says why not yet."""

    OFFERED = "offered"  # at the agency and not decided
    AFTER_SENDING = "after_sending"  # still in this kiosk's queue: the agency has nothing yet


@dataclass(frozen=True)
class ReportChangeView:
    message: Msg
    step: ChangeStep  # CANNOT, KIND, DATE or REVIEW (the busy steps show the busy screen)
    kinds: tuple[ChangeKind, ...]
    kind: ChangeKind | None
    on: date | None  # what the date picker shows: the date chosen before, else today
    earliest: date | None  # the picker's bounds, also said in words under it
    latest: date | None
    problem: Msg | None
    consequence: Consequence | None = None
    stops_from: date | None = None  # first day of the month payment would stop from
    claim_reference: str | None = None  # the claim the change acts on


@dataclass(frozen=True)
class ChangeDoneView:
    message: Msg
    reference: str
    kind: ChangeKind
    effective_date: date
    effect: ChangeEffect
    stops_from: date | None
    overpaid: Money
    overpaid_months: int
    printing: PrintProgress | None
    fault: Msg | None


@dataclass(frozen=True)
class WithdrawView:
    message: Msg
    reference: str
    kind: ClaimKind
    problem: Msg | None


@dataclass(frozen=True)
class WithdrawnView:
    message: Msg
    reference: str
    kind: ClaimKind
    withdrawn_on: date
    printing: PrintProgress | None
    fault: Msg | None


#: As the agency's WITHDRAWABLE (server/services/withdrawals.py): not decided yet.
WITHDRAWABLE = frozenset({ClaimSituation.RECEIVED, ClaimSituation.UNDER_REVIEW})


def offer(record: ClaimRecord) -> WithdrawOffer | None:
    """What the status screen offers for a claim: the button, a note why not yet, or nothing."""
    if record.situation is ClaimSituation.WAITING_ON_KIOSK:
        return WithdrawOffer.AFTER_SENDING
    if record.source is StatusSource.AGENCY and record.situation in WITHDRAWABLE:
        return WithdrawOffer.OFFERED
    return None

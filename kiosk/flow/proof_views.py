"""What the written-decision and registration-proof screens show (joined to view_models.py).

The agency's own wording arrives in both languages; these views carry it already in the
session's language, like the eligibility screen's reasons.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.domain.claims import ClaimRecord
from kiosk.domain.decisions import AppealKind
from kiosk.flow.messages import Msg
from kiosk.flow.states import PrintProgress


@dataclass(frozen=True)
class DecisionSummary:
    """On the status screen, for a refused claim: when it was decided and the last days to
    appeal (counted from the decision date)."""

    decided_on: date
    review_by: date | None
    sue_by: date | None


@dataclass(frozen=True)
class ReasonLine:
    text: str
    rule: str


@dataclass(frozen=True)
class AppealLine:
    kind: AppealKind
    body: str
    time_limit: str
    law: str
    last_day: date


@dataclass(frozen=True)
class DecisionView:
    message: Msg
    number: str
    reference: str
    agency: str
    decided_on: date
    due_by: date
    decided_in_time: bool
    reasons: tuple[ReasonLine, ...]
    appeals: tuple[AppealLine, ...]
    printing: PrintProgress | None
    fault: Msg | None


@dataclass(frozen=True)
class RegistrationProofView:
    message: Msg
    registration_date: date | None
    masked_name: str
    masked_id_number: str
    agency: str
    issued_on: date | None
    verify_url: str | None
    printing: PrintProgress | None
    fault: Msg | None


def decision_summary(record: ClaimRecord) -> DecisionSummary | None:
    """The status screen's short form of a refusal's written decision."""
    notice = record.decision
    if notice is None:
        return None
    last = {appeal.kind: appeal.last_day for appeal in notice.appeals}
    return DecisionSummary(
        decided_on=notice.decided_on,
        review_by=last.get(AppealKind.ADMINISTRATIVE_REVIEW),
        sue_by=last.get(AppealKind.LAWSUIT),
    )

"""Stop conditions checked against external records instead of monthly sign-in.

Regulations art. 15 and Law art. 51 list when payment stops; the 2019 notice §4 says each is
verified by comparing data: new employer contributions or a business registration (re-employed),
pension-recipient records, public employment-service records of refused offers, and population,
public-security and justice records (died, enlisted, settled abroad, imprisoned).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from server.rules.reasons import Explanation, ReasonCode, explain


class ExternalRecordKind(StrEnum):
    EMPLOYER_CONTRIBUTION = "employer_contribution"
    BUSINESS_REGISTRATION = "business_registration"
    PENSION = "pension"
    JOB_OFFER_REFUSED = "job_offer_refused"
    TRAINING_REFUSED = "training_refused"
    DEATH = "death"
    ENLISTMENT = "enlistment"
    SETTLED_ABROAD = "settled_abroad"
    IMPRISONMENT = "imprisonment"


STOP_REASON_BY_KIND: dict[ExternalRecordKind, ReasonCode] = {
    ExternalRecordKind.EMPLOYER_CONTRIBUTION: ReasonCode.STOP_REEMPLOYED_CONTRIBUTION,
    ExternalRecordKind.BUSINESS_REGISTRATION: ReasonCode.STOP_REEMPLOYED_BUSINESS,
    ExternalRecordKind.PENSION: ReasonCode.STOP_PENSION,
    ExternalRecordKind.JOB_OFFER_REFUSED: ReasonCode.STOP_REFUSED_JOB,
    ExternalRecordKind.TRAINING_REFUSED: ReasonCode.STOP_REFUSED_TRAINING,
    ExternalRecordKind.DEATH: ReasonCode.STOP_DIED,
    ExternalRecordKind.ENLISTMENT: ReasonCode.STOP_ENLISTED,
    ExternalRecordKind.SETTLED_ABROAD: ReasonCode.STOP_SETTLED_ABROAD,
    ExternalRecordKind.IMPRISONMENT: ReasonCode.STOP_IMPRISONED,
}

# Kinds that describe a lasting state rather than an event: a pension once granted, or a death,
# bars a claim whenever it was recorded, not only when it falls after the separation.
_LASTING_KINDS = frozenset({ExternalRecordKind.PENSION, ExternalRecordKind.DEATH})


@dataclass(frozen=True)
class ExternalRecord:
    """One fact from another register about the claimant, dated when it took effect.

    `good_reason` marks a refused offer the agency accepted as justified: only refusals
    "without good reason" stop payment (Law art. 51(5)).
    """

    kind: ExternalRecordKind
    effective_date: date
    source: str = ""
    reference: str = ""
    employer_code: str | None = None
    good_reason: bool = False

    @property
    def stops_payment(self) -> bool:
        return not self.good_reason


@dataclass(frozen=True)
class StopFinding:
    """A cross-check hit: payment stops from `stop_date` for `reason`, as `record` shows."""

    reason: ReasonCode
    stop_date: date
    record: ExternalRecord


def _finding(record: ExternalRecord) -> StopFinding:
    return StopFinding(STOP_REASON_BY_KIND[record.kind], record.effective_date, record)


def find_stops(records: Iterable[ExternalRecord], *, claim_start: date) -> tuple[StopFinding, ...]:
    """Every stop condition shown by records dated on or after the claim's start, earliest first."""
    hits = [_finding(r) for r in records if r.stops_payment and r.effective_date >= claim_start]
    return tuple(sorted(hits, key=_order))


def first_stop(records: Iterable[ExternalRecord], *, claim_start: date) -> StopFinding | None:
    """When an active claim stops and why: the earliest hit on or after `claim_start`."""
    hits = find_stops(records, claim_start=claim_start)
    return hits[0] if hits else None


def find_bars(
    records: Iterable[ExternalRecord], *, separated_on: date, application_date: date
) -> tuple[StopFinding, ...]:
    """Stop conditions that already hold when a claim is made, so it cannot start at all.

    Events count from the day after the separation (the separating employer's last premium is
    not re-employment) up to the application date; a pension or a death counts whenever recorded.
    """
    hits = [
        _finding(r)
        for r in records
        if r.stops_payment
        and r.effective_date <= application_date
        and (r.kind in _LASTING_KINDS or r.effective_date > separated_on)
    ]
    return tuple(sorted(hits, key=_order))


def _order(finding: StopFinding) -> tuple[date, int]:
    return finding.stop_date, list(ExternalRecordKind).index(finding.record.kind)


def explain_stop(finding: StopFinding) -> Explanation:
    """The claimant-facing texts for a cross-check hit."""
    return explain(finding.reason, date=finding.stop_date)

"""Stop conditions checked against external records instead of monthly sign-in.

Regulations art. 15 and Law art. 51 list when payment stops; the 2019 notice §4 says each is
verified by comparing data: new employer contributions or a business registration (re-employed),
pension-recipient records, public employment-service records of refused offers, and population,
public-security and justice records (died, enlisted, settled abroad, imprisoned).

Timing (benefit-rules.md, "Timing of stop conditions"): a lasting state (pension, prison, abroad,
military service, death) that still holds when the claim is made bars it, whenever it began; one
that begins during the benefit stops payment from the month it takes effect, and that month is
not paid (Law art. 51 stops the benefit "when" the condition arises, and the ledger pays whole
months: the re-employed are paid wages, the pensioner a pension for it); months before it stay
payable. A record dated after the "as of" day does nothing yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from server.rules.month_math import add_months, month_index, month_start
from server.rules.parameters import NATIONAL_DEFAULTS, RuleParameters
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

# States that last rather than events that happen: they bar a claim whenever they began, as long
# as they still hold. A death never ends; the others end on `ExternalRecord.ended_on`.
LASTING_KINDS = frozenset(
    {
        ExternalRecordKind.PENSION,
        ExternalRecordKind.DEATH,
        ExternalRecordKind.IMPRISONMENT,
        ExternalRecordKind.SETTLED_ABROAD,
        ExternalRecordKind.ENLISTMENT,
    }
)
REFUSAL_KINDS = frozenset(
    {ExternalRecordKind.JOB_OFFER_REFUSED, ExternalRecordKind.TRAINING_REFUSED}
)


@dataclass(frozen=True)
class ExternalRecord:
    """One fact from another register about the claimant, dated when it took effect.

    `good_reason` marks a refused offer the agency accepted as justified: only refusals
    "without good reason" stop payment (Law art. 51(5)). `ended_on` is the day a lasting state
    stopped holding (released, returned from abroad, discharged from service); it holds up to the
    day before. Maps the nullable `external_records.ended_on` column.
    """

    kind: ExternalRecordKind
    effective_date: date
    source: str = ""
    reference: str = ""
    employer_code: str | None = None
    good_reason: bool = False
    ended_on: date | None = None

    def __post_init__(self) -> None:
        if self.ended_on is not None and self.ended_on < self.effective_date:
            raise ValueError("a state cannot end before it takes effect")

    @property
    def stops_payment(self) -> bool:
        return not self.good_reason

    @property
    def is_lasting(self) -> bool:
        return self.kind in LASTING_KINDS

    def holds_on(self, day: date) -> bool:
        """Whether a lasting state is in force on `day` (a death, once recorded, always is)."""
        if self.effective_date > day:
            return False
        if self.kind is ExternalRecordKind.DEATH or self.ended_on is None:
            return True
        return day < self.ended_on


@dataclass(frozen=True)
class StopFinding:
    """A cross-check hit: payment stops from `stop_date` for `reason`, as `record` shows."""

    reason: ReasonCode
    stop_date: date
    record: ExternalRecord


def _finding(record: ExternalRecord) -> StopFinding:
    return StopFinding(STOP_REASON_BY_KIND[record.kind], record.effective_date, record)


def _stop_from(record: ExternalRecord) -> StopFinding:
    """When a stop acts on a running claim. A death stops payment from the month after it
    (死亡次月起停发): the claimant was alive in the month of death, which stays payable, as the
    counter's death endpoint (server/services/death_benefits.py) also has it. Every other stop
    acts from its own date."""
    finding = _finding(record)
    if record.kind is ExternalRecordKind.DEATH:
        following = add_months(record.effective_date.replace(day=1), 1)
        return StopFinding(finding.reason, following, record)
    return finding


def _known(records: Iterable[ExternalRecord], as_of: date | None) -> list[ExternalRecord]:
    return [r for r in records if r.stops_payment and (as_of is None or r.effective_date <= as_of)]


def _nth_refusal(
    records: Iterable[ExternalRecord], parameters: RuleParameters
) -> StopFinding | None:
    """The refusal that reaches the province's count (Law art. 51(5)); job and training refusals
    count together, and the stop takes the date and kind of the refusal that reaches it."""
    refusals = sorted(
        (r for r in records if r.kind in REFUSAL_KINDS),
        key=lambda r: (r.effective_date, list(ExternalRecordKind).index(r.kind)),
    )
    if len(refusals) < parameters.refusals_to_stop:
        return None
    return _finding(refusals[parameters.refusals_to_stop - 1])


def find_stops(
    records: Iterable[ExternalRecord],
    *,
    claim_start: date,
    as_of: date | None = None,
    parameters: RuleParameters = NATIONAL_DEFAULTS,
) -> tuple[StopFinding, ...]:
    """Every stop condition of a running claim known by `as_of`, earliest first.

    Events (re-employment) count from the claim's start; a lasting state counts when it began
    during the benefit or still held when the benefit began (a pension missed at the decision
    still stops the claim, from its own date). Refusals count only once the province's number of
    them (`refusals_to_stop`) is reached during the benefit. `as_of=None` takes every record,
    whatever its date: the server passes its business date.
    """
    known = _known(records, as_of)
    hits = [
        _stop_from(r)
        for r in known
        if r.kind not in REFUSAL_KINDS
        and (r.effective_date >= claim_start or (r.is_lasting and r.holds_on(claim_start)))
    ]
    refusal = _nth_refusal((r for r in known if r.effective_date >= claim_start), parameters)
    if refusal is not None:
        hits.append(refusal)
    return tuple(sorted(hits, key=_order))


def first_stop(
    records: Iterable[ExternalRecord],
    *,
    claim_start: date,
    as_of: date | None = None,
    parameters: RuleParameters = NATIONAL_DEFAULTS,
) -> StopFinding | None:
    """When a running claim stops and why, as known by `as_of`: the earliest finding."""
    hits = find_stops(records, claim_start=claim_start, as_of=as_of, parameters=parameters)
    return hits[0] if hits else None


def find_bars(
    records: Iterable[ExternalRecord],
    *,
    separated_on: date,
    application_date: date,
    parameters: RuleParameters = NATIONAL_DEFAULTS,
) -> tuple[StopFinding, ...]:
    """Stop conditions that already hold when a claim is made, so it cannot start at all.

    A lasting state (pension, death, prison, abroad, military service) bars the claim when it
    holds on the application date, even if it began before the separation; one that has ended
    (`ended_on`) no longer does. Events (re-employment, refusals) count from the day after the
    separation (the separating employer's last premium is not re-employment) up to the
    application date, refusals only once the province's number of them is reached. Records dated
    after the application date do nothing yet.
    """
    known = _known(records, application_date)
    hits = [
        _finding(r)
        for r in known
        if (r.is_lasting and r.holds_on(application_date))
        or (not r.is_lasting and r.kind not in REFUSAL_KINDS and r.effective_date > separated_on)
    ]
    refusal = _nth_refusal((r for r in known if r.effective_date > separated_on), parameters)
    if refusal is not None:
        hits.append(refusal)
    return tuple(sorted(hits, key=_order))


def _order(finding: StopFinding) -> tuple[date, int]:
    return finding.stop_date, list(ExternalRecordKind).index(finding.record.kind)


def explain_stop(finding: StopFinding) -> Explanation:
    """The claimant-facing texts for a cross-check hit."""
    return explain(finding.reason, date=finding.stop_date)


@dataclass(frozen=True)
class PayableMonths:
    """Which months of a claim may be paid as of a day.

    `payable` have begun by `as_of` and lie before the stop month; `not_yet_begun` are later
    months of the period still to come; `stopped` are the stop month and after, never payable.
    """

    as_of: date
    payable: tuple[date, ...]
    not_yet_begun: tuple[date, ...]
    stopped: tuple[date, ...]
    stop: StopFinding | None


def payable_months(
    claim_start: date,
    months: int,
    records: Iterable[ExternalRecord],
    *,
    as_of: date,
    parameters: RuleParameters = NATIONAL_DEFAULTS,
) -> PayableMonths:
    """For a claim that began on `claim_start` with `months` calendar months (the registration
    month first), which are payable by `as_of` given the records known by then.

    The month in which a stop takes effect is not paid; the months before it stay payable. A
    month is payable once it has begun (its first day, or the registration date in the
    registration month, is on or before `as_of`); when in the month it falls due (a pay day) is
    the ledger's schedule.
    """
    if months < 0:
        raise ValueError("months cannot be negative")
    stop = first_stop(records, claim_start=claim_start, as_of=as_of, parameters=parameters)
    first = month_index(claim_start)
    all_months = [month_start(first + i) for i in range(months)]
    stop_index = month_index(stop.stop_date) if stop is not None else None
    stopped = tuple(
        m for m in all_months if stop_index is not None and month_index(m) >= stop_index
    )
    running = [m for m in all_months if m not in stopped]
    return PayableMonths(
        as_of=as_of,
        payable=tuple(m for m in running if max(m, claim_start) <= as_of),
        not_yet_begun=tuple(m for m in running if max(m, claim_start) > as_of),
        stopped=stopped,
        stop=stop,
    )

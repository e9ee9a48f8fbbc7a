"""Vocational-training subsidy for benefit recipients (Regulations art. 10(4), notice §8).

The fund pays a subsidy to people "receiving the benefit" who take vocational training. Before
these rules the server paid anyone, any number of times, for courses anywhere. Now: the person
has a benefit period covering the course start (configurable), one subsidy per person per course,
the course lies in the service area of the kiosk or counter (the same prefecture by default: the
first 4 digits of the region codes), and the amount is the course table's, paid once. Someone
who resigned of their own will has no benefit entitlement and so no subsidy from the fund.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from server.rules.amounts import fen_to_yuan
from server.rules.month_math import add_months
from server.rules.parameters import ParameterError
from server.rules.reasons import Explanation, Label, ReasonCode, explain
from server.rules.separation import SeparationReason, is_involuntary


class ServiceArea(StrEnum):
    """How far from the kiosk's region a course may be: digits of the region code that match."""

    SAME_COUNTY = "county"  # all 6 digits
    SAME_PREFECTURE = "prefecture"  # first 4 (e.g. 2224 Yanbian)
    SAME_PROVINCE = "province"  # first 2
    ANYWHERE = "anywhere"


_AREA_DIGITS = {
    ServiceArea.SAME_COUNTY: 6,
    ServiceArea.SAME_PREFECTURE: 4,
    ServiceArea.SAME_PROVINCE: 2,
    ServiceArea.ANYWHERE: 0,
}


@dataclass(frozen=True)
class TrainingSubsidyPolicy:
    """Provincial choices. `grace_months_after_period` lets a course that starts up to that many
    months after the benefit period ended still qualify (0: the period must cover the start);
    `stopped_period_counts` lets a period whose payment was stopped still qualify."""

    service_area: ServiceArea = ServiceArea.SAME_PREFECTURE
    grace_months_after_period: int = 0
    stopped_period_counts: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.grace_months_after_period <= 24:
            raise ParameterError("grace_months_after_period", "must lie between 0 and 24")

    @classmethod
    def from_mapping(cls, values: Mapping[str, object]) -> TrainingSubsidyPolicy:
        """The policy from a settings section; `ParameterError` names the wrong key."""
        kwargs: dict[str, object] = {}
        for key, value in values.items():
            if key == "service_area":
                try:
                    kwargs[key] = ServiceArea(str(value))
                except ValueError:
                    choices = ", ".join(a.value for a in ServiceArea)
                    raise ParameterError(key, f"must be one of {choices}") from None
            elif key == "grace_months_after_period":
                if isinstance(value, bool) or not isinstance(value, int):
                    raise ParameterError(key, "must be a whole number")
                kwargs[key] = value
            elif key == "stopped_period_counts":
                if not isinstance(value, bool):
                    raise ParameterError(key, "must be true or false")
                kwargs[key] = value
            else:
                raise ParameterError(str(key), "unknown training subsidy setting")
        return cls(**kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True)
class BenefitSpan:
    """One granted benefit period of the person: from `starts` to `ends` inclusive, and the day
    payment stopped if a stop condition ended it early."""

    starts: date
    ends: date
    stopped_on: date | None = None

    def covers(self, day: date, policy: TrainingSubsidyPolicy) -> bool:
        """Whether a course starting on `day` falls within this benefit period."""
        stopped = self.stopped_on is not None and day >= self.stopped_on
        if stopped and not policy.stopped_period_counts:
            return False
        return self.starts <= day <= add_months(self.ends, policy.grace_months_after_period)


@dataclass(frozen=True)
class Course:
    """A course from the agency's table, with the subsidy it carries (integer fen)."""

    course_id: str
    name_zh: str
    name_ko: str
    region_code: str
    subsidy_fen: int
    starts_on: date
    ends_on: date

    def __post_init__(self) -> None:
        if self.subsidy_fen <= 0:
            raise ValueError("a course subsidy must be positive")
        if self.ends_on < self.starts_on:
            raise ValueError("a course cannot end before it starts")


@dataclass(frozen=True)
class PaidSubsidy:
    course_id: str
    paid_on: date


@dataclass(frozen=True)
class TrainingSubsidyDecision:
    eligible: bool
    amount_fen: int
    reasons: tuple[Explanation, ...]

    @property
    def codes(self) -> tuple[ReasonCode, ...]:
        return tuple(r.code for r in self.reasons)


def in_service_area(course_region: str, kiosk_region: str, area: ServiceArea) -> bool:
    digits = _AREA_DIGITS[area]
    return course_region[:digits] == kiosk_region[:digits]


def assess_training_subsidy(
    *,
    course: Course,
    kiosk_region: str,
    benefit_periods: Iterable[BenefitSpan],
    previous_subsidies: Iterable[PaidSubsidy],
    latest_separation: SeparationReason | None = None,
    policy: TrainingSubsidyPolicy | None = None,
) -> TrainingSubsidyDecision:
    """Whether the person gets the course's subsidy; every obstacle is listed at once.

    `benefit_periods` are the person's granted claims; `latest_separation` is the reason of the
    separation the person would claim on (to tell a voluntary resignation from a lapsed period).
    """
    rules = policy if policy is not None else TrainingSubsidyPolicy()
    spans = tuple(benefit_periods)
    refusals: list[Explanation] = []
    if not any(span.covers(course.starts_on, rules) for span in spans):
        voluntary = latest_separation is not None and not is_involuntary(latest_separation)
        if voluntary:
            refusals.append(explain(ReasonCode.TRAINING_AFTER_VOLUNTARY_RESIGNATION))
        else:
            refusals.append(
                explain(ReasonCode.TRAINING_NOT_RECEIVING_BENEFIT, date=course.starts_on)
            )
    earlier = [p for p in previous_subsidies if p.course_id == course.course_id]
    if earlier:
        first = min(p.paid_on for p in earlier)
        refusals.append(explain(ReasonCode.TRAINING_ALREADY_SUBSIDISED, date=first))
    if not in_service_area(course.region_code, kiosk_region, rules.service_area):
        refusals.append(
            explain(ReasonCode.TRAINING_OUTSIDE_SERVICE_AREA, region_code=course.region_code)
        )
    if refusals:
        return TrainingSubsidyDecision(False, 0, tuple(refusals))
    granted = explain(
        ReasonCode.TRAINING_SUBSIDY_GRANTED,
        course=Label(course.name_zh, course.name_ko),
        amount=fen_to_yuan(course.subsidy_fen),
    )
    return TrainingSubsidyDecision(True, course.subsidy_fen, (granted,))

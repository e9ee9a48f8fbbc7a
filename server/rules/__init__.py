"""Unemployment-insurance benefit rules: pure domain logic, no database, web framework or I/O."""

from server.rules.amounts import (
    MonthlyAmount,
    RegionalAmount,
    amount_on,
    fen_to_yuan,
    is_known_region,
    yuan_to_fen,
)
from server.rules.contributions import ContributionPeriod, count_contribution_months
from server.rules.eligibility import ClaimApplication, EligibilityDecision, Outcome, assess_claim
from server.rules.entitlement import (
    Entitlement,
    PriorEntitlement,
    compute_entitlement,
    months_for_contribution,
)
from server.rules.month_math import add_months, period_last_day
from server.rules.parameters import NATIONAL_DEFAULTS, EntitlementTier, RuleParameters
from server.rules.reasons import (
    REASONS,
    SEPARATION_LABELS,
    Effect,
    Explanation,
    Label,
    ReasonCode,
    ReasonText,
    explain,
)
from server.rules.separation import (
    INVOLUNTARY_REASONS,
    EmploymentSpell,
    SeparationReason,
    is_involuntary,
    latest_separation,
)
from server.rules.stop_conditions import (
    STOP_REASON_BY_KIND,
    ExternalRecord,
    ExternalRecordKind,
    StopFinding,
    explain_stop,
    find_bars,
    find_stops,
    first_stop,
)

__all__ = [
    "INVOLUNTARY_REASONS",
    "NATIONAL_DEFAULTS",
    "REASONS",
    "SEPARATION_LABELS",
    "STOP_REASON_BY_KIND",
    "ClaimApplication",
    "ContributionPeriod",
    "Effect",
    "EligibilityDecision",
    "EmploymentSpell",
    "Entitlement",
    "EntitlementTier",
    "Explanation",
    "ExternalRecord",
    "ExternalRecordKind",
    "Label",
    "MonthlyAmount",
    "Outcome",
    "PriorEntitlement",
    "ReasonCode",
    "ReasonText",
    "RegionalAmount",
    "RuleParameters",
    "SeparationReason",
    "StopFinding",
    "add_months",
    "amount_on",
    "assess_claim",
    "compute_entitlement",
    "count_contribution_months",
    "explain",
    "explain_stop",
    "fen_to_yuan",
    "find_bars",
    "find_stops",
    "first_stop",
    "is_involuntary",
    "is_known_region",
    "latest_separation",
    "months_for_contribution",
    "period_last_day",
    "yuan_to_fen",
]

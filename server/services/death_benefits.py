"""A claimant dies during the benefit period (Regulations art. 20): payment stops, and the
dependants may claim a one-off funeral subsidy and a pension, at the counter.

Payment runs through the month of death and stops from the month after it (the claimant was
entitled to the month in which they were alive; the provinces' payment measures stop payment
"from the month after death", 死亡次月起停发): the claim's stop date is the first day of that
month, and months already paid from then on become recovery records. The two amounts are
provincial figures; who is due what is `server.rules.death_benefits_due`, the figures are
the settings' `funeral_subsidy_fen` and `dependants_pension_fen`.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from server import audit, rules
from server.callers import StaffCaller, require_role
from server.clock import business_today
from server.control_schemas import DeathBenefitView
from server.db import transaction
from server.db_types import utcnow
from server.errors import conflict, not_found, unprocessable
from server.ledger.entitlements import entitlement_of
from server.models import Claim, ClaimEvent, ClaimState, DeathBenefit, StaffRole
from server.rules import ReasonCode
from server.rules.month_math import add_months, period_last_day
from server.services.recoveries import record_overpayments
from server.settings import ServerConfig


@dataclass(frozen=True)
class DeathBenefitAmounts:
    """One province's figures for a region: the one-off funeral subsidy and dependants' pension."""

    funeral_subsidy_fen: int
    dependants_pension_fen: int


ALIVE_STATES = (ClaimState.APPROVED, ClaimState.PAYING, ClaimState.COMPLETED)


AMOUNTS_SOURCE = "reference_server.funeral_subsidy_fen / dependants_pension_fen"


def amounts_for(config: ServerConfig, region_code: str) -> DeathBenefitAmounts:
    """The province's figures for the region (`*` for every other region), from the settings."""

    def pick(table: Mapping[str, int]) -> int:
        return table.get(region_code, table.get("*", 0))

    return DeathBenefitAmounts(
        funeral_subsidy_fen=pick(config.funeral_subsidy_fen),
        dependants_pension_fen=pick(config.dependants_pension_fen),
    )


def rate_table(config: ServerConfig, region_code: str) -> tuple[rules.DeathBenefitRate, ...]:
    """The configured figures as the rules' dated rows, for the claimant's region."""
    amounts = amounts_for(config, region_code)
    return (
        rules.DeathBenefitRate(
            region_code=region_code,
            effective_from=date.min,
            funeral_subsidy_fen=amounts.funeral_subsidy_fen,
            dependants_pension_fen=amounts.dependants_pension_fen,
        ),
    )


def _month_after(day: date) -> date:
    return add_months(day.replace(day=1), 1)


def record_death(
    factory: sessionmaker[Session],
    config: ServerConfig,
    caller: StaffCaller,
    reference: str,
    died_on: date,
) -> DeathBenefitView:
    require_role(caller, StaffRole.BUSINESS)
    with transaction(factory) as session:
        claim = session.execute(
            select(Claim).where(Claim.reference == reference).with_for_update()
        ).scalar_one_or_none()
        if claim is None or claim.kind != "claim":
            raise not_found("benefit claim", "claim_unknown")
        if session.execute(
            select(DeathBenefit.id).where(DeathBenefit.claim_id == claim.id)
        ).first():
            raise conflict("death_already_recorded", "a death is already recorded for this claim")
        entitlement = entitlement_of(session, claim)
        if entitlement is None or claim.state not in (*ALIVE_STATES, ClaimState.STOPPED):
            raise conflict(
                "not_in_benefit_period", "only a granted benefit claim has a benefit period"
            )
        if died_on > business_today(session):
            raise unprocessable("date_in_future", "the date of death lies in the future")
        # The period as granted; an earlier stop for another reason ends it sooner (a death
        # already found by the cross-checks is this same event, not an earlier stop).
        ends = period_last_day(entitlement.started, entitlement.months_granted)
        if (
            claim.state == ClaimState.STOPPED
            and claim.stop_reason != ReasonCode.STOP_DIED.value
            and claim.stop_date is not None
        ):
            ends = min(ends, claim.stop_date - timedelta(days=1))
        region = claim.claimant.region_code
        due = rules.death_benefits_due(
            rate_table(config, region),
            region_code=region,
            died_on=died_on,
            benefit_starts=entitlement.started,
            benefit_ends=ends,
        )
        if due.outcome != rules.DeathBenefitOutcome.DUE:
            raise conflict(
                "not_in_benefit_period",
                "the death did not fall within this claim's benefit period; art. 20 does not apply",
            )
        claim.state = ClaimState.STOPPED
        claim.stop_reason = ReasonCode.STOP_DIED.value
        claim.stop_date = _month_after(died_on)
        benefit = DeathBenefit(
            claim_id=claim.id,
            died_on=died_on,
            funeral_subsidy_fen=due.funeral_subsidy_fen,
            dependant_pension_fen=due.dependants_pension_fen,
            recorded_by=caller.user_id,
            recorded_at=utcnow(),
        )
        session.add(benefit)
        session.add(
            ClaimEvent(
                claim_id=claim.id,
                at=utcnow(),
                kind="stopped",
                detail={"reason": claim.stop_reason, "date": claim.stop_date.isoformat()},
            )
        )
        session.flush()
        recoveries = record_overpayments(session, claim)
        audit.append(
            session,
            actor=caller.actor,
            action="claim.death",
            subject=claim.reference,
            details={
                "stop_from": claim.stop_date.strftime("%Y-%m"),
                "funeral_subsidy_fen": benefit.funeral_subsidy_fen,
                "dependant_pension_fen": benefit.dependant_pension_fen,
                "recoveries": len(recoveries),
            },
        )
        return DeathBenefitView(
            claim_reference=claim.reference,
            died_on=died_on,
            last_payable_month=died_on.strftime("%Y-%m"),
            funeral_subsidy_fen=benefit.funeral_subsidy_fen,
            dependant_pension_fen=benefit.dependant_pension_fen,
            recoveries_opened=len(recoveries),
            amounts_source=AMOUNTS_SOURCE,
        )

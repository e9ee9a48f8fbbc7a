"""Regulations art. 20 / Law art. 49: a death during the benefit period."""

from datetime import date

from server.rules import (
    DeathBenefitOutcome,
    DeathBenefitRate,
    ReasonCode,
    death_benefits_due,
)

RATES = (
    DeathBenefitRate("222405", date(2024, 1, 1), 300000, 1200000, date(2026, 12, 31)),
    DeathBenefitRate("222405", date(2027, 1, 1), 320000, 1300000),
)
PERIOD = {"benefit_starts": date(2026, 6, 1), "benefit_ends": date(2027, 11, 30)}


def test_dependants_get_the_funeral_subsidy_and_pension_in_effect_on_the_death_date() -> None:
    decision = death_benefits_due(RATES, region_code="222405", died_on=date(2027, 2, 3), **PERIOD)
    assert decision.outcome is DeathBenefitOutcome.DUE
    assert (decision.funeral_subsidy_fen, decision.dependants_pension_fen) == (320000, 1300000)
    assert decision.total_fen == 1620000
    (reason,) = decision.reasons
    assert "3200.00元" in reason.zh and "13000.00元" in reason.zh
    assert "3200.00원" in reason.ko and "무휼금" in reason.ko


def test_a_death_outside_the_benefit_period_is_not_the_funds() -> None:
    decision = death_benefits_due(RATES, region_code="222405", died_on=date(2027, 12, 1), **PERIOD)
    assert decision.outcome is DeathBenefitOutcome.NOT_DUE
    assert decision.total_fen == 0
    assert decision.reasons[0].code is ReasonCode.DEATH_OUTSIDE_BENEFIT_PERIOD


def test_paid_only_once() -> None:
    decision = death_benefits_due(
        RATES,
        region_code="222405",
        died_on=date(2026, 8, 1),
        already_paid_on=date(2026, 8, 20),
        **PERIOD,
    )
    assert decision.outcome is DeathBenefitOutcome.NOT_DUE
    assert decision.reasons[0].code is ReasonCode.DEATH_BENEFITS_ALREADY_PAID


def test_a_funeral_subsidy_chosen_from_another_insurance_leaves_the_pension() -> None:
    decision = death_benefits_due(
        RATES,
        region_code="222405",
        died_on=date(2026, 8, 1),
        funeral_subsidy_chosen_elsewhere=True,
        **PERIOD,
    )
    assert (decision.funeral_subsidy_fen, decision.dependants_pension_fen) == (0, 1200000)
    assert ReasonCode.DEATH_FUNERAL_SUBSIDY_CHOSEN_ELSEWHERE in [r.code for r in decision.reasons]


def test_no_configured_amounts_goes_to_staff() -> None:
    decision = death_benefits_due(RATES, region_code="222401", died_on=date(2026, 8, 1), **PERIOD)
    assert decision.outcome is DeathBenefitOutcome.NEEDS_REVIEW
    assert decision.reasons[0].code is ReasonCode.DEATH_AMOUNTS_NOT_CONFIGURED

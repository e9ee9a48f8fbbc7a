"""Regulations art. 14 / Law art. 45: who qualifies, and the whole decision."""

from dataclasses import replace
from datetime import date

import pytest

from server.rules import (
    INVOLUNTARY_REASONS,
    ClaimApplication,
    ContributionPeriod,
    Effect,
    EmploymentSpell,
    ExternalRecord,
    ExternalRecordKind,
    Outcome,
    ReasonCode,
    RegionalAmount,
    SeparationReason,
    assess_claim,
)

TODAY = date(2026, 11, 2)
SEPARATED = date(2026, 10, 20)
EMPLOYER = "91222405MA0000001X"
AMOUNTS = (
    RegionalAmount("222405", 158400, date(2023, 1, 1), date(2025, 6, 30)),
    RegionalAmount("222405", 178200, date(2025, 7, 1)),
)


def _application(
    months: int = 84,
    reason: SeparationReason | None = SeparationReason.CONTRACT_EXPIRED_NOT_RENEWED,
    *,
    ended: date | None = SEPARATED,
    records: tuple[ExternalRecord, ...] = (),
    region: str = "222405",
    registered: date = TODAY,
) -> ClaimApplication:
    spell = EmploymentSpell(EMPLOYER, date(2000, 1, 1), ended, reason, "龙井华信商贸有限公司")
    return ClaimApplication(
        region_code=region,
        registration_date=registered,
        employment=(spell,),
        contributions=(ContributionPeriod.of_months(months, ending=SEPARATED),),
        external_records=records,
    )


def test_contract_expired_with_seven_years_is_eligible_for_18_months_at_the_local_rate() -> None:
    decision = assess_claim(_application(), AMOUNTS)
    assert decision.outcome is Outcome.ELIGIBLE
    assert decision.eligible
    assert decision.entitlement.months == 18
    assert decision.monthly_amount is not None and decision.monthly_amount.monthly_fen == 178200
    assert decision.total_fen == 18 * 178200
    assert decision.benefit_starts == TODAY
    assert decision.benefit_ends == date(2028, 5, 1)
    assert decision.codes[0] is ReasonCode.ELIGIBLE
    assert {
        ReasonCode.CONTRIBUTION_SUFFICIENT,
        ReasonCode.SEPARATION_INVOLUNTARY,
        ReasonCode.REGISTERED_BY_APPLICATION,
        ReasonCode.ENTITLEMENT_BY_CONTRIBUTION,
        ReasonCode.MONTHLY_AMOUNT,
        ReasonCode.MEDICAL_INSURANCE_PAID_BY_FUND,
        ReasonCode.COMMITMENT_TO_REPORT,
    } <= set(decision.codes)


def test_eligible_decision_explains_months_and_amount_in_both_languages() -> None:
    reasons = {r.code: r for r in assess_claim(_application(), AMOUNTS).reasons}
    months = reasons[ReasonCode.ENTITLEMENT_BY_CONTRIBUTION]
    assert "84个月" in months.zh and "18个月" in months.zh
    assert "84개월" in months.ko and "18개월" in months.ko
    amount = reasons[ReasonCode.MONTHLY_AMOUNT]
    assert "1782.00元" in amount.zh and "2025年7月1日" in amount.zh
    assert "1782.00원" in amount.ko and "2025년 7월 1일" in amount.ko
    separation = reasons[ReasonCode.SEPARATION_INVOLUNTARY]
    assert "劳动合同期满未续订" in separation.zh
    assert "로동계약" in separation.ko
    assert separation.source_zh.startswith("失业保险条例第十四条")


@pytest.mark.parametrize("reason", sorted(INVOLUNTARY_REASONS))
def test_every_involuntary_separation_reason_qualifies(reason: SeparationReason) -> None:
    assert assess_claim(_application(reason=reason), AMOUNTS).outcome is Outcome.ELIGIBLE


def test_claimant_quitting_over_unpaid_wages_qualifies() -> None:
    application = _application(reason=SeparationReason.CLAIMANT_TERMINATED_UNPAID_WAGES)
    assert assess_claim(application, AMOUNTS).outcome is Outcome.ELIGIBLE


def test_mutual_agreement_proposed_by_employer_qualifies() -> None:
    application = _application(reason=SeparationReason.MUTUAL_AGREEMENT_PROPOSED_BY_EMPLOYER)
    assert assess_claim(application, AMOUNTS).outcome is Outcome.ELIGIBLE


def test_voluntary_resignation_is_refused_with_a_way_forward() -> None:
    decision = assess_claim(_application(reason=SeparationReason.VOLUNTARY_RESIGNATION), AMOUNTS)
    assert decision.outcome is Outcome.NOT_ELIGIBLE
    assert not decision.eligible
    assert decision.codes == (ReasonCode.SEPARATION_VOLUNTARY_RESIGNATION,)
    refusal = decision.reasons[0]
    assert refusal.effect is Effect.REFUSAL
    assert refusal.next_step_zh is not None and "仲裁" in refusal.next_step_zh
    assert refusal.next_step_ko is not None and "중재" in refusal.next_step_ko
    assert decision.benefit_starts is None and decision.total_fen is None


def test_mutual_agreement_proposed_by_employee_is_refused() -> None:
    reason = SeparationReason.MUTUAL_AGREEMENT_PROPOSED_BY_EMPLOYEE
    decision = assess_claim(_application(reason=reason), AMOUNTS)
    assert decision.codes == (ReasonCode.SEPARATION_MUTUAL_AGREEMENT_BY_EMPLOYEE,)


def test_eleven_months_of_contribution_is_not_eligible() -> None:
    decision = assess_claim(_application(months=11), AMOUNTS)
    assert decision.outcome is Outcome.NOT_ELIGIBLE
    assert decision.codes == (ReasonCode.CONTRIBUTION_INSUFFICIENT,)
    assert "11个月" in decision.reasons[0].zh and "12个月" in decision.reasons[0].zh


def test_exactly_twelve_months_is_eligible_for_12_months() -> None:
    decision = assess_claim(_application(months=12), AMOUNTS)
    assert decision.outcome is Outcome.ELIGIBLE
    assert decision.entitlement.months == 12


def test_every_failing_condition_is_reported_at_once() -> None:
    decision = assess_claim(
        _application(months=6, reason=SeparationReason.VOLUNTARY_RESIGNATION), AMOUNTS
    )
    assert set(decision.codes) == {
        ReasonCode.CONTRIBUTION_INSUFFICIENT,
        ReasonCode.SEPARATION_VOLUNTARY_RESIGNATION,
    }


def test_missing_separation_report_is_refused_with_how_to_fix_it() -> None:
    decision = assess_claim(_application(reason=None), AMOUNTS)
    assert decision.codes == (ReasonCode.SEPARATION_NOT_REPORTED,)
    assert decision.reasons[0].next_step_zh is not None


def test_no_employment_record_at_all_is_reported_as_not_reported() -> None:
    application = ClaimApplication(
        "222405", TODAY, contributions=(ContributionPeriod.of_months(40, ending=SEPARATED),)
    )
    assert assess_claim(application, AMOUNTS).codes == (ReasonCode.SEPARATION_NOT_REPORTED,)


def test_a_job_still_going_is_refused_as_still_employed() -> None:
    decision = assess_claim(_application(reason=None, ended=None), AMOUNTS)
    assert decision.codes == (ReasonCode.STILL_EMPLOYED,)


def test_applying_registers_the_claimant_as_unemployed_on_that_day() -> None:
    decision = assess_claim(_application(), AMOUNTS)
    registered = next(r for r in decision.reasons if r.code is ReasonCode.REGISTERED_BY_APPLICATION)
    assert "2026年11月2日" in registered.zh
    assert "2026년 11월 2일" in registered.ko
    assert "18号" in registered.source_zh


def test_a_pensioner_cannot_claim() -> None:
    pension = ExternalRecord(
        ExternalRecordKind.PENSION, date(2025, 3, 1), "养老保险待遇领取人员信息"
    )
    decision = assess_claim(_application(records=(pension,)), AMOUNTS)
    assert decision.outcome is Outcome.NOT_ELIGIBLE
    assert decision.codes == (ReasonCode.STOP_PENSION,)
    assert decision.cross_check_hits[0].record == pension


def test_a_new_job_between_separation_and_application_bars_the_claim() -> None:
    new_job = ExternalRecord(ExternalRecordKind.EMPLOYER_CONTRIBUTION, date(2026, 11, 1))
    decision = assess_claim(_application(records=(new_job,)), AMOUNTS)
    assert decision.codes == (ReasonCode.STOP_REEMPLOYED_CONTRIBUTION,)


def test_the_separating_employers_last_premium_is_not_a_new_job() -> None:
    last = ExternalRecord(ExternalRecordKind.EMPLOYER_CONTRIBUTION, date(2026, 10, 1))
    assert assess_claim(_application(records=(last,)), AMOUNTS).outcome is Outcome.ELIGIBLE


def test_unknown_region_sends_the_claim_to_staff_with_a_specific_reason() -> None:
    decision = assess_claim(_application(region="653101"), AMOUNTS)
    assert decision.outcome is Outcome.NEEDS_REVIEW
    assert decision.eligible
    assert decision.monthly_amount is None and decision.total_fen is None
    review = next(r for r in decision.reasons if r.code is ReasonCode.REGION_UNKNOWN)
    assert review.effect is Effect.REVIEW and "653101" in review.zh


def test_a_date_before_any_rate_sends_the_claim_to_staff() -> None:
    future_only = (RegionalAmount("222405", 198000, date(2027, 1, 1)),)
    decision = assess_claim(_application(), future_only)
    assert decision.outcome is Outcome.NEEDS_REVIEW
    assert ReasonCode.AMOUNT_NOT_IN_EFFECT in decision.codes


def test_the_rate_in_effect_on_the_registration_date_applies() -> None:
    application = _application(ended=date(2025, 6, 20), registered=date(2025, 6, 30))
    decision = assess_claim(application, AMOUNTS)
    assert decision.monthly_amount is not None
    assert decision.monthly_amount.monthly_fen == 158400


# Retirement age, stop timing and the registration month (issue part 1, "Why").


def _aged(born: date, gender: str = "M", group: str | None = None) -> ClaimApplication:
    return replace(_application(), birth_date=born, gender=gender, retirement_group=group)


def test_a_76_year_old_without_a_pension_record_is_not_eligible() -> None:
    decision = assess_claim(_aged(date(1950, 4, 2)), AMOUNTS)
    assert decision.outcome is Outcome.NOT_ELIGIBLE
    assert decision.codes == (ReasonCode.RETIREMENT_AGE_REACHED,)
    reason = decision.reasons[0]
    assert "2010年4月2日" in reason.zh and "60周岁" in reason.zh
    assert "2010년 4월 2일" in reason.ko and "60세" in reason.ko
    assert reason.next_step_zh is not None and "养老金" in reason.next_step_zh


def test_a_woman_worker_past_her_raised_age_is_not_eligible() -> None:
    # Born 1975-06-01: 50 years 3 months under the raise → 2025-09-01, before the registration.
    decision = assess_claim(_aged(date(1975, 6, 1), "F", "woman_50"), AMOUNTS)
    assert ReasonCode.RETIREMENT_AGE_REACHED in decision.codes
    assert "50周岁3个月" in decision.reasons[0].zh
    cadre = assess_claim(_aged(date(1975, 6, 1), "F", "woman_55"), AMOUNTS)
    assert cadre.outcome is Outcome.ELIGIBLE


def test_the_period_ends_with_the_month_the_age_is_reached() -> None:
    # Man born 1967-02-14: 26 months after 1964-12 → 7 steps → 60y7m, reached 2027-09-14.
    # 18 months from 2026-11-02 would run to April 2028; payment ends with September 2027.
    decision = assess_claim(_aged(date(1967, 2, 14)), AMOUNTS)
    assert decision.outcome is Outcome.ELIGIBLE
    assert decision.entitlement.months == 18
    assert decision.period is not None and decision.period.months == 11
    assert decision.benefit_ends == date(2027, 9, 13)
    assert decision.total_fen == 11 * 178200
    assert ReasonCode.BENEFIT_ENDS_AT_RETIREMENT in decision.codes
    assert ReasonCode.PENSION_PREMIUMS_PAID_BY_FUND in decision.codes


def test_a_claimant_within_a_year_of_the_age_is_paid_up_to_it() -> None:
    # Man born 1968-05-20: 41 months → 11 steps → 60y11m, reached 2029-04-20. 18 months from
    # 2026-11-02: last month April 2028; the age is 12 months later, so 30 months in all.
    decision = assess_claim(_aged(date(1968, 5, 20)), AMOUNTS)
    assert decision.period is not None
    assert decision.period.extension_months == 12
    assert decision.period.months == 30
    assert decision.benefit_ends == date(2029, 4, 19)
    reasons = {r.code: r for r in decision.reasons}
    assert "30个月" in reasons[ReasonCode.BENEFIT_EXTENDED_TO_RETIREMENT].zh
    assert "60周岁11个月" in reasons[ReasonCode.BENEFIT_EXTENDED_TO_RETIREMENT].zh
    assert decision.period.pension_premium_months[0] == date(2028, 4, 1)


def test_a_womans_unrecorded_group_goes_to_staff_only_when_it_matters() -> None:
    # Born 1976-01-10: worker age 50y7m → 2026-08-10 (already reached), cadre age 55y3m.
    matters = assess_claim(_aged(date(1976, 1, 10), "F", None), AMOUNTS)
    assert matters.outcome is Outcome.NEEDS_REVIEW
    assert ReasonCode.RETIREMENT_GROUP_NOT_ON_RECORD in matters.codes
    assert matters.retirement_group is not None and matters.retirement_group.assumed
    young = assess_claim(_aged(date(1994, 3, 15), "F", None), AMOUNTS)
    assert young.outcome is Outcome.ELIGIBLE


@pytest.mark.parametrize(
    "kind",
    [
        ExternalRecordKind.IMPRISONMENT,
        ExternalRecordKind.SETTLED_ABROAD,
        ExternalRecordKind.ENLISTMENT,
    ],
)
def test_a_state_that_began_before_the_separation_and_still_holds_makes_the_claim_ineligible(
    kind: ExternalRecordKind,
) -> None:
    record = ExternalRecord(kind, date(2026, 3, 1))
    decision = assess_claim(_application(records=(record,)), AMOUNTS)
    assert decision.outcome is Outcome.NOT_ELIGIBLE
    released = ExternalRecord(kind, date(2026, 3, 1), ended_on=date(2026, 10, 25))
    assert assess_claim(_application(records=(released,)), AMOUNTS).eligible


def test_a_pension_dated_after_the_application_does_not_bar_it() -> None:
    pension = ExternalRecord(ExternalRecordKind.PENSION, date(2027, 1, 1))
    assert assess_claim(_application(records=(pension,)), AMOUNTS).outcome is Outcome.ELIGIBLE


def test_the_registration_month_is_not_a_contribution_month() -> None:
    # Twelve months of premiums ending with the registration month (November 2026): only 11
    # count, so the claimant does not yet qualify.
    spell = EmploymentSpell(
        EMPLOYER, date(2025, 12, 1), date(2026, 11, 1), SeparationReason.EMPLOYER_TERMINATED
    )
    application = ClaimApplication(
        region_code="222405",
        registration_date=TODAY,
        employment=(spell,),
        contributions=(ContributionPeriod(date(2025, 12, 1), date(2026, 11, 1)),),
    )
    decision = assess_claim(application, AMOUNTS)
    assert decision.contribution_months == 11
    assert decision.codes == (ReasonCode.CONTRIBUTION_INSUFFICIENT,)

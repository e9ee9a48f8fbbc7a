"""Training subsidy (Regulations art. 10(4), notice §8): who, where, how much, how often."""

from datetime import date

import pytest

from server.rules import (
    BenefitSpan,
    Course,
    PaidSubsidy,
    ParameterError,
    ReasonCode,
    SeparationReason,
    ServiceArea,
    TrainingSubsidyPolicy,
    assess_training_subsidy,
)

COURSE = Course(
    "YJ-2026-017",
    "电子商务运营",
    "전자상거래 운영",
    "222401",  # Yanji, prefecture 2224 (Yanbian)
    120000,
    date(2026, 9, 7),
    date(2026, 11, 27),
)
KIOSK = "222405"  # Longjing, same prefecture
RECEIVING = (BenefitSpan(date(2026, 6, 1), date(2027, 5, 31)),)


def test_a_recipient_gets_the_course_subsidy_once() -> None:
    decision = assess_training_subsidy(
        course=COURSE, kiosk_region=KIOSK, benefit_periods=RECEIVING, previous_subsidies=()
    )
    assert decision.eligible and decision.amount_fen == 120000
    assert decision.codes == (ReasonCode.TRAINING_SUBSIDY_GRANTED,)
    assert "电子商务运营" in decision.reasons[0].zh and "1200.00元" in decision.reasons[0].zh
    assert "전자상거래 운영" in decision.reasons[0].ko and "1200.00원" in decision.reasons[0].ko


def test_the_same_course_is_not_paid_twice() -> None:
    decision = assess_training_subsidy(
        course=COURSE,
        kiosk_region=KIOSK,
        benefit_periods=RECEIVING,
        previous_subsidies=(PaidSubsidy("YJ-2026-017", date(2026, 9, 10)),),
    )
    assert not decision.eligible and decision.amount_fen == 0
    assert decision.codes == (ReasonCode.TRAINING_ALREADY_SUBSIDISED,)
    assert "2026年9月10日" in decision.reasons[0].zh
    other = assess_training_subsidy(
        course=COURSE,
        kiosk_region=KIOSK,
        benefit_periods=RECEIVING,
        previous_subsidies=(PaidSubsidy("YJ-2025-003", date(2025, 9, 10)),),
    )
    assert other.eligible


def test_a_voluntary_resignation_without_entitlement_gets_no_subsidy() -> None:
    decision = assess_training_subsidy(
        course=COURSE,
        kiosk_region=KIOSK,
        benefit_periods=(),
        previous_subsidies=(),
        latest_separation=SeparationReason.VOLUNTARY_RESIGNATION,
    )
    assert decision.codes == (ReasonCode.TRAINING_AFTER_VOLUNTARY_RESIGNATION,)


def test_a_course_in_another_prefecture_is_refused_unless_the_area_is_widened() -> None:
    changchun = Course(
        "CC-2026-002", "焊工", "용접공", "220102", 90000, date(2026, 9, 1), date(2026, 10, 30)
    )
    decision = assess_training_subsidy(
        course=changchun, kiosk_region=KIOSK, benefit_periods=RECEIVING, previous_subsidies=()
    )
    assert decision.codes == (ReasonCode.TRAINING_OUTSIDE_SERVICE_AREA,)
    province = TrainingSubsidyPolicy(service_area=ServiceArea.SAME_PROVINCE)
    widened = assess_training_subsidy(
        course=changchun,
        kiosk_region=KIOSK,
        benefit_periods=RECEIVING,
        previous_subsidies=(),
        policy=province,
    )
    assert widened.eligible


def test_a_course_starting_outside_the_benefit_period_is_refused_and_all_reasons_are_listed() -> (
    None
):
    ended = (BenefitSpan(date(2025, 6, 1), date(2026, 5, 31)),)
    changchun = Course(
        "CC-2026-002", "焊工", "용접공", "220102", 90000, date(2026, 9, 1), date(2026, 10, 30)
    )
    decision = assess_training_subsidy(
        course=changchun,
        kiosk_region=KIOSK,
        benefit_periods=ended,
        previous_subsidies=(PaidSubsidy("CC-2026-002", date(2026, 9, 2)),),
    )
    assert decision.codes == (
        ReasonCode.TRAINING_NOT_RECEIVING_BENEFIT,
        ReasonCode.TRAINING_ALREADY_SUBSIDISED,
        ReasonCode.TRAINING_OUTSIDE_SERVICE_AREA,
    )
    grace = TrainingSubsidyPolicy(
        grace_months_after_period=4, service_area=ServiceArea.SAME_PROVINCE
    )
    late = assess_training_subsidy(
        course=changchun,
        kiosk_region=KIOSK,
        benefit_periods=ended,
        previous_subsidies=(),
        policy=grace,
    )
    assert late.eligible


def test_a_period_stopped_before_the_course_does_not_qualify_by_default() -> None:
    stopped = (BenefitSpan(date(2026, 6, 1), date(2027, 5, 31), stopped_on=date(2026, 8, 15)),)
    decision = assess_training_subsidy(
        course=COURSE, kiosk_region=KIOSK, benefit_periods=stopped, previous_subsidies=()
    )
    assert decision.codes == (ReasonCode.TRAINING_NOT_RECEIVING_BENEFIT,)
    lenient = TrainingSubsidyPolicy(stopped_period_counts=True)
    assert assess_training_subsidy(
        course=COURSE,
        kiosk_region=KIOSK,
        benefit_periods=stopped,
        previous_subsidies=(),
        policy=lenient,
    ).eligible


def test_the_policy_is_read_from_settings_naming_a_wrong_key() -> None:
    policy = TrainingSubsidyPolicy.from_mapping(
        {"service_area": "province", "grace_months_after_period": 2}
    )
    assert policy.service_area is ServiceArea.SAME_PROVINCE
    with pytest.raises(ParameterError) as raised:
        TrainingSubsidyPolicy.from_mapping({"service_area": "city"})
    assert raised.value.key == "service_area"
    with pytest.raises(ParameterError) as raised:
        TrainingSubsidyPolicy.from_mapping({"area": "province"})
    assert raised.value.key == "area"

"""Regulations art. 15 / Law art. 51, checked by data as the 2019 notice §4 requires."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from server.rules import (
    Effect,
    ExternalRecord,
    ExternalRecordKind,
    ReasonCode,
    RuleParameters,
    explain_stop,
    find_bars,
    find_stops,
    first_stop,
    payable_months,
)

CLAIM_START = date(2026, 6, 1)

STOPS = [
    (ExternalRecordKind.EMPLOYER_CONTRIBUTION, ReasonCode.STOP_REEMPLOYED_CONTRIBUTION, "第十五条"),
    (ExternalRecordKind.BUSINESS_REGISTRATION, ReasonCode.STOP_REEMPLOYED_BUSINESS, "第十五条"),
    (ExternalRecordKind.PENSION, ReasonCode.STOP_PENSION, "第十五条第四项"),
    (ExternalRecordKind.JOB_OFFER_REFUSED, ReasonCode.STOP_REFUSED_JOB, "第十五条第六项"),
    (ExternalRecordKind.TRAINING_REFUSED, ReasonCode.STOP_REFUSED_TRAINING, "第五十一条第五项"),
    (ExternalRecordKind.DEATH, ReasonCode.STOP_DIED, "第二十条"),
    (ExternalRecordKind.ENLISTMENT, ReasonCode.STOP_ENLISTED, "第十五条第二项"),
    (ExternalRecordKind.SETTLED_ABROAD, ReasonCode.STOP_SETTLED_ABROAD, "第十五条第三项"),
    (ExternalRecordKind.IMPRISONMENT, ReasonCode.STOP_IMPRISONED, "第十五条第五项"),
]


@pytest.mark.parametrize(("kind", "code", "article"), STOPS)
def test_each_stop_condition_stops_payment_from_the_record_date(
    kind: ExternalRecordKind, code: ReasonCode, article: str
) -> None:
    record = ExternalRecord(kind, date(2026, 8, 15), "外部信息")
    finding = first_stop((record,), claim_start=CLAIM_START)
    assert finding is not None
    assert finding.reason is code
    # A death stops payment from the month after it: the month of death stays payable.
    died = kind is ExternalRecordKind.DEATH
    assert finding.stop_date == (date(2026, 9, 1) if died else date(2026, 8, 15))
    text = explain_stop(finding)
    assert text.effect is Effect.STOP
    if died:
        assert "2026年9月1日" in text.zh and "2026년 9월 1일" in text.ko
    else:
        assert "2026年8月15日" in text.zh and "2026년 8월 15일" in text.ko
    assert article in text.source_zh


def test_new_employer_premiums_mean_reemployed() -> None:
    record = ExternalRecord(
        ExternalRecordKind.EMPLOYER_CONTRIBUTION, date(2026, 9, 1), employer_code="91..."
    )
    finding = first_stop((record,), claim_start=CLAIM_START)
    assert finding is not None and finding.reason is ReasonCode.STOP_REEMPLOYED_CONTRIBUTION


def test_records_before_the_claim_start_do_not_stop_it() -> None:
    record = ExternalRecord(ExternalRecordKind.BUSINESS_REGISTRATION, date(2026, 5, 31))
    assert first_stop((record,), claim_start=CLAIM_START) is None


def test_a_record_on_the_claim_start_day_stops_it() -> None:
    record = ExternalRecord(ExternalRecordKind.ENLISTMENT, CLAIM_START)
    assert first_stop((record,), claim_start=CLAIM_START) is not None


def test_a_refusal_with_good_reason_does_not_stop_payment() -> None:
    record = ExternalRecord(
        ExternalRecordKind.JOB_OFFER_REFUSED, date(2026, 7, 1), good_reason=True
    )
    assert first_stop((record,), claim_start=CLAIM_START) is None


def test_the_earliest_hit_decides_the_stop_date() -> None:
    records = (
        ExternalRecord(ExternalRecordKind.IMPRISONMENT, date(2026, 10, 1)),
        ExternalRecord(ExternalRecordKind.BUSINESS_REGISTRATION, date(2026, 7, 20)),
        ExternalRecord(ExternalRecordKind.PENSION, date(2026, 9, 1)),
    )
    hits = find_stops(records, claim_start=CLAIM_START)
    assert [h.stop_date for h in hits] == [date(2026, 7, 20), date(2026, 9, 1), date(2026, 10, 1)]
    finding = first_stop(records, claim_start=CLAIM_START)
    assert finding is not None and finding.reason is ReasonCode.STOP_REEMPLOYED_BUSINESS


def test_death_tells_dependants_about_the_funeral_subsidy() -> None:
    finding = first_stop(
        (ExternalRecord(ExternalRecordKind.DEATH, date(2026, 7, 3)),), claim_start=CLAIM_START
    )
    assert finding is not None
    text = explain_stop(finding)
    assert "丧葬补助金" in text.zh and "장례보조금" in text.ko


def test_no_records_no_stop() -> None:
    assert first_stop((), claim_start=CLAIM_START) is None


# Timing of stop conditions (benefit-rules.md): future records, lasting states, refusals.


def test_a_pension_dated_in_the_future_does_not_stop_a_claim_today() -> None:
    pension = ExternalRecord(ExternalRecordKind.PENSION, date(2026, 12, 1), "养老金领取信息")
    assert first_stop((pension,), claim_start=CLAIM_START, as_of=date(2026, 9, 15)) is None
    later = first_stop((pension,), claim_start=CLAIM_START, as_of=date(2026, 12, 1))
    assert later is not None and later.reason is ReasonCode.STOP_PENSION


def test_a_pension_that_began_before_the_claim_still_stops_it_from_its_own_date() -> None:
    # Missed at the decision, found by the daily cross-check: nothing of the claim is payable.
    pension = ExternalRecord(ExternalRecordKind.PENSION, date(2026, 3, 1))
    finding = first_stop((pension,), claim_start=CLAIM_START, as_of=date(2026, 7, 1))
    assert finding is not None and finding.stop_date == date(2026, 3, 1)


def test_a_prison_term_that_ended_before_the_claim_does_not_stop_it() -> None:
    served = ExternalRecord(
        ExternalRecordKind.IMPRISONMENT, date(2025, 1, 10), ended_on=date(2026, 2, 1)
    )
    assert first_stop((served,), claim_start=CLAIM_START, as_of=date(2026, 9, 1)) is None


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        (ExternalRecordKind.IMPRISONMENT, ReasonCode.STOP_IMPRISONED),
        (ExternalRecordKind.SETTLED_ABROAD, ReasonCode.STOP_SETTLED_ABROAD),
        (ExternalRecordKind.ENLISTMENT, ReasonCode.STOP_ENLISTED),
        (ExternalRecordKind.PENSION, ReasonCode.STOP_PENSION),
    ],
)
def test_a_state_that_began_before_the_separation_and_still_holds_bars_the_claim(
    kind: ExternalRecordKind, code: ReasonCode
) -> None:
    record = ExternalRecord(kind, date(2025, 11, 3))
    bars = find_bars((record,), separated_on=date(2026, 5, 20), application_date=CLAIM_START)
    assert [b.reason for b in bars] == [code]


def test_a_state_that_ended_before_the_application_no_longer_bars_it() -> None:
    back = ExternalRecord(
        ExternalRecordKind.SETTLED_ABROAD, date(2025, 11, 3), ended_on=date(2026, 5, 1)
    )
    assert find_bars((back,), separated_on=date(2026, 5, 20), application_date=CLAIM_START) == ()


def test_an_end_before_the_start_is_refused() -> None:
    with pytest.raises(ValueError):
        ExternalRecord(ExternalRecordKind.IMPRISONMENT, date(2026, 5, 1), ended_on=date(2026, 4, 1))


def test_re_employment_before_the_separation_is_the_old_job_not_a_bar() -> None:
    premium = ExternalRecord(ExternalRecordKind.EMPLOYER_CONTRIBUTION, date(2026, 5, 1))
    assert find_bars((premium,), separated_on=date(2026, 5, 20), application_date=CLAIM_START) == ()


def test_the_province_sets_how_many_refusals_stop_payment() -> None:
    refusals = (
        ExternalRecord(ExternalRecordKind.JOB_OFFER_REFUSED, date(2026, 7, 3)),
        ExternalRecord(ExternalRecordKind.JOB_OFFER_REFUSED, date(2026, 8, 1), good_reason=True),
        ExternalRecord(ExternalRecordKind.TRAINING_REFUSED, date(2026, 9, 9)),
        ExternalRecord(ExternalRecordKind.JOB_OFFER_REFUSED, date(2026, 10, 12)),
    )
    national = first_stop(refusals, claim_start=CLAIM_START)
    assert national is not None and national.stop_date == date(2026, 7, 3)
    two = RuleParameters(refusals_to_stop=2)
    second = first_stop(refusals, claim_start=CLAIM_START, parameters=two)
    assert second is not None
    assert (second.stop_date, second.reason) == (date(2026, 9, 9), ReasonCode.STOP_REFUSED_TRAINING)
    three = RuleParameters(refusals_to_stop=3)
    assert first_stop(refusals, claim_start=CLAIM_START, parameters=three) is not None
    assert (
        first_stop(refusals, claim_start=CLAIM_START, as_of=date(2026, 10, 1), parameters=three)
        is None
    )
    four = RuleParameters(refusals_to_stop=4)
    assert first_stop(refusals, claim_start=CLAIM_START, parameters=four) is None


def test_refusals_before_the_claim_do_not_count_towards_a_running_claims_stop() -> None:
    refusals = (
        ExternalRecord(ExternalRecordKind.JOB_OFFER_REFUSED, date(2026, 5, 3)),
        ExternalRecord(ExternalRecordKind.JOB_OFFER_REFUSED, date(2026, 7, 1)),
    )
    two = RuleParameters(refusals_to_stop=2)
    assert first_stop(refusals, claim_start=CLAIM_START, parameters=two) is None


def test_payment_stops_from_the_month_the_stop_takes_effect() -> None:
    # Claim registered 2026-06-01 for 12 months; a new employer pays premiums from 2026-09-15.
    job = ExternalRecord(ExternalRecordKind.EMPLOYER_CONTRIBUTION, date(2026, 9, 15))
    months = payable_months(CLAIM_START, 12, (job,), as_of=date(2026, 10, 20))
    assert months.payable == (date(2026, 6, 1), date(2026, 7, 1), date(2026, 8, 1))
    assert months.stopped[0] == date(2026, 9, 1) and len(months.stopped) == 9
    assert months.not_yet_begun == ()
    assert months.stop is not None and months.stop.reason is ReasonCode.STOP_REEMPLOYED_CONTRIBUTION


def test_months_not_yet_begun_are_not_payable_and_a_future_record_stops_nothing_yet() -> None:
    pension = ExternalRecord(ExternalRecordKind.PENSION, date(2027, 1, 1))
    months = payable_months(CLAIM_START, 12, (pension,), as_of=date(2026, 8, 31))
    assert months.payable == (date(2026, 6, 1), date(2026, 7, 1), date(2026, 8, 1))
    assert len(months.not_yet_begun) == 9 and months.stopped == () and months.stop is None
    later = payable_months(CLAIM_START, 12, (pension,), as_of=date(2027, 3, 1))
    assert later.payable[-1] == date(2026, 12, 1) and len(later.stopped) == 5


@given(
    st.integers(min_value=0, max_value=30),
    st.dates(min_value=date(2026, 6, 1), max_value=date(2029, 12, 31)),
    st.dates(min_value=date(2026, 1, 1), max_value=date(2029, 12, 31)),
    st.sampled_from(list(ExternalRecordKind)),
)
def test_payable_months_never_reach_the_stop_month_nor_the_future(
    months: int, as_of: date, stop_day: date, kind: ExternalRecordKind
) -> None:
    record = ExternalRecord(kind, stop_day)
    result = payable_months(CLAIM_START, months, (record,), as_of=as_of)
    assert len(result.payable) + len(result.not_yet_begun) + len(result.stopped) == months
    for month in result.payable:
        assert month <= as_of
        if result.stop is not None:
            assert (month.year, month.month) < (
                result.stop.stop_date.year,
                result.stop.stop_date.month,
            )
    if stop_day > as_of:
        assert result.stop is None


def test_nothing_is_payable_before_the_registration_date() -> None:
    start = date(2026, 6, 15)
    assert payable_months(start, 12, (), as_of=date(2026, 6, 10)).payable == ()
    assert payable_months(start, 12, (), as_of=date(2026, 6, 15)).payable == (date(2026, 6, 1),)


records = st.lists(
    st.builds(
        ExternalRecord,
        kind=st.sampled_from(list(ExternalRecordKind)),
        effective_date=st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31)),
        good_reason=st.booleans(),
    ),
    max_size=6,
)


@given(records, st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31)))
def test_records_dated_after_as_of_never_change_the_stop(
    found: list[ExternalRecord], as_of: date
) -> None:
    known = [r for r in found if r.effective_date <= as_of]
    assert first_stop(found, claim_start=CLAIM_START, as_of=as_of) == first_stop(
        known, claim_start=CLAIM_START
    )
    bars = find_bars(found, separated_on=date(2026, 5, 20), application_date=as_of)
    assert all(b.stop_date <= as_of for b in bars)

"""Regulations art. 15 / Law art. 51, checked by data as the 2019 notice §4 requires."""

from datetime import date

import pytest

from server.rules import (
    Effect,
    ExternalRecord,
    ExternalRecordKind,
    ReasonCode,
    explain_stop,
    find_stops,
    first_stop,
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
    assert finding.stop_date == date(2026, 8, 15)
    text = explain_stop(finding)
    assert text.effect is Effect.STOP
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

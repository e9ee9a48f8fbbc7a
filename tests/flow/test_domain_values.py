"""Domain values: ID and mobile numbers, ages, money as fen, redacted reprs (masking: tests/contract)."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.claimant import CardIdentity, Claimant, OtpLogin
from kiosk.domain.claims import ClaimKind, SubmissionRequest
from kiosk.domain.identity import (
    IdNumber,
    IdNumberProblem,
    MobileNumber,
    MobileProblem,
    age_on,
    check_character,
    parse_id_number,
    parse_mobile,
)
from kiosk.domain.language import Language, LocalizedText
from kiosk.domain.money import Money, MoneyFormatError
from tests.flow.flow_kit import make_id

# The standard's worked example (GB 11643-1999, appendix): check character X.
STANDARD_EXAMPLE = "11010519491231002X"


def test_id_number_with_the_right_check_character_is_accepted() -> None:
    parsed = parse_id_number(STANDARD_EXAMPLE)
    assert isinstance(parsed, IdNumber)
    assert parsed.birth_date == date(1949, 12, 31)
    assert parsed.region_code == "110105"
    assert not parsed.is_male


def test_lower_case_x_and_spaces_around_are_accepted() -> None:
    assert parse_id_number(" " + STANDARD_EXAMPLE.lower() + " ") == IdNumber(STANDARD_EXAMPLE)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("11010519491231002", IdNumberProblem.WRONG_LENGTH),
        ("1101051949123100Y2", IdNumberProblem.NOT_DIGITS),
        ("110105194913310021", IdNumberProblem.BAD_BIRTH_DATE),
        ("110105194912310021", IdNumberProblem.BAD_CHECK_CHARACTER),
    ],
)
def test_bad_id_numbers_are_refused_with_a_specific_reason(
    text: str, problem: IdNumberProblem
) -> None:
    assert parse_id_number(text) is problem


def test_check_character_matches_the_standard() -> None:
    assert check_character(STANDARD_EXAMPLE[:17]) == "X"


def test_age_counts_completed_years() -> None:
    assert age_on(date(1966, 11, 26), date(2026, 11, 26)) == 60
    assert age_on(date(1966, 11, 27), date(2026, 11, 26)) == 59
    assert age_on(date(1964, 2, 29), date(2024, 2, 28)) == 59
    assert age_on(date(1964, 2, 29), date(2025, 3, 1)) == 61


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13904331234", MobileNumber("13904331234")),
        ("139 0433 1234", MobileNumber("13904331234")),
        ("1390433123", MobileProblem.WRONG_LENGTH),
        ("23904331234", MobileProblem.NOT_A_MOBILE_PREFIX),
        ("1390433123x", MobileProblem.NOT_DIGITS),
        ("1390433123²", MobileProblem.NOT_DIGITS),
        ("１３９０４３３１２３４", MobileProblem.NOT_DIGITS),  # full-width: the agency refuses them
    ],
)
def test_mobile_numbers_are_eleven_digits_starting_with_one(
    text: str, expected: MobileNumber | MobileProblem
) -> None:
    assert parse_mobile(text) == expected


def test_personal_values_never_show_in_reprs() -> None:
    number = make_id()
    card = CardIdentity(number, "金英哲", "A8277")
    claimant = Claimant(number, "金英哲", mobile_on_file=MobileNumber("13904331234"))
    request = SubmissionRequest(
        kind=ClaimKind.CLAIM,
        ssn=number,
        mobile=MobileNumber("13904331234"),
        commitment_version="2019-1",
        language=Language.ZH_CN,
        login=OtpLogin("secret-token"),
    )
    for value in (number, card, claimant, request):
        text = repr(value) + str(value)
        for secret in (number.value, "金英哲", "A8277", "13904331234", "secret-token"):
            assert secret not in text


def test_money_is_exact_in_fen() -> None:
    assert Money.from_yuan("1854.5") == Money(185_450)
    assert Money.from_yuan("0.10") + Money.from_yuan("0.20") == Money(30)
    assert Money(171_000).times(18) == Money(3_078_000)
    assert Money(3_078_000).yuan_text() == "30,780.00"
    assert Money(-5).yuan_text(grouping=False) == "-0.05"


@pytest.mark.parametrize("text", ["1.005", "abc", "NaN", "Infinity"])
def test_money_refuses_anything_but_two_place_decimals(text: str) -> None:
    with pytest.raises(MoneyFormatError) as raised:
        Money.from_yuan(text)
    assert text not in str(raised.value)


def test_agency_texts_fall_back_to_chinese() -> None:
    text = LocalizedText(zh_cn="中文", ko="")
    assert text.in_language(Language.KO) == "中文"
    assert text.in_language(Language.EN) == "中文"
    assert LocalizedText("中文", "한국어").in_language(Language.KO) == "한국어"

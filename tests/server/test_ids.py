from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from server.ids import (
    CitizenId,
    CreditCodeFault,
    Gender,
    IdFault,
    IdNumberProblem,
    citizen_id_check_character,
    credit_code_check_character,
    is_valid_citizen_id,
    is_valid_credit_code,
    is_valid_mobile,
    normalize_id_number,
    parse_citizen_id,
    validate_credit_code,
)

TODAY = date(2026, 11, 26)
# Published GB 11643-1999 example: 11010519491231002X (female, Beijing Chaoyang, 31 Dec 1949).
STANDARD_EXAMPLE = "11010519491231002X"


def _problem(text: str) -> IdNumberProblem:
    result = parse_citizen_id(text, today=TODAY)
    assert isinstance(result, IdNumberProblem)
    return result


def test_standard_example_validates_and_splits_into_its_parts() -> None:
    result = parse_citizen_id(STANDARD_EXAMPLE, today=TODAY)
    assert isinstance(result, CitizenId)
    assert result.region_code == "110105"
    assert result.birth_date == date(1949, 12, 31)
    assert result.sequence == "002"
    assert result.gender is Gender.FEMALE
    assert result.check_character == "X"
    assert result.age_on(TODAY) == 76


def test_check_character_follows_the_weights_of_the_standard() -> None:
    assert citizen_id_check_character("11010519491231002") == "X"
    assert citizen_id_check_character("44052418800101001") == "4"


def test_odd_sequence_means_male() -> None:
    body = "22240519870315001"
    result = parse_citizen_id(body + citizen_id_check_character(body), today=TODAY)
    assert isinstance(result, CitizenId)
    assert result.gender is Gender.MALE


@pytest.mark.parametrize("text", ["", "1101051949123100", "11010519491231002XX"])
def test_wrong_length_is_reported_as_length(text: str) -> None:
    problem = _problem(text)
    assert problem.fault is IdFault.LENGTH
    assert str(len(text)) in problem.message


@pytest.mark.parametrize(
    "text",
    ["1101051949123100X2", "11010519491231002x", "1101A519491231002X", "１１０105194912310021"],
)
def test_letters_or_full_width_digits_are_reported_as_characters(text: str) -> None:
    assert len(text) == 18
    assert _problem(text).fault is IdFault.CHARACTERS


def test_unknown_province_is_reported_as_region_code() -> None:
    body = "99010519491231002"
    problem = _problem(body + citizen_id_check_character(body))
    assert problem.fault is IdFault.REGION_CODE
    assert "990105" in problem.message


def test_province_level_code_without_county_is_reported_as_region_code() -> None:
    body = "22000019800101001"
    assert _problem(body + citizen_id_check_character(body)).fault is IdFault.REGION_CODE


@pytest.mark.parametrize("birth", ["19490230", "19491301", "19490000", "18991231"])
def test_impossible_birth_date_is_reported(birth: str) -> None:
    body = f"110105{birth}002"
    assert _problem(body + citizen_id_check_character(body)).fault is IdFault.BIRTH_DATE_IMPOSSIBLE


def test_future_birth_date_is_reported() -> None:
    body = "11010520270101002"
    problem = _problem(body + citizen_id_check_character(body))
    assert problem.fault is IdFault.BIRTH_DATE_FUTURE


def test_wrong_check_character_names_expected_and_found() -> None:
    problem = _problem("110105194912310021")
    assert problem.fault is IdFault.CHECK_CHARACTER
    assert (problem.expected_check, problem.found_check) == ("X", "1")
    assert "X" in problem.message and "1" in problem.message


def test_normalize_accepts_spaces_and_lower_case_x() -> None:
    assert normalize_id_number(" 110105 19491231 002x ") == STANDARD_EXAMPLE
    assert is_valid_citizen_id(normalize_id_number("11010519491231002x"), today=TODAY)


def test_exact_parse_refuses_lower_case_x() -> None:
    assert not is_valid_citizen_id("11010519491231002x", today=TODAY)


def _valid_ids() -> st.SearchStrategy[str]:
    regions = st.sampled_from(["222405", "222401", "220102", "110105", "440305", "620102"])
    births = st.dates(min_value=date(1930, 1, 1), max_value=date(2008, 12, 31))
    sequences = st.integers(min_value=0, max_value=999)

    def build(region: str, birth: date, seq: int) -> str:
        body = f"{region}{birth:%Y%m%d}{seq:03d}"
        return body + citizen_id_check_character(body)

    return st.builds(build, regions, births, sequences)


@given(_valid_ids())
def test_any_well_built_id_validates(number: str) -> None:
    assert is_valid_citizen_id(number, today=TODAY)


@given(_valid_ids(), st.integers(min_value=0, max_value=17), st.sampled_from("0123456789X"))
def test_any_single_character_change_is_rejected(number: str, position: int, char: str) -> None:
    corrupted = number[:position] + char + number[position + 1 :]
    if corrupted != number:
        assert not is_valid_citizen_id(corrupted, today=TODAY)


@given(_valid_ids(), st.integers(min_value=0, max_value=16))
def test_swapping_two_adjacent_different_digits_is_rejected(number: str, position: int) -> None:
    a, b = number[position], number[position + 1]
    swapped = number[:position] + b + a + number[position + 2 :]
    if a != b:
        assert not is_valid_citizen_id(swapped, today=TODAY)


# Unified social credit code: 91350100M000100Y43 is the example of GB 32100-2015 Appendix.
CREDIT_EXAMPLE = "91350100M000100Y43"


def test_standard_credit_code_example_validates() -> None:
    assert credit_code_check_character(CREDIT_EXAMPLE[:17]) == "3"
    assert is_valid_credit_code(CREDIT_EXAMPLE)


def test_credit_code_faults_are_named() -> None:
    assert validate_credit_code("9135010") is not None
    problem = validate_credit_code("9135010")
    assert problem is not None and problem.fault is CreditCodeFault.LENGTH
    problem = validate_credit_code("91350100M000100YI3")
    assert problem is not None and problem.fault is CreditCodeFault.CHARACTERS
    problem = validate_credit_code("91990100M000100Y4" + "0")
    assert problem is not None and problem.fault is CreditCodeFault.REGION_CODE
    problem = validate_credit_code("91350100M000100Y44")
    assert problem is not None and problem.fault is CreditCodeFault.CHECK_CHARACTER
    assert (problem.expected_check, problem.found_check) == ("3", "4")


@given(st.integers(min_value=0, max_value=17), st.sampled_from("0123456789ABCDEFGHJKLMNPQRTUWXY"))
def test_any_single_character_change_of_a_credit_code_is_rejected(position: int, char: str) -> None:
    corrupted = CREDIT_EXAMPLE[:position] + char + CREDIT_EXAMPLE[position + 1 :]
    if corrupted != CREDIT_EXAMPLE:
        assert not is_valid_credit_code(corrupted)


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("13812345678", True),
        ("19912345678", True),
        ("23812345678", False),
        ("1381234567", False),
        ("138123456789", False),
        ("1381234567a", False),
        ("+8613812345678", False),
        ("１3812345678", False),
    ],
)
def test_mobile_is_eleven_digits_starting_with_one(number: str, valid: bool) -> None:
    assert is_valid_mobile(number) is valid

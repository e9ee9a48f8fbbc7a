"""2017 foreign permanent residence numbers (contract/permanent_residence.py) on the kiosk's
IdNumber: structure, birth date, masking; and the one published sample."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract import permanent_residence as pr2017
from contract.masking import mask_id_number
from kiosk.domain.identity import IdNumber, IdNumberKind, IdNumberProblem, parse_id_number

PROVINCES = sorted(pr2017.MAINLAND_PROVINCES)


@st.composite
def numbers(draw: st.DrawFn) -> tuple[str, date]:
    letters = draw(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3))
    province = draw(st.sampled_from(PROVINCES))
    prefecture = draw(st.integers(0, 99))
    born = draw(st.dates(min_value=date(1924, 1, 1), max_value=date(2023, 12, 31)))
    sequence = draw(st.integers(0, 9))
    first14 = f"{letters}{province:02d}{prefecture:02d}{born:%y%m%d}{sequence}"
    return first14 + pr2017.icao_check_digit(first14), born


@given(numbers())
def test_a_well_formed_number_is_accepted_with_its_birth_date(case: tuple[str, date]) -> None:
    number, born = case
    parsed = parse_id_number(number.lower())
    assert isinstance(parsed, IdNumber) and parsed.value == number
    assert parsed.kind is IdNumberKind.PERMANENT_RESIDENCE_2017
    assert parsed.birth_date == born and parsed.is_male is None
    masked = mask_id_number(number)
    assert masked == number[:4] + "*" * 9 + number[-2:]
    assert born.strftime("%y%m%d") not in masked


@given(numbers(), st.sampled_from(["71", "81", "82", "83", "00", "99"]))
def test_an_authority_outside_the_mainland_is_refused(case: tuple[str, date], code: str) -> None:
    number = case[0]
    assert parse_id_number(number[:3] + code + number[5:]) is IdNumberProblem.BAD_AUTHORITY


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("KOR222485023119", IdNumberProblem.BAD_BIRTH_DATE),  # 31 February
        ("KOR2224850314１9", IdNumberProblem.NOT_DIGITS),  # a full-width digit
        ("KÖR222485031419", IdNumberProblem.NOT_DIGITS),
        ("KO1222485031419", IdNumberProblem.NOT_DIGITS),
        ("KOR22248503141", IdNumberProblem.WRONG_LENGTH),
    ],
)
def test_malformed_numbers_are_refused_by_reason(text: str, problem: IdNumberProblem) -> None:
    assert parse_id_number(text) is problem


def test_gb11643_numbers_are_unchanged() -> None:
    parsed = parse_id_number("222401199003070015")
    assert isinstance(parsed, IdNumber) and parsed.kind is IdNumberKind.GB11643
    assert parsed.birth_date == date(1990, 3, 7) and parsed.region_code == "222401"


def test_the_published_sample_parses_and_fits_the_likely_check_rule_only() -> None:
    """KAZ110090123105 (the immigration administration's 2023 adaptation notice): Beijing
    authority, born 1990-12-31. Its last digit fits ICAO 7-3-1, not ISO 7064 MOD 11-2."""
    sample = pr2017.parse("KAZ110090123105")
    assert isinstance(sample, pr2017.PermanentResidence2017)
    assert (sample.nationality, sample.authority_code) == ("KAZ", "1100")
    assert sample.birth_date == date(1990, 12, 31)
    assert pr2017.icao_check_digit("KAZ11009012310") == "5"
    weights = [pow(2, 14 - i, 11) for i in range(14)]
    values = [int(c) if c.isdigit() else ord(c) - 55 for c in "KAZ11009012310"]
    mod_11_2 = "10X98765432"[sum(v * w for v, w in zip(values, weights, strict=True)) % 11]
    assert mod_11_2 != "5"


def test_a_two_digit_year_up_to_23_is_this_century() -> None:
    assert pr2017.birth_date_of("230101") == date(2023, 1, 1)
    assert pr2017.birth_date_of("240101") == date(1924, 1, 1)

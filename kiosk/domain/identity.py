"""Citizen ID numbers (GB 11643-1999) and mobile numbers, checked once where they enter.

An ID number is the 18-character GB 11643 number of a resident ID card, an HK/Macao/Taiwan
residence permit or a 2023 foreign permanent residence card, or the 15-character number of a
2017 foreign permanent residence card (contract/permanent_residence.py), which the agency keys
its records by in the same way.

Both are personal data, so their reprs are redacted: a stray log line or exception message
can never carry them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from contract import permanent_residence as pr2017

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARACTERS = "10X98765432"
_LAST = frozenset("0123456789X")


class IdNumberProblem(StrEnum):
    """Why an ID number was refused; each maps to its own message for the claimant."""

    WRONG_LENGTH = "id.wrong_length"
    NOT_DIGITS = "id.not_digits"
    BAD_BIRTH_DATE = "id.bad_birth_date"
    BAD_CHECK_CHARACTER = "id.bad_check_character"
    BAD_AUTHORITY = "id.bad_authority"  # 2017 permanent residence: not a mainland authority


def check_character(first_seventeen: str) -> str:
    pairs = zip(first_seventeen, _WEIGHTS, strict=True)
    total = sum(int(digit) * weight for digit, weight in pairs)
    return _CHECK_CHARACTERS[total % 11]


class IdNumberKind(StrEnum):
    GB11643 = "gb11643"  # 18 characters: resident card, HMT permit, 2023 permanent residence
    PERMANENT_RESIDENCE_2017 = "permanent_residence_2017"  # 15 characters


@dataclass(frozen=True)
class IdNumber:
    """An 18-character citizen ID number whose check character is right, or the 15-character
    number of a 2017 foreign permanent residence card whose structure is right.

    The social security number is the same number (Social Insurance Law art. 58; permanent
    residents are insured like citizens, art. 97).
    """

    value: str

    def __repr__(self) -> str:
        return "IdNumber(<redacted>)"

    __str__ = __repr__

    @property
    def kind(self) -> IdNumberKind:
        if len(self.value) == pr2017.LENGTH:
            return IdNumberKind.PERMANENT_RESIDENCE_2017
        return IdNumberKind.GB11643

    @property
    def region_code(self) -> str:
        """The GB/T 2260 code the number carries: for a 2017 permanent residence number, its
        accepting authority's prefecture (four digits and 00)."""
        if self.kind is IdNumberKind.PERMANENT_RESIDENCE_2017:
            return self.value[3:7] + "00"
        return self.value[:6]

    @property
    def birth_date(self) -> date:
        if self.kind is IdNumberKind.PERMANENT_RESIDENCE_2017:
            return pr2017.birth_date_of(self.value[7:13])
        return date(int(self.value[6:10]), int(self.value[10:12]), int(self.value[12:14]))

    @property
    def is_male(self) -> bool | None:
        """None for a 2017 permanent residence number: what its sequence digit says of the
        holder's sex is unconfirmed (the card's own gender field says it)."""
        if self.kind is IdNumberKind.PERMANENT_RESIDENCE_2017:
            return None
        return int(self.value[16]) % 2 == 1


_PR2017_PROBLEMS = {
    pr2017.Problem.LENGTH: IdNumberProblem.WRONG_LENGTH,
    pr2017.Problem.CHARACTERS: IdNumberProblem.NOT_DIGITS,
    pr2017.Problem.AUTHORITY: IdNumberProblem.BAD_AUTHORITY,
    pr2017.Problem.BIRTH_DATE: IdNumberProblem.BAD_BIRTH_DATE,
}


def parse_id_number(text: str) -> IdNumber | IdNumberProblem:
    candidate = text.strip().upper()
    if pr2017.looks_like_2017(candidate):
        parsed = pr2017.parse(candidate)
        if isinstance(parsed, pr2017.Problem):
            return _PR2017_PROBLEMS[parsed]
        return IdNumber(parsed.number)
    if len(candidate) != 18:
        return IdNumberProblem.WRONG_LENGTH
    # ASCII only: str.isdigit() also passes "²" (int() then fails) and full-width digits, which
    # int() reads but the agency refuses.
    if not candidate.isascii() or not candidate[:17].isdigit() or candidate[17] not in _LAST:
        return IdNumberProblem.NOT_DIGITS
    try:
        date(int(candidate[6:10]), int(candidate[10:12]), int(candidate[12:14]))
    except ValueError:
        return IdNumberProblem.BAD_BIRTH_DATE
    if check_character(candidate[:17]) != candidate[17]:
        return IdNumberProblem.BAD_CHECK_CHARACTER
    return IdNumber(candidate)


def age_on(birth_date: date, today: date) -> int:
    """Completed years; someone born on 29 February turns a year older on 1 March."""
    had_birthday = (today.month, today.day) >= (birth_date.month, birth_date.day)
    return today.year - birth_date.year - (0 if had_birthday else 1)


class MobileProblem(StrEnum):
    WRONG_LENGTH = "mobile.wrong_length"
    NOT_DIGITS = "mobile.not_digits"
    NOT_A_MOBILE_PREFIX = "mobile.not_a_mobile_prefix"


@dataclass(frozen=True)
class MobileNumber:
    """Eleven digits beginning with 1 (mainland mobile numbers)."""

    value: str

    def __repr__(self) -> str:
        return "MobileNumber(<redacted>)"

    __str__ = __repr__


def parse_mobile(text: str) -> MobileNumber | MobileProblem:
    candidate = text.strip().replace(" ", "")
    if not candidate.isascii() or not candidate.isdigit():  # "²" and full-width digits are not
        return MobileProblem.NOT_DIGITS
    if len(candidate) != 11:
        return MobileProblem.WRONG_LENGTH
    if candidate[0] != "1":
        return MobileProblem.NOT_A_MOBILE_PREFIX
    return MobileNumber(candidate)

"""Citizen ID numbers (GB 11643-1999) and mobile numbers, checked once where they enter.

Both are personal data, so their reprs are redacted: a stray log line or exception message
can never carry them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARACTERS = "10X98765432"
_LAST = frozenset("0123456789X")


class IdNumberProblem(StrEnum):
    """Why an ID number was refused; each maps to its own message for the claimant."""

    WRONG_LENGTH = "id.wrong_length"
    NOT_DIGITS = "id.not_digits"
    BAD_BIRTH_DATE = "id.bad_birth_date"
    BAD_CHECK_CHARACTER = "id.bad_check_character"


def check_character(first_seventeen: str) -> str:
    pairs = zip(first_seventeen, _WEIGHTS, strict=True)
    total = sum(int(digit) * weight for digit, weight in pairs)
    return _CHECK_CHARACTERS[total % 11]


@dataclass(frozen=True)
class IdNumber:
    """An 18-character citizen ID number whose check character is right.

    The social security number is the same number (Social Insurance Law art. 58).
    """

    value: str

    def __repr__(self) -> str:
        return "IdNumber(<redacted>)"

    __str__ = __repr__

    @property
    def region_code(self) -> str:
        return self.value[:6]

    @property
    def birth_date(self) -> date:
        return date(int(self.value[6:10]), int(self.value[10:12]), int(self.value[12:14]))

    @property
    def is_male(self) -> bool:
        return int(self.value[16]) % 2 == 1


def parse_id_number(text: str) -> IdNumber | IdNumberProblem:
    candidate = text.strip().upper()
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

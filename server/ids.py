"""Identity numbers the agency relies on, checked to their national standards.

The social security number is the citizen ID number (Social Insurance Law art. 58), so one bad
character would attach a claim to a stranger: every fault is reported by name, never as a bare
"invalid". Employers are identified by the unified social credit code (GB 32100-2015). Masking
helpers give one consistent way to show personal data on screens, receipts and the public
status page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

__all__ = [
    "CitizenId",
    "CreditCodeFault",
    "CreditCodeProblem",
    "Gender",
    "IdFault",
    "IdNumberProblem",
    "citizen_id_check_character",
    "credit_code_check_character",
    "is_valid_citizen_id",
    "is_valid_credit_code",
    "is_valid_mobile",
    "normalize_id_number",
    "organization_code_check_character",
    "parse_citizen_id",
    "validate_credit_code",
]

# GB 11643-1999 §8: ISO 7064 MOD 11-2 weights (2^(17-i) mod 11) and the check-character table.
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_TABLE = "10X98765432"

# GB/T 2260 province-level codes, plus 83 used on residence permits for Taiwan residents
# (GB/T 2260 assigns 71; the permit uses 830000, alongside 810000 and 820000).
_PROVINCE_CODES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46}
    | {50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}
)
_EARLIEST_BIRTH_YEAR = 1900
# Permanent residence cards are issued by mainland public security offices only.
_MAINLAND_PROVINCE_CODES = _PROVINCE_CODES - {71, 81, 82, 83}
_FOREIGNER_2023_LEAD = "9"

# GB 32100-2015: 31 characters (no I, O, Z, S, V), weights 3^(i) mod 31.
_CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
# GB 11714-1997 organization code (characters 9–17 of the credit code).
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_CHARSET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

_MOBILE = re.compile(r"1\d{10}")


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class IdFault(StrEnum):
    """Why a citizen ID number was refused; stable codes the API and kiosk translate."""

    LENGTH = "id_length"
    CHARACTERS = "id_characters"
    REGION_CODE = "id_region_code"
    BIRTH_DATE_IMPOSSIBLE = "id_birth_date_impossible"
    BIRTH_DATE_FUTURE = "id_birth_date_future"
    CHECK_CHARACTER = "id_check_character"


@dataclass(frozen=True)
class IdNumberProblem:
    """A refused citizen ID number; `message` is plain English for technicians and logs."""

    fault: IdFault
    message: str
    expected_check: str | None = None
    found_check: str | None = None


@dataclass(frozen=True)
class CitizenId:
    """A citizen ID number that passed every check of GB 11643-1999.

    2023 foreigner permanent residence card numbers follow the same standard with a leading 9
    and are accepted wherever a citizen ID number is: the agency serves permanent residents
    like citizens (Social Insurance Law art. 97).
    """

    number: str
    region_code: str
    birth_date: date
    sequence: str

    @property
    def gender(self) -> Gender:
        # GB 11643-1999 §7: the sequence code is odd for men, even for women.
        return Gender.MALE if int(self.sequence) % 2 == 1 else Gender.FEMALE

    @property
    def check_character(self) -> str:
        return self.number[17]

    @property
    def is_foreign_permanent_resident(self) -> bool:
        """A 2023 foreigner permanent residence card number (GB 11643 layout, leading 9)."""
        return self.number[0] == _FOREIGNER_2023_LEAD

    def age_on(self, day: date) -> int:
        years = day.year - self.birth_date.year
        if (day.month, day.day) < (self.birth_date.month, self.birth_date.day):
            years -= 1
        return years


def normalize_id_number(text: str) -> str:
    """Drop spaces and accept a lower-case x, as people type them; everything else is kept."""
    return "".join(text.split()).replace("x", "X")


def citizen_id_check_character(first17: str) -> str:
    """The 18th character of a citizen ID number, computed from the first 17 digits."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("the check character is computed from exactly 17 ASCII digits")
    total = sum(int(ch) * w for ch, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK_TABLE[total % 11]


def parse_citizen_id(text: str, *, today: date | None = None) -> CitizenId | IdNumberProblem:
    """Check a citizen ID number (exact text, see `normalize_id_number`) and split it up.

    Faults are tested in the order a person would fix them: length, characters, region code,
    birth date, then the check character, which names both the expected and the found one.
    """
    if len(text) != 18:
        return IdNumberProblem(
            IdFault.LENGTH, f"an ID number has 18 characters, this one has {len(text)}"
        )
    body, check = text[:17], text[17]
    if not (body.isascii() and body.isdigit()) or not (check.isascii() and check in "0123456789X"):
        return IdNumberProblem(
            IdFault.CHARACTERS,
            "the first 17 characters must be digits and the last a digit or capital X",
        )
    region = text[:6]
    if text[0] == _FOREIGNER_2023_LEAD:
        # 2023 foreigner permanent residence card: 9, the accepting province, a 3-digit
        # nationality code, then birth date, sequence and check character as for citizens.
        if int(text[1:3]) not in _MAINLAND_PROVINCE_CODES:
            return IdNumberProblem(
                IdFault.REGION_CODE,
                f"{region}: a leading 9 marks a foreigner permanent residence card, but "
                f"{text[1:3]} is not a mainland province code",
            )
    elif int(region[:2]) not in _PROVINCE_CODES or (
        region[2:] == "0000" and region[:2] not in {"81", "82", "83"}
    ):
        return IdNumberProblem(
            IdFault.REGION_CODE, f"{region} is not a county-level administrative division code"
        )
    try:
        birth = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        return IdNumberProblem(
            IdFault.BIRTH_DATE_IMPOSSIBLE, f"{text[6:14]} is not a calendar date (YYYYMMDD)"
        )
    if birth.year < _EARLIEST_BIRTH_YEAR:
        return IdNumberProblem(
            IdFault.BIRTH_DATE_IMPOSSIBLE,
            f"birth year {birth.year} is before {_EARLIEST_BIRTH_YEAR}",
        )
    if birth > (today or date.today()):
        return IdNumberProblem(
            IdFault.BIRTH_DATE_FUTURE, f"birth date {birth.isoformat()} is in the future"
        )
    expected = citizen_id_check_character(body)
    if check != expected:
        return IdNumberProblem(
            IdFault.CHECK_CHARACTER,
            f"the check character is {check} but the first 17 digits require {expected}",
            expected_check=expected,
            found_check=check,
        )
    return CitizenId(number=text, region_code=region, birth_date=birth, sequence=text[14:17])


def is_valid_citizen_id(text: str, *, today: date | None = None) -> bool:
    return isinstance(parse_citizen_id(text, today=today), CitizenId)


class CreditCodeFault(StrEnum):
    LENGTH = "credit_code_length"
    CHARACTERS = "credit_code_characters"
    REGION_CODE = "credit_code_region_code"
    CHECK_CHARACTER = "credit_code_check_character"


@dataclass(frozen=True)
class CreditCodeProblem:
    fault: CreditCodeFault
    message: str
    expected_check: str | None = None
    found_check: str | None = None


def credit_code_check_character(first17: str) -> str:
    """The 18th character of a unified social credit code (GB 32100-2015 §5)."""
    if len(first17) != 17 or any(ch not in _CREDIT_CHARSET for ch in first17):
        raise ValueError("the check character is computed from 17 characters of GB 32100-2015")
    total = sum(
        _CREDIT_CHARSET.index(ch) * w for ch, w in zip(first17, _CREDIT_WEIGHTS, strict=True)
    )
    return _CREDIT_CHARSET[(31 - total % 31) % 31]


def organization_code_check_character(first8: str) -> str:
    """The 9th character of an organization code (GB 11714-1997), inside a credit code."""
    if len(first8) != 8 or any(ch not in _ORG_CHARSET for ch in first8):
        raise ValueError("an organization code body is 8 digits or capital letters")
    total = sum(_ORG_CHARSET.index(ch) * w for ch, w in zip(first8, _ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def validate_credit_code(text: str) -> CreditCodeProblem | None:
    """None if `text` is a well-formed unified social credit code, else what is wrong.

    Only the code's own check character is verified: the embedded organization code of some
    registrants (e.g. individual businesses) predates GB 11714 and cannot be relied on.
    """
    if len(text) != 18:
        return CreditCodeProblem(
            CreditCodeFault.LENGTH, f"a credit code has 18 characters, this one has {len(text)}"
        )
    if any(ch not in _CREDIT_CHARSET for ch in text):
        return CreditCodeProblem(
            CreditCodeFault.CHARACTERS,
            "a credit code uses digits and capital letters except I, O, Z, S and V",
        )
    region = text[2:8]
    if not region.isdigit() or int(region[:2]) not in _PROVINCE_CODES:
        return CreditCodeProblem(
            CreditCodeFault.REGION_CODE,
            f"characters 3–8 ({region}) must be an administrative division code",
        )
    expected = credit_code_check_character(text[:17])
    if text[17] != expected:
        return CreditCodeProblem(
            CreditCodeFault.CHECK_CHARACTER,
            f"the check character is {text[17]} but the first 17 characters require {expected}",
            expected_check=expected,
            found_check=text[17],
        )
    return None


def is_valid_credit_code(text: str) -> bool:
    return validate_credit_code(text) is None


def is_valid_mobile(text: str) -> bool:
    """A mainland mobile number: 11 digits beginning with 1 (no country code, no spaces)."""
    return _MOBILE.fullmatch(text) is not None and text.isascii()

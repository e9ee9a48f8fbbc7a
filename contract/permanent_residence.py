"""Foreign permanent residence ID numbers of the 2017 card (外国人永久居留身份证, flag 'I').

The kiosk reads them from the card and the agency keys records by them, so both check them the
same way here. A 2017 number has 15 characters (the card and the 2004 card before it used the
same numbering; the 2023 card moved to 18 digits in the GB 11643 layout with a leading 9, which
`server.ids` and `kiosk.domain.identity` check as citizen numbers):

    KAZ 1100 901231 0 5
    │   │    │      │ └ check digit
    │   │    │      └── sequence digit
    │   │    └───────── birth date, YYMMDD
    │   └────────────── accepting authority: the first four digits of its GB/T 2260 code
    └────────────────── nationality at first issue, ISO 3166-1 alpha-3

Sources: the National Immigration Administration's 2023 adaptation notice says the old number is
"3 Latin letters + 12 digits" and that the letters became the numeric country code in the 2023
number; its worked pair, KAZ110090123105 and 911398199012310021, is quoted by integrators. The
split of the twelve digits comes from one public implementation (CredentialKit), which agrees
with that pair (1100 = Beijing, 901231 = 1990-12-31). *Single source.*

The check digit is **not verified here**. The only published sample fits the ICAO 9303 7-3-1
rule over the first 14 characters (A=10 … Z=35), as that implementation computes it, and does
not fit ISO 7064 MOD 11-2 with letters mapped; one sample cannot confirm a rule, and refusing a
real card on a guessed rule would turn a permanent resident away. So only the structure is
checked; `icao_check_digit` exists so the demo and test numbers agree with the likely rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

LENGTH = 15

# GB/T 2260 province-level codes of the mainland: the immigration authorities that accept
# applications (Hong Kong, Macao and Taiwan issue no such card).
MAINLAND_PROVINCES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46}
    | {50, 51, 52, 53, 54, 61, 62, 63, 64, 65}
)
# Numbers of this form were issued from 2004 until the 2023 card replaced it: a two-digit
# birth year up to 23 is 20YY, any later one 19YY. Only a holder born before 1924 (over 100
# today) is misread, which no claim for unemployment benefit concerns.
LAST_ISSUE_YEAR = 23


class Problem(StrEnum):
    """Why a 15-character number is not a 2017 permanent residence number; stable codes."""

    LENGTH = "pr2017_length"
    CHARACTERS = "pr2017_characters"  # not three capital letters and twelve ASCII digits
    AUTHORITY = "pr2017_authority"  # the accepting authority is not in a mainland province
    BIRTH_DATE = "pr2017_birth_date"  # YYMMDD is no calendar date


@dataclass(frozen=True)
class PermanentResidence2017:
    """A number whose structure is right (the check digit is not verified: see the module)."""

    number: str
    nationality: str  # ISO 3166-1 alpha-3 at first issue
    authority_code: str  # four digits
    birth_date: date
    sequence: str  # one digit

    def __repr__(self) -> str:
        return "PermanentResidence2017(<redacted>)"

    __str__ = __repr__


def looks_like_2017(text: str) -> bool:
    """Fifteen characters beginning with a letter: the only form this module judges."""
    return len(text) == LENGTH and text[:1].isascii() and text[:1].isalpha()


def birth_date_of(yymmdd: str) -> date:
    """The birth date a number's YYMMDD names (see LAST_ISSUE_YEAR); ValueError if none."""
    year = int(yymmdd[:2])
    century = 2000 if year <= LAST_ISSUE_YEAR else 1900
    return date(century + year, int(yymmdd[2:4]), int(yymmdd[4:6]))


def parse(text: str) -> PermanentResidence2017 | Problem:
    """Checks the exact text (capital letters; callers upper-case what people type)."""
    if len(text) != LENGTH:
        return Problem.LENGTH
    letters, digits = text[:3], text[3:]
    # ASCII only: str.isalpha() passes "É" and str.isdigit() passes "²" and full-width digits.
    if not (text.isascii() and letters.isalpha() and letters.isupper() and digits.isdigit()):
        return Problem.CHARACTERS
    if int(digits[:2]) not in MAINLAND_PROVINCES:
        return Problem.AUTHORITY
    try:
        born = birth_date_of(digits[4:10])
    except ValueError:
        return Problem.BIRTH_DATE
    return PermanentResidence2017(
        number=text,
        nationality=letters,
        authority_code=digits[:4],
        birth_date=born,
        sequence=digits[10],
    )


def icao_check_digit(first14: str) -> str:
    """ICAO 9303 7-3-1 over digits and capital letters (A=10 … Z=35): what the published sample
    fits. **Unconfirmed**, so never used to refuse a number; it makes demo numbers plausible."""
    total = 0
    for index, char in enumerate(first14):
        value = int(char) if char.isdigit() else ord(char) - ord("A") + 10
        total += value * (7, 3, 1)[index % 3]
    return str(total % 10)

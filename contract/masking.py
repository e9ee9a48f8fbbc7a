"""How personal values look wherever a person may see them: screens, receipts, the public status
page, staff answers, log lines and device messages.

One rule for the kiosk, its devices and the agency server, so a claimant sees their data masked
the same way on the screen, on the receipt and on the status page, and so no place shows more
than another. A mask keeps enough to recognise one's own value and never enough to recover it;
when the value is too short for that, nothing of it is shown.
"""

from __future__ import annotations

import unicodedata

HIDDEN = "*"


def mask_name(name: str) -> str:
    """The first character only: 张三 → 张*, 张三丰 → 张**, 김철수 → 김**.

    A one-character name is all stars: showing its first character would show the whole name.
    Separators (· in 阿依古丽·买买提, spaces in Latin names) are hidden like any character, so
    the mask does not tell where the given name ends.
    """
    characters = unicodedata.normalize("NFC", name.strip())
    if len(characters) <= 1:
        return HIDDEN * len(characters)
    return characters[0] + HIDDEN * (len(characters) - 1)


def _keep_ends(value: str, head: int, tail: int) -> str:
    if len(value) <= head + tail:
        return HIDDEN * len(value)
    return value[:head] + HIDDEN * (len(value) - head - tail) + value[-tail:]


def mask_id_number(number: str) -> str:
    """First four (province and prefecture) and last four: 2224**********002X.

    The same for a 2023 foreign permanent-residence number (9311**********0014). A 2017 one
    (15 characters, letters first: contract/permanent_residence.py) keeps its first four and
    last two, KOR2*********19: its last four would show the day of birth, which no mask of a
    citizen number shows.
    """
    value = number.strip()
    if len(value) == 15 and value[:1].isalpha():
        return _keep_ends(value, 4, 2)
    return _keep_ends(value, 4, 4)


def mask_card_number(number: str) -> str:
    """A social security card number keeps its letter and last two: S*******78."""
    return _keep_ends(number.strip(), 1, 2)


def mask_mobile(number: str) -> str:
    """First three (the carrier) and last four: 138****5678."""
    return _keep_ends(number.strip(), 3, 4)


def mask_account_tail(last_digits: str) -> str:
    """An account known only by its last digits (what the kiosk is told): ****7890.

    A fixed run of stars, so the mask tells nothing about the account's length.
    """
    return HIDDEN * 4 + last_digits.strip()[-4:]


def mask_account(account: str) -> str:
    """A whole payment account: ****7890, keeping a scheme prefix (sscard:****7890).

    An account shorter than eight characters shows no digit: four would be half of it.
    """
    scheme, separator, number = account.strip().rpartition(":")
    if len(number) < 8:
        return f"{scheme}{separator}{HIDDEN * 4}"
    return f"{scheme}{separator}{mask_account_tail(number)}"

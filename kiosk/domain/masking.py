"""How personal values look on screen and on receipts: enough to recognise, too little to misuse."""

from __future__ import annotations

from kiosk.domain.identity import IdNumber, MobileNumber


def mask_name(name: str) -> str:
    """Keep the first character and, for longer names, the last: 张*, 张*丰, 欧**明."""
    characters = name.strip()
    if len(characters) <= 1:
        return "*" * len(characters)
    if len(characters) == 2:
        return characters[0] + "*"
    return characters[0] + "*" * (len(characters) - 2) + characters[-1]


def mask_id_number(number: IdNumber) -> str:
    """First three and last four characters: the region's province and the check digits only."""
    value = number.value
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


def mask_mobile(number: MobileNumber) -> str:
    value = number.value
    return value[:3] + "****" + value[-4:]


def mask_account_tail(last_digits: str) -> str:
    """Bank and card accounts show only their last four digits."""
    return "**** " + last_digits[-4:]

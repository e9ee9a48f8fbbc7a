"""How personal values look on screen and on receipts: enough to recognise, too little to misuse."""

from __future__ import annotations

from kiosk.domain.identity import IdNumber, MobileNumber

# One standard across kiosk, receipts, agency server and status page (server/ids.py,
# devices/masking.py): a claimant sees their data masked the same way everywhere.


def mask_name(name: str) -> str:
    """Keep the surname's first character only: 张*, 张**, 欧***."""
    characters = name.strip()
    if len(characters) <= 1:
        return "*" * len(characters)
    return characters[0] + "*" * (len(characters) - 1)


def mask_id_number(number: IdNumber) -> str:
    """First four (province and prefecture) and last four characters: 2224**********002X."""
    value = number.value
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def mask_mobile(number: MobileNumber) -> str:
    value = number.value
    return value[:3] + "****" + value[-4:]


def mask_account_tail(last_digits: str) -> str:
    """Bank and card accounts show only their last four digits."""
    return "**** " + last_digits[-4:]

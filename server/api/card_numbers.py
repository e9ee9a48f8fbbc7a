"""No bank card number ever reaches the agency from a kiosk (benefit-rules.md: "the kiosk never
asks for a bank card number"; notice §5).

A kiosk chooses among accounts the agency already holds, by id. A request that carries something
shaped like a card or account number anyway (a field named for one, or 12 to 19 digits in any
text field other than the ID number) is refused with 422 `card_number_refused` before anything
is looked up or stored, and the value is never echoed: a kiosk that sends one is broken or
tampered with, and its technician must hear of it.
"""

import json
import re
from typing import Annotated, Any

from fastapi import Depends, Request

from contract.errors import ErrorCode
from server.errors import unprocessable

# Field names a card or account number would travel under.
CARD_FIELDS = frozenset(
    {
        "account",
        "account_number",
        "bank_account",
        "bank_card",
        "bank_card_number",
        "card_account",
        "iban",
        "payment_account",
        "pan",
    }
)
# Fields whose digits are something else: the ID number (18 characters, may be all digits).
NOT_ACCOUNTS = frozenset({"ssn", "id_number"})
# Bank card numbers (UnionPay: 16 to 19 digits) and account numbers (12 and up), as typed.
_ACCOUNT_SHAPE = re.compile(r"^\d{12,19}$")
_SEPARATORS = re.compile(r"[\s-]")


def _carries_card_number(value: Any, key: str = "") -> bool:
    if key.lower() in CARD_FIELDS:
        return True
    if isinstance(value, dict):
        return any(_carries_card_number(v, str(k)) for k, v in value.items())
    if isinstance(value, list):
        return any(_carries_card_number(v, key) for v in value)
    if isinstance(value, str) and key.lower() not in NOT_ACCOUNTS:
        return bool(_ACCOUNT_SHAPE.match(_SEPARATORS.sub("", value)))
    return False


async def refuse_card_numbers(request: Request) -> None:
    raw = await request.body()
    try:
        body = json.loads(raw) if raw else None
    except ValueError:
        return  # not JSON: the body's own validation answers
    if _carries_card_number(body):
        raise unprocessable(
            ErrorCode.CARD_NUMBER_REFUSED,
            "a kiosk never sends a bank card or account number: choose one of the accounts on "
            "file by its id, or add an account at a counter",
        )


NoCardNumbers = Annotated[None, Depends(refuse_card_numbers)]

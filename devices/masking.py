"""Masked forms of personal data, for receipts, log lines and exception messages.

Logs and errors must let a technician see *which kind* of value was involved without ever
revealing it, so every mask keeps the shape (length, a few edge characters) and nothing else.
"""

from __future__ import annotations


def mask_name(name: str | None) -> str:
    """Keep the first character only: 金哲 -> 金*, Kim Chol -> K*******."""
    if not name:
        return ""
    return name[0] + "*" * (len(name) - 1)


def mask_id_number(number: str | None, keep_head: int = 4, keep_tail: int = 4) -> str:
    """Keep the region prefix and the last characters, as receipts in this field usually do."""
    if not number:
        return ""
    if len(number) <= keep_head + keep_tail:
        return "*" * len(number)
    hidden = len(number) - keep_head - keep_tail
    return number[:keep_head] + "*" * hidden + number[-keep_tail:]


def mask_card_number(number: str | None) -> str:
    """Card numbers are less sensitive than ID numbers but still identify a person."""
    return mask_id_number(number, keep_head=1, keep_tail=2)

"""Base64 as both sides read it from files and headers: strict and canonical.

A lenient decoder accepts more than one text for the same bytes (trailing bits that are not
zero, missing padding, spaces, the URL-safe alphabet), so a signed file could be altered in ways
its signature does not notice and two readers could disagree on what it says. Only the one text
`b64encode` would write is accepted.
"""

from __future__ import annotations

import base64
import binascii


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64decode(text: object) -> bytes:
    """Raises `TypeError` for a non-string and `ValueError` for anything but canonical base64."""
    if not isinstance(text, str):
        raise TypeError("expected base64 text")
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("invalid base64") from None
    if b64encode(data) != text:
        raise ValueError("non-canonical base64")
    return data

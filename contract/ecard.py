"""What an electronic social security card (电子社保卡) login code looks like on the wire.

The claimant shows the e-card's QR code from a phone; the kiosk's 2D scanner reads it as text and
the kiosk sends that text to `POST /api/v1/login/ecard`. Only the agency (through the platform
seam, server/ecard/platform.py) can tell whether a code is genuine, fresh and unused: the kiosk
holds no key. What the kiosk does need is to tell an e-card code from any other barcode held up
to the scanner (a receipt's status QR, a shopping app, a train ticket), so that such a scan is
answered at once with "this is not an e-card code" instead of a network round trip, and so that
a random barcode is never sent to the agency as if it were a credential.

The reference platform's code is `ECSSC1.` followed by unpadded base64url (RFC 4648 §5) of a
sealed body (server/ecard/reference.py). A province whose national platform issues codes of
another shape changes `ECARD_PREFIX` and the length bounds here, in one place both sides import.
"""

from __future__ import annotations

import re

ECARD_PREFIX = "ECSSC1."
# The sealed body is 12 (nonce) + 24 (code id, times) + 18 (ID number) + 16 (tag) = 70 bytes,
# 94 base64url characters; the bounds leave room for another platform's slightly longer body
# while refusing a stray barcode that happens to start with the prefix.
MIN_BODY_CHARS = 40
MAX_BODY_CHARS = 400
_BODY = re.compile(r"[A-Za-z0-9_-]+")


def looks_like_ecard_code(text: str) -> bool:
    """True when `text` has the e-card login code's shape; says nothing about its validity.

    Surrounding whitespace is the scanner's (a suffix it was configured to send) and is ignored;
    anything else outside the prefix and the base64url body is not an e-card code."""
    code = text.strip()
    if not code.startswith(ECARD_PREFIX):
        return False
    body = code[len(ECARD_PREFIX) :]
    return MIN_BODY_CHARS <= len(body) <= MAX_BODY_CHARS and _BODY.fullmatch(body) is not None


def normalised(text: str) -> str:
    """The code as it is sent to the agency: the scanned text without the scanner's whitespace."""
    return text.strip()

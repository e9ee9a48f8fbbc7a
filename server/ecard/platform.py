"""The seam a province replaces: the national electronic social security card platform.

A claimant shows the e-card's QR code in a phone app; the kiosk sends the scanned text to the
agency (`POST /api/v1/login/ecard`), and the agency asks the platform whom the code names. In a
real deployment that is a call to the national platform (or the province's gateway to it), with
the agency's own credentials there; the reference server answers itself, with its own key
(server/ecard/reference.py), so the whole path runs in the demo and the tests.

What a platform must guarantee, and the agency relies on: a code names one person, is genuine
(made by the platform), and is short-lived. It must also give each code a stable id: the agency
keeps the ids it has accepted until the code expires (`ecard_codes_used`) and refuses a second
use itself, so single use holds even against a platform that would answer twice.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


class EcardRefusal(enum.Enum):
    """Why a platform does not vouch for a code; each has its own error code at the agency."""

    INVALID = "invalid"  # not the platform's: forged, damaged, or not an e-card code at all
    EXPIRED = "expired"  # genuine, but older than its lifetime: the app shows a fresh one


@dataclass(frozen=True)
class EcardHolder:
    """Whom a genuine, unexpired code names, and the code's own id and end of life."""

    ssn: str = field(repr=False)  # the holder's ID number (公民身份号码), as the card has it
    code_id: str  # stable per code, at most 64 characters: the agency's single-use key
    expires_at: datetime  # UTC; the agency keeps the used id at least until then


class EcardPlatform(Protocol):
    """The one call the agency makes. `now` is the agency's clock (UTC), passed in so a test can
    ask about a moment of its choosing; a remote platform may use its own clock instead."""

    def verify(self, code: str, now: datetime) -> EcardHolder | EcardRefusal: ...

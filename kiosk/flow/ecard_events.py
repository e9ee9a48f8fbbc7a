"""The e-card login's device event, its effect and the effect's results (kiosk/flow/ecard_login.py).

Kept apart from events.py and effects.py, which list them in their unions, so the feature reads
in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.domain.claimant import HomeRegion
from kiosk.domain.ecard import EcardFault
from kiosk.domain.faults import ServiceFault
from kiosk.domain.identity import IdNumber


@dataclass(frozen=True)
class BarcodeScanned:
    """The 2D scanner read a code held up to it: maybe an e-card's, maybe any other barcode.
    The text may be a live credential: never shown, logged or kept beyond the login."""

    text: str = field(repr=False)


@dataclass(frozen=True)
class LogInWithEcard:
    """Send the scanned e-card code to the agency (POST /login/ecard) for a login token.

    Answers EcardLoginGranted or EcardLoginFailed."""

    ticket: int
    code: str = field(repr=False)


@dataclass(frozen=True)
class EcardLoginGranted:
    """The platform vouched for the code; the agency names its holder and gave a token."""

    ticket: int
    ssn: IdNumber
    token: str = field(repr=False)


@dataclass(frozen=True)
class EcardLoginFailed:
    ticket: int
    fault: EcardFault | ServiceFault
    home_region: HomeRegion | None = None

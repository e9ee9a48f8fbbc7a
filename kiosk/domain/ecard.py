"""The electronic social security card login's outcomes, as the flow sees them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.domain.claimant import HomeRegion
from kiosk.domain.identity import IdNumber


class EcardFault(StrEnum):
    """The agency's refusals of a scanned code (docs/api.md, "E-card login"). The network being
    down, or any other refusal, is a ServiceFault like everywhere else."""

    REPLAYED = "replayed"  # used once already: the app shows a fresh code
    EXPIRED = "expired"  # a screenshot or a code left open too long
    INVALID = "invalid"  # not issued by the platform: forged, or misread
    NO_RECORD = "no_record"  # genuine, but the agency insures nobody under that number
    OUTSIDE_SERVICE_AREA = "outside_area"  # insured in another prefecture


@dataclass(frozen=True)
class EcardGranted:
    ssn: IdNumber
    token: str = field(repr=False)


@dataclass(frozen=True)
class EcardRefused:
    fault: EcardFault
    home_region: HomeRegion | None = None  # outside the service area: where they are insured

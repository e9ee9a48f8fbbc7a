"""The events that can come while the attract screen is up: the readers, a touch, the shell's
own buttons and the idle screen's guide button. Kept apart from events.py, which re-exports them,
because the kiosk paints its idle screen before it loads the rest of the flow (kiosk/app/main.py)
and these must be at hand from that first frame on.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.claimant import IdCardIdentity


@dataclass(frozen=True)
class ChooseGuide:
    pass


@dataclass(frozen=True)
class GoBack:
    pass


@dataclass(frozen=True)
class GoHome:
    pass


@dataclass(frozen=True)
class Finish:
    pass


@dataclass(frozen=True)
class ContinueSession:
    """ "Continue" on the timeout warning."""


@dataclass(frozen=True)
class Touched:
    """Any touch that changes nothing else (scrolling, typing a digit) still proves presence."""


@dataclass(frozen=True)
class CardInserted:
    """A card is in the social security card reader."""


@dataclass(frozen=True)
class CardRemoved:
    pass


@dataclass(frozen=True)
class IdCardRead:
    """The ID-card reader read a card laid on it (it needs no ReadCard effect)."""

    identity: IdCardIdentity

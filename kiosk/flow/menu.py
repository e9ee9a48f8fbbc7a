"""The "other services" menu as a place to return to.

Kept apart from more_services.py, which imports every service's starter: a service module that
needs "back to the menu" imports this one and no import cycle can form.
"""

from __future__ import annotations

from kiosk.flow.states import ChoosingService, Session
from kiosk.flow.step import Step, moved


def back_to_menu(session: Session) -> Step:
    """Back from a service's first screen: the menu it was chosen from, nothing in flight."""
    return moved(session.settled(ChoosingService()))

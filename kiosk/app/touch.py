"""Any touch, click or key press anywhere in the window proves someone is there (`Touched`).

Screens emit intents for what a touch means; this filter only keeps the idle timer honest for
touches that mean nothing to the flow (scrolling, a digit typed on a keypad).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from kiosk.flow.attract_events import Touched

if TYPE_CHECKING:
    from kiosk.flow.events import Event

_PRESENCE = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress})


class PresenceFilter(QObject):
    def __init__(self, post: Callable[[Event], None]) -> None:
        super().__init__()
        self._post = post

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # This filter sees every event of every widget; spontaneous() is the cheaper test (the
        # event type is an enum built per call) and rules out the paints and layout requests
        # a screen change posts by the thousand.
        if event.spontaneous() and event.type() in _PRESENCE:
            self._post(Touched())
        return False

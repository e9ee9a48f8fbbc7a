"""What handling one event produces: the next state, the effects to run, and whether it applied."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.flow.effects import Effect
from kiosk.flow.states import Session


@dataclass(frozen=True)
class Step:
    session: Session
    effects: tuple[Effect, ...] = ()
    accepted: bool = True


def ignored(session: Session) -> Step:
    """An event this state does not take: the state is returned unchanged and nothing runs."""
    return Step(session, (), accepted=False)


def moved(session: Session, *effects: Effect) -> Step:
    return Step(session, effects, accepted=True)

"""Look-ups per kiosk per minute: a kiosk serves one person at a time, a few look-ups a minute.

A kiosk key copied off an unattended machine could otherwise page through the register as fast
as the network allows. Over the limit (`lookups_per_kiosk_minute`, 30 by default) the look-up
answers 429 with Retry-After; a kiosk that used more than half its allowance in the last
minute is flagged on the fleet page (`unusual_rates`), so staff see the pattern before the limit
bites.
"""

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from server import throttle
from server.db import transaction
from server.models import Kiosk
from server.settings import ServerConfig
from server.throttle import Scope, Window

UNUSUAL_SHARE = 0.5


def _window(config: ServerConfig) -> Window:
    return Window(
        Scope.LOOKUP_KIOSK_MINUTE, timedelta(minutes=1), config.limits.lookups_per_kiosk_minute
    )


def _subject(config: ServerConfig, kiosk_id: str) -> str:
    return throttle.digest(
        throttle.subject_key(config.status_key), Scope.LOOKUP_KIOSK_MINUTE, kiosk_id
    )


def count(factory: sessionmaker[Session], config: ServerConfig, kiosk_id: str) -> None:
    """Counts one look-up by a signed kiosk, in its own transaction (look-ups that find nobody
    count too: they are the ones a harvester makes most)."""
    with transaction(factory) as session:
        throttle.count(
            session, _window(config), _subject(config, kiosk_id), "look-ups from this kiosk"
        )


def unusual_rates(session: Session, config: ServerConfig) -> dict[str, int]:
    """Kiosks whose look-ups this minute exceed half the limit, with their count."""
    window = _window(config)
    floor = max(1, int(window.limit * UNUSUAL_SHARE))
    found: dict[str, int] = {}
    for kiosk_id in session.execute(select(Kiosk.id)).scalars():
        seen = throttle.current(session, window, _subject(config, kiosk_id))
        if seen > floor:
            found[kiosk_id] = seen
    return found

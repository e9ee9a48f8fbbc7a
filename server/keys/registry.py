"""Which key ring belongs to which database.

Column types encrypt and decrypt with only the SQL dialect in hand (SQLAlchemy passes nothing
else to a TypeDecorator), and every engine has its own dialect object, so the ring is attached to
the engine's dialect by `server.db.make_engine`. The ring is found for an engine by the database
URL: `server.settings.resolve` registers the ring of a data directory for the URL that directory's
server uses, so any engine made later for that URL (by the app, the CLI, a test) reads the same
keys. Several agencies in one process (the test suite) each have their own URL and ring.
"""

import threading
import weakref

from sqlalchemy import Engine
from sqlalchemy.engine import Dialect, make_url

from server.keys.store import KeyRing


class KeysMissing(RuntimeError):
    """Encrypted columns were used on an engine made without the agency's key store."""


_lock = threading.Lock()
_by_url: dict[str, KeyRing] = {}
_by_dialect: "weakref.WeakKeyDictionary[Dialect, KeyRing]" = weakref.WeakKeyDictionary()


def _normal(url: str) -> str:
    return make_url(url).render_as_string(hide_password=False)


def register_database(url: str, ring: KeyRing) -> None:
    """One database, one agency key store: a second store for the same URL would write rows the
    first cannot read, so it is refused."""
    with _lock:
        known = _by_url.get(_normal(url))
        if known is not None and known is not ring and known.location != ring.location:
            raise ValueError(
                f"the database is already bound to the key store at {known.location}, "
                f"not {ring.location}"
            )
        _by_url[_normal(url)] = ring


def ring_for_url(url: str) -> KeyRing | None:
    return _by_url.get(_normal(url))


def attach(engine: Engine, ring: KeyRing) -> None:
    _by_dialect[engine.dialect] = ring


def ring_of(dialect: Dialect) -> KeyRing:
    ring = _by_dialect.get(dialect)
    if ring is None:
        raise KeysMissing(
            "this database engine has no key store: make it with server.db.make_engine after "
            "server.settings.resolve (or pass keys=)"
        )
    return ring


def ring_of_engine(engine: Engine) -> KeyRing | None:
    return _by_dialect.get(engine.dialect)

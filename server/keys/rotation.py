"""Rotating a key: new data is sealed with a new key, and every stored value is sealed again, so
the old key can leave the server (a key that may have been copied protects nothing written after
the rotation, and after the re-encryption, nothing at all).

Run with the server stopped (`kiosk server rotate-key data`): a running server keeps sealing with
the key it started with until it restarts, which stays readable but postpones retiring that key.
"""

from dataclasses import dataclass

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import flag_modified

from server.db import transaction
from server.db_types import EncryptedString, WrappedSecret
from server.keys.store import KeyRing, KeyStoreError, Purpose
from server.models import Base

BATCH = 500


@dataclass(frozen=True)
class Rotation:
    purpose: Purpose
    key_id: int
    rows: int


def _columns(purpose: Purpose) -> dict[type[Base], list[str]]:
    """Every mapped class and attribute whose column type seals with `purpose`'s key."""
    wanted = EncryptedString if purpose is Purpose.DATA else WrappedSecret
    found: dict[type[Base], list[str]] = {}
    for mapper in Base.registry.mappers:
        names = [c.key for c in mapper.column_attrs if isinstance(c.columns[0].type, wanted)]
        if names:
            found[mapper.class_] = names
    return found


def rotate(ring: KeyRing, factory: sessionmaker[Session], purpose: Purpose) -> Rotation:
    """Adds a key for `purpose` and seals every value again with it, in batches."""
    if purpose not in (Purpose.DATA, Purpose.WRAP):
        raise KeyStoreError(
            f"the {purpose.value} key is not rotated here: the index key needs a re-index, and "
            "the status key would invalidate the codes printed on every earlier receipt"
        )
    key_id = ring.rotate(purpose)
    rows = 0
    for cls, names in _columns(purpose).items():
        mapper = inspect(cls)
        pk = mapper.primary_key[0]
        pk_attribute = mapper.get_property_by_column(pk).key
        last: object = None
        while True:
            query = select(cls).order_by(pk).limit(BATCH)
            with transaction(factory) as session:
                batch = list(
                    session.execute(query if last is None else query.where(pk > last)).scalars()
                )
                for row in batch:
                    for name in names:
                        if getattr(row, name) is not None:
                            flag_modified(row, name)  # rewritten, hence sealed with the new key
                if batch:
                    last = getattr(batch[-1], pk_attribute)
            rows += len(batch)
            if len(batch) < BATCH:
                break
    return Rotation(purpose, key_id, rows)

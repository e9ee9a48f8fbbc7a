"""Finding an insured person by an identifier the kiosk holds: the ID number or the card.

Every look-up of a claimant by a personal identifier goes through here, so that how those
identifiers are stored (and indexed) is decided in one place. They are stored encrypted with a
fresh nonce each (server/db_types.py `EncryptedString`), so SQL cannot compare them; each row also
carries keyed blind indexes (HMAC-SHA256 under the key store's index key, truncated to 128 bits),
computed here on every insert and update of a claimant, and looked up here.
"""

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from server.errors import not_found
from server.keys import KeyRing, ring_of
from server.models import Claimant

SSN_LABEL = "claimants.ssn"
CARD_LABEL = "claimants.card"  # region and number together: a number is unique per prefecture


def ssn_index(ring: KeyRing, ssn: str) -> str:
    return ring.blind_index(SSN_LABEL, ssn)


def card_index(ring: KeyRing, region: str, card_number: str) -> str:
    return ring.blind_index(CARD_LABEL, region, card_number)


def refresh_blind_indexes(connection: Connection, claimant: Claimant) -> None:
    ring = ring_of(connection.dialect)
    claimant.ssn_index = ssn_index(ring, claimant.ssn)
    claimant.card_index = card_index(ring, claimant.card_region, claimant.card_number)


def _ring(session: Session) -> KeyRing:
    return ring_of(session.get_bind().dialect)


def claimant_by_ssn(session: Session, ssn: str) -> Claimant | None:
    found = session.execute(
        _BY_SSN_INDEX, {"index": ssn_index(_ring(session), ssn)}
    ).scalar_one_or_none()
    # A truncated index could in theory collide; the decrypted number decides.
    return found if found is not None and found.ssn == ssn else None


#: Built once: every submission and every sign-in looks a person up by their number.
_BY_SSN_INDEX = select(Claimant).where(Claimant.ssn_index == bindparam("index"))


def claimant_by_card(session: Session, region: str, card_number: str) -> Claimant | None:
    found = session.execute(
        select(Claimant).where(
            Claimant.card_index == card_index(_ring(session), region, card_number)
        )
    ).scalar_one_or_none()
    if found is None or (found.card_region, found.card_number) != (region, card_number):
        return None
    return found


def find_claimant(session: Session, ssn: str) -> Claimant:
    claimant = claimant_by_ssn(session, ssn)
    if claimant is None:
        raise not_found("insured person", "claimant_unknown")
    return claimant

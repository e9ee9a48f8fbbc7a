"""Finding an insured person by an identifier the kiosk holds: the ID number or the card.

Every look-up of a claimant by a personal identifier goes through here, so that how those
identifiers are stored (and indexed) is decided in one place.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.errors import not_found
from server.models import Claimant


def claimant_by_ssn(session: Session, ssn: str) -> Claimant | None:
    return session.execute(select(Claimant).where(Claimant.ssn == ssn)).scalar_one_or_none()


def claimant_by_card(session: Session, region: str, card_number: str) -> Claimant | None:
    return session.execute(
        select(Claimant).where(Claimant.card_region == region, Claimant.card_number == card_number)
    ).scalar_one_or_none()


def find_claimant(session: Session, ssn: str) -> Claimant:
    claimant = claimant_by_ssn(session, ssn)
    if claimant is None:
        raise not_found("insured person", "claimant_unknown")
    return claimant

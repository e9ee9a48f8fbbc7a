"""Finding the claimant at the screen, once the claimant has proven who they are.

A look-up answers the full ID number, birth date and payment account, so it needs the claimant's
own proof (server/services/claimant_proofs.py), never only the kiosk's signature.
"""

from sqlalchemy.orm import Session, sessionmaker

from contract.masking import mask_id_number, mask_mobile, mask_name
from server import audit
from server.callers import KioskCaller
from server.db import transaction
from server.models import Claimant
from server.schemas import CardLookupRequest, ClaimantView, LookupRequest
from server.services.claimant_proofs import card_holder_for, claimant_for
from server.settings import ServerConfig


def claimant_view(claimant: Claimant) -> ClaimantView:
    return ClaimantView(
        ssn=claimant.ssn,
        masked_name=mask_name(claimant.name),
        masked_ssn=mask_id_number(claimant.ssn),
        gender="M" if claimant.gender == "M" else "F",
        birth_date=claimant.birth_date,
        region_code=claimant.region_code,
        masked_mobile=mask_mobile(claimant.mobile),
        payment_account=claimant.payment_account,
    )


def _looked_up(session: Session, claimant: Claimant, caller: KioskCaller) -> ClaimantView:
    audit.append(
        session,
        actor=f"kiosk:{caller.kiosk_id}",
        action="claimant.lookup",
        subject=f"claimant:{claimant.id}",
    )
    return claimant_view(claimant)


def lookup(
    factory: sessionmaker[Session],
    config: ServerConfig,
    request: LookupRequest,
    caller: KioskCaller,
) -> ClaimantView:
    with transaction(factory) as session:
        claimant = claimant_for(session, config, request.ssn, request.login, caller)
        return _looked_up(session, claimant, caller)


def lookup_by_card(
    factory: sessionmaker[Session],
    config: ServerConfig,
    request: CardLookupRequest,
    caller: KioskCaller,
) -> ClaimantView:
    """3rd-generation cards give the card number and region; the card's login proves the rest."""
    with transaction(factory) as session:
        claimant = card_holder_for(
            session, config, request.region, request.card_number, request.login, caller
        )
        return _looked_up(session, claimant, caller)

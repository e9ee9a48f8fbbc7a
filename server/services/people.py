"""Finding the claimant at the screen, and the one-time code that stands in for a card PIN.

An ID card proves nothing by itself (anyone can hold someone else's), so ID-card logins must pass
a code sent to the mobile number on file before any personal data is returned.
"""

from sqlalchemy.orm import Session, sessionmaker

from server import audit
from server.api.deps import KioskCaller
from server.api.schemas import (
    CardLookupRequest,
    ClaimantView,
    LoginProof,
    LookupRequest,
)
from server.auth.passwords import token_hash
from server.db import transaction
from server.db_types import utcnow
from server.errors import not_found, unauthorized
from server.ids import mask_id_number, mask_mobile, mask_name
from server.models import Claimant, LoginToken
from server.services.claimant_index import claimant_by_card, find_claimant


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


def check_login(
    session: Session, claimant: Claimant, login: LoginProof, caller: KioskCaller
) -> None:
    if login.method == "card_pin":
        return  # the card verified its own PIN at the kiosk, which signed this request
    if not login.token:
        raise unauthorized("login_required", "an ID-card login needs the token from /otp/verify")
    row = session.get(LoginToken, token_hash(login.token))
    if (
        row is None
        or row.claimant_id != claimant.id
        or row.kiosk_id != caller.kiosk_id
        or row.expires_at < utcnow()
    ):
        raise unauthorized(
            "login_invalid", "the one-time-code login has expired or belongs to someone else"
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
    factory: sessionmaker[Session], request: LookupRequest, caller: KioskCaller
) -> ClaimantView:
    with transaction(factory) as session:
        claimant = find_claimant(session, request.ssn)
        check_login(session, claimant, request.login, caller)
        return _looked_up(session, claimant, caller)


def lookup_by_card(
    factory: sessionmaker[Session], request: CardLookupRequest, caller: KioskCaller
) -> ClaimantView:
    """3rd-generation cards give only the card number and region without a security module."""
    with transaction(factory) as session:
        claimant = claimant_by_card(session, request.region, request.card_number)
        if claimant is None:
            raise not_found("card", "card_unknown")
        return _looked_up(session, claimant, caller)

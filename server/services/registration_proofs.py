"""Proof of unemployment registration (失业登记证明, issue 13 §3), printed at the kiosk.

Applying for the benefit registers the claimant as unemployed (notice §1, 一并办理失业登记); the
registration date is the claim's, as the rules set it (server/services/submissions.py). The
proof carries that date, the masked identity, the agency and a QR code for a public page where
anyone handed the paper (an employer, a landlord, another office) can check it: valid or not,
the masked name and the date, nothing more.

Each printed proof gets its own unguessable code (100 random bits); the database keeps only its
SHA-256, so a copy of the database opens no page. A proof stops verifying when its application
is withdrawn: the registration went with it.
"""

import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from contract.masking import mask_id_number, mask_name
from server import audit, throttle
from server.callers import KioskCaller
from server.clock import business_today
from server.db import transaction
from server.decision_schemas import NoticeText, RegistrationProofView
from server.errors import ApiError
from server.models import Claim, ClaimState, RegistrationProof
from server.schemas import ClaimantRequest
from server.services.claimant_proofs import claimant_for
from server.services.decision_notices import route_for
from server.settings import ServerConfig
from server.throttle import Scope, Window

KIND = "claim"
CODE_LENGTH = 20  # base32 characters: 100 bits
# Registration ends with the application only when it is taken back before a decision.
_NOT_REGISTERED = (ClaimState.WITHDRAWN,)


def _digest(code: str) -> str:
    return hashlib.sha256(code.encode("ascii")).hexdigest()


def _new_code() -> str:
    return base64.b32encode(secrets.token_bytes(15)).decode("ascii")[:CODE_LENGTH]


def _registration(session: Session, claimant_id: int) -> Claim | None:
    """The claimant's latest benefit application that registered them."""
    return (
        session.execute(
            select(Claim)
            .where(
                Claim.claimant_id == claimant_id,
                Claim.kind == KIND,
                Claim.registration_date.is_not(None),
                Claim.state.not_in(_NOT_REGISTERED),
            )
            .order_by(Claim.registration_date.desc(), Claim.id.desc())
            .limit(1)
        )
        .scalars()
        .first()
    )


def issue(
    factory: sessionmaker[Session], config: ServerConfig, body: ClaimantRequest, caller: KioskCaller
) -> RegistrationProofView:
    """A new proof for the claimant the login proves, or 404 `no_registration`."""
    with transaction(factory) as session:
        claimant = claimant_for(session, config, body.ssn, body.login, caller)
        claim = _registration(session, claimant.id)
        if claim is None or claim.registration_date is None:
            raise ApiError(
                404, "no_registration", "no unemployment registration on file for this person"
            )
        code = _new_code()
        session.add(
            RegistrationProof(
                code_digest=_digest(code), claim_id=claim.id, kiosk_id=caller.kiosk_id
            )
        )
        audit.append(
            session,
            actor=f"kiosk:{caller.kiosk_id}",
            action="registration_proof.issued",
            subject=claim.reference,
        )
        route = route_for(config, claimant.region_code)
        return RegistrationProofView(
            claim_reference=claim.reference,
            registration_date=claim.registration_date,
            masked_name=mask_name(claimant.name),
            masked_ssn=mask_id_number(claimant.ssn),
            agency=NoticeText(zh_CN=route.agency_zh, ko=route.agency_ko),
            issued_on=business_today(session),
            code=code,
            verify_url=f"{config.public_url}/verify/registration/{code}",
        )


@dataclass(frozen=True)
class Verified:
    masked_name: str
    registration_date: date


def _window(config: ServerConfig) -> Window:
    return Window(
        Scope.VERIFY_ADDRESS_MINUTE,
        timedelta(minutes=1),
        config.limits.verifications_per_address_minute,
    )


def count_check(factory: sessionmaker[Session], config: ServerConfig, address: str) -> None:
    """One verification from `address`, refused (429) over the limit: 100-bit codes cannot be
    guessed, and the limit keeps anyone from trying at speed anyway."""
    subject = throttle.digest(
        throttle.subject_key(config.status_key), Scope.VERIFY_ADDRESS_MINUTE, address
    )
    with transaction(factory) as session:
        throttle.count(session, _window(config), subject, "verifications from this address")


def verify(factory: sessionmaker[Session], code: str) -> Verified | None:
    """The proof's masked name and registration date, or None for an unknown code or a
    registration that no longer stands (both answer alike)."""
    if len(code) != CODE_LENGTH or not code.isascii() or not code.isalnum():
        return None
    with transaction(factory) as session:
        proof = session.execute(
            select(RegistrationProof).where(RegistrationProof.code_digest == _digest(code.upper()))
        ).scalar_one_or_none()
        if proof is None:
            return None
        claim = session.get(Claim, proof.claim_id)
        if claim is None or claim.state in _NOT_REGISTERED or claim.registration_date is None:
            return None
        return Verified(mask_name(claim.claimant.name), claim.registration_date)

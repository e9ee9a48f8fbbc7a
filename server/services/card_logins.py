"""Card login: the agency's challenge, the card's answer, and the login token it earns.

After a successful VERIFY of the PIN, the kiosk sends the card INTERNAL AUTHENTICATE with a
challenge the agency issued (16 random bytes, single use, bound to the asking kiosk, valid 120 s),
and the card answers with SM4 under its own key (contract/card_proof.py). Only the card and the
holder of the issuer's master key can compute that answer, so a copied kiosk key, a cloned card
(right data, another key) or a replayed answer logs nobody in.
"""

import logging
import secrets
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, delete, update
from sqlalchemy.orm import Session, sessionmaker

from contract.card_proof import CHALLENGE_BYTES
from contract.errors import ErrorCode
from server import audit, security_log
from server.callers import KioskCaller
from server.db import transaction
from server.db_types import utcnow
from server.errors import ApiError, unauthorized
from server.models import LoginChallenge
from server.schemas import CardLoginRequest, ChallengeIssued, LoginGranted
from server.security_log import SecurityKind
from server.services.claimant_proofs import card_claimant, check_service_area, issue_login_token
from server.settings import ServerConfig

log = logging.getLogger(__name__)

CHALLENGE_TTL_S = 120
# Used and expired challenges are kept a while for the record, then purged on the next issue.
CHALLENGE_KEEP_S = 3600


def issue_challenge(factory: sessionmaker[Session], caller: KioskCaller) -> ChallengeIssued:
    now = utcnow()
    challenge = secrets.token_bytes(CHALLENGE_BYTES).hex()
    expires = now + timedelta(seconds=CHALLENGE_TTL_S)
    with transaction(factory) as session:
        session.execute(
            delete(LoginChallenge).where(
                LoginChallenge.expires_at < now - timedelta(seconds=CHALLENGE_KEEP_S)
            )
        )
        session.add(
            LoginChallenge(
                challenge=challenge, kiosk_id=caller.kiosk_id, issued_at=now, expires_at=expires
            )
        )
    return ChallengeIssued(challenge=challenge, expires_at=expires)


def consume_challenge(session: Session, challenge: str, kiosk_id: str, now: datetime) -> bool:
    """Marks the challenge used if it is this kiosk's, unused and unexpired; True if it was.

    One conditional UPDATE: on PostgreSQL the second of two racing transactions waits for the
    first's row lock, re-checks `used_at IS NULL` and updates nothing; SQLite has one writer."""
    result = cast(
        CursorResult[Any],
        session.execute(
            update(LoginChallenge)
            .where(
                LoginChallenge.challenge == challenge.lower(),
                LoginChallenge.kiosk_id == kiosk_id,
                LoginChallenge.used_at.is_(None),
                LoginChallenge.expires_at >= now,
            )
            .values(used_at=now)
            .execution_options(synchronize_session=False)
        ),
    )
    return result.rowcount == 1


def card_login(
    factory: sessionmaker[Session],
    config: ServerConfig,
    request: CardLoginRequest,
    caller: KioskCaller,
    address: str = "",
) -> LoginGranted:
    """`address` is the connection's source, kept with a refused attempt in the security log.

    A replayed or stale challenge and a wrong card answer (a clone, or a copied kiosk key trying
    cards) are counted there, per hour, kiosk and address: the kiosk id is what the agency
    issued; the card's number, region and identification code are the claimant's and stay out."""
    # The challenge is spent in its own transaction, committed whatever follows: a wrong answer
    # must not leave it open for another try.
    subject = f"kiosk:{caller.kiosk_id}"
    with transaction(factory) as session:
        fresh = consume_challenge(session, request.challenge, caller.kiosk_id, utcnow())
        if not fresh:
            security_log.record(session, SecurityKind.CARD_CHALLENGE_INVALID, subject, address)
    if not fresh:
        log.warning("card login refused: challenge_invalid", extra={"kiosk": caller.kiosk_id})
        raise unauthorized(
            ErrorCode.CHALLENGE_INVALID,
            "the challenge is unknown, used, expired or was issued to another kiosk; ask for a new one",
        )
    try:
        return _grant(factory, config, request, caller)
    except ApiError as exc:
        log.warning("card login refused: %s", exc.code, extra={"kiosk": caller.kiosk_id})
        if exc.code == ErrorCode.CARD_PROOF_INVALID:
            # The failed attempt's transaction rolled back; the count needs its own.
            with transaction(factory) as session:
                security_log.record(session, SecurityKind.CARD_PROOF_INVALID, subject, address)
        raise


def _grant(
    factory: sessionmaker[Session],
    config: ServerConfig,
    request: CardLoginRequest,
    caller: KioskCaller,
) -> LoginGranted:
    with transaction(factory) as session:
        claimant = card_claimant(
            session,
            config,
            card_id=request.card_id,
            region=request.region,
            card_number=request.card_number,
            challenge=bytes.fromhex(request.challenge),
            cryptogram=request.cryptogram,
        )
        check_service_area(session, config, caller.kiosk_id, caller.region_code, claimant)
        token, expires = issue_login_token(session, config, claimant.id, caller.kiosk_id, "card")
        audit.append(
            session,
            actor=f"kiosk:{caller.kiosk_id}",
            action="card.login",
            subject=f"claimant:{claimant.id}",
        )
    return LoginGranted(login_token=token, expires_at=expires)

"""E-card login: the platform names the holder of a scanned code, the agency spends the code once
and gives a login token like the card path's.

The code is a bearer credential for about a minute: whoever holds the text can log in as its
holder. So the agency (not only the platform) makes it single use: the code's id goes into
`ecard_codes_used` in its own transaction, committed before anything else is looked at; a second
request with the same code, in parallel or later, fails on the primary key and is refused as a
replay. A forged, expired or replayed code is counted in the security log per kiosk and source
address (the code itself, which names a person, is never logged or stored).
"""

import logging
from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from contract.errors import ErrorCode
from server import audit, security_log
from server.callers import KioskCaller
from server.db import transaction
from server.db_types import utcnow
from server.ecard.platform import EcardHolder, EcardPlatform, EcardRefusal
from server.ecard_schemas import EcardLoginGranted
from server.errors import ApiError, unauthorized
from server.models import EcardCodeUsed
from server.security_log import SecurityKind
from server.services.claimant_index import find_claimant
from server.services.claimant_proofs import check_service_area, issue_login_token
from server.settings import ServerConfig

log = logging.getLogger(__name__)

METHOD = "ecard"

_REFUSALS: dict[EcardRefusal, tuple[ErrorCode, SecurityKind, str]] = {
    EcardRefusal.INVALID: (
        ErrorCode.ECARD_CODE_INVALID,
        SecurityKind.ECARD_FORGED,
        "not an e-card code the platform issued",
    ),
    EcardRefusal.EXPIRED: (
        ErrorCode.ECARD_CODE_EXPIRED,
        SecurityKind.ECARD_EXPIRED,
        "the e-card code has expired; show the fresh code in the app",
    ),
}


def ecard_login(
    factory: sessionmaker[Session],
    config: ServerConfig,
    platform: EcardPlatform,
    code: str,
    caller: KioskCaller,
    address: str = "",
) -> EcardLoginGranted:
    """`address` is the connection's source, kept with a refused attempt in the security log."""
    now = utcnow()
    subject = f"kiosk:{caller.kiosk_id}"
    verdict = platform.verify(code, now)
    if isinstance(verdict, EcardRefusal):
        error, kind, message = _REFUSALS[verdict]
        _refuse(factory, kind, subject, address)
        raise unauthorized(error, message)
    if not _spend(factory, verdict, caller.kiosk_id, now):
        _refuse(factory, SecurityKind.ECARD_REPLAYED, subject, address)
        raise unauthorized(
            ErrorCode.ECARD_CODE_REPLAYED,
            "this e-card code was already used; show the fresh code in the app",
        )
    try:
        return _grant(factory, config, verdict, caller)
    except ApiError as exc:
        log.warning("e-card login refused: %s", exc.code, extra={"kiosk": caller.kiosk_id})
        raise


def _refuse(factory: sessionmaker[Session], kind: SecurityKind, subject: str, address: str) -> None:
    log.warning("e-card login refused: %s", kind.value, extra={"kiosk": subject})
    with transaction(factory) as session:
        security_log.record(session, kind, subject, address)


def _spend(
    factory: sessionmaker[Session], holder: EcardHolder, kiosk_id: str, now: datetime
) -> bool:
    """Records the code as used, once: False when it already was (by anyone, at any kiosk).

    Its own transaction, committed whatever follows: a code that reached the agency is spent
    even if the claimant turns out to be served elsewhere. Ids of codes past their end of life
    are purged first: such a code is refused as expired before it gets here."""
    try:
        with transaction(factory) as session:
            session.execute(delete(EcardCodeUsed).where(EcardCodeUsed.expires_at < now))
            session.add(
                EcardCodeUsed(
                    code_id=holder.code_id,
                    kiosk_id=kiosk_id,
                    used_at=now,
                    expires_at=holder.expires_at,
                )
            )
    except IntegrityError:
        return False
    return True


def _grant(
    factory: sessionmaker[Session], config: ServerConfig, holder: EcardHolder, caller: KioskCaller
) -> EcardLoginGranted:
    with transaction(factory) as session:
        claimant = find_claimant(session, holder.ssn)
        check_service_area(session, config, caller.kiosk_id, caller.region_code, claimant)
        token, expires = issue_login_token(session, config, claimant.id, caller.kiosk_id, METHOD)
        audit.append(
            session,
            actor=f"kiosk:{caller.kiosk_id}",
            action="ecard.login",
            subject=f"claimant:{claimant.id}",
        )
        return EcardLoginGranted(login_token=token, expires_at=expires, ssn=claimant.ssn)

"""Kiosk enrolment with a one-time code: the kiosk gets its request-signing key without anyone
typing, copying or mailing a shared secret.

The protocol and the reasons for its shape are in contract/enrolment.py, which the kiosk
(kiosk/enrolment.py) computes with too. This module keeps what needs the agency's state:
- Guessing is limited per source address (`enrolment_proofs_per_address_hour`, 10 by default),
  never by voiding the code: when five wrong proofs voided it, anyone who knew a kiosk id could
  void the technician's code. 50 bits against ten guesses an hour per address is plenty; a code
  is single use and expires (24 h by default). Issues and enrolments are in the audit log;
  refused proofs, which anyone can send, are counted in the security log instead.
"""

import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from contract.enrolment import (
    CODE_ALPHABET,
    CODE_LENGTH,
    code_verifier,
    derive_kiosk_key,
    format_code,
    kiosk_proof,
    server_confirmation,
    signing_key_id,
    transcript,
)
from contract.errors import ErrorCode
from server import audit, security_log, throttle
from server.db import serialize_writers, transaction
from server.db_types import utcnow
from server.errors import ApiError, unauthorized, unprocessable
from server.models import Kiosk, KioskEnrolmentCode, Region
from server.security_log import SecurityKind
from server.settings import ServerConfig
from server.throttle import Scope, Window

DEFAULT_TTL = timedelta(hours=24)
KIOSK_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{2,63}$")
REGION_PATTERN = re.compile(r"^\d{6}$")


class CodeState:
    OPEN = "open"
    USED = "used"
    VOIDED = "voided"


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


@dataclass(frozen=True, repr=False)
class IssuedCode:
    """`repr=False`: the code is for the technician's eyes, never for a log line."""

    kiosk_id: str
    code: str
    expires_at: datetime

    @property
    def display(self) -> str:
        return format_code(self.code)


def issue_code(
    session: Session,
    kiosk_id: str,
    region_code: str,
    site_name: str = "",
    *,
    ttl: timedelta = DEFAULT_TTL,
    actor: str = "system",
) -> IssuedCode:
    """Opens a new code for `kiosk_id`; an earlier open code for the same id is voided, so only
    the code the technician was last given can work."""
    if not KIOSK_ID_PATTERN.match(kiosk_id):
        raise unprocessable(
            "kiosk_id_invalid",
            "a kiosk id is 3-64 lower-case letters, digits and hyphens, e.g. kiosk-222405-001",
        )
    if not REGION_PATTERN.match(region_code):
        raise unprocessable("region_invalid", "a region is a 6-digit division code, e.g. 222405")
    known = set(session.execute(select(Region.code)).scalars())
    if known and region_code not in known:
        raise unprocessable(
            "region_unknown",
            f"region {region_code} is not in the agency's list; known: {', '.join(sorted(known))}",
        )
    serialize_writers(session)
    now = utcnow()
    for earlier in session.execute(
        select(KioskEnrolmentCode).where(
            KioskEnrolmentCode.kiosk_id == kiosk_id, KioskEnrolmentCode.state == CodeState.OPEN
        )
    ).scalars():
        earlier.state, earlier.closed_at = CodeState.VOIDED, now
        audit.append(
            session,
            actor=actor,
            action="kiosk.enrolment_code_voided",
            subject=f"kiosk:{kiosk_id}",
            details={"reason": "superseded"},
        )
    code = new_code()
    expires = now + ttl
    session.add(
        KioskEnrolmentCode(
            kiosk_id=kiosk_id,
            region_code=region_code,
            site_name=site_name,
            verifier=code_verifier(kiosk_id, code),
            issued_at=now,
            expires_at=expires,
            failed_attempts=0,
            state=CodeState.OPEN,
        )
    )
    session.flush()
    audit.append(
        session,
        actor=actor,
        action="kiosk.enrolment_code_issued",
        subject=f"kiosk:{kiosk_id}",
        details={"region": region_code, "expires_at": expires.isoformat()},
    )
    return IssuedCode(kiosk_id, code, expires)


@dataclass(frozen=True)
class EnrolmentAttempt:
    kiosk_id: str
    exchange_public_key: bytes
    signing_public_key: bytes
    proof: bytes
    signing_key_proof: bytes


@dataclass(frozen=True, repr=False)
class Enrolled:
    kiosk_id: str
    region_code: str
    site_name: str
    server_public_key: bytes
    confirmation: bytes
    enrolled_at: datetime


def _refusal(code: KioskEnrolmentCode | None, now: datetime) -> ApiError | None:
    if code is None:
        return unauthorized(
            ErrorCode.ENROLMENT_CODE_UNKNOWN,
            "no enrolment code was issued for this kiosk id; issue one with "
            "'kiosk server enroll-kiosk' and check the id",
        )
    if code.state == CodeState.USED:
        return unauthorized(
            ErrorCode.ENROLMENT_CODE_USED, "this enrolment code was already used; issue a new one"
        )
    if code.state == CodeState.VOIDED:
        return unauthorized(
            ErrorCode.ENROLMENT_CODE_VOIDED,
            "this enrolment code was voided (a newer code was issued); issue a new one",
        )
    if code.expires_at <= now:
        return unauthorized(
            ErrorCode.ENROLMENT_CODE_EXPIRED, "this enrolment code has expired; issue a new one"
        )
    return None


def _load_keys(attempt: EnrolmentAttempt) -> tuple[X25519PublicKey, Ed25519PublicKey]:
    try:
        return (
            X25519PublicKey.from_public_bytes(attempt.exchange_public_key),
            Ed25519PublicKey.from_public_bytes(attempt.signing_public_key),
        )
    except ValueError:
        raise unprocessable("public_key_invalid", "a public key is not 32 valid bytes") from None


def enrol(
    factory: sessionmaker[Session],
    attempt: EnrolmentAttempt,
    config: ServerConfig | None = None,
    address: str = "",
) -> Enrolled:
    exchange_public, signing_public = _load_keys(attempt)
    binding = transcript(attempt.kiosk_id, attempt.exchange_public_key, attempt.signing_public_key)
    refusal: ApiError | None = None
    if config is not None:  # counted and committed on its own, before anything is compared
        window = Window(
            Scope.ENROL_ADDRESS_HOUR,
            timedelta(hours=1),
            config.limits.enrolment_proofs_per_address_hour,
        )
        key = throttle.subject_key(config.status_key)
        try:
            with transaction(factory) as session:
                throttle.count(
                    session,
                    window,
                    throttle.digest(key, Scope.ENROL_ADDRESS_HOUR, address),
                    "enrolment attempts from this address",
                )
        except ApiError:
            with transaction(factory) as session:
                security_log.record(
                    session, SecurityKind.ENROLMENT_THROTTLED, f"kiosk:{attempt.kiosk_id}", address
                )
            raise
    with transaction(factory) as session:
        serialize_writers(session)  # two attempts on one code must not both count as the first
        now = utcnow()
        code = session.execute(
            select(KioskEnrolmentCode)
            .where(KioskEnrolmentCode.kiosk_id == attempt.kiosk_id)
            .order_by(KioskEnrolmentCode.id.desc())
            .limit(1)
            .with_for_update()
        ).scalar_one_or_none()
        refusal = _refusal(code, now)
        if code is None:
            pass  # anyone may call this endpoint: unknown ids must not fill the audit chain
        elif refusal is not None:
            security_log.record(
                session, SecurityKind.ENROLMENT_PROOF_WRONG, f"kiosk:{attempt.kiosk_id}", address
            )
        elif not hmac.compare_digest(kiosk_proof(code.verifier, binding), attempt.proof):
            code.failed_attempts += 1  # for the record; the code stays open for its technician
            security_log.record(
                session, SecurityKind.ENROLMENT_PROOF_WRONG, f"kiosk:{attempt.kiosk_id}", address
            )
            refusal = ApiError(
                401,
                ErrorCode.ENROLMENT_CODE_WRONG,
                "the enrolment code is wrong; check it and type it again",
            )
        else:
            try:
                signing_public.verify(attempt.signing_key_proof, binding)
            except InvalidSignature:
                raise unprocessable(
                    "signing_key_proof_invalid",
                    "the signature over the enrolment request does not match the signing key",
                ) from None
            server_secret = X25519PrivateKey.generate()
            server_public = server_secret.public_key().public_bytes_raw()
            key = derive_kiosk_key(
                server_secret.exchange(exchange_public), code.verifier, binding, server_public
            )
            code.state, code.closed_at = CodeState.USED, now
            kiosk = session.get(Kiosk, attempt.kiosk_id)
            replaced = kiosk is not None
            if kiosk is None:
                kiosk = Kiosk(
                    id=attempt.kiosk_id,
                    key=key,
                    region_code=code.region_code,
                    site_name=code.site_name,
                    enrolled_at=now,
                )
                session.add(kiosk)
            else:
                kiosk.key, kiosk.region_code, kiosk.active = key, code.region_code, True
                kiosk.site_name = code.site_name or kiosk.site_name
                kiosk.enrolled_at = now
            kiosk.signing_public_key = attempt.signing_public_key
            session.flush()
            audit.append(
                session,
                actor=f"kiosk:{attempt.kiosk_id}",
                action="kiosk.enrolled",
                subject=f"kiosk:{attempt.kiosk_id}",
                details={
                    "region": code.region_code,
                    "signing_key_id": signing_key_id(attempt.signing_public_key),
                    "replaced_key": replaced,
                },
            )
            enrolled = Enrolled(
                kiosk.id,
                kiosk.region_code,
                kiosk.site_name,
                server_public,
                server_confirmation(key, binding, server_public),
                now,
            )
    if refusal is not None:  # raised after the commit so the failed try stays counted
        raise refusal
    return enrolled

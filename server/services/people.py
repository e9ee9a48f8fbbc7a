"""Finding the claimant at the screen, and the one-time code that stands in for a card PIN.

An ID card proves nothing by itself (anyone can hold someone else's), so ID-card logins must pass
a code sent to the mobile number on file before any personal data is returned.
"""

import hmac
import secrets
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from server import audit
from server.api.deps import KioskCaller
from server.api.schemas import (
    CardLookupRequest,
    ClaimantView,
    LoginGranted,
    LoginProof,
    LookupRequest,
    OtpSent,
)
from server.auth.passwords import token_hash
from server.db import transaction
from server.db_types import utcnow
from server.errors import ApiError, not_found, unauthorized
from server.ids import mask_id_number, mask_mobile, mask_name
from server.models import Claimant, LoginToken, OneTimeCode, SmsOutbox
from server.settings import ServerConfig

MAX_CODE_TRIES = 5


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


def find_claimant(session: Session, ssn: str) -> Claimant:
    claimant = session.execute(select(Claimant).where(Claimant.ssn == ssn)).scalar_one_or_none()
    if claimant is None:
        raise not_found("insured person", "claimant_unknown")
    return claimant


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
        claimant = session.execute(
            select(Claimant).where(
                Claimant.card_region == request.region,
                Claimant.card_number == request.card_number,
            )
        ).scalar_one_or_none()
        if claimant is None:
            raise not_found("card", "card_unknown")
        return _looked_up(session, claimant, caller)


def request_code(
    factory: sessionmaker[Session], config: ServerConfig, id_number: str, caller: KioskCaller
) -> OtpSent:
    code = f"{secrets.randbelow(10**6):06d}"
    with transaction(factory) as session:
        claimant = find_claimant(session, id_number)
        expires = utcnow() + timedelta(seconds=config.otp_ttl_s)
        for old in session.execute(
            select(OneTimeCode).where(
                OneTimeCode.claimant_id == claimant.id, OneTimeCode.used.is_(False)
            )
        ).scalars():
            old.used = True  # only the newest code counts
        session.add(
            OneTimeCode(
                claimant_id=claimant.id,
                code_hash=token_hash(f"{claimant.id}:{code}"),
                expires_at=expires,
            )
        )
        session.add(
            SmsOutbox(
                mobile=claimant.mobile,
                text=f"【失业保险】您的验证码是 {code}，{config.otp_ttl_s // 60} 分钟内有效。请勿告诉他人。",
            )
        )
        audit.append(
            session,
            actor=f"kiosk:{caller.kiosk_id}",
            action="otp.sent",
            subject=f"claimant:{claimant.id}",
        )
        return OtpSent(masked_mobile=mask_mobile(claimant.mobile), expires_at=expires)


def verify_code(
    factory: sessionmaker[Session],
    config: ServerConfig,
    id_number: str,
    code: str,
    caller: KioskCaller,
) -> LoginGranted:
    with transaction(factory) as session:
        claimant = find_claimant(session, id_number)
        row = (
            session.execute(
                select(OneTimeCode)
                .where(OneTimeCode.claimant_id == claimant.id, OneTimeCode.used.is_(False))
                .order_by(OneTimeCode.id.desc())
            )
            .scalars()
            .first()
        )
        if row is None or row.expires_at < utcnow():
            raise unauthorized("otp_expired", "no valid code; request a new one")
        if not hmac.compare_digest(row.code_hash, token_hash(f"{claimant.id}:{code}")):
            row.failed_attempts += 1
            if row.failed_attempts >= MAX_CODE_TRIES:
                row.used = True
            tries_left = MAX_CODE_TRIES - row.failed_attempts
            # Commit the counted failure, then refuse: raising inside would roll it back.
            failure = ApiError(
                401, "otp_wrong", "the code is wrong", {"tries_left": max(tries_left, 0)}
            )
        else:
            failure = None
            row.used = True
            token = secrets.token_urlsafe(32)
            expires = utcnow() + timedelta(seconds=config.login_ttl_s)
            session.add(
                LoginToken(
                    token_hash=token_hash(token),
                    claimant_id=claimant.id,
                    kiosk_id=caller.kiosk_id,
                    expires_at=expires,
                )
            )
            audit.append(
                session,
                actor=f"kiosk:{caller.kiosk_id}",
                action="otp.verified",
                subject=f"claimant:{claimant.id}",
            )
    if failure is not None:
        raise failure
    return LoginGranted(login_token=token, expires_at=expires)

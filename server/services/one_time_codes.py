"""The one-time code that stands in for a card PIN when a claimant logs in with an ID card.

An ID card proves nothing by itself (anyone can hold someone else's), so the code goes to the
mobile number on file and the login token it earns is bound to the claimant and the kiosk.
"""

import hmac
import secrets
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from server import audit
from server.api.deps import KioskCaller
from server.api.schemas import LoginGranted, OtpSent
from server.auth.passwords import token_hash
from server.db import transaction
from server.db_types import utcnow
from server.errors import ApiError, unauthorized
from server.ids import mask_mobile
from server.models import LoginToken, OneTimeCode, SmsOutbox
from server.services.claimant_index import find_claimant
from server.settings import ServerConfig

MAX_CODE_TRIES = 5


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

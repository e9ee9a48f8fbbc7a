"""The one-time code that stands in for a card PIN when a claimant logs in with an ID card.

An ID card proves nothing by itself (anyone can hold someone else's), so the code goes to the
mobile number on file and the login token it earns is bound to the claimant and the kiosk.

Against guessing (docs/threat-model.md, "One-time codes"):
- a code allows `MAX_CODE_TRIES` wrong tries, counted with one atomic
  `UPDATE … SET failed_attempts = failed_attempts + 1 … RETURNING` *before* the comparison, so
  forty parallel guesses on PostgreSQL get at most `MAX_CODE_TRIES` comparisons between them;
- new codes are limited per person (per hour and per China day) and per kiosk (per hour), so
  asking for fresh codes does not buy fresh tries (settings `[reference_server.limits]`);
- codes are stored as HMAC-SHA256 under a key derived from the agency's status key (a file in the
  data directory), so a copied table cannot be reversed by trying all 10^6 codes;
- the SMS outbox keeps the template and the masked number, never the code or the full number.
"""

import hashlib
import hmac
import secrets
from datetime import timedelta
from typing import TypeVar

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from contract.errors import ErrorCode
from contract.masking import mask_mobile
from server import audit, throttle
from server.callers import KioskCaller
from server.db import transaction
from server.db_types import utcnow
from server.errors import ApiError, unauthorized
from server.models import MobileChangeCode, OneTimeCode, SmsOutbox
from server.schemas import LoginGranted, OtpSent
from server.services.claimant_index import find_claimant
from server.services.claimant_proofs import issue_login_token
from server.services.dev_sms import outbox_for
from server.settings import ServerConfig
from server.throttle import Scope, Window

MAX_CODE_TRIES = 5
SMS_TEMPLATE = "otp_login_v1"
SMS_TEXT = "【失业保险】您的验证码是 {code}，{minutes} 分钟内有效。请勿告诉他人。"


def code_digest(config: ServerConfig, claimant_id: int, code: str) -> str:
    key = hmac.new(config.status_key, b"one-time-code", hashlib.sha256).digest()
    return hmac.new(key, f"{claimant_id}:{code}".encode(), hashlib.sha256).hexdigest()


def _windows(config: ServerConfig) -> tuple[Window, Window, Window]:
    limits = config.limits
    return (
        Window(Scope.OTP_KIOSK_HOUR, timedelta(hours=1), limits.otp_codes_per_kiosk_hour),
        Window(Scope.OTP_PERSON_HOUR, timedelta(hours=1), limits.otp_codes_per_person_hour),
        Window(
            Scope.OTP_PERSON_DAY,
            timedelta(days=1),
            limits.otp_codes_per_person_day,
            throttle.CHINA_MIDNIGHT,
        ),
    )


def request_code(
    factory: sessionmaker[Session], config: ServerConfig, id_number: str, caller: KioskCaller
) -> OtpSent:
    code = f"{secrets.randbelow(10**6):06d}"
    key = throttle.subject_key(config.status_key)
    per_kiosk, per_person_hour, per_person_day = _windows(config)
    # The kiosk's count commits on its own, so unknown ID numbers count against the kiosk too.
    with transaction(factory) as session:
        throttle.count(
            session,
            per_kiosk,
            throttle.digest(key, Scope.OTP_KIOSK_HOUR, caller.kiosk_id),
            "one-time codes from this kiosk",
        )
    with transaction(factory) as session:
        claimant = find_claimant(session, id_number)
        person = str(claimant.id)
        for window in (per_person_hour, per_person_day):
            throttle.count(
                session,
                window,
                throttle.digest(key, window.scope, person),
                "one-time codes for this person",
            )
        expires = utcnow() + timedelta(seconds=config.otp_ttl_s)
        session.execute(
            update(OneTimeCode)
            .where(OneTimeCode.claimant_id == claimant.id, OneTimeCode.used.is_(False))
            .values(used=True)  # only the newest code counts
        )
        session.add(
            OneTimeCode(
                claimant_id=claimant.id,
                code_hash=code_digest(config, claimant.id, code),
                expires_at=expires,
            )
        )
        masked = mask_mobile(claimant.mobile)
        now = utcnow()
        session.add(
            SmsOutbox(template=SMS_TEMPLATE, masked_mobile=masked, created_at=now, delivered_at=now)
        )
        if config.dev:  # development has no gateway: the text waits in memory for the demo
            text = SMS_TEXT.format(code=code, minutes=config.otp_ttl_s // 60)
            outbox_for(config.data_dir).deliver(claimant.mobile, text, config.otp_ttl_s)
        audit.append(
            session,
            actor=f"kiosk:{caller.kiosk_id}",
            action="otp.sent",
            subject=f"claimant:{claimant.id}",
        )
        return OtpSent(masked_mobile=masked, expires_at=expires)


CodeRow = TypeVar("CodeRow", OneTimeCode, MobileChangeCode)


def take_try(
    session: Session, model: type[CodeRow], claimant_id: int
) -> tuple[CodeRow, int] | None:
    """Counts one try on the claimant's newest open code (a login code, or a code sent to a new
    mobile number), atomically; None when there is no try left.

    The increment happens before the code is compared, in one statement, so parallel guesses
    queue on the row and each sees the count the one before it left."""
    row = (
        session.execute(
            select(model)
            .where(model.claimant_id == claimant_id, model.used.is_(False))
            .order_by(model.id.desc())
            .limit(1)
        )
        .scalars()
        .first()
    )
    if row is None or row.expires_at < utcnow():
        return None
    tries = session.execute(
        update(model)
        .where(
            model.id == row.id,
            model.used.is_(False),
            model.failed_attempts < MAX_CODE_TRIES,
        )
        .values(failed_attempts=model.failed_attempts + 1)
        .returning(model.failed_attempts)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    return None if tries is None else (row, int(tries))


def use_up(session: Session, model: type[CodeRow], row_id: int) -> bool:
    """Marks a right code used, once: False when a parallel request with the same code won."""
    used = session.execute(
        update(model)
        .where(model.id == row_id, model.used.is_(False))
        .values(used=True)
        .returning(model.id)
        .execution_options(synchronize_session=False)
    ).first()
    return used is not None


def verify_code(
    factory: sessionmaker[Session],
    config: ServerConfig,
    id_number: str,
    code: str,
    caller: KioskCaller,
) -> LoginGranted:
    failure: ApiError | None = None
    with transaction(factory) as session:
        claimant = find_claimant(session, id_number)
        taken = take_try(session, OneTimeCode, claimant.id)
        if taken is None:
            failure = unauthorized(ErrorCode.OTP_EXPIRED, "no valid code; request a new one")
        else:
            row, tries = taken
            expected = code_digest(config, claimant.id, code)
            if not hmac.compare_digest(row.code_hash, expected):
                if tries >= MAX_CODE_TRIES:
                    session.execute(
                        update(OneTimeCode)
                        .where(OneTimeCode.id == row.id)
                        .values(used=True)
                        .execution_options(synchronize_session=False)
                    )
                failure = ApiError(
                    401,
                    ErrorCode.OTP_WRONG,
                    "the code is wrong",
                    {"tries_left": max(MAX_CODE_TRIES - tries, 0)},
                )
            else:
                if not use_up(session, OneTimeCode, row.id):  # a parallel request won the race
                    failure = unauthorized(
                        ErrorCode.OTP_EXPIRED, "no valid code; request a new one"
                    )
                else:
                    token, expires = issue_login_token(
                        session, config, claimant.id, caller.kiosk_id, "otp"
                    )
                    audit.append(
                        session,
                        actor=f"kiosk:{caller.kiosk_id}",
                        action="otp.verified",
                        subject=f"claimant:{claimant.id}",
                    )
    if failure is not None:  # raised after the commit so the counted try stays counted
        raise failure
    return LoginGranted(login_token=token, expires_at=expires)

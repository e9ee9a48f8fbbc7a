"""A new mobile number, proven before it replaces the one on file (issue 13 §2).

The claimant is logged in (card or ID card with a code to the old number); a code is texted to
the NEW number and typed back, so a number is never put on file that the claimant cannot receive
texts on (the next ID-card login's code would go nowhere, or to a stranger). The code is bound to
the claimant and that number, limited like login codes (wrong tries, codes per person, shared
with the login codes' count), and stored only as a keyed digest. On success the OLD number is
told by SMS that the number changed: if someone else made the change, the owner learns of it.
"""

import hashlib
import hmac
import secrets
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from contract.errors import ErrorCode
from contract.masking import mask_mobile
from server import audit, throttle
from server.callers import KioskCaller
from server.change_schemas import MobileChange, MobileChanged, MobileCodeRequest, MobileCodeSent
from server.clock import business_today, local_date
from server.db import transaction
from server.db_types import utcnow
from server.errors import ApiError, unprocessable
from server.models import Claim, Claimant, Kiosk, MobileChangeCode, SmsOutbox
from server.services import notifications
from server.services.assessment import ACTIVE_STATES
from server.services.claimant_proofs import claimant_for
from server.services.dev_sms import outbox_for
from server.services.one_time_codes import MAX_CODE_TRIES, take_try, use_up
from server.settings import ServerConfig
from server.throttle import Scope, Window

CODE_TEMPLATE = "mobile_change_code_v1"
CODE_TEXT = "【失业保险】您正在更换手机号码，验证码是 {code}，{minutes} 分钟内有效。请勿告诉他人。"
NOTICE_TEMPLATE = "mobile_changed_v1"
NOTICE_TEXT = (
    "【失业保险】您在失业保险经办机构登记的手机号码已于 {day} 更换为 {masked}。"
    "如非本人操作，请立即拨打 12333。"
)


def code_digest(config: ServerConfig, claimant_id: int, mobile: str, code: str) -> str:
    key = hmac.new(config.status_key, b"mobile-change-code", hashlib.sha256).digest()
    return hmac.new(key, f"{claimant_id}:{mobile}:{code}".encode(), hashlib.sha256).hexdigest()


def _count_code(session: Session, config: ServerConfig, claimant: Claimant) -> None:
    """New codes count against the person's limits shared with login codes: asking for one kind
    does not buy more of the other."""
    key = throttle.subject_key(config.status_key)
    limits = config.limits
    for window in (
        Window(Scope.OTP_PERSON_HOUR, timedelta(hours=1), limits.otp_codes_per_person_hour),
        Window(
            Scope.OTP_PERSON_DAY,
            timedelta(days=1),
            limits.otp_codes_per_person_day,
            throttle.CHINA_MIDNIGHT,
        ),
    ):
        throttle.count(
            session,
            window,
            throttle.digest(key, window.scope, str(claimant.id)),
            "one-time codes for this person",
        )


def request_code(
    factory: sessionmaker[Session],
    config: ServerConfig,
    body: MobileCodeRequest,
    caller: KioskCaller,
) -> MobileCodeSent:
    code = f"{secrets.randbelow(10**6):06d}"
    with transaction(factory) as session:
        claimant = claimant_for(session, config, body.ssn, body.login, caller)
        if claimant.mobile == body.new_mobile:
            raise unprocessable(
                ErrorCode.MOBILE_UNCHANGED, "this is already the mobile number on file"
            )
        _count_code(session, config, claimant)
        session.execute(
            update(MobileChangeCode)
            .where(MobileChangeCode.claimant_id == claimant.id, MobileChangeCode.used.is_(False))
            .values(used=True)  # only the newest code counts
        )
        expires = utcnow() + timedelta(seconds=config.otp_ttl_s)
        session.add(
            MobileChangeCode(
                claimant_id=claimant.id,
                mobile=body.new_mobile,
                code_hash=code_digest(config, claimant.id, body.new_mobile, code),
                expires_at=expires,
            )
        )
        masked = mask_mobile(body.new_mobile)
        now = utcnow()
        session.add(
            SmsOutbox(
                template=CODE_TEMPLATE, masked_mobile=masked, created_at=now, delivered_at=now
            )
        )
        if config.dev:  # development has no gateway: the text waits in memory for the demo
            text = CODE_TEXT.format(code=code, minutes=config.otp_ttl_s // 60)
            outbox_for(config.data_dir).deliver(body.new_mobile, text, config.otp_ttl_s)
        audit.append(
            session,
            actor=f"kiosk:{caller.kiosk_id}",
            action="mobile.code_sent",
            subject=f"claimant:{claimant.id}",
            details={"to": masked},
        )
        return MobileCodeSent(masked_mobile=masked, expires_at=expires)


def _expired() -> ApiError:
    return unprocessable(
        ErrorCode.MOBILE_CODE_EXPIRED, "no valid code for this number; request a new one"
    )


def _notify_old_number(
    session: Session, config: ServerConfig, old_mobile: str, new_mobile: str
) -> None:
    """Tells the old number of the change. Recorded in the SMS outbox (template and masked number
    only); in development the text goes to the in-memory outbox like every text."""
    now = utcnow()
    session.add(
        SmsOutbox(
            template=NOTICE_TEMPLATE,
            masked_mobile=mask_mobile(old_mobile),
            created_at=now,
            delivered_at=now,
        )
    )
    if config.dev:
        text = NOTICE_TEXT.format(day=local_date(now).isoformat(), masked=mask_mobile(new_mobile))
        outbox_for(config.data_dir).deliver(old_mobile, text, config.otp_ttl_s)


def change_mobile(
    factory: sessionmaker[Session],
    config: ServerConfig,
    body: MobileChange,
    caller: KioskCaller,
) -> MobileChanged:
    failure: ApiError | None = None
    changed: MobileChanged | None = None
    with transaction(factory) as session:
        claimant = claimant_for(session, config, body.ssn, body.login, caller)
        taken = take_try(session, MobileChangeCode, claimant.id)
        if taken is None:
            failure = _expired()
        else:
            row, tries = taken
            expected = code_digest(config, claimant.id, body.new_mobile, body.code)
            if not hmac.compare_digest(row.code_hash, expected):
                if tries >= MAX_CODE_TRIES:
                    row.used = True
                failure = unprocessable(
                    ErrorCode.MOBILE_CODE_WRONG,
                    "the code is wrong, or was sent to another number",
                    {"tries_left": max(MAX_CODE_TRIES - tries, 0)},
                )
            else:
                if not use_up(session, MobileChangeCode, row.id):  # a parallel request won
                    failure = _expired()
                else:
                    changed = _replace(session, config, claimant, body.new_mobile, caller)
    if failure is not None:  # raised after the commit so the counted try stays counted
        raise failure
    assert changed is not None
    return changed


def _replace(
    session: Session, config: ServerConfig, claimant: Claimant, new: str, caller: KioskCaller
) -> MobileChanged:
    old = claimant.mobile
    claimant.mobile = new
    # Texts about claims still open go to the number the claimant has now, and so do those of
    # closed claims that went to the old number: a status query (CX) from the old number, which
    # may pass to a stranger, must find nothing (server/services/notifications.py).
    claims = list(
        session.execute(
            select(Claim).where(Claim.claimant_id == claimant.id).order_by(Claim.id)
        ).scalars()
    )
    for claim in claims:
        if claim.state in ACTIVE_STATES or (bool(old) and claim.mobile == old):
            claim.mobile = new
    _notify_old_number(session, config, old, new)
    if old:
        kiosk = session.get(Kiosk, caller.kiosk_id)
        notifications.notify_mobile_changed(
            session,
            claimant_id=claimant.id,
            old_mobile=old,
            language=claims[-1].language if claims else "zh_CN",
            kiosk=kiosk.site_name if kiosk is not None else "",
            day=business_today(session),
        )
    now = utcnow()
    audit.append(
        session,
        actor=f"kiosk:{caller.kiosk_id}",
        action="claimant.mobile_changed",
        subject=f"claimant:{claimant.id}",
        details={"to": mask_mobile(new)},
    )
    session.flush()
    return MobileChanged(masked_mobile=mask_mobile(new), changed_at=now, old_number_notified=True)

"""Texts to claimants, queued in the transaction of the change they tell about.

`notify_*` write one row into the SMS outbox (server/models/notifications.py) inside the
caller's transaction: a decision that rolls back takes its text with it, and an event recorded
twice (a retried request, a re-run check) finds its row already there and adds none. The sender
(server/sms/sender.py) sends them after the commit.

The status query: a claimant texts CX (or 查询, 조회) to the agency's number, the gateway posts
it to `POST /api/v1/sms/inbound`, and the answer is queued as a text to that number: the state of
the latest claim that texts went to at that number, or a polite "nothing found" that reads the
same whether or not the agency knows the number in any other way. Queries are counted per
number (`limits.sms_queries_per_number_hour`).
"""

import hashlib
import hmac
import uuid
from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import event, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from server import throttle
from server.clock import local_date
from server.db import transaction
from server.db_types import utcnow
from server.keys import KeyRing, ring_of
from server.ledger.schedule import COUNTED_STATES
from server.models import (
    Claim,
    ClaimState,
    DecisionNotice,
    NotificationState,
    Payment,
    SmsNotification,
)
from server.models.base import table_of
from server.services.claim_views import DECISION_DAYS, claim_view
from server.settings import ServerConfig
from server.sms.sender import waker
from server.sms.texts import Template
from server.throttle import Scope, Window

MOBILE_LABEL = "sms_notifications.mobile"
REFERENCE_TAIL = 6
EVENT_KEY_CHARS = 96  # sms_notifications.event_key
# A death ends the claim; the dependants hear from the agency at the counter, not by a text to
# the deceased's phone.
SILENT_STOPS = frozenset({"stop_died"})


class Keyword(StrEnum):
    """What a status query may say; the language of the answer follows the word."""

    CX = "CX"
    CHAXUN = "查询"
    JOHOE = "조회"


def normalise_mobile(number: str) -> str | None:
    """An 11-digit mainland mobile number from what a gateway reports (+86…, 0086…, 86…)."""
    digits = "".join(ch for ch in number if ch.isdigit())
    for prefix in ("0086", "86"):
        if len(digits) == 11 + len(prefix) and digits.startswith(prefix):
            digits = digits[len(prefix) :]
    if len(digits) == 11 and digits.startswith("1"):
        return digits
    return None


def mobile_index(ring: KeyRing, mobile: str) -> str:
    return ring.blind_index(MOBILE_LABEL, mobile)


def reference_tail(reference: str) -> str:
    """The end of the reference, enough for the claimant to tell two claims apart; the whole
    reference would open the public status page to whoever reads the phone."""
    return reference[-REFERENCE_TAIL:].upper()


def _wake_on_commit(session: Session) -> None:
    wake = waker(session)
    if wake is not None and not session.info.get("sms_wake"):
        session.info["sms_wake"] = True

        def _committed(committed: Session) -> None:
            committed.info.pop("sms_wake", None)
            wake()

        event.listen(session, "after_commit", _committed, once=True)


def enqueue_text(
    session: Session,
    *,
    event_key: str,
    claim_id: int | None,
    mobile: str,
    language: str,
    template: Template,
    params: Mapping[str, object],
) -> None:
    """One row, unless a row for `event_key` exists: INSERT … ON CONFLICT DO NOTHING, so two
    transactions recording the same event at once still make one text."""
    if len(event_key) > EVENT_KEY_CHARS:  # a long caller-supplied id: keep it whole, as a digest
        digest = hashlib.sha256(event_key.encode("utf-8")).hexdigest()
        event_key = f"{event_key[: EVENT_KEY_CHARS - 65]}#{digest}"
    ring = ring_of(session.get_bind().dialect)
    now = utcnow()
    values = {
        "event_key": event_key,
        "idempotency_key": uuid.uuid4().hex,
        "claim_id": claim_id,
        "mobile": mobile,
        "mobile_index": mobile_index(ring, mobile),
        "language": language,
        "template": template.value,
        "params": dict(params),
        "state": NotificationState.PENDING.value,
        "attempts": 0,
        "next_attempt_at": now,
        "created_at": now,
    }
    session.execute(_INSERT_TEXT[session.get_bind().dialect.name == "postgresql"], values)
    _wake_on_commit(session)


#: The outbox insert, built once per dialect and given its values as parameters: a statement
#: made with `.values(...)` on every call was compiled (and its cache key computed from the
#: values) anew for every claim. On the table, not the mapped class, so it runs as one Core
#: INSERT without the ORM's bulk-insert machinery; the column types still encrypt the number.
_INSERT_TEXT = {
    True: postgresql.insert(table_of(SmsNotification)).on_conflict_do_nothing(
        index_elements=["event_key"]
    ),
    False: sqlite.insert(table_of(SmsNotification)).on_conflict_do_nothing(
        index_elements=["event_key"]
    ),
}


def _claim_mobile(claim: Claim) -> str | None:
    return normalise_mobile(claim.mobile or claim.claimant.mobile or "")


def _for_claim(
    session: Session, claim: Claim, event_name: str, template: Template, **params: object
) -> None:
    mobile = _claim_mobile(claim)
    if mobile is None:
        return
    enqueue_text(
        session,
        event_key=f"claim:{claim.id}:{event_name}",
        claim_id=claim.id,
        mobile=mobile,
        language=claim.language,
        template=template,
        params={"ref": reference_tail(claim.reference), "kind": claim.kind, **params},
    )


def notify_received(session: Session, claim: Claim, decide_by: date) -> None:
    """`decide_by`: the last day of the agency's time limit (`decision_days` from receipt), so
    the text names the same day the decision notice and the status screen do."""
    _for_claim(session, claim, "received", Template.RECEIVED, decide_by=decide_by.isoformat())


def notify_decided(session: Session, claim: Claim) -> None:
    """Approved with months and monthly amount, or refused with the decision's reasons and how
    to appeal (the formal decision notice is printed at the kiosk or the counter)."""
    if claim.state == ClaimState.APPROVED:
        _for_claim(
            session,
            claim,
            "decided",
            Template.APPROVED,
            months=claim.entitlement_months or 0,
            amount_fen=claim.monthly_fen or 0,
        )
    elif claim.state == ClaimState.REFUSED:
        # The written notice's last days to appeal (server/services/decision_notices.py), so the
        # text says by when, not only within how long.
        notice = session.execute(
            select(DecisionNotice).where(DecisionNotice.claim_id == claim.id)
        ).scalar_one_or_none()
        deadlines = (
            {"review_by": notice.review_by.isoformat(), "sue_by": notice.sue_by.isoformat()}
            if notice is not None
            else {}
        )
        _for_claim(
            session,
            claim,
            "decided",
            Template.REFUSED,
            reasons=list(claim.reason_codes or []),
            **deadlines,
        )


def notify_paid(session: Session, claim: Claim, payment: Payment, *, again: bool = False) -> None:
    """One text per benefit month (a training subsidy: one in all). A month the bank returned
    and finance released again (`again`) is its own event, told as such: the claimant who saw
    the first text and no money learns it is on its way this time. Each re-release is keyed by
    its release time, so a month returned twice is told twice."""
    if again and payment.released_at is not None:
        _for_claim(
            session,
            claim,
            f"repaid:{payment.period_month:%Y-%m}:{payment.released_at.isoformat()}",
            Template.REPAID,
            month=payment.period_month.isoformat(),
            amount_fen=payment.amount_fen,
        )
        return
    _for_claim(
        session,
        claim,
        f"paid:{payment.period_month:%Y-%m}",
        Template.PAID,
        month=payment.period_month.isoformat(),
        amount_fen=payment.amount_fen,
    )


def notify_mobile_changed(
    session: Session, *, claimant_id: int, old_mobile: str, language: str, kiosk: str, day: date
) -> None:
    """To the number the claimant had: it was changed, where and when, and 12333 if that was not
    them. Tied to no claim, so a status query from the old number finds nothing through it."""
    mobile = normalise_mobile(old_mobile)
    if mobile is None:
        return
    enqueue_text(
        session,
        event_key=f"mobile:{claimant_id}:{utcnow().isoformat()}",
        claim_id=None,
        mobile=mobile,
        language=language,
        template=Template.MOBILE_CHANGED,
        params={"kiosk": kiosk, "date": day.isoformat()},
    )


def notify_stopped(session: Session, claim: Claim) -> None:
    """From the month of the stop date (the ledger's first unpayable month), with the reason."""
    if claim.stop_date is None or claim.stop_reason in SILENT_STOPS:
        return
    _for_claim(
        session,
        claim,
        f"stopped:{claim.stop_date.isoformat()}",
        Template.STOPPED,
        from_month=claim.stop_date.replace(day=1).isoformat(),
        reason=claim.stop_reason,
    )


def notify_change_recorded(
    session: Session, claim: Claim, change: str, effective: date, *, event_id: str = ""
) -> None:
    """For the "report a change" service: the claimant is told the change was recorded (what
    it does to payment follows as a "stopped" text). `event_id` (the change's own id) tells
    two different reports of the same kind and date apart; the same report recorded twice
    gives one text."""
    suffix = f":{event_id}" if event_id else ""
    _for_claim(
        session,
        claim,
        f"change:{change}:{effective.isoformat()}{suffix}",
        Template.CHANGE_RECORDED,
        change=str(change),
        date=effective.isoformat(),
    )


# -- status by SMS ---------------------------------------------------------------------------


def parse_keyword(text: str) -> Keyword | None:
    word = text.strip().upper()
    for keyword in Keyword:
        if word == keyword.value:
            return keyword
    return None


def _status_params(config: ServerConfig, claim: Claim) -> dict[str, object]:
    params: dict[str, object] = {
        "ref": reference_tail(claim.reference),
        "kind": claim.kind,
        "state": claim.state,
    }
    state = ClaimState(claim.state)
    if state in (ClaimState.RECEIVED, ClaimState.UNDER_REVIEW):
        due = local_date(claim.received_at) + timedelta(days=DECISION_DAYS)
        params["due_by"] = due.isoformat()
    elif state is ClaimState.STOPPED and claim.stop_date is not None:
        params["from_month"] = claim.stop_date.replace(day=1).isoformat()
        params["reason"] = claim.stop_reason
    elif state in (ClaimState.APPROVED, ClaimState.PAYING):
        view = claim_view(config, claim)
        params["paid"] = view.months_paid
        owed = [m for m in view.schedule if m.state not in COUNTED_STATES]
        if owed:
            params["next_month"] = owed[0].month.isoformat()
            params["next_due"] = owed[0].due_on.isoformat()
            params["amount_fen"] = claim.monthly_fen or 0
    return params


def _latest_claim(session: Session, mobile: str) -> Claim | None:
    ring = ring_of(session.get_bind().dialect)
    rows = session.execute(
        select(SmsNotification)
        .where(
            SmsNotification.mobile_index == mobile_index(ring, mobile),
            SmsNotification.claim_id.is_not(None),
        )
        .order_by(SmsNotification.claim_id.desc(), SmsNotification.id.desc())
        .limit(20)
    ).scalars()
    for row in rows:
        if row.mobile != mobile or row.claim_id is None:  # a truncated index may collide
            continue
        claim = session.get(Claim, row.claim_id)
        # A claim whose texts now go to another number (the claimant changed it) is no longer
        # this number's to ask about: the number may have passed to someone else.
        if claim is not None and _claim_mobile(claim) == mobile:
            return claim
    return None


def answer_status_query(
    factory: sessionmaker[Session],
    config: ServerConfig,
    sender: str,
    text: str,
    message_id: str,
) -> None:
    """Queues the answer to a texted status query. Anything else texted to the number, or from
    a number that is not a mainland mobile, gets no answer. The same message posted twice by
    the gateway is answered once."""
    mobile = normalise_mobile(sender)
    keyword = parse_keyword(text)
    if mobile is None or keyword is None:
        return
    key = throttle.subject_key(config.status_key)
    window = Window(
        Scope.SMS_QUERY_NUMBER_HOUR, timedelta(hours=1), config.limits.sms_queries_per_number_hour
    )
    event_key = (
        "inbound:"
        + hmac.new(key, f"{mobile}\x1f{message_id}".encode(), hashlib.sha256).hexdigest()[:64]
    )
    with transaction(factory) as session:
        if session.execute(
            select(SmsNotification.id).where(SmsNotification.event_key == event_key)
        ).first():
            return  # the gateway posted this message again: answered already, counted already
        throttle.count(
            session,
            window,
            throttle.digest(key, window.scope, mobile),
            "status queries from this number",
        )
        claim = _latest_claim(session, mobile)
        if keyword is Keyword.JOHOE:
            language = "ko"
        elif keyword is Keyword.CHAXUN or claim is None:
            language = "zh_CN"
        else:
            language = claim.language
        # The answer is tied to no claim, so answers never count as a claim's texts when the
        # next query looks for the number's claim.
        enqueue_text(
            session,
            event_key=event_key,
            claim_id=None,
            mobile=mobile,
            language=language,
            template=Template.STATUS if claim is not None else Template.STATUS_UNKNOWN,
            params=_status_params(config, claim) if claim is not None else {},
        )

"""Rate limits that stop guessing without handing a stranger a lock on someone else's account.

Two kinds of limit, both kept in `throttle_counters` and both safe against parallel requests on
PostgreSQL (each request of a burst sees the count the one before it left):

- fixed windows (new one-time codes per person per hour and per day, per kiosk per hour; look-ups
  per kiosk per minute; enrolment proofs per address per hour): one atomic
  `INSERT … ON CONFLICT DO UPDATE SET count = count + 1 RETURNING count` per request;
- growing delays (staff login): the counter rows are locked (`SELECT … FOR UPDATE`) for the whole
  attempt, password check included, so a burst of guesses is checked one after the other.

Subjects (user names, addresses, kiosk ids, claimant ids) are stored as keyed digests only.
"""

import hashlib
import hmac
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from server.db_types import utcnow
from server.errors import ApiError
from server.models import ThrottleCounter

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
CHINA_MIDNIGHT = timedelta(hours=-8)  # day windows start at 00:00 China time (UTC+8)


class Scope(StrEnum):
    LOGIN_PAIR = "login_pair"  # (user name, address)
    LOGIN_ADDRESS = "login_address"
    LOGIN_NAME = "login_name"
    LOGIN_KNOWN = "login_known"  # (user name, address) that logged in with the right password
    OTP_PERSON_HOUR = "otp_person_hour"
    OTP_PERSON_DAY = "otp_person_day"
    OTP_KIOSK_HOUR = "otp_kiosk_hour"
    LOOKUP_KIOSK_MINUTE = "lookup_kiosk_minute"
    ENROL_ADDRESS_HOUR = "enrol_address_hour"
    SMS_QUERY_NUMBER_HOUR = "sms_query_number_hour"  # status queries texted from one number
    VERIFY_ADDRESS_MINUTE = "verify_address_minute"  # registration-proof checks per address


def too_many(retry_after_s: float, what: str, scope: Scope | None = None) -> ApiError:
    """The one refusal every limit answers with; the app turns `retry_after_s` into Retry-After.
    `scope` names the limit (details.scope), so a kiosk can tell "this kiosk asked too often"
    from "this person asked too often" and say which to the claimant."""
    seconds = max(1, math.ceil(retry_after_s))
    details: dict[str, object] = {"retry_after_s": seconds}
    if scope is not None:
        details["scope"] = scope.value
    return ApiError(429, "too_many_attempts", f"too many {what}; try again in {seconds} s", details)


def subject_key(status_key: bytes) -> bytes:
    """A key of its own, derived, so throttle digests never match receipt codes or fingerprints."""
    return hmac.new(status_key, b"throttle-subject", hashlib.sha256).digest()


def digest(key: bytes, scope: Scope, *parts: str) -> str:
    text = "\x1f".join((scope.value, *parts))
    return hmac.new(key, text.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def _upsert_increment(session: Session, scope: Scope, subject: str, start: datetime) -> int:
    now = utcnow()
    values = {
        "scope": scope.value,
        "subject": subject,
        "window_start": start,
        "count": 1,
        "updated_at": now,
    }
    keys = ["scope", "subject", "window_start"]
    changes = {"count": ThrottleCounter.count + 1, "updated_at": now}
    if session.get_bind().dialect.name == "postgresql":
        pg = postgresql.insert(ThrottleCounter).values(values)
        upsert = pg.on_conflict_do_update(index_elements=keys, set_=changes)
        return int(session.execute(upsert.returning(ThrottleCounter.count)).scalar_one())
    lite = sqlite.insert(ThrottleCounter).values(values)
    stmt = lite.on_conflict_do_update(index_elements=keys, set_=changes)
    return int(session.execute(stmt.returning(ThrottleCounter.count)).scalar_one())


def window_start(now: datetime, window: timedelta, origin: timedelta = timedelta(0)) -> datetime:
    base = EPOCH + origin
    return base + window * ((now - base) // window)


@dataclass(frozen=True)
class Window:
    scope: Scope
    length: timedelta
    limit: int
    origin: timedelta = timedelta(0)


def count(session: Session, window: Window, subject: str, what: str) -> int:
    """Counts one request in a fixed window and refuses it (429) when it goes over the limit.

    Raise inside the caller's transaction: the refused request's increment rolls back with it,
    and every other request of a burst waits on the same row, so no burst exceeds the limit."""
    now = utcnow()
    start = window_start(now, window.length, window.origin)
    seen = _upsert_increment(session, window.scope, subject, start)
    if seen == 1:  # once per subject and window: old windows go as new ones start
        forget_old(session)
    if seen > window.limit:
        raise too_many((start + window.length - now).total_seconds(), what, window.scope)
    return seen


def current(session: Session, window: Window, subject: str) -> int:
    """How many requests the current window has counted so far (for the fleet page)."""
    start = window_start(utcnow(), window.length, window.origin)
    row = session.get(ThrottleCounter, (window.scope.value, subject, start))
    return 0 if row is None else row.count


# -- growing delays ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Backoff:
    """`free` failures, then a delay of first_s, 2·first_s, 4·first_s … seconds after each further
    one, up to `cap_s`. Failures are forgotten after `forget_after` without one."""

    free: int
    first_s: int
    cap_s: int
    forget_after: timedelta = timedelta(hours=1)

    def delay_s(self, failures: int) -> int:
        if failures < self.free:
            return 0
        return int(min(self.first_s * 2 ** min(failures - self.free, 30), self.cap_s))


def locked_rows(
    session: Session, subjects: Iterable[tuple[Scope, str]]
) -> dict[tuple[Scope, str], ThrottleCounter]:
    """Creates the counters if missing and locks them until the transaction ends, in one order
    (sorted) so two attempts that need the same rows cannot deadlock."""
    wanted = sorted(set(subjects))
    now = utcnow()
    for scope, subject in wanted:
        values = {
            "scope": scope.value,
            "subject": subject,
            "window_start": EPOCH,
            "count": 0,
            "updated_at": now,
        }
        if session.get_bind().dialect.name == "postgresql":
            session.execute(
                postgresql.insert(ThrottleCounter).values(values).on_conflict_do_nothing()
            )
        else:
            session.execute(sqlite.insert(ThrottleCounter).values(values).on_conflict_do_nothing())
    rows = (
        session.execute(
            select(ThrottleCounter)
            .where(
                tuple_(ThrottleCounter.scope, ThrottleCounter.subject).in_(
                    [(scope.value, subject) for scope, subject in wanted]
                ),
                ThrottleCounter.window_start == EPOCH,
            )
            .order_by(ThrottleCounter.scope, ThrottleCounter.subject)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        .scalars()
        .all()
    )
    found = {(Scope(row.scope), row.subject): row for row in rows}
    for row in rows:
        if row.updated_at < now - timedelta(days=30):
            row.count, row.blocked_until = 0, None
    return found


def blocked_for(row: ThrottleCounter, now: datetime) -> float:
    if row.blocked_until is None or row.blocked_until <= now:
        return 0.0
    return (row.blocked_until - now).total_seconds()


def fail(row: ThrottleCounter, rule: Backoff, now: datetime) -> None:
    if row.updated_at < now - rule.forget_after:
        row.count = 0
    row.count += 1
    delay = rule.delay_s(row.count)
    row.blocked_until = now + timedelta(seconds=delay) if delay else None
    row.updated_at = now


def clear(row: ThrottleCounter, now: datetime) -> None:
    row.count, row.blocked_until, row.updated_at = 0, None, now


def forget_old(session: Session, older_than: timedelta = timedelta(days=2)) -> None:
    """Fixed-window rows are useless once their window has passed; delay rows once forgotten.
    Deletes a bounded batch and skips rows another request holds, so two clean-ups never wait on
    each other (or deadlock) on PostgreSQL."""
    cutoff = utcnow() - older_than
    key = (ThrottleCounter.scope, ThrottleCounter.subject, ThrottleCounter.window_start)
    stale = (
        select(*key)
        .where(
            ThrottleCounter.updated_at < cutoff, ThrottleCounter.scope != Scope.LOGIN_KNOWN.value
        )
        .limit(500)
        .with_for_update(skip_locked=True)
    )
    session.execute(delete(ThrottleCounter).where(tuple_(*key).in_(stale)))

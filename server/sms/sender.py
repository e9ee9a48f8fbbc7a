"""The outbox's sender: one background thread per server process hands due texts to the gateway.

Claiming is what keeps a text from going out twice. A sender marks a batch of due rows
`sending` with its own token and a lease, in one transaction: on PostgreSQL the rows are read
`FOR UPDATE SKIP LOCKED`, so senders of other processes pass over them instead of waiting and
then taking them too; on SQLite the transaction is the database's only writer. The text goes
out after that commit, and the outcome is recorded only where the row still carries this
sender's token. A sender that dies mid-send leaves its rows `sending` until the lease ends; the
next sender then tries them again with the same idempotency key, which the gateway deduplicates.

A claim's texts go out in order: a row waits while an earlier one of the same claim is pending
or being sent. A failed try waits `retry_first_s`, then twice as long each time, up to an hour; after
`MAX_ATTEMPTS` tries, or a refusal for good, the row is `failed`. Logs carry row ids and
outcomes, never a number or a text.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, and_, or_, select, update
from sqlalchemy.orm import Session, aliased, sessionmaker

from server.db import transaction
from server.db_types import utcnow
from server.models import NotificationState, SmsNotification
from server.sms.gateway import Outcome, SendResult, SmsGateway
from server.sms.texts import Template, render

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 12
MAX_DELAY_S = 3600.0
LEASE_S = 120.0  # well beyond the gateway adapter's timeout
RECORD_EVERY_S = 1.0


@dataclass(frozen=True)
class Claimed:
    id: int
    to: str
    text: str
    idempotency_key: str
    attempts: int


def retry_delay_s(attempts: int, first_s: float) -> float:
    """After the `attempts`-th failed try."""
    return float(min(first_s * 2 ** min(attempts - 1, 30), MAX_DELAY_S))


def claim(sessions: sessionmaker[Session], token: str, batch: int, lease_s: float) -> list[Claimed]:
    with transaction(sessions) as session:
        now = utcnow()
        due = or_(
            and_(
                SmsNotification.state == NotificationState.PENDING,
                SmsNotification.next_attempt_at <= now,
            ),
            and_(
                SmsNotification.state == NotificationState.SENDING,
                SmsNotification.lease_until < now,
            ),
        )
        # A claim's texts go out in the order they were written: "approved" never overtakes a
        # "received" that waits for its retry.
        earlier = aliased(SmsNotification)
        waiting = (
            select(earlier.id)
            .where(
                earlier.claim_id == SmsNotification.claim_id,
                earlier.id < SmsNotification.id,
                earlier.state.in_((NotificationState.PENDING, NotificationState.SENDING)),
            )
            .exists()
        )
        query = (
            select(SmsNotification).where(due, ~waiting).order_by(SmsNotification.id).limit(batch)
        )
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True, of=SmsNotification)
        rows = list(session.execute(query).scalars())
        claimed = []
        for row in rows:
            try:
                text = render(Template(row.template), row.language, row.params)
                to = row.mobile
            except Exception as error:  # a row no code can send must not hold up the rest
                row.state = NotificationState.FAILED
                row.last_error = f"unsendable: {type(error).__name__}"[:64]
                log.error("sms notification %s cannot be written: %s", row.id, type(error).__name__)
                continue
            row.state = NotificationState.SENDING
            row.claimed_by = token
            row.lease_until = now + timedelta(seconds=lease_s)
            row.attempts += 1
            claimed.append(Claimed(row.id, to, text, row.idempotency_key, row.attempts))
        return claimed


def _outcome(
    item: Claimed, result: SendResult, now: datetime, retry_first_s: float
) -> dict[str, object]:
    values: dict[str, object] = {"lease_until": None, "claimed_by": None}
    if result.outcome is Outcome.SENT:
        values |= {"state": NotificationState.SENT, "sent_at": now, "last_error": None}
    elif result.outcome is Outcome.RETRY and item.attempts < MAX_ATTEMPTS:
        delay = retry_delay_s(item.attempts, retry_first_s)
        values |= {
            "state": NotificationState.PENDING,
            "next_attempt_at": now + timedelta(seconds=delay),
            "last_error": result.detail[:64],
        }
    else:
        values |= {"state": NotificationState.FAILED, "last_error": result.detail[:64]}
    return values


def record(
    sessions: sessionmaker[Session],
    outcomes: Sequence[tuple[Claimed, SendResult]],
    token: str,
    retry_first_s: float,
) -> None:
    """Several texts' outcomes in one transaction: one commit per batch, not per text, because
    under load the sender's commits queued with the claims' for the database's write lock (on
    SQLite each durable commit is a disk flush under it). An outcome lost in a crash before this
    commit is what a crash between send and record always risked: the row stays `sending` until
    its lease ends and goes out again under the same idempotency key, which the gateway
    deduplicates."""
    if not outcomes:
        return
    now = utcnow()
    with transaction(sessions) as session:
        for item, result in outcomes:
            session.execute(
                update(SmsNotification)
                .where(
                    SmsNotification.id == item.id,
                    SmsNotification.claimed_by == token,
                    SmsNotification.state == NotificationState.SENDING,
                )
                .values(**_outcome(item, result, now, retry_first_s))
                .execution_options(synchronize_session=False)
            )
    for item, result in outcomes:
        log.info(
            "sms notification %s: %s (%s), try %d",
            item.id,
            result.outcome.value,
            result.detail,
            item.attempts,
        )


def send_due(
    sessions: sessionmaker[Session],
    gateway: SmsGateway,
    *,
    retry_first_s: float,
    batch: int = 20,
    lease_s: float = LEASE_S,
    record_every_s: float = RECORD_EVERY_S,
) -> int:
    """One turn: claims what is due and sends it; returns how many texts it tried. Outcomes are
    recorded when the batch is done, or sooner when sending it takes longer than
    `record_every_s` (a slow gateway does not hold finished outcomes back)."""
    token = secrets.token_hex(8)
    items = claim(sessions, token, batch, lease_s)
    done: list[tuple[Claimed, SendResult]] = []
    since = time.monotonic()
    for item in items:
        try:
            result = gateway.send(item.to, item.text, item.idempotency_key)
        except Exception as error:  # an adapter's bug must not strand the row until its lease ends
            result = SendResult(Outcome.RETRY, type(error).__name__)
        done.append((item, result))
        if time.monotonic() - since >= record_every_s:
            record(sessions, done, token, retry_first_s)
            done, since = [], time.monotonic()
    record(sessions, done, token, retry_first_s)
    return len(items)


class Sender:
    """The server process's sender thread; `wake` after a commit that queued texts, otherwise it
    looks every `interval_s` (texts queued by other processes, retries coming due)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        gateway: SmsGateway | None,
        *,
        retry_first_s: float = 30.0,
        interval_s: float = 1.0,
    ) -> None:
        self.sessions = sessions
        self.gateway = gateway
        self.retry_first_s = retry_first_s
        self.interval_s = interval_s
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        if self.gateway is None:  # no gateway configured: texts wait in the outbox
            return
        engine = self.sessions.kw.get("bind")
        if isinstance(engine, Engine):
            _running[engine] = self
        if self._thread is None or not self._thread.is_alive():
            self._stopping.clear()
            self._thread = threading.Thread(target=self._run, name="sms-sender", daemon=True)
            self._thread.start()

    def stop(self, timeout_s: float = 10.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None
        engine = self.sessions.kw.get("bind")
        if isinstance(engine, Engine) and _running.get(engine) is self:
            del _running[engine]

    def _run(self) -> None:
        assert self.gateway is not None
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                sent = send_due(self.sessions, self.gateway, retry_first_s=self.retry_first_s)
            except Exception:  # a database hiccup must not end the sender; the next turn retries
                log.exception("sms sender failed; retrying")
                sent = 0
            if sent == 0:
                self._wake.wait(self.interval_s)


_running: weakref.WeakKeyDictionary[Engine, Sender] = weakref.WeakKeyDictionary()


def waker(session: Session) -> Callable[[], None] | None:
    """The wake-up of the sender running in this process for the session's database."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    sender = _running.get(engine)
    return None if sender is None else sender.wake

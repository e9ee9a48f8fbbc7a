"""The sender records a batch's outcomes in one commit, and a slow batch's sooner.

Under load the sender's commits queued with the claims' for the database's write lock; one
commit per text cost a disk flush each on SQLite. The gateway is the simulator on loopback and
the database a real SQLite file.
"""

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker

from server.db import make_engine, make_session_factory, transaction, upgrade
from server.keys import open_key_ring
from server.models import NotificationState, SmsNotification
from server.services import notifications
from server.sms.gateway import HttpSmsGateway, SendResult
from server.sms.sender import send_due
from server.sms.simulator import SmsGatewaySim
from server.sms.texts import Template

TEXTS = 5


@dataclass
class Outbox:
    engine: Engine
    sessions: sessionmaker[Session]
    gateway: HttpSmsGateway
    sim: SmsGatewaySim
    commits: list[int]

    def sent(self) -> int:
        with self.sessions() as session:
            return session.execute(
                select(func.count())
                .select_from(SmsNotification)
                .where(SmsNotification.state == NotificationState.SENT)
            ).scalar_one()


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[Outbox]:
    engine = make_engine(f"sqlite:///{tmp_path / 'agency.db'}", keys=open_key_ring(tmp_path))
    upgrade(engine)
    sessions = make_session_factory(engine)
    with transaction(sessions) as session:
        for n in range(TEXTS):
            notifications.enqueue_text(
                session,
                event_key=f"test:batch:{n}",
                claim_id=None,
                mobile=f"1360000{n:04d}",
                language="zh_CN",
                template=Template.STATUS_UNKNOWN,
                params={},
            )
    commits: list[int] = []
    event.listen(engine, "commit", lambda connection: commits.append(1))
    token = secrets.token_urlsafe(24)
    with SmsGatewaySim(token) as sim:
        yield Outbox(engine, sessions, HttpSmsGateway(sim.url, token), sim, commits)
    engine.dispose()


class Watching:
    """The real gateway, and before each text how many outcomes the database already holds."""

    def __init__(self, outbox: Outbox) -> None:
        self._outbox = outbox
        self.sent_before: list[int] = []

    def send(self, to: str, text: str, idempotency_key: str) -> SendResult:
        self.sent_before.append(self._outbox.sent())
        return self._outbox.gateway.send(to, text, idempotency_key)


def test_a_batch_is_claimed_in_one_commit_and_recorded_in_another(outbox: Outbox) -> None:
    watching = Watching(outbox)
    assert send_due(outbox.sessions, watching, retry_first_s=0.2, batch=TEXTS) == TEXTS
    assert watching.sent_before == [0] * TEXTS  # nothing recorded until the batch was done
    assert len(outbox.commits) == 2
    assert outbox.sent() == TEXTS
    assert sorted(outbox.sim.posts.values()) == [1] * TEXTS


def test_a_batch_slower_than_the_record_interval_records_as_it_goes(outbox: Outbox) -> None:
    watching = Watching(outbox)
    sent = send_due(outbox.sessions, watching, retry_first_s=0.2, batch=TEXTS, record_every_s=0)
    assert sent == TEXTS
    assert watching.sent_before == list(range(TEXTS))  # each outcome was durable before the next
    assert outbox.sent() == TEXTS

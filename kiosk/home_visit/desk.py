"""The field visitor's session on the laptop: login (online first, else the sealed credential),
logout, and the proof every claim taken meanwhile carries (`stamp`).

Thread-safe: the login runs on a worker, `stamp` on the executor's worker as the claim is
stored, `logout` on the GUI thread; one lock orders them, so a claim stored after a logout is
never stamped with the visitor who left (it is not stored at all: kiosk/adapters/outbox.py).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from contract.home_visit import proof_entry, visit_mac
from kiosk.api import AgencyClient
from kiosk.domain.home_visit import FieldLoginProblem, VisitorBadge
from kiosk.home_visit.agency import Unreachable, online_login
from kiosk.home_visit.credentials import (
    FieldCredential,
    NoneStored,
    Opened,
    SealedCredentials,
    WrongPassword,
)

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class LoggedIn:
    badge: VisitorBadge


@dataclass(frozen=True)
class LoginRefused:
    problem: FieldLoginProblem
    tries_left: int | None = None


LoginOutcome = LoggedIn | LoginRefused


class FieldStaffDesk:
    def __init__(
        self,
        client: Callable[[], AgencyClient],
        sealed: SealedCredentials,
        *,
        kiosk_id: str,
        clock: Clock = utc_now,
    ) -> None:
        """`client` is called on first login (the agency client is built after the first paint)."""
        self._client = client
        self._sealed = sealed
        self._kiosk_id = kiosk_id
        self._clock = clock
        self._lock = threading.Lock()
        self._current: FieldCredential | None = None
        self._offline = False

    @property
    def badge(self) -> VisitorBadge | None:
        with self._lock:
            current = self._current
            return None if current is None else VisitorBadge(current.masked_name, self._offline)

    @property
    def visitor(self) -> str | None:
        with self._lock:
            return None if self._current is None else self._current.visitor

    def login(self, username: str, password: str) -> LoginOutcome:
        """Online when the agency answers (its verdict stands, and the sealed copy is renewed
        or, on a refusal, wiped); the sealed credential only when it does not answer."""
        username = username.strip()
        try:
            answer = online_login(self._client(), username, password)
        except Unreachable as error:
            log.info("agency unreachable for a field login (%s); trying offline", error)
            return self._offline_login(username, password)
        if isinstance(answer, FieldLoginProblem):
            if answer in (FieldLoginProblem.WRONG_PASSWORD, FieldLoginProblem.NOT_FIELD_VISITOR):
                self._sealed.forget(username)
            return LoginRefused(answer)
        self._sealed.store(password, answer)
        return self._enter(answer, offline=False)

    def _offline_login(self, username: str, password: str) -> LoginOutcome:
        opened = self._sealed.open(username, password)
        if isinstance(opened, NoneStored):
            return LoginRefused(FieldLoginProblem.FIRST_LOGIN_ONLINE)
        if isinstance(opened, WrongPassword):
            return LoginRefused(FieldLoginProblem.WRONG_PASSWORD, opened.tries_left)
        assert isinstance(opened, Opened)
        if not opened.credential.valid_at(self._clock()):
            return LoginRefused(FieldLoginProblem.EXPIRED)
        return self._enter(opened.credential, offline=True)

    def _enter(self, credential: FieldCredential, *, offline: bool) -> LoggedIn:
        with self._lock:
            self._current, self._offline = credential, offline
        return LoggedIn(VisitorBadge(credential.masked_name, offline))

    def logout(self) -> None:
        with self._lock:
            self._current = None

    def stamp(self, client_reference: str, content_hash: str) -> dict[str, str] | None:
        """The visit proof for a claim being stored (contract.home_visit), or None when nobody
        is logged in or the credential has expired: the claim must then not be stored."""
        with self._lock:
            current = self._current
            if current is None or not current.valid_at(self._clock()):
                return None
            mac = visit_mac(
                current.visit_key,
                kiosk_id=self._kiosk_id,
                visitor=current.visitor,
                credential_id=current.credential,
                client_reference=client_reference,
                content_hash=content_hash,
            )
            return proof_entry(current.visitor, current.credential, mac)

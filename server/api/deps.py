"""FastAPI dependencies: the database, and how the kinds of caller the API knows prove who they
are. What a proven caller is (server/callers.py) is not the HTTP layer's: services take it."""

import time
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from contract.errors import ErrorCode
from contract.signing import (
    HEADER_KIOSK_ID,
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    NONCE_PATTERN,
    signature_matches,
)
from server.auth.passwords import token_hash
from server.callers import KioskCaller, StaffCaller
from server.db import transaction
from server.db_types import utcnow
from server.errors import unauthorized
from server.models import Kiosk, KioskNonce, StaffToken
from server.models.base import table_of
from server.settings import ServerConfig


def get_config(request: Request) -> ServerConfig:
    config: ServerConfig = request.app.state.config
    return config


def get_sessions(request: Request) -> sessionmaker[Session]:
    factory: sessionmaker[Session] = request.app.state.sessions
    return factory


Sessions = Annotated[sessionmaker[Session], Depends(get_sessions)]
Config = Annotated[ServerConfig, Depends(get_config)]


def _check_kiosk(
    factory: sessionmaker[Session],
    config: ServerConfig,
    kiosk_id: str,
    timestamp: str,
    nonce: str,
    signature: str,
    method: str,
    path: str,
    body: bytes,
    mark_seen: bool = True,
) -> KioskCaller:
    """`mark_seen=False` for a route that writes `last_seen` itself in its own transaction (the
    heartbeat): the same row updated twice per request was a fifth of a heartbeat's statements."""
    try:
        sent = int(timestamp)
    except ValueError:
        raise unauthorized(
            ErrorCode.TIMESTAMP_STALE, "X-Timestamp must be whole seconds since the epoch"
        ) from None
    skew = abs(time.time() - sent)
    if skew > config.max_clock_skew_s:
        raise unauthorized(
            ErrorCode.TIMESTAMP_STALE,
            f"request time is {int(skew)} s from the server's clock (allowed {config.max_clock_skew_s} s); "
            "correct the kiosk clock from the Date header",
        )
    if not NONCE_PATTERN.match(nonce):
        raise unauthorized(ErrorCode.SIGNATURE_INVALID, "X-Nonce must be 16-64 URL-safe characters")
    # The nonce and `last_seen` need not be on disk before the request goes on (see
    # `transaction`): a crash can lose the nonce only of a request that changed nothing.
    with transaction(factory, durable=False) as session:
        # Only the columns the check needs, read and written as plain rows: every signed request
        # passes here, and the whole row (its last heartbeat's JSON too) through the ORM's unit
        # of work cost more than the rest of a heartbeat. Same statements, same order.
        kiosk = session.execute(_KIOSK_FOR_CHECK, {"kiosk": kiosk_id}).first()
        if kiosk is None or not kiosk.active:
            raise unauthorized(
                ErrorCode.KIOSK_UNKNOWN, "this kiosk is not enrolled or has been retired"
            )
        # `kiosk.key` is stored wrapped and unwrapped by the key store as the row loads
        # (server/db_types.py WrappedSecret): a copy of the kiosks table signs nothing.
        if not signature_matches(kiosk.key, signature, method, path, timestamp, nonce, body):
            raise unauthorized(ErrorCode.SIGNATURE_INVALID, "the request signature does not match")
        now = utcnow()
        if _purge_due():
            # Nonces older than the clock window can be forgotten: the window itself refuses them.
            session.execute(
                delete(KioskNonce).where(
                    KioskNonce.seen_at < now - timedelta(seconds=2 * config.max_clock_skew_s)
                )
            )
        if mark_seen:
            session.execute(_SEEN, {"kiosk": kiosk_id, "seen": now})
        # A nonce seen before fails the primary key (IntegrityError, answered as
        # `nonce_replayed` by `signed_kiosk`): one statement, and no gap between a look and an
        # insert for a replay on another connection to slip through.
        session.execute(_NONCE, {"kiosk_id": kiosk_id, "nonce": nonce, "seen_at": now})
        caller = KioskCaller(kiosk_id, kiosk.region_code)
    return caller


_kiosks = table_of(Kiosk)
_KIOSK_FOR_CHECK = select(_kiosks.c.key, _kiosks.c.region_code, _kiosks.c.active).where(
    _kiosks.c.id == bindparam("kiosk")
)
_SEEN = (
    update(_kiosks).where(_kiosks.c.id == bindparam("kiosk")).values(last_seen=bindparam("seen"))
)
_NONCE = insert(table_of(KioskNonce))


#: How often a server process purges nonces that left the clock window. Every request did, with
#: a DELETE in every signed request's transaction; the window refuses old nonces anyway, so the
#: table only needs keeping small.
NONCE_PURGE_INTERVAL_S = 30.0
_next_purge = 0.0


def _purge_due() -> bool:
    global _next_purge
    now = time.monotonic()
    if now < _next_purge:
        return False
    _next_purge = now + NONCE_PURGE_INTERVAL_S  # a race of two threads purges twice: harmless
    return True


async def signed_kiosk(request: Request) -> KioskCaller:
    return await _signed(request, mark_seen=True)


async def signed_kiosk_seen_by_route(request: Request) -> KioskCaller:
    return await _signed(request, mark_seen=False)


async def _signed(request: Request, *, mark_seen: bool) -> KioskCaller:
    headers = request.headers
    kiosk_id = headers.get(HEADER_KIOSK_ID)
    timestamp = headers.get(HEADER_TIMESTAMP)
    nonce = headers.get(HEADER_NONCE)
    signature = headers.get(HEADER_SIGNATURE)
    if not (kiosk_id and timestamp and nonce and signature):
        raise unauthorized(
            ErrorCode.SIGNATURE_MISSING,
            "kiosk requests need X-Kiosk-Id, X-Timestamp, X-Nonce and X-Signature",
        )
    body = await request.body()
    path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    try:
        return await run_in_threadpool(
            _check_kiosk,
            get_sessions(request),
            get_config(request),
            kiosk_id,
            timestamp,
            nonce,
            signature,
            request.method,
            path,
            body,
            mark_seen,
        )
    except IntegrityError:  # the same nonce raced in on two connections
        raise unauthorized(
            ErrorCode.NONCE_REPLAYED, "this request was already received once"
        ) from None


KioskAuth = Annotated[KioskCaller, Depends(signed_kiosk)]
#: A signed kiosk request whose route records `last_seen` itself (the heartbeat).
KioskAuthSeenByRoute = Annotated[KioskCaller, Depends(signed_kiosk_seen_by_route)]


def staff_user(request: Request) -> StaffCaller:
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise unauthorized(
            "staff_auth_required", "staff endpoints need 'Authorization: Bearer <token>'"
        )
    with transaction(get_sessions(request)) as session:
        row = session.get(StaffToken, token_hash(token))
        if row is None or row.expires_at < datetime.now(UTC) or not row.user.active:
            raise unauthorized(
                "staff_token_invalid", "the staff session has expired or is not valid; log in again"
            )
        return StaffCaller(row.user.id, row.user.username, row.user.role)


StaffAuth = Annotated[StaffCaller, Depends(staff_user)]

"""FastAPI dependencies: the database, and the three kinds of caller the API knows."""

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from server.auth.passwords import token_hash
from server.auth.signing import NONCE_PATTERN, signature_matches
from server.db import transaction
from server.db_types import utcnow
from server.errors import ApiError, unauthorized
from server.models import Kiosk, KioskNonce, StaffToken
from server.settings import ServerConfig


def get_config(request: Request) -> ServerConfig:
    config: ServerConfig = request.app.state.config
    return config


def get_sessions(request: Request) -> sessionmaker[Session]:
    factory: sessionmaker[Session] = request.app.state.sessions
    return factory


Sessions = Annotated[sessionmaker[Session], Depends(get_sessions)]
Config = Annotated[ServerConfig, Depends(get_config)]


@dataclass(frozen=True)
class KioskCaller:
    kiosk_id: str
    region_code: str


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
) -> KioskCaller:
    try:
        sent = int(timestamp)
    except ValueError:
        raise unauthorized(
            "timestamp_stale", "X-Timestamp must be whole seconds since the epoch"
        ) from None
    skew = abs(time.time() - sent)
    if skew > config.max_clock_skew_s:
        raise unauthorized(
            "timestamp_stale",
            f"request time is {int(skew)} s from the server's clock (allowed {config.max_clock_skew_s} s); "
            "correct the kiosk clock from the Date header",
        )
    if not NONCE_PATTERN.match(nonce):
        raise unauthorized("signature_invalid", "X-Nonce must be 16-64 URL-safe characters")
    with transaction(factory) as session:
        kiosk = session.get(Kiosk, kiosk_id)
        if kiosk is None or not kiosk.active:
            raise unauthorized("kiosk_unknown", "this kiosk is not enrolled or has been retired")
        # `kiosk.key` is stored wrapped and unwrapped by the key store as the row loads
        # (server/db_types.py WrappedSecret): a copy of the kiosks table signs nothing.
        if not signature_matches(kiosk.key, signature, method, path, timestamp, nonce, body):
            raise unauthorized("signature_invalid", "the request signature does not match")
        now = utcnow()
        # Nonces older than the clock window can be forgotten: the window itself refuses them.
        session.execute(
            delete(KioskNonce).where(
                KioskNonce.seen_at < now - timedelta(seconds=2 * config.max_clock_skew_s)
            )
        )
        seen = session.execute(
            select(KioskNonce).where(KioskNonce.kiosk_id == kiosk_id, KioskNonce.nonce == nonce)
        ).first()
        if seen is not None:
            raise unauthorized("nonce_replayed", "this request was already received once")
        session.add(KioskNonce(kiosk_id=kiosk_id, nonce=nonce, seen_at=now))
        kiosk.last_seen = now
        caller = KioskCaller(kiosk.id, kiosk.region_code)
    return caller


async def signed_kiosk(request: Request) -> KioskCaller:
    headers = request.headers
    kiosk_id = headers.get("x-kiosk-id")
    timestamp = headers.get("x-timestamp")
    nonce = headers.get("x-nonce")
    signature = headers.get("x-signature")
    if not (kiosk_id and timestamp and nonce and signature):
        raise unauthorized(
            "signature_missing",
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
        )
    except IntegrityError:  # the same nonce raced in on two connections
        raise unauthorized("nonce_replayed", "this request was already received once") from None


KioskAuth = Annotated[KioskCaller, Depends(signed_kiosk)]


@dataclass(frozen=True)
class StaffCaller:
    user_id: int
    username: str
    role: str

    @property
    def actor(self) -> str:
        return f"staff:{self.username}"


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


def require_role(caller: StaffCaller, role: str) -> None:
    if caller.role != role:
        raise ApiError(
            403, "role_required", f"this action needs the '{role}' role; you hold '{caller.role}'"
        )

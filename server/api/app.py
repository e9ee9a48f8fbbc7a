"""Builds the FastAPI application: routes, error format, and the database it runs on."""

import gc
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, OperationalError
from sqlalchemy.orm import configure_mappers
from starlette.exceptions import HTTPException as StarletteHTTPException

from server.api import openapi_contract
from server.api.body_limit import BodyLimit
from server.api.hostile_inputs import HostileInputs
from server.api.routes import (
    appointments,
    audit_routes,
    bundles,
    claimant_changes,
    claimants,
    claims,
    controls,
    dev,
    ecard_dev,
    eligibility,
    enrolment,
    finance,
    fleet,
    health,
    home_visits,
    kiosk_events,
    kiosks,
    logins,
    public_status,
    rates,
    registration_proofs,
    service_desk,
    sms,
    staff,
)
from server.api.security_headers import SecurityHeaders
from server.auditlog.keys import load_or_create as load_log_key
from server.auditlog.sequencer import Sequencer
from server.db import make_engine, make_session_factory, upgrade
from server.errors import ApiError
from server.services.fleet import FleetThresholds
from server.settings import ServerConfig
from server.sms.gateway import HttpSmsGateway
from server.sms.sender import Sender

log = logging.getLogger(__name__)


def _error(
    status: int, code: str, message: str, details: dict[str, Any] | None = None
) -> JSONResponse:
    # A throttled request (429) says when to come back, in the header clients already honour.
    retry = (details or {}).get("retry_after_s") if status in (429, 503) else None
    return JSONResponse(
        {"code": code, "message": message, "details": details or {}},
        status_code=status,
        headers={"Retry-After": str(retry)} if retry is not None else None,
    )


def _field_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    """What was wrong and where, without echoing the submitted value: it may be an ID number."""
    return [
        {"field": ".".join(str(p) for p in err["loc"]), "problem": err["msg"], "type": err["type"]}
        for err in exc.errors()
    ]


def settle_garbage_collector() -> None:
    """Once the app is up, everything built so far (modules, the ORM's mappers, FastAPI's routes
    and models: about a million objects) moves to a generation the cyclic collector no longer
    scans. Otherwise each full collection walked them all: 100-120 ms with the worker's requests
    stopped, every few seconds under load, which was most of a heartbeat's p99 (docs/benchmarks.md).
    What requests allocate is collected as before."""
    configure_mappers()  # normally on the first query, and then outside the frozen set
    gc.collect()
    gc.freeze()


def create_app(config: ServerConfig, *, migrate: bool = True) -> FastAPI:
    engine = make_engine(config.database_url)
    if migrate:
        upgrade(engine)
    docs = config.dev or config.api_docs  # Swagger UI and ReDoc: development, or on request
    app = FastAPI(
        title="Changtong reference agency API",
        version="1.0",
        description="Unemployment-insurance benefit service for self-service kiosks (docs/api.md).",
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
    )
    app.state.config = config
    app.state.engine = engine
    app.state.sessions = make_session_factory(engine)
    app.state.fleet_thresholds = FleetThresholds.from_env()
    # The audit log's sequencer integrates queued entries and signs checkpoints (docs/audit-log.md).
    app.state.audit_sequencer = Sequencer(app.state.sessions, load_log_key(config.data_dir))
    app.state.audit_sequencer.start()
    app.router.on_shutdown.append(app.state.audit_sequencer.stop)
    # Texts to claimants leave through the SMS gateway (docs/notifications.md).
    gateway = (
        HttpSmsGateway(config.sms_gateway_url, config.sms_gateway_token)
        if config.sms_gateway_url
        else None
    )
    app.state.sms_sender = Sender(
        app.state.sessions, gateway, retry_first_s=config.sms_retry_first_s
    )
    app.state.sms_sender.start()
    app.router.on_shutdown.append(app.state.sms_sender.stop)

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message, exc.details)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _field_errors(exc)
        summary = "; ".join(f"{e['field']}: {e['problem']}" for e in errors[:5])
        return _error(
            422, "invalid_request", f"the request is not valid: {summary}", {"errors": errors}
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return _error(exc.status_code, code, str(exc.detail))

    @app.exception_handler(OperationalError)
    async def _database_down(_: Request, exc: OperationalError) -> JSONResponse:
        log.warning("database unavailable: %s", type(exc.orig).__name__)
        return _error(
            503,
            "service_unavailable",
            "the agency's database is unavailable; the request changed nothing, retry later",
            {"retry_after_s": 30},
        )

    @app.exception_handler(DataError)
    async def _unstorable(_: Request, exc: DataError) -> JSONResponse:
        # The last line of defence behind server/api/hostile_inputs.py: text the database
        # refuses is the request's fault, not the server's.
        return _error(422, "invalid_request", "the request holds a value the database refuses")

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        if isinstance(exc, UnicodeEncodeError) or "NUL (0x00)" in str(exc):
            return _error(422, "invalid_request", "the request holds text that cannot be stored")
        log.exception("unexpected error while handling a request")
        return _error(
            500, "internal_error", "the server failed; the request changed nothing, retry later"
        )

    for module in (
        health,
        logins,
        claimants,
        claims,
        claimant_changes,
        eligibility,
        kiosks,
        kiosk_events,
        bundles,
        enrolment,
        staff,
        rates,
        finance,
        controls,
        audit_routes,
        public_status,
        registration_proofs,
        fleet,
        service_desk,
        sms,
        appointments,
        home_visits,
    ):
        app.include_router(module.router)
    if config.dev:  # `kiosk server run --dev` only, and only on loopback (server/cli.py)
        app.include_router(dev.router)
        app.include_router(ecard_dev.router)
    openapi_contract.install(app)
    app.router.on_startup.append(settle_garbage_collector)
    app.add_middleware(HostileInputs)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit)  # outermost: nothing below reads an oversized body
    return app

"""Builds the FastAPI application: routes, error format, and the database it runs on."""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from server.api.body_limit import BodyLimit
from server.api.routes import (
    audit_routes,
    bundles,
    claimants,
    claims,
    dev,
    eligibility,
    enrolment,
    fleet,
    health,
    kiosk_events,
    kiosks,
    public_status,
    staff,
)
from server.db import make_engine, make_session_factory, upgrade
from server.errors import ApiError
from server.services.fleet import FleetThresholds
from server.settings import ServerConfig

log = logging.getLogger(__name__)


def _error(
    status: int, code: str, message: str, details: dict[str, Any] | None = None
) -> JSONResponse:
    return JSONResponse(
        {"code": code, "message": message, "details": details or {}}, status_code=status
    )


def _field_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    """What was wrong and where, without echoing the submitted value: it may be an ID number."""
    return [
        {"field": ".".join(str(p) for p in err["loc"]), "problem": err["msg"], "type": err["type"]}
        for err in exc.errors()
    ]


def create_app(config: ServerConfig, *, migrate: bool = True) -> FastAPI:
    engine = make_engine(config.database_url)
    if migrate:
        upgrade(engine)
    app = FastAPI(
        title="Changtong reference agency API",
        version="1.0",
        description="Unemployment-insurance benefit service for self-service kiosks (docs/api.md).",
    )
    app.state.config = config
    app.state.engine = engine
    app.state.sessions = make_session_factory(engine)
    app.state.fleet_thresholds = FleetThresholds.from_env()

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

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error while handling a request")
        return _error(
            500, "internal_error", "the server failed; the request changed nothing, retry later"
        )

    for module in (
        health,
        claimants,
        claims,
        eligibility,
        kiosks,
        kiosk_events,
        bundles,
        enrolment,
        staff,
        audit_routes,
        public_status,
        fleet,
    ):
        app.include_router(module.router)
    if not config.production:
        app.include_router(dev.router)
    app.add_middleware(BodyLimit)
    return app

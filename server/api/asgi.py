"""The app for `kiosk server run --workers N`: uvicorn imports this in each worker process, so each
builds its own engine, connection pool and audit-log sequencer after the fork (only one of the
sequencers leads; server/auditlog/sequencer.py). Migrations ran once, in the parent."""

import os
from pathlib import Path

from fastapi import FastAPI

from config import load_settings
from config.logs import configure_logging
from server.api.app import create_app
from server.settings import resolve


def app_from_environment() -> FastAPI:
    settings = load_settings(Path(os.environ["CHANGTONG_CONFIG"]), missing_ok=True)
    config = resolve(settings.reference_server, dev=os.environ.get("CHANGTONG_SERVER_DEV") == "1")
    # Workers start afresh (spawned, not forked): each sets up the same redacting logs.
    configure_logging(config.data_dir / "logs", level=settings.logging.level, filename="server.log")
    return create_app(config, migrate=False)

"""The server freezes what it built at start-up out of the cyclic collector's reach."""

from __future__ import annotations

import gc

from server.api.app import create_app, settle_garbage_collector
from tests.conftest import Agency


def test_the_app_settles_the_collector_when_it_starts(any_agency: Agency) -> None:
    app = create_app(any_agency.config, migrate=False)
    try:
        assert settle_garbage_collector in app.router.on_startup
    finally:
        for stop in app.router.on_shutdown:
            stop()


def test_settling_freezes_the_objects_built_so_far() -> None:
    before = gc.get_freeze_count()
    settle_garbage_collector()
    try:
        assert gc.get_freeze_count() > before
        assert gc.get_count()[2] == 0  # the full collection ran first
    finally:
        gc.unfreeze()

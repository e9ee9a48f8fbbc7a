"""Which screens live when: a few built in idle time, the usual visit's kept once built, the
rarely used ones released when their session ends (kiosk/app/screen_registry.py)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from config import Secrets, Settings
from kiosk.app import main
from kiosk.app.main import KioskApp
from kiosk.app.router import ScreenRouter
from kiosk.app.screen_registry import (
    IDLE_TIME_SCREENS,
    KEPT_SCREENS,
    SCREEN_MODULES,
    build_registry,
)
from kiosk.flow import events as ev
from kiosk.flow.view_models import IdleView
from screens.shell import KioskShell

pytestmark = pytest.mark.gui


def test_the_screen_sets_name_registered_screens_and_idle_time_ones_are_kept() -> None:
    assert IDLE_TIME_SCREENS <= KEPT_SCREENS <= SCREEN_MODULES.keys()
    assert "idle" in KEPT_SCREENS
    assert SCREEN_MODULES.keys() != KEPT_SCREENS  # some are released, or the split means nothing


def test_a_released_screen_is_deleted_forgotten_and_built_anew_with_its_intents(
    qtbot: QtBot,
) -> None:
    shell = KioskShell()
    qtbot.addWidget(shell)
    screens, mapping = build_registry()
    router = ScreenRouter(shell, screens, mapping)
    posted: list[object] = []
    router.connect_intents(posted.append)
    first = shell.screen_widget("withdraw")
    destroyed: list[bool] = []
    first.destroyed.connect(lambda *_: destroyed.append(True))

    assert shell.release_screen("withdraw")
    assert "withdraw" not in shell.built_screens()
    assert shell.stack.indexOf(first) == -1
    qtbot.waitUntil(lambda: bool(destroyed), timeout=2000)
    assert shell.has_screen("withdraw") and shell.screens_waiting() == len(SCREEN_MODULES) - 1

    again = shell.screen_widget("withdraw")
    again.intent.emit("sentinel")  # type: ignore[attr-defined]
    assert posted == ["sentinel"]  # wired once, to the new screen only
    router.clear()  # the router holds no deleted screen


def test_the_screen_on_the_glass_and_one_without_a_factory_stay(qtbot: QtBot) -> None:
    shell = KioskShell()
    qtbot.addWidget(shell)
    screens, mapping = build_registry()
    ScreenRouter(shell, screens, mapping)
    shell.show_screen("home")
    assert not shell.release_screen("home")  # on the glass
    assert not shell.release_screen("idle")  # built with the app: no factory to rebuild it
    assert not shell.release_screen("no-such-screen")
    assert shell.built_screens().keys() == {"idle", "home"}


def test_idle_time_builds_only_the_first_screens_of_a_visit(qtbot: QtBot) -> None:
    shell = KioskShell()
    qtbot.addWidget(shell)
    screens, mapping = build_registry()
    ScreenRouter(shell, screens, mapping)
    while shell.build_next_screen(IDLE_TIME_SCREENS):
        pass
    assert shell.screens_waiting(IDLE_TIME_SCREENS) == 0
    assert shell.built_screens().keys() == IDLE_TIME_SCREENS | {"idle"}


@pytest.fixture
def kiosk(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[KioskApp]:
    monkeypatch.setattr(main, "RELEASE_AFTER_MS", 10)
    settings = Settings.model_validate(
        {
            "server": {"url": "http://127.0.0.1:9", "connect_timeout_s": 0.5},
            "kiosk": {"id": "kiosk-lifetimes-001", "region": "222405"},
            "ui": {"fullscreen": False, "hide_cursor": False},
            "queue": {"path": str(tmp_path / "queue.db")},
        }
    )
    keys = Secrets(kiosk_key=secrets.token_bytes(32), queue_data_key=secrets.token_bytes(32))
    app = KioskApp(settings, keys, supervise_devices=False)
    qtbot.addWidget(app.shell)
    app.shell.show()
    app.start()
    yield app
    app.stop()


def test_the_idle_kiosk_is_warm_with_only_the_idle_time_screens_built(
    qtbot: QtBot, kiosk: KioskApp
) -> None:
    qtbot.waitUntil(lambda: kiosk.warmed_up, timeout=20000)
    assert kiosk.shell.built_screens().keys() == IDLE_TIME_SCREENS | {"idle"}


def test_a_session_end_releases_the_rare_screens_it_built_and_keeps_the_usual_ones(
    qtbot: QtBot, kiosk: KioskApp
) -> None:
    qtbot.waitUntil(lambda: kiosk.warmed_up, timeout=20000)
    shell = kiosk.shell
    for name in ("withdraw", "complaint", "eligibility", "status"):
        shell.screen_widget(name)
    assert isinstance(kiosk.controller.view.screen, IdleView)
    kiosk.controller.session_wiped.emit()
    qtbot.waitUntil(lambda: "withdraw" not in shell.built_screens(), timeout=2000)
    built = shell.built_screens().keys()
    assert "complaint" not in built
    assert {"eligibility", "status"} | IDLE_TIME_SCREENS <= built
    assert built <= KEPT_SCREENS


def test_the_screen_blanker_and_the_release_see_the_idle_screen_as_idle(
    qtbot: QtBot, kiosk: KioskApp
) -> None:
    """`run_app` hands `showing_idle` to the blanker: a predicate that is never true would keep
    a kiosk's panel lit all night, and one that is always true would blank a claimant's screen."""
    assert kiosk.showing_idle()
    kiosk.controller.post(ev.ChooseGuide())  # the guide opens from the idle screen, no card
    qtbot.waitUntil(lambda: not isinstance(kiosk.controller.view.screen, IdleView), timeout=5000)
    assert not kiosk.showing_idle()

"""What the kiosk defers past the idle screen's first paint, and that deferring loses nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app.router import ScreenRouter
from kiosk.app.screen_registry import SCREEN_MODULES, build_registry, screen_class, view_type
from screens.shell import KioskShell

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def test_the_lazy_table_names_every_registered_screen_and_its_class(qtbot: QtBot) -> None:
    from screens import registry

    named = {view_type(view): name for name, (view, _) in SCREEN_MODULES.items()}
    assert named == registry.SCREEN_FOR_VIEW
    built = registry.build_screens()
    try:
        for name, (_, where) in SCREEN_MODULES.items():
            assert type(built[name]) is screen_class(where), name
    finally:
        for screen in built.values():
            screen.deleteLater()


def test_a_screen_is_built_on_first_use_and_its_intents_reach_the_flow(qtbot: QtBot) -> None:
    shell = KioskShell()
    qtbot.addWidget(shell)
    screens, mapping = build_registry()
    router = ScreenRouter(shell, screens, mapping)
    posted: list[object] = []
    router.connect_intents(posted.append)
    assert shell.built_screens().keys() == {"idle"}
    assert shell.screens_waiting() == len(SCREEN_MODULES) - 1

    home = shell.screen_widget("home")  # built now, wired as it joins the stack
    assert shell.built_screens()["home"] is home
    home.intent.emit("sentinel")  # type: ignore[attr-defined]
    assert posted == ["sentinel"]

    while shell.build_next_screen():
        pass
    assert shell.screens_waiting() == 0
    assert shell.built_screens().keys() == SCREEN_MODULES.keys()


def test_importing_the_app_loads_no_queue_agency_client_printer_or_technician_code() -> None:
    probe = (
        "import sys, kiosk.app.main\n"
        "heavy = ('sqlalchemy', 'alembic', 'requests', 'offline_queue', 'kiosk.technician',"
        " 'kiosk.api', 'kiosk.adapters.printer', 'screens.registry')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or"
        " any(m == h or m.startswith(h + '.') for h in heavy)))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"

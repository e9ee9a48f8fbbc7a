"""What the kiosk defers past the idle screen's first paint, and that deferring loses nothing."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from config import Secrets, Settings
from devices.sscard.reader_state import ReaderState
from kiosk.app.main import KioskApp
from kiosk.app.router import ScreenRouter
from kiosk.app.screen_registry import SCREEN_MODULES, build_registry, screen_class, view_type
from kiosk.flow.idle_views import IdleView
from screens.shell import KioskShell

pytestmark = pytest.mark.gui

PRESENT = ReaderState.CARD_PRESENT

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


def test_the_app_and_its_first_frame_load_none_of_the_session_flow() -> None:
    """The idle screen is painted before the flow's modules load (kiosk/app/main.py): built and
    shown, the app holds the idle screen and the frame, and no machine, states or events."""
    probe = (
        "import sys, secrets, tempfile\n"
        "from config import Secrets, Settings\n"
        "from kiosk.app.main import KioskApp\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "settings = Settings.model_validate({'server': {'url': 'http://127.0.0.1:9'},"
        " 'kiosk': {'id': 'kiosk-lazy-001', 'region': '222405'},"
        " 'queue': {'path': tempfile.mkdtemp() + '/q.db'}})\n"
        "keys = Secrets(kiosk_key=secrets.token_bytes(32), queue_data_key=secrets.token_bytes(32))\n"
        "kiosk = KioskApp(settings, keys, supervise_devices=False)\n"
        "kiosk.shell.show()\n"
        "app.processEvents()\n"
        "flow = ('kiosk.flow.machine', 'kiosk.flow.states', 'kiosk.flow.events',"
        " 'kiosk.flow.view_models', 'kiosk.flow.effects', 'kiosk.app.controller',"
        " 'kiosk.adapters.card')\n"
        "print(sorted(m for m in flow if m in sys.modules),"
        " kiosk.shell.current_screen_name(), kiosk.showing_idle())\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[] idle True"


def test_a_card_inserted_before_the_session_is_built_is_not_lost(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Device events reach the session through the app's inbox, which builds the session if the
    first paint has not yet: the card's insertion is handled, not dropped."""
    settings = Settings.model_validate(
        {
            "server": {"url": "http://127.0.0.1:9", "connect_timeout_s": 0.5},
            "kiosk": {"id": "kiosk-lazy-002", "region": "222405"},
            "ui": {"fullscreen": False, "hide_cursor": False},
            "queue": {"path": str(tmp_path / "queue.db")},
        }
    )
    keys = Secrets(kiosk_key=secrets.token_bytes(32), queue_data_key=secrets.token_bytes(32))
    kiosk = KioskApp(settings, keys, supervise_devices=False)
    qtbot.addWidget(kiosk.shell)
    kiosk.start()  # never shown: no first paint, so nothing but the event builds the session
    try:
        assert kiosk._controller is None
        emitted = threading.Thread(target=kiosk.devices.on_reader_state, args=(PRESENT, "vpcd"))
        emitted.start()  # from a device thread, as the presence monitor calls it
        emitted.join()
        qtbot.waitUntil(lambda: kiosk._controller is not None, timeout=5000)
        assert not isinstance(kiosk.controller.view.screen, IdleView)
        assert kiosk.shell.current_screen_name() != "idle"
    finally:
        kiosk.stop()

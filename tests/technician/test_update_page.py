"""Software update from technician mode: the page asks, the console runs kiosk/update off the GUI
thread, and the page says in the technician's words why an update was refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.app.threads import register_gui_thread, unregister_gui_thread
from kiosk.technician.core import run_intent
from kiosk.technician.intents import ApplyUpdate, UpdateReport
from kiosk.update.fetch import pin_root
from kiosk.update.repository import build_release
from screens.technician.i18n import install_technician_language
from screens.technician.update_page import UpdatePage
from tests.technician.view_kit import close_desk, grant, make_console, open_desk, wait_idle

pytestmark = pytest.mark.gui


@pytest.fixture
def gui_thread(qapp: QApplication) -> Iterator[None]:
    install_technician_language(qapp, "en")
    register_gui_thread()
    yield
    unregister_gui_thread()


def test_refusals_come_back_as_reasons(tmp_path: Path) -> None:
    console = make_console(tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    refused = run_intent(console, ApplyUpdate(str(stick)))
    assert isinstance(refused, UpdateReport)
    assert (refused.status, refused.reason) == ("refused", "no_trusted_root")
    # A stick with a repository signed by keys this kiosk does not trust.
    wheel = tmp_path / "changtong_kiosk-9.9.9-py3-none-any.whl"
    wheel.write_bytes(b"not installed: refused before")
    build_release(stick, tmp_path / "their-keys", wheel)
    trusted = tmp_path / "ours"
    build_release(trusted, tmp_path / "our-keys", wheel)
    pin_root(tmp_path / "data", trusted / "metadata/1.root.json")
    forged = run_intent(console, ApplyUpdate(str(stick)))
    assert isinstance(forged, UpdateReport) and forged.reason in {"bad_signature", "untrusted"}
    log = (tmp_path / "data/logs/technician.log").read_text(encoding="utf-8")
    assert "software_update" in log


def test_the_page_asks_off_the_gui_thread_and_shows_the_reason(
    tmp_path: Path, gui_thread: None
) -> None:
    console = make_console(tmp_path)
    desk = open_desk(console)
    try:
        grant(desk.window)
        desk.window.show_page("update")
        page = desk.window.pages["update"]
        assert isinstance(page, UpdatePage)
        page.source.setText(str(tmp_path / "no-stick-here"))
        page.apply()
        wait_idle(desk.window)
        assert "trusts no update signer" in page.status.text()
        assert not page.restart_button.isVisible()
    finally:
        close_desk(desk)

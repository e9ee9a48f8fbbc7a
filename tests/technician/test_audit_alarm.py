"""Technician mode shows the audit-log alarm a kiosk raised, under the heartbeat line, so the
technician on site reports it instead of it living only in a file (docs/audit-log.md)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.heartbeat import HeartbeatService, HeartbeatSources, QueueSnapshot
from kiosk.witness.store import AlarmKind, WitnessStore
from kiosk.witness.witness import AuditWitness
from offline_queue import Outbox, SyncEngine
from screens.technician.i18n import install_technician_language
from tests.technician.queue_kit import LoopbackUploader
from tests.technician.view_kit import close_desk, grant, make_console, open_desk


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The texts below are the English catalogue's; an earlier test may have left Chinese on."""
    install_technician_language(qapp, "en")
    yield
    install_technician_language(qapp, "en")


def _texts(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


class _Unused:
    def heartbeat(self, beat: dict[str, object]) -> object:
        raise AssertionError("this test sends no heartbeat")


def test_the_queue_page_shows_a_raised_audit_alarm(qtbot: QtBot, tmp_path: Path) -> None:
    store = WitnessStore.in_dir(tmp_path / "data")
    witness = AuditWitness(store, None)
    service = HeartbeatService(
        _Unused(),
        HeartbeatSources(devices=dict, paper=lambda: "ok", queue=QueueSnapshot),
        app_version="1.0",
        witness=witness,
    )
    assert service.status().audit_alarm is None
    store.record_alarm(AlarmKind.FORK, 40, 52, "evidence note", "inconsistent proof")
    assert "fork: witnessed 40 entries" in (service.status().audit_alarm or "")
    assert service.snapshot()["audit_alarm"]["kind"] == "fork"  # and the agency hears of it

    outbox = Outbox(tmp_path / "queue.db", b"k" * 32)
    console = make_console(
        tmp_path,
        outbox=outbox,
        engine=SyncEngine(outbox, LoopbackUploader("http://127.0.0.1:9")),
        heartbeat_status=service.status,
    )
    console.pins.set_pin("480263")
    desk = open_desk(console)
    window = desk.window
    qtbot.addWidget(window)
    window.open_over(fullscreen=False)
    grant(window)
    window.show_page("queue")
    page = window.pages["queue"]
    qtbot.waitUntil(lambda: "Audit log alarm" in _texts(page), timeout=20000)
    assert "witnessed 40 entries, then saw a checkpoint of 52" in _texts(page)
    close_desk(desk)
    outbox.close()

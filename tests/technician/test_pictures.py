"""Every technician page rendered with real results, as docs/technician.md shows them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from devices.sim.id_reader_pty import PtyIdReader
from devices.sim.id_text_block import ResidentCard
from devices.sim.printer_sim import TcpPrinterSim
from devices.sim.scanner_pty import PtyScanner
from kiosk.api import AgencyClient
from offline_queue import Outbox, SyncEngine
from screens.technician.i18n import install_technician_language
from screens.theme import base_font
from tests.conftest import Agency
from tests.technician.queue_kit import LoopbackUploader
from tests.technician.view_kit import SIZE, close_desk, make_console, open_desk, render_pages

pytestmark = pytest.mark.gui


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    qapp.setFont(base_font())
    install_technician_language(qapp, "zh_CN")
    yield
    install_technician_language(qapp, "en")


def test_every_page_renders_at_1920x1080_in_chinese(
    qtbot: QtBot,
    chinese: None,
    agency: Agency,
    tmp_path: Path,
    pty_reader: PtyIdReader,
    pty_scanner: PtyScanner,
) -> None:
    pty_reader.card = ResidentCard()
    printer = TcpPrinterSim().start()
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key)
    outbox = Outbox(tmp_path / "queue.db", b"k" * 32)
    outbox.enqueue("claim", {"seq": 1})
    toml = (
        f'[server]\nurl = "{agency.url}"\n\n[kiosk]\nid = "{agency.kiosk_id}"\n\n'
        f'[devices.id_reader]\nport = "{pty_reader.path}"\n\n[devices.printer]\nuri = "{printer.uri}"\n\n'
        f'[devices.scanner]\nport = "{pty_scanner.path}"\n'
    )
    console = make_console(
        tmp_path,
        toml,
        client=client,
        outbox=outbox,
        engine=SyncEngine(outbox, LoopbackUploader("http://127.0.0.1:9")),
    )
    desk = open_desk(console)
    qtbot.addWidget(desk.window)
    try:
        pictures = render_pages(desk, tmp_path / "pictures", pty_scanner)
    finally:
        close_desk(desk)
        client.close()
        outbox.close()
        printer.stop()
    assert len(pictures) == 13
    for picture in pictures:
        image = QImage(str(picture))
        assert (image.width(), image.height()) == SIZE, picture.name

"""Builds a technician window over real parts for the view tests and the pictures in docs.

`open_desk(console)` joins a window to the console as the app does (intents run through the
console on an executor's technician lane). `render_pages(desk, out_dir)` fills every page with
real results and saves each page as a PNG: `python -m tests.technician.view_kit OUT_DIR`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from config.loading import load_settings
from devices.sim.scanner_pty import PtyScanner
from kiosk.app.executor import EffectExecutor
from kiosk.app.technician_mode import TechnicianDesk
from kiosk.technician.console import TechnicianConsole, TechnicianPaths
from kiosk.technician.gate import Granted, WrongPin
from kiosk.technician.intents import CheckLock, SettingsSaved
from kiosk.technician.settings_edit import Refused
from screens.technician.device_pages import DeviceTestPage
from screens.technician.service_pages import NetworkPage
from screens.technician.settings_pages import SettingsPage
from screens.technician.window import TechnicianWindow
from tests.technician.scanner_kit import ECARD_CODE, show_soon

SIZE = (1920, 1080)


def settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def make_console(tmp: Path, toml: str = "", **kwargs: object) -> TechnicianConsole:
    config_path = tmp / "kiosk.toml"
    if toml:
        config_path.write_text(toml, encoding="utf-8")
    settings = load_settings(config_path)
    paths = TechnicianPaths.for_config(config_path, settings, data_dir=tmp / "data")
    return TechnicianConsole(settings, paths, **kwargs)  # type: ignore[arg-type]


def open_desk(console: TechnicianConsole) -> TechnicianDesk:
    """A technician window over `console`, joined through an executor of its own."""
    return TechnicianDesk(TechnicianWindow(), console, EffectExecutor(None))


def close_desk(desk: TechnicianDesk) -> None:
    desk.close()
    desk.executor.shutdown()
    desk.window.close()


def wait_idle(window: TechnicianWindow, timeout_s: float = 20.0) -> None:
    """Until every intent the window emitted has been answered."""
    import time

    deadline = time.monotonic() + timeout_s
    settle()
    while window.busy and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    settle()


def grant(window: TechnicianWindow) -> None:
    """As if the right PIN had been typed (the PIN flow has its own tests)."""
    window._pin_answered(Granted())
    settle()


def render_pages(
    desk: TechnicianDesk, out_dir: Path, scanner: PtyScanner | None = None
) -> list[Path]:
    """With `scanner` (the console's scanner on a pty), a test scan is pictured too."""
    out_dir.mkdir(parents=True, exist_ok=True)
    window, console = desk.window, desk.console
    saved: list[Path] = []

    def shot(name: str) -> None:
        settle()
        path = out_dir / f"technician-{name}.png"
        window.grab().save(str(path))
        saved.append(path)

    window.resize(*SIZE)
    window.show()
    window._ask(CheckLock(), None)
    wait_idle(window)
    window.show_page("pin")
    window.pin.press("4")
    window.pin.press("8")
    window.pin.show_outcome(WrongPin(2))
    window.pin.press("1")
    shot("pin")
    window.pin.set_locked(117)
    shot("pin-locked")
    window.pin.set_locked(0)
    window.pin.reset()
    grant(window)
    shot("menu")
    pages = window.pages
    for name in ("status", "detect"):
        window.show_page(name)  # each fetches its own results on the worker
        wait_idle(window)
        shot(name)
    window.show_page("tests")
    tests = pages["tests"]
    assert isinstance(tests, DeviceTestPage)
    tests.read_id()
    wait_idle(window)
    shot("test-id")
    if scanner is not None:
        tests.scan_test()
        show_soon(scanner, ECARD_CODE)
        wait_idle(window)
        shot("test-scan")
    tests.print_test()
    wait_idle(window)
    shot("test-print")
    window.show_page("settings")
    wait_idle(window)
    settings = pages["settings"]
    assert isinstance(settings, SettingsPage)
    form = settings.form()
    form["session.idle_timeout_s"] = "5"
    form["server.url"] = "ftp://si.example.gov.cn"
    refused = console.check_settings(form)
    assert isinstance(refused, Refused)
    settings.take(SettingsSaved(refused))
    shot("settings-refused")
    window.show_page("enrol")
    wait_idle(window)
    shot("enrol")
    window.show_page("network")
    network = pages["network"]
    assert isinstance(network, NetworkPage)
    network.run_check()
    wait_idle(window)
    shot("network")
    for name in ("queue", "logs"):
        window.show_page(name)
        wait_idle(window)
        shot(name)
    return saved


def main(out_dir: str) -> int:
    """Pictures against the simulators and a reference server started here."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from devices.sim.id_reader_pty import PtyIdReader
    from devices.sim.id_text_block import ResidentCard
    from devices.sim.printer_sim import TcpPrinterSim
    from kiosk.api import AgencyClient
    from offline_queue import Outbox, SyncEngine
    from screens.technician.i18n import install_technician_language
    from screens.theme import base_font
    from tests.conftest import start_agency
    from tests.technician.queue_kit import LoopbackUploader

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setFont(base_font())
    install_technician_language(app, "zh_CN")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        agency_run = start_agency(tmp / "agency", None, claimants=5)
        agency = next(agency_run)
        printer = TcpPrinterSim().start()
        printer.state.near_end = True
        reader = PtyIdReader(str(tmp / "ttyIDR0")).start()
        reader.card = ResidentCard()
        scanner = PtyScanner(str(tmp / "ttyACM0")).start()
        toml = (
            f'[server]\nurl = "{agency.url}"\n\n[kiosk]\nid = "{agency.kiosk_id}"\n\n'
            f'[devices.id_reader]\nport = "{reader.path}"\n\n'
            f'[devices.scanner]\nport = "{scanner.path}"\n\n'
            f'[devices.printer]\nuri = "{printer.uri}"\npaper_width_mm = 58\n'
        )
        client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key)
        outbox = Outbox(tmp / "queue.db", b"k" * 32)
        for n in range(4):
            outbox.enqueue("claim", {"seq": n})
        engine = SyncEngine(outbox, LoopbackUploader("http://127.0.0.1:1"))
        from kiosk.heartbeat import HeartbeatStatus

        beat = HeartbeatStatus(42, 2, 0, False, None, None)
        console = make_console(
            tmp, toml, client=client, outbox=outbox, engine=engine, heartbeat_status=lambda: beat
        )
        log = console.paths.kiosk_log
        log.parent.mkdir(parents=True, exist_ok=True)
        log.write_text(
            '{"ts": "2026-11-26T09:12:03.120", "level": "INFO", "logger": "devices.idcard.reader", "msg": "ID reader port opened at 115200 baud"}\n'
            '{"ts": "2026-11-26T09:12:07.551", "level": "INFO", "logger": "kiosk.flow", "msg": "lookup for 22240119900307001X"}\n'
            '{"ts": "2026-11-26T09:13:40.002", "level": "WARNING", "logger": "kiosk.api.client", "msg": "agency refused POST /api/v1/claims: timestamp_stale (401)"}\n',
            encoding="utf-8",
        )
        desk = open_desk(console)
        try:
            for path in render_pages(desk, Path(out_dir), scanner):
                print(path)
        finally:
            close_desk(desk)
            client.close()
            outbox.close()
            reader.stop()
            scanner.stop()
            printer.stop()
            next(agency_run, None)  # runs the server fixture's own clean-up
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))

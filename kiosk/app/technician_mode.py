"""Technician mode inside the running kiosk: the hidden gesture, the PIN, the window on top.

Entering ends any claimant session first (nobody's data stays on screen behind the technician),
and the app's own device threads let go of the readers while the technician tests them.

The seam is the claimant's: the window's pages emit intents, `TechnicianDesk` hands each to the
one `EffectExecutor`, which runs it through the console on a worker, and the answer comes back to
the window on the GUI thread for the page to draw.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from config import Settings
from kiosk.app.executor import EffectExecutor
from kiosk.app.services import KioskServices
from kiosk.app.threads import runs_on_gui_thread
from kiosk.flow import events as ev
from kiosk.technician.console import TechnicianConsole, TechnicianPaths
from kiosk.technician.intents import TechnicianIntent
from kiosk.technician.maintenance import Intent
from kiosk.technician.settings_edit import Saved
from screens.shell import KioskShell
from screens.technician.gesture_filter import HiddenGestureFilter
from screens.technician.i18n import install_technician_language
from screens.technician.window import TechnicianWindow

# Exit status that asks the service manager to start the app again (settings that need it).
RESTART_EXIT_CODE = 3


class TechnicianDesk:
    """Joins a technician window to its console through the executor: intent → console (off the
    GUI thread) → answer → page."""

    def __init__(
        self, window: TechnicianWindow, console: TechnicianConsole, executor: EffectExecutor
    ) -> None:
        self.window = window
        self.console = console
        self.executor = executor
        window.intent.connect(self.run)
        executor.technician_answered.connect(window.show_answer)

    @runs_on_gui_thread
    def run(self, intent: TechnicianIntent) -> None:
        self.executor.run_technician(intent, self.console)

    def close(self) -> None:
        self.window.shutdown()
        self.executor.technician_answered.disconnect(self.window.show_answer)
        self.window.intent.disconnect(self.run)


class TechnicianMode:
    def __init__(
        self,
        settings: Settings,
        config_path: Path,
        services: KioskServices,
        shell: KioskShell,
        post: Callable[[ev.Event], None],
        executor: EffectExecutor,
    ) -> None:
        self._post = post
        self._saved: list[Saved] = []
        self._services = services
        self.console = TechnicianConsole(
            settings,
            TechnicianPaths.for_config(config_path, settings),
            client=services.client,
            outbox=services.outbox,
            engine=services.engine,
            on_sync_now=services.heartbeat.nudge,
            heartbeat_status=services.heartbeat.status,
            on_settings_saved=self._saved.append,
            pause_devices=services.pause_devices,
            resume_devices=services.resume_devices,
        )
        self.window = TechnicianWindow()
        self.desk = TechnicianDesk(self.window, self.console, executor)
        self.gesture = HiddenGestureFilter(shell)
        self.gesture.triggered.connect(self.open)
        self.window.finished.connect(self._finished)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            install_technician_language(app, "zh_CN")
            app.installEventFilter(self.gesture)
        self.console.start()

    def open(self) -> None:
        self._post(ev.Finish())  # wipe any claimant session before the technician's window
        self.window.open_over()

    def _finished(self, intent: object) -> None:
        app = QApplication.instance()
        # Settings take effect through a restart; the live ones too, for one simple rule.
        if intent is Intent.RESTART or (intent is Intent.RESUME and self._saved):
            if app is not None:
                app.exit(RESTART_EXIT_CODE)
        elif intent is Intent.EXIT_TO_MAINTENANCE and app is not None:
            app.exit(0)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.gesture)
        self.window.hide()
        self.desk.close()
        self.console.stop()

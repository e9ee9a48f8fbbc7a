"""The kiosk application: builds every part from Settings and Secrets and wires them together.

This is the only place that knows both Qt and the real parts. Threads: the GUI thread owns the
session (SessionController), the widgets and the 1 s tick; effects run on EffectExecutor's
workers; the card presence monitor, the ID-card watcher, the sync engine and the heartbeat each
run their own thread. Results and device events come back to the GUI thread as queued signals.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

from config import Secrets, Settings, default_config_path, default_secrets_path
from config.secrets import ensure_secrets
from kiosk.app.blanking import ScreenBlanker
from kiosk.app.device_events import DeviceEvents
from kiosk.app.lockdown import Lockdown
from kiosk.app.router import ScreenRouter
from kiosk.app.screen_registry import IDLE_TIME_SCREENS, KEPT_SCREENS, build_registry
from kiosk.app.services import KioskServices
from kiosk.app.threads import register_gui_thread, unregister_gui_thread
from kiosk.app.touch import PresenceFilter
from kiosk.app.watchdog import GuiWatchdog
from kiosk.domain.language import Language
from kiosk.flow.attract_events import ContinueSession, Finish, GoBack, GoHome
from kiosk.flow.idle_views import IdleView, first_frame
from kiosk.flow.preference_events import (
    ChangeLanguage,
    LeaveElderlyMode,
    SetLargerText,
    SetReadAloud,
)
from kiosk.i18n import install_language
from screens.base import Screen
from screens.shell import LANDSCAPE_SIZE, PORTRAIT_SIZE, KioskShell
from screens.speech import SpeechPlayer

if TYPE_CHECKING:
    from kiosk.app.controller import Clock, SessionController
    from kiosk.app.executor import EffectExecutor
    from kiosk.app.home_visit_mode import HomeVisitMode
    from kiosk.app.technician_mode import TechnicianMode
    from kiosk.flow.events import Event
    from kiosk.flow.machine import SessionFlow

Registry = tuple[Mapping[str, Screen | Callable[[], Screen]], Mapping[type, str]]

# A window never painted (never shown) still warms up after this long in the event loop.
WARM_UP_FALLBACK_MS = 2000
# After a session ends, the screens only it used are released once the idle screen has been
# painted and the kiosk has stood idle this long (a claimant right behind keeps them).
RELEASE_AFTER_MS = 1000


class _AfterFirstPaint(QObject):
    """Calls `then` once from the event loop, right after `widget`'s first paint."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(WARM_UP_FALLBACK_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._fire)  # once this paint has reached the screen
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._widget.removeEventFilter(self)
            then()


class _Inbox(QObject):
    """Device events reach the GUI thread here (a queued connection needs a receiver living on
    that thread) and go on to the session, built then if it is not yet."""

    def __init__(self, post: Callable[[Event], None]) -> None:
        super().__init__()
        self._post = post

    @Slot(object)
    def post(self, event: Event) -> None:
        self._post(event)


class KioskApp:
    """One kiosk: `start()` brings the background threads and the tick up, `stop()` down.

    The idle screen is painted before the session flow is loaded: the flow's modules (about 300
    frozen dataclasses) take longer to import than Qt takes to paint a window. The shell first
    shows `first_frame` (what the flow's first view shows, tests/flow/test_first_frame.py); the
    session (`flow`, `executor`, `controller`) is built right after the first paint, or at once
    when anything asks for it or posts to it, whichever comes first. Device events, screen
    intents and the shell's buttons go through `post`, so none is lost in between."""

    def __init__(
        self,
        settings: Settings,
        secrets: Secrets,
        *,
        clock: Clock | None = None,
        supervise_devices: bool = True,
        registry: Registry | None = None,
        tick_ms: int = 1000,
        config_path: Path | None = None,
        home_visit: bool = False,
    ) -> None:
        """`home_visit`: a field visitor's laptop (`kiosk run --home-visit`): the field-staff
        login opens it (kiosk/app/home_visit_mode.py)."""
        register_gui_thread()
        self.settings = settings
        self.services = KioskServices(settings, secrets)
        self._clock = clock
        self._tick_ms = tick_ms
        self._flow: SessionFlow | None = None
        self._executor: EffectExecutor | None = None
        self._controller: SessionController | None = None
        self.devices = DeviceEvents()
        self.device_inbox = _Inbox(self.post)
        self.devices.happened.connect(self.device_inbox.post, Qt.ConnectionType.QueuedConnection)
        if supervise_devices:
            self.services.supervise_devices(
                self.devices.on_reader_state, self.devices.on_id_card, on_scan=self.devices.on_scan
            )
        self.shell = KioskShell()
        screens, screen_for_view = registry or build_registry()
        self.router = ScreenRouter(self.shell, screens, screen_for_view)
        self.router.connect_intents(self.post)
        self._connect_shell()
        # Restarted by every session end; a child of the shell, so it dies with the window.
        self._release_timer = QTimer(self.shell)
        self._release_timer.setSingleShot(True)
        self._release_timer.setInterval(RELEASE_AFTER_MS)
        self._release_timer.timeout.connect(self._release_rare_screens)
        self.presence = PresenceFilter(self.post)
        portrait = settings.ui.orientation == "portrait"
        self.shell.resize(*(PORTRAIT_SIZE if portrait else LANDSCAPE_SIZE))
        self._show_first_frame()
        self._config_path = config_path
        self._technician: TechnicianMode | None = None
        self._started = False
        self._warming: threading.Thread | None = None
        self._after_paint: _AfterFirstPaint | None = None
        self.home_visit: HomeVisitMode | None = None
        if home_visit:
            from kiosk.app.home_visit_mode import HomeVisitMode

            self.home_visit = HomeVisitMode(self, secrets)

    # -- the session, built after the first paint ------------------------------------------

    def _show_first_frame(self) -> None:
        chrome, idle = first_frame(self.services.flow_settings)
        self.shell.set_chrome(chrome)
        screen = self.shell.screen_widget("idle")
        screen.set_view(idle)  # type: ignore[attr-defined]
        self.shell.show_screen("idle")

    def _session(self) -> SessionController:
        if self._controller is None:
            from kiosk.app.controller import SessionController, system_clock
            from kiosk.app.executor import EffectExecutor
            from kiosk.flow.machine import SessionFlow

            services = self.services
            # The ports (queue, agency client, printer) are built on first use at the latest.
            self._executor = EffectExecutor(lambda: services.ports)
            self._flow = SessionFlow(services.flow_settings)
            controller = SessionController(
                self._flow,
                self._executor,
                clock=self._clock or system_clock,
                close_card=services.card.close,
                online=services.online,
                tick_ms=self._tick_ms,
            )
            self._controller = controller
            controller.view_changed.connect(self.router.render)
            controller.session_wiped.connect(self.router.clear)
            controller.session_wiped.connect(self._release_timer.start)
            if self._started:
                controller.start()
        return self._controller

    @property
    def controller(self) -> SessionController:
        return self._session()

    @property
    def flow(self) -> SessionFlow:
        self._session()
        assert self._flow is not None
        return self._flow

    @property
    def executor(self) -> EffectExecutor:
        self._session()
        assert self._executor is not None
        return self._executor

    def post(self, event: Event) -> None:
        """Every event for the session (screen intents, shell buttons, device events, touches),
        on the GUI thread."""
        self._session().post(event)

    @property
    def technician(self) -> TechnicianMode | None:
        """Technician mode (with a settings file): built in idle time after the first paint, or
        now if asked for earlier; its code is not loaded before the idle screen is painted."""
        if self._technician is None and self._config_path is not None:
            from kiosk.app.technician_mode import TechnicianMode

            self._technician = TechnicianMode(
                self.settings,
                self._config_path,
                self.services,
                self.shell,
                self.post,
                self.executor,
            )
            if self._started:
                self._technician.start()
        return self._technician

    @property
    def warmed_up(self) -> bool:
        """The session built, the idle-time screens built, the queue open, the sync engine and
        the heartbeat started."""
        return (
            self._controller is not None
            and self.services.warm
            and self.shell.screens_waiting(IDLE_TIME_SCREENS) == 0
            and (self._config_path is None or self._technician is not None)
        )

    def _connect_shell(self) -> None:
        shell, post = self.shell, self.post
        shell.language_requested.connect(lambda code: post(ChangeLanguage(Language(code))))
        shell.larger_text_requested.connect(lambda on: post(SetLargerText(bool(on))))
        shell.read_aloud_requested.connect(lambda on: post(SetReadAloud(bool(on))))
        shell.back_requested.connect(lambda: post(GoBack()))
        shell.home_requested.connect(lambda: post(GoHome()))
        shell.finish_requested.connect(lambda: post(Finish()))
        shell.timeout_continue_requested.connect(lambda: post(ContinueSession()))
        shell.timeout_finish_requested.connect(lambda: post(Finish()))
        shell.leave_elderly_mode_requested.connect(lambda: post(LeaveElderlyMode()))
        if self.settings.ui.read_aloud:
            shell.set_speech(SpeechPlayer())

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.presence)
        self._started = True
        self.services.start()
        if self._controller is not None:
            self._controller.start()
        if self._technician is not None:
            self._technician.start()
        current = self.shell.stack.currentWidget()
        self._after_paint = _AfterFirstPaint(current or self.shell, self._warm_up)

    def _warm_up(self) -> None:
        """Idle time after the first paint: the queue, the agency client and the sync engine on
        a thread of their own (mostly imports), the first screens of a visit
        (`IDLE_TIME_SCREENS`) and technician mode here, one piece per event-loop turn so a touch
        in between is not kept waiting. The other screens are built when first shown."""
        if not self._started:
            return
        self._session()
        self._warming = threading.Thread(target=self.services.warm_up, name="warm-up", daemon=True)
        self._warming.start()
        self._build_next()

    def _build_next(self) -> None:
        if not self._started:
            return
        if self.shell.build_next_screen(IDLE_TIME_SCREENS):
            QTimer.singleShot(0, self.shell, self._build_next)
        else:
            _ = self.technician

    def showing_idle(self) -> bool:
        """Between sessions: the idle screen is up (the blanker and the screen release ask)."""
        if self._controller is None:
            return True  # the first frame: the idle screen, and no session yet
        return isinstance(self._controller.view.screen, IdleView)

    def _release_rare_screens(self) -> None:
        """Idle again: the screens outside `KEPT_SCREENS` that the last session built are
        deleted, so a kiosk's memory stays what the usual visit needs whatever services its
        claimants used. Skipped while a new session is under way (its end comes back here)."""
        if not self._started or not self.showing_idle():
            return
        for name in self.shell.built_screens():
            if name not in KEPT_SCREENS:
                self.shell.release_screen(name)

    def stop(self) -> None:
        self._started = False
        self._release_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.presence)
        if self._technician is not None:
            self._technician.stop()
        if self.home_visit is not None:
            self.home_visit.stop()  # gives the device events back before they are disconnected
        self.devices.happened.disconnect(self.device_inbox.post)
        if self._controller is not None:
            self._controller.stop()
        if self._executor is not None:
            self._executor.shutdown()
        self.services.stop()
        if self._warming is not None:
            self._warming.join()
        unregister_gui_thread()


def load_kiosk_secrets(config_path: Path | None) -> Secrets:
    """The secrets file beside the settings; created with fresh keys on a kiosk's first start."""
    return ensure_secrets(default_secrets_path(config_path or default_config_path()))


def run_app(
    settings: Settings,
    secrets: Secrets | None = None,
    *,
    on_started: Callable[[KioskApp], None] | None = None,
    config_path: Path | None = None,
    home_visit: bool = False,
) -> int:
    """`on_started` lets the demo open its control panel beside the kiosk window; `home_visit`
    opens the app with the field-staff login (`kiosk run --home-visit`)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    install_language(app, settings.ui.default_language)
    path = config_path or default_config_path()
    kiosk = KioskApp(
        settings, secrets or load_kiosk_secrets(path), config_path=path, home_visit=home_visit
    )
    if settings.ui.hide_cursor:
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
    if settings.ui.fullscreen:
        kiosk.shell.showFullScreen()
    else:
        kiosk.shell.show()
    # Ctrl+C in a terminal and systemd's SIGTERM quit the event loop, so `stop()` runs: the sync
    # engine finishes its batch and the card connection is closed.
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
    kiosk.start()
    # Under systemd (deploy/kiosk): READY=1 after the first paint, WATCHDOG=1 from this thread.
    watchdog = GuiWatchdog(kiosk.shell)
    watchdog.start()
    blanker = ScreenBlanker(
        kiosk.shell,
        after_s=settings.ui.blank_after_s,
        is_idle=kiosk.showing_idle,
    )
    blanker.start()
    # Full screen is the kiosk proper: no key chord acts, no outside close request is obeyed.
    lockdown = Lockdown(kiosk.shell)
    if settings.ui.fullscreen:
        lockdown.start()
    if on_started is not None:
        on_started(kiosk)
    try:
        return app.exec()
    finally:
        lockdown.stop()
        blanker.stop()
        watchdog.stop()
        kiosk.stop()

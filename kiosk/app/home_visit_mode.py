"""`kiosk run --home-visit`: the kiosk app on a field visitor's laptop.

Until a field visitor has logged in, the window shows the field-staff login and nothing of the
claimant flow: the flow's views are not rendered (only their language and text size, which the
top bar changes) and device events (a card inserted, an ID card read) never reach it. Once logged
in, the claimant flow runs as at any kiosk, with a banner naming the visitor (masked) on every
screen, and every claim stored carries the visit proof (kiosk/home_visit/desk.py). Signing out
ends any claimant session first.

The login itself (scrypt, maybe a network round trip) runs on a thread of its own; its outcome
comes back to the GUI thread as a queued signal.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from config import Secrets
from kiosk.app.services import queue_path
from kiosk.app.threads import runs_on_gui_thread
from kiosk.domain.home_visit import FieldLoginView, VisitorBadge
from kiosk.flow import events as ev
from kiosk.flow.view_models import View
from kiosk.home_visit.credentials import SealedCredentials
from kiosk.home_visit.desk import FieldStaffDesk, LoggedIn, LoginOutcome
from kiosk.i18n import current_language, install_language
from screens.field_staff_login import FieldStaffLoginScreen
from screens.home_visit_banner import HomeVisitBanner, install_banner
from screens.shell import IDLE_CHROME

if TYPE_CHECKING:
    from kiosk.app.main import KioskApp

LOGIN_SCREEN = "field_staff_login"


class HomeVisitMode(QObject):
    answered = Signal(object)
    """A LoginOutcome, from the login thread."""

    def __init__(self, kiosk: KioskApp, secrets: Secrets, *, directory: Path | None = None) -> None:
        super().__init__(kiosk.shell)
        self._kiosk = kiosk
        services = kiosk.services
        sealed = SealedCredentials(
            directory or queue_path(kiosk.settings).parent,
            kiosk.settings.kiosk.id,
            secrets.queue_data_key,
        )
        self.desk = FieldStaffDesk(
            lambda: services.client, sealed, kiosk_id=kiosk.settings.kiosk.id
        )
        services.visit_stamp = self.desk.stamp  # before the outbox port is built
        self.screen = FieldStaffLoginScreen()
        kiosk.shell.add_screen(LOGIN_SCREEN, self.screen)
        self.banner: HomeVisitBanner = install_banner(kiosk.shell)
        self._logged_in = False
        self._busy = False
        # The flow renders and hears devices only through this gate.
        kiosk.controller.view_changed.disconnect(kiosk.router.render)
        kiosk.controller.view_changed.connect(self._on_view)
        kiosk.devices.happened.disconnect(kiosk.device_inbox.post)
        kiosk.devices.happened.connect(self._on_device, Qt.ConnectionType.QueuedConnection)
        self.screen.login_requested.connect(self._login)
        self.banner.logout_requested.connect(self.logout)
        self.answered.connect(self._on_answer, Qt.ConnectionType.QueuedConnection)
        self._show_login(kiosk.controller.view)

    @property
    def logged_in(self) -> bool:
        return self._logged_in

    @property
    def badge(self) -> VisitorBadge | None:
        return self.desk.badge

    # -- the gate ------------------------------------------------------------------------------

    @runs_on_gui_thread
    def _on_view(self, view: View) -> None:
        if self._logged_in:
            self._kiosk.router.render(view)
        else:
            self._show_login(view)

    def _on_device(self, event: ev.Event) -> None:
        if self._logged_in:
            self._kiosk.controller.post(event)

    def _show_login(self, view: View) -> None:
        """The login page, in the language and text size the top bar chose."""
        shell = self._kiosk.shell
        language = view.chrome.language
        app = QCoreApplication.instance()
        if app is not None and language.value != current_language():
            install_language(app, language.value)
        shell.set_chrome(
            replace(IDLE_CHROME, language=language, larger_text=view.chrome.larger_text)
        )
        if shell.current_screen_name() != LOGIN_SCREEN:
            shell.show_screen(LOGIN_SCREEN)

    # -- login and logout ----------------------------------------------------------------------

    @runs_on_gui_thread
    def _login(self, username: str, password: str) -> None:
        if self._busy or self._logged_in:
            return
        self._busy = True
        self.screen.set_view(FieldLoginView(busy=True))

        def work() -> None:
            self.answered.emit(self.desk.login(username, password))

        threading.Thread(target=work, name="field-login", daemon=True).start()

    @runs_on_gui_thread
    def _on_answer(self, outcome: LoginOutcome) -> None:
        self._busy = False
        if isinstance(outcome, LoggedIn):
            self._logged_in = True
            self.screen.clear()
            self.banner.show_visitor(outcome.badge)
            self._kiosk.router.render(self._kiosk.controller.view)
        else:
            self.screen.set_view(FieldLoginView(outcome.problem, outcome.tries_left))

    def stop(self) -> None:
        """The app is stopping: the visitor is signed out and the gate removed, so the app's
        own wiring is as `KioskApp.stop` expects it."""
        self.desk.logout()
        kiosk = self._kiosk
        kiosk.devices.happened.disconnect(self._on_device)
        kiosk.devices.happened.connect(kiosk.device_inbox.post, Qt.ConnectionType.QueuedConnection)
        kiosk.controller.view_changed.disconnect(self._on_view)
        kiosk.controller.view_changed.connect(kiosk.router.render)

    @runs_on_gui_thread
    def logout(self) -> None:
        """Ends any claimant session (wiped like any other end), then the visitor's."""
        self._logged_in = False
        self._kiosk.controller.post(ev.Finish())
        self.desk.logout()
        self.banner.show_visitor(None)
        self.screen.clear()
        self._show_login(self._kiosk.controller.view)

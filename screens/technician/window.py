"""The technician window: PIN first, then the menu and its pages, over the claimant shell.

The composition root builds one `TechnicianWindow(console)`, connects the hidden gesture to
`open_over()` and acts on `finished(Intent)`. Blocking calls run on the window's own workers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.technician.console import TechnicianConsole
from kiosk.technician.gate import Granted, PinOutcome
from kiosk.technician.maintenance import Intent
from screens.icons import IconKind
from screens.technician.device_pages import DetectPage, DeviceTestPage, StatusPage
from screens.technician.i18n import tt
from screens.technician.menu_page import MenuPage
from screens.technician.page import TechPage
from screens.technician.pin_page import PinPage
from screens.technician.service_pages import LogPage, NetworkPage, QueuePage
from screens.technician.settings_pages import EnrolPage, SettingsPage
from screens.technician.style import technician_stylesheet
from screens.technician.worker import Jobs
from screens.widgets import TouchButton, text_label


class TechnicianWindow(QWidget):
    finished = Signal(object)  # Intent: what the app should do now
    entered = Signal()  # the PIN was right

    def __init__(self, console: TechnicianConsole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TechnicianWindow")
        self.setWindowTitle("Changtong technician")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.console = console
        # One worker: the console's calls share readers and files, so they run one at a time.
        self.jobs = Jobs(self, workers=1)
        self.setStyleSheet(technician_stylesheet())
        top = QFrame(self)
        top.setObjectName("TopBar")
        bar = QHBoxLayout(top)
        bar.setContentsMargins(24, 8, 24, 8)
        self.title = text_label("title", wrap=False, parent=top)
        self.menu_button = TouchButton("chrome", IconKind.HOME, parent=top)
        self.menu_button.clicked.connect(lambda: self.show_page("menu"))
        bar.addWidget(self.title, 1)
        bar.addWidget(self.menu_button)
        self.stack = QStackedWidget(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(top)
        column.addWidget(self.stack, 1)
        self.pin = PinPage(self)
        self.menu = MenuPage(self)
        self.pages: dict[str, TechPage] = {
            "pin": self.pin,
            "menu": self.menu,
            "status": StatusPage(console, self.jobs, self),
            "detect": DetectPage(console, self.jobs, self),
            "tests": DeviceTestPage(console, self.jobs, self),
            "settings": SettingsPage(console, self.jobs, self),
            "enrol": EnrolPage(console, self.jobs, self),
            "network": NetworkPage(console, self.jobs, self),
            "queue": QueuePage(console, self.jobs, self),
            "logs": LogPage(console, self.jobs, self),
        }
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.pin.pin_entered.connect(self._try_pin)
        self.pin.cancelled.connect(lambda: self._leave(Intent.RESUME))
        self.menu.open_page.connect(self.show_page)
        self.menu.leave.connect(self._leave)
        settings = self.pages["settings"]
        assert isinstance(settings, SettingsPage)
        settings.restart_requested.connect(lambda: self._leave(Intent.RESTART))
        self._granted = False
        self.show_page("pin")
        self.retranslate()

    # -- navigation --------------------------------------------------------------------------

    def show_page(self, name: str) -> None:
        if name != "pin" and not self._granted:
            name = "pin"
        page = self.pages[name]
        self.stack.setCurrentWidget(page)
        self.menu_button.setVisible(self._granted and name != "menu")
        first_look = {
            "status": "refresh",
            "queue": "refresh",
            "detect": "refresh",
            "logs": "show_kiosk_log",
        }
        if name in first_look:
            getattr(page, first_look[name])()
        elif name in ("settings", "enrol"):
            page.load()

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is widget)

    def open_over(self, fullscreen: bool = True) -> None:
        """Shows the PIN page on top of everything; the menu comes only after a right PIN."""
        self._granted = False
        self.pin.reset()
        self.pin.set_locked(self.console.seconds_locked())
        self.show_page("pin")
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        if fullscreen:
            self.showFullScreen()
        else:
            self.show()
        self.raise_()
        self.activateWindow()
        self.pin.setFocus()

    def _try_pin(self, pin: str) -> None:
        self.jobs.run(lambda: self.console.try_pin(pin), self._pin_answered, self.pin.failed)

    def _pin_answered(self, outcome: PinOutcome) -> None:
        self.pin.show_outcome(outcome)
        if isinstance(outcome, Granted):
            self._granted = True
            self.entered.emit()
            self.show_page("menu")

    def _leave(self, intent: Intent) -> None:
        if self._granted:
            self.jobs.run(lambda: self.console.leave(intent), lambda _: None)
        self._granted = False
        self.pin.reset()
        self.show_page("pin")
        self.hide()
        self.finished.emit(intent)

    def retranslate(self) -> None:
        self.menu_button.setText(tt("Menu"))
        self.title.setText(tt("Changtong · technician mode"))

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def shutdown(self) -> None:
        self.jobs.shutdown()

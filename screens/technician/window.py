"""The technician window: PIN first, then the menu and its pages, over the claimant shell.

The composition root builds one `TechnicianWindow()`, connects the hidden gesture to
`open_over()`, runs every `intent` it emits through the console off the GUI thread, hands the
answer back to `show_answer` on the GUI thread, and acts on `finished(Intent)`. The window holds
no console: it draws results and asks for work, nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.technician.intents import (
    Answered,
    CheckLock,
    EnterPin,
    Failure,
    Leave,
    Left,
    LockState,
    PinAnswer,
    TechnicianIntent,
)
from kiosk.technician.views import Granted, Intent, PinOutcome
from screens.icons import IconKind
from screens.technician.device_pages import DetectPage, DeviceTestPage, StatusPage
from screens.technician.i18n import tt
from screens.technician.menu_page import MenuPage
from screens.technician.page import TechPage
from screens.technician.pin_page import PinPage
from screens.technician.service_pages import LogPage, NetworkPage, QueuePage
from screens.technician.settings_pages import EnrolPage, SettingsPage
from screens.technician.style import technician_stylesheet
from screens.technician.update_page import UpdatePage
from screens.widgets import TouchButton, text_label


class TechnicianWindow(QWidget):
    finished = Signal(object)  # Intent: what the app should do now
    entered = Signal()  # the PIN was right
    intent = Signal(object)  # a TechnicianIntent for the composition root to run

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TechnicianWindow")
        self.setWindowTitle("Changtong technician")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Who asked, in order: an answer goes back to the page that asked for it.
        self._asked: list[tuple[TechnicianIntent, TechPage | None]] = []
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
            "status": StatusPage(self),
            "detect": DetectPage(self),
            "tests": DeviceTestPage(self),
            "settings": SettingsPage(self),
            "enrol": EnrolPage(self),
            "network": NetworkPage(self),
            "queue": QueuePage(self),
            "update": UpdatePage(self),
            "logs": LogPage(self),
        }
        for page in self.pages.values():
            self.stack.addWidget(page)
            page.intent.connect(lambda intent, asking=page: self._ask(intent, asking))
        self.pin.pin_entered.connect(self._try_pin)
        self.pin.cancelled.connect(lambda: self._leave(Intent.RESUME))
        self.menu.open_page.connect(self.show_page)
        self.menu.leave.connect(self._leave)
        settings = self.pages["settings"]
        assert isinstance(settings, SettingsPage)
        settings.restart_requested.connect(lambda: self._leave(Intent.RESTART))
        update = self.pages["update"]
        assert isinstance(update, UpdatePage)
        update.restart_requested.connect(lambda: self._leave(Intent.RESTART))
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
        elif name in ("settings", "enrol", "network"):
            page.load()

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is widget)

    def open_over(self, fullscreen: bool = True) -> None:
        """Shows the PIN page on top of everything; the menu comes only after a right PIN."""
        self._granted = False
        self.pin.reset()
        self._ask(CheckLock(), None)
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

    # -- intents out, answers in --------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while an intent waits for its answer."""
        return bool(self._asked)

    def _ask(self, intent: TechnicianIntent, page: TechPage | None) -> None:
        self._asked.append((intent, page))
        self.intent.emit(intent)

    def show_answer(self, answer: Answered) -> None:
        """On the GUI thread: the page that asked draws the result."""
        asked = next((i for i, (sent, _) in enumerate(self._asked) if sent is answer.intent), None)
        if asked is None:
            return  # asked by an earlier window of this app, or answered twice: not ours
        _, page = self._asked.pop(asked)
        result = answer.result
        if isinstance(result, Failure):
            if isinstance(answer.intent, EnterPin):
                self.pin.set_keypad_enabled(True)
            (page or self.pin).failed(result.error)
        elif isinstance(result, PinAnswer):
            self._pin_answered(result.outcome)
        elif isinstance(result, LockState):
            self.pin.set_locked(result.seconds_locked)
        elif isinstance(result, Left):
            pass
        elif page is not None:
            page.take(result)

    def _try_pin(self, pin: str) -> None:
        self._ask(EnterPin(pin), None)

    def _pin_answered(self, outcome: PinOutcome) -> None:
        self.pin.show_outcome(outcome)
        if isinstance(outcome, Granted):
            self._granted = True
            self.entered.emit()
            self.show_page("menu")

    def _leave(self, intent: Intent) -> None:
        if self._granted:
            self._ask(Leave(intent), None)
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
        """Answers still on their way are dropped: nobody is looking."""
        self._asked.clear()

"""The kiosk's one window: top bar, offline banner, the stack of screens, bottom bar, overlay.

It holds no session logic. Touches become intents (signals) for the composition root; the root
answers by calling `show_screen` and `set_chrome` (and each screen's own `set_view`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCursor, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.language import Language
from kiosk.flow.idle_views import Chrome
from kiosk.i18n import current_language
from screens.base import Screen
from screens.bottom_bar import BottomBar
from screens.offline_banner import OfflineBanner
from screens.speech import SpeechPlayer
from screens.theme import apply_theme
from screens.timeout_overlay import TimeoutOverlay
from screens.top_bar import TopBar, shows_larger_text

LANDSCAPE_SIZE = (1920, 1080)
PORTRAIT_SIZE = (1080, 1920)

IDLE_CHROME = Chrome(
    language=Language.ZH_CN,
    larger_text=False,
    elderly_mode=False,
    read_aloud=False,
    can_go_back=False,
    can_go_home=False,
    can_finish=False,
    offline_banner=None,
    countdown_seconds=None,
)


class KioskShell(QMainWindow):
    language_requested = Signal(str)
    larger_text_requested = Signal(bool)
    leave_elderly_mode_requested = Signal()
    """Larger text pressed while elderly mode is on: send LeaveElderlyMode (then SetLargerText)."""
    read_aloud_requested = Signal(bool)
    back_requested = Signal()
    home_requested = Signal()
    finish_requested = Signal()
    timeout_continue_requested = Signal()
    timeout_finish_requested = Signal()
    timeout_expired = Signal()
    """Only from a countdown the shell ran itself (`show_timeout_warning`)."""
    screen_added = Signal(str, object)
    """(name, screen): a screen joined the stack, built now or from its factory."""
    screen_released = Signal(str)
    """name: `release_screen` took that screen out of the stack; it is deleted next."""

    def __init__(self, timeout_timer: QTimer | None = None) -> None:
        super().__init__()
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self._chrome = IDLE_CHROME
        self._screens: dict[str, Screen] = {}
        self._factories: dict[str, Callable[[], Screen]] = {}
        self._portrait = False
        self._speech: SpeechPlayer | None = None

        central = QWidget(self)
        self.top_bar = TopBar(self._chrome, central)
        self.offline_banner = OfflineBanner(central)
        self.offline_banner.hide()
        self.stack = QStackedWidget(central)
        self.bottom_bar = BottomBar(central)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.top_bar)
        column.addWidget(self.offline_banner)
        column.addWidget(self.stack, 1)
        column.addWidget(self.bottom_bar)
        self.setCentralWidget(central)
        # The panel's size is fixed; content must fit it, never stretch the window past it.
        window_layout = self.layout()
        if window_layout is not None:
            window_layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.timeout_overlay = TimeoutOverlay(central, timeout_timer)

        self.top_bar.language_requested.connect(self.language_requested)
        self.top_bar.larger_text_requested.connect(self.larger_text_requested)
        self.top_bar.leave_elderly_mode_requested.connect(self.leave_elderly_mode_requested)
        self.top_bar.read_aloud_requested.connect(self.read_aloud_requested)
        self.bottom_bar.back_requested.connect(self.back_requested)
        self.bottom_bar.home_requested.connect(self.home_requested)
        self.bottom_bar.finish_requested.connect(self.finish_requested)
        self.timeout_overlay.continue_requested.connect(self.timeout_continue_requested)
        self.timeout_overlay.finish_requested.connect(self.timeout_finish_requested)
        self.timeout_overlay.countdown_finished.connect(self.timeout_expired)

        apply_theme(self, larger_text=False)
        self.bottom_bar.set_chrome(self._chrome)
        self.resize(*LANDSCAPE_SIZE)

    # ---- screens -------------------------------------------------------------------------
    def add_screen(self, name: str, screen: Screen) -> None:
        self._screens[name] = screen
        self.stack.addWidget(screen)
        screen.set_portrait(self._portrait)
        screen.set_larger_text(shows_larger_text(self._chrome))
        words_changed = getattr(screen, "read_aloud_changed", None)
        if words_changed is not None:
            words_changed.connect(lambda screen=screen: self._on_words_changed(screen))
        self.screen_added.emit(name, screen)
        if self.stack.count() == 1:
            self.show_screen(name)

    def add_screen_factory(self, name: str, factory: Callable[[], Screen]) -> None:
        """A screen built when first shown or asked for, or by `build_next_screen` in idle
        time: the idle screen paints without waiting for the others. The factory is kept, so
        `release_screen` can give the screen's memory back and the next show builds it anew."""
        self._factories[name] = factory

    def build_next_screen(self, among: Collection[str] | None = None) -> bool:
        """Builds one screen still waiting for its factory (one of `among`, if given); False
        when none waits."""
        for name in self._factories:
            if name in self._screens or (among is not None and name not in among):
                continue
            # styled now too, so its first show costs what later ones do
            self.screen_widget(name).ensurePolished()
            return True
        return False

    def screens_waiting(self, among: Collection[str] | None = None) -> int:
        """How many screens (of `among`, if given) are still only factories."""
        return sum(
            1
            for name in self._factories
            if name not in self._screens and (among is None or name in among)
        )

    def release_screen(self, name: str) -> bool:
        """Takes a built screen out of the stack and deletes it, so its widgets, style data and
        pictures are freed; the next show builds it again from its factory. Only a screen that
        has a factory and is not on the glass can go; False when `name` stayed."""
        screen = self._screens.get(name)
        if screen is None or name not in self._factories or screen is self.stack.currentWidget():
            return False
        del self._screens[name]
        self.stack.removeWidget(screen)
        self.screen_released.emit(name)
        screen.deleteLater()
        return True

    def has_screen(self, name: str) -> bool:
        return name in self._screens or name in self._factories

    def built_screens(self) -> dict[str, Screen]:
        return dict(self._screens)

    def screen_widget(self, name: str) -> Screen:
        screen = self._screens.get(name)
        if screen is None:
            factory = self._factories[name]  # KeyError: no such screen, as before
            screen = factory()
            self.add_screen(name, screen)
        return screen

    def current_screen_name(self) -> str | None:
        current = self.stack.currentWidget()
        for name, screen in self._screens.items():
            if screen is current:
                return name
        return None

    @Slot(str)
    def show_screen(self, name: str) -> None:
        screen = self.screen_widget(name)
        changed = self.stack.currentWidget() is not screen
        self.stack.setCurrentWidget(screen)
        self._show_title()
        if changed:
            self._read_current()

    # ---- read aloud -----------------------------------------------------------------------
    def set_speech(self, player: SpeechPlayer) -> None:
        """Read each screen's main text while the claimant has read-aloud on."""
        self._speech = player
        self.set_read_aloud_available(player.available())

    def stop_speech(self) -> None:
        if self._speech is not None:
            self._speech.stop()

    def _read_current(self) -> None:
        """A new screen (or read-aloud just turned on): stop, then read it if wanted."""
        if self._speech is None:
            return
        self._speech.stop()
        current = self.stack.currentWidget()
        if self._chrome.read_aloud and isinstance(current, Screen):
            self._speech.speak(current.read_aloud_text(), current_language())

    def _on_words_changed(self, screen: Screen) -> None:
        if screen is self.stack.currentWidget():
            self._read_current()

    # ---- view models ----------------------------------------------------------------------
    @Slot(object)
    def set_chrome(self, chrome: Chrome) -> None:
        """Render the frame the flow asks for: bars, text size, banner, timeout warning."""
        larger = shows_larger_text(chrome)
        text_size_changed = larger != shows_larger_text(self._chrome)
        read_aloud_changed = chrome.read_aloud != self._chrome.read_aloud
        self._chrome = chrome
        self.top_bar.set_chrome(chrome)
        self.bottom_bar.set_chrome(chrome)
        self.offline_banner.setVisible(chrome.offline_banner is not None)
        if chrome.countdown_seconds is None:
            self.timeout_overlay.stop()
        else:
            self.timeout_overlay.show_seconds_left(chrome.countdown_seconds)
        if text_size_changed:
            # Theme first: screens that rearrange for larger text measure the new fonts.
            apply_theme(self, larger_text=larger)
            for screen in self._screens.values():
                screen.set_larger_text(larger)
        if read_aloud_changed:
            self._read_current()

    def chrome(self) -> Chrome:
        return self._chrome

    @Slot(bool)
    def set_read_aloud_available(self, available: bool) -> None:
        self.top_bar.set_read_aloud_available(available)

    @Slot(int)
    def show_timeout_warning(self, seconds: int) -> None:
        """Run the countdown here, for setups where no flow sends the seconds left."""
        self.timeout_overlay.start(seconds)

    @Slot()
    def hide_timeout_warning(self) -> None:
        self.timeout_overlay.stop()

    # ---- window ---------------------------------------------------------------------------
    def enter_kiosk_mode(self, hide_cursor: bool = True) -> None:
        """Fill the screen with no window chrome; touch-only panels also lose the pointer."""
        if hide_cursor:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
        self.showFullScreen()

    def is_portrait(self) -> bool:
        return self._portrait

    def resizeEvent(self, e: QResizeEvent) -> None:
        portrait = e.size().height() > e.size().width()
        if portrait != self._portrait:
            self._portrait = portrait
            self.top_bar.set_portrait(portrait)
            for screen in self._screens.values():
                screen.set_portrait(portrait)
        super().resizeEvent(e)

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self._show_title()
        super().changeEvent(e)

    def _show_title(self) -> None:
        current = self.stack.currentWidget()
        self.top_bar.set_title(current.title() if isinstance(current, Screen) else "")

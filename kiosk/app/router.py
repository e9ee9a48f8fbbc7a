"""Shows a View on the shell: the chrome, and the screen registered for the view's type.

The screens package provides `screens.registry.build_screens() -> dict[str, Screen]` and
`SCREEN_FOR_VIEW: dict[type, str]`. Each screen renders with `set_view(screen_view)`; optional
hooks a screen may have: `set_actions(frozenset[Action])`, `clear()` (called on every session
end, to drop what it showed), and an `intent` signal carrying flow events.
Until the registry exists only the idle screen is wired (see `screen_registry`).

A screen may be given as a factory (its class): the shell builds it when it is first shown, or
earlier in idle time, and the router wires its intents then. The shell may release a built screen
(`KioskShell.release_screen`); the router forgets it, and the next view for it builds it anew.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QWidget

from kiosk.app.threads import runs_on_gui_thread
from kiosk.domain.language import Language
from kiosk.flow.preference_events import ChangeLanguage
from kiosk.i18n import current_language, install_language
from screens.base import Screen
from screens.shell import KioskShell

if TYPE_CHECKING:
    from kiosk.flow.events import Event
    from kiosk.flow.view_models import View

log = logging.getLogger(__name__)

ScreenOrFactory = Screen | Callable[[], Screen]


class ScreenRouter:
    def __init__(
        self,
        shell: KioskShell,
        screens: Mapping[str, ScreenOrFactory],
        screen_for_view: Mapping[type, str],
    ) -> None:
        self._shell = shell
        self._screens: dict[str, Screen] = {}
        self._screen_for_view = screen_for_view  # may resolve its view types on first use
        self._missing: set[type] = set()
        self._post: Callable[[Event], None] | None = None
        self.current_view: View | None = None
        shell.screen_added.connect(self._on_screen_added)
        shell.screen_released.connect(self._on_screen_released)
        for name, screen in screens.items():
            if isinstance(screen, QWidget):
                shell.add_screen(name, screen)
            else:
                shell.add_screen_factory(name, screen)

    def _on_screen_added(self, name: str, screen: Screen) -> None:
        self._screens[name] = screen
        if self._post is not None:
            self._connect(screen, self._post)

    def _on_screen_released(self, name: str) -> None:
        self._screens.pop(name, None)

    def connect_intents(self, post: Callable[[Event], None]) -> None:
        self._post = post
        for screen in self._screens.values():
            self._connect(screen, post)

    @staticmethod
    def _connect(screen: Screen, post: Callable[[Event], None]) -> None:
        signal = getattr(screen, "intent", None)
        if isinstance(signal, SignalInstance):
            signal.connect(post)
        language = getattr(screen, "language_requested", None)
        if isinstance(language, SignalInstance):  # the idle screen's own language buttons
            language.connect(lambda code: post(ChangeLanguage(Language(code))))

    def screen_name_for(self, view: View) -> str | None:
        return self._screen_for_view.get(type(view.screen))

    @runs_on_gui_thread
    def render(self, view: View) -> None:
        self.current_view = view
        language = view.chrome.language.value
        app = QCoreApplication.instance()
        if app is not None and language != current_language():
            install_language(app, language)  # screens re-word themselves on LanguageChange
        self._shell.set_chrome(view.chrome)
        name = self.screen_name_for(view)
        if name is None or not self._shell.has_screen(name):
            if type(view.screen) not in self._missing:
                self._missing.add(type(view.screen))
                log.warning("no screen registered for %s", type(view.screen).__name__)
            return
        screen = self._shell.screen_widget(name)  # built now if idle time has not built it yet
        screen.set_view(view.screen)  # type: ignore[attr-defined]
        set_actions = getattr(screen, "set_actions", None)
        if callable(set_actions):
            set_actions(view.actions)
        if self._shell.current_screen_name() != name:
            self._shell.show_screen(name)

    @runs_on_gui_thread
    def clear(self) -> None:
        """Session end: every screen forgets what it showed (one never built showed nothing)."""
        self.current_view = None
        for screen in self._screens.values():
            clear = getattr(screen, "clear", None)
            if callable(clear):
                clear()

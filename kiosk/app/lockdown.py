"""The app's half of the locked-down session (the compositor's half is deploy/kiosk): no key chord
does anything, and the window cannot be closed from outside the app.

A kiosk has no physical keyboard for claimants, but a USB keyboard plugged into its back by a
curious visitor must reach nothing: Alt+F4, Ctrl+Q, Ctrl+W, Alt+Tab, Super and the function keys
are dropped before any widget sees them. Plain keys still work (a technician's keyboard may type
into a form). A close request from the compositor or the window system is refused; the app ends
only when it quits itself (SIGTERM from systemd, or technician mode).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_CHORD_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_SYSTEM_KEYS = frozenset(
    {
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Menu,
        Qt.Key.Key_SysReq,
        Qt.Key.Key_Print,
        *(getattr(Qt.Key, f"Key_F{n}") for n in range(1, 36)),
    }
)


def is_system_chord(event: QKeyEvent) -> bool:
    return bool(event.modifiers() & _CHORD_MODIFIERS) or Qt.Key(event.key()) in _SYSTEM_KEYS


class Lockdown(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.quitting = False

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.aboutToQuit.connect(self._allow_close)

    def stop(self) -> None:
        self.quitting = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _allow_close(self) -> None:
        self.quitting = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            return isinstance(event, QKeyEvent) and is_system_chord(event)
        if kind == QEvent.Type.Close and watched is self._window and not self.quitting:
            event.ignore()
            return True
        return False

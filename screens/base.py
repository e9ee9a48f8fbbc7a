"""The contract every screen in the shell's stack fulfils."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QWidget


class Screen(QFrame):
    """One full page. It renders view models, emits intents as signals, and decides nothing.

    Subclasses set their words in `retranslate`, which runs again on every LanguageChange so a
    language switch re-words the page the claimant is looking at.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScreenPage")
        self._portrait = False
        self._larger_text = False

    def title(self) -> str:
        """The heading the shell's top bar shows, in the current language."""
        raise NotImplementedError

    def read_aloud_text(self) -> str:
        """The page's main message, for the read-aloud engine."""
        return self.title()

    def retranslate(self) -> None:
        raise NotImplementedError

    def set_portrait(self, portrait: bool) -> None:
        """Rearrange for a 1080x1920 panel (True) or 1920x1080 (False)."""
        self._portrait = portrait

    def set_larger_text(self, larger_text: bool) -> None:
        """The stylesheet already enlarges the type; a screen may also show fewer words."""
        self._larger_text = larger_text

    def is_larger_text(self) -> bool:
        return self._larger_text

    def is_portrait(self) -> bool:
        return self._portrait

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

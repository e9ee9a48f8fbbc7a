"""The bar above every screen: the page title, language, larger text and read aloud."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QWidget

from kiosk.flow.idle_views import Chrome
from screens.flow_row import FlowRow
from screens.icons import IconKind
from screens.widgets import TouchButton, WordLabel

# Each language is named in its own script, so a reader finds theirs without reading the other.
LANGUAGE_BUTTON_LABELS: dict[str, str] = {"zh_CN": "中文", "ko": "조선어"}


class TopBar(QFrame):
    language_requested = Signal(str)
    larger_text_requested = Signal(bool)
    leave_elderly_mode_requested = Signal()
    read_aloud_requested = Signal(bool)

    def __init__(self, chrome: Chrome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        self._chrome = chrome
        # A long title wraps onto a second line rather than pushing the buttons onto a second
        # row (two lines of title take less height than two rows of touch buttons).
        self.title_label = WordLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setProperty("role", "title")
        self.language_buttons: dict[str, TouchButton] = {}
        for code, label in LANGUAGE_BUTTON_LABELS.items():
            button = TouchButton("chrome", checkable=True, parent=self)
            button.setText(label)
            button.clicked.connect(lambda _=False, c=code: self._on_language(c))
            self.language_buttons[code] = button
        self.larger_text_button = TouchButton(
            "chrome", IconKind.TEXT_SIZE, checkable=True, parent=self
        )
        self.larger_text_button.clicked.connect(self._on_larger_text)
        self.read_aloud_button = TouchButton(
            "chrome", IconKind.SPEAKER, checkable=True, parent=self
        )
        self.read_aloud_button.clicked.connect(self._on_read_aloud)

        self._controls = QWidget(self)
        # Wraps onto a second row when a portrait panel with larger text has no room for all.
        controls = FlowRow(self._controls, spacing=12)
        for button in (
            *self.language_buttons.values(),
            self.larger_text_button,
            self.read_aloud_button,
        ):
            controls.add(button)

        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(12)
        self.set_portrait(False)
        self.set_chrome(chrome)
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        """In portrait the title gets its own row so neither it nor the buttons are squeezed."""
        self._grid.removeWidget(self.title_label)
        self._grid.removeWidget(self._controls)
        self._grid.addWidget(self.title_label, 0, 0)
        if portrait:
            self._grid.addWidget(self._controls, 1, 0)
        else:
            self._grid.addWidget(self._controls, 0, 1)
        self._grid.setColumnStretch(0, 1)

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)

    def set_chrome(self, chrome: Chrome) -> None:
        self._chrome = chrome
        self._show_chrome()

    def set_read_aloud_available(self, available: bool) -> None:
        """Without a speech engine the button would do nothing, so it is not offered."""
        self.read_aloud_button.setVisible(available)

    def _show_chrome(self) -> None:
        for code, button in self.language_buttons.items():
            button.setChecked(code == self._chrome.language)
        self.larger_text_button.setChecked(shows_larger_text(self._chrome))
        self.read_aloud_button.setChecked(self._chrome.read_aloud)

    # The flow decides; until it answers, the buttons keep showing the current state.
    def _on_language(self, code: str) -> None:
        self._show_chrome()
        self.language_requested.emit(code)

    def _on_larger_text(self) -> None:
        self._show_chrome()
        if self._chrome.elderly_mode:
            # Elderly mode made the text large; one tap leaves it (and larger text with it).
            self.leave_elderly_mode_requested.emit()
        self.larger_text_requested.emit(not shows_larger_text(self._chrome))

    def _on_read_aloud(self) -> None:
        self._show_chrome()
        self.read_aloud_requested.emit(not self._chrome.read_aloud)

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def retranslate(self) -> None:
        self.larger_text_button.setText(QCoreApplication.translate("TopBar", "Larger text"))
        self.read_aloud_button.setText(QCoreApplication.translate("TopBar", "Read aloud"))


def shows_larger_text(chrome: Chrome) -> bool:
    """Larger text is on when the claimant asked for it or elderly mode is on (60 or older)."""
    return chrome.larger_text or chrome.elderly_mode

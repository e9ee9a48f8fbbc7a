"""An on-screen keyboard for the few text fields a technician fills in (URL, ids, ports, code).

Kiosks have no keyboard. The keys never take the focus, so they type into whichever field has
it; a USB keyboard, when a technician brings one, works as usual.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLineEdit, QPushButton, QWidget

from screens.technician.i18n import tt

ROWS = ("1234567890", "qwertyuiop", "asdfghjkl-", "zxcvbnm_.:", "/,")


class OnScreenKeyboard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TechKeyboard")
        self._upper = False
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for row, letters in enumerate(ROWS):
            for col, letter in enumerate(letters):
                key = self._key(letter)
                key.clicked.connect(lambda _=False, c=letter: self.type_text(self._case(c)))
                self.keys[letter] = key
                grid.addWidget(key, row, col)
        self.shift = self._key("")
        self.shift.setCheckable(True)
        self.shift.toggled.connect(self._set_upper)
        self.space = self._key("")
        self.space.clicked.connect(lambda: self.type_text(" "))
        self.backspace = self._key("")
        self.backspace.clicked.connect(self._backspace)
        self.clear_button = self._key("")
        self.clear_button.clicked.connect(self._clear)
        last = len(ROWS) - 1
        grid.addWidget(self.shift, last, 2, 1, 2)
        grid.addWidget(self.space, last, 4, 1, 2)
        grid.addWidget(self.backspace, last, 6, 1, 2)
        grid.addWidget(self.clear_button, last, 8, 1, 2)
        self.retranslate()

    def _key(self, text: str) -> QPushButton:
        key = QPushButton(text, self)
        key.setProperty("role", "tkey")
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setAutoDefault(False)
        return key

    def retranslate(self) -> None:
        self.shift.setText(tt("Shift"))
        self.space.setText(tt("Space"))
        self.backspace.setText(tt("Delete"))
        self.clear_button.setText(tt("Clear"))

    def _case(self, letter: str) -> str:
        return letter.upper() if self._upper else letter

    def _set_upper(self, upper: bool) -> None:
        self._upper = upper
        for letter, key in self.keys.items():
            key.setText(self._case(letter))

    def _target(self) -> QLineEdit | None:
        focused = QApplication.focusWidget()
        return focused if isinstance(focused, QLineEdit) else None

    def type_text(self, text: str) -> None:
        target = self._target()
        if target is not None:
            target.insert(text)

    def _backspace(self) -> None:
        target = self._target()
        if target is not None:
            target.backspace()

    def _clear(self) -> None:
        target = self._target()
        if target is not None:
            target.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        target = self._target()
        if target is not None:
            QApplication.sendEvent(target, event)
            return
        super().keyPressEvent(event)

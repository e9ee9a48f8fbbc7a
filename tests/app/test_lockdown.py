"""A keyboard plugged into the kiosk reaches nothing through key chords, and the window refuses to
be closed from outside until the app itself quits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from kiosk.app.lockdown import Lockdown

pytestmark = pytest.mark.gui


def test_chords_and_system_keys_are_dropped_plain_keys_still_type(qapp: QApplication) -> None:
    window = QWidget()
    field = QLineEdit(window)
    QVBoxLayout(window).addWidget(field)
    window.show()
    field.setFocus()
    lockdown = Lockdown(window)
    lockdown.start()
    try:
        QTest.keyClicks(field, "12a")
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
        QTest.keyClick(field, Qt.Key.Key_Backspace)
        QTest.keyClick(field, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
        QTest.keyClick(field, Qt.Key.Key_F11)
        assert field.text() == "12"  # the Backspace took the "a"; Ctrl+A selected nothing

        window.close()  # what a compositor's close request does
        assert window.isVisible()
        lockdown.stop()  # the app quits: now it may close
        window.close()
        assert not window.isVisible()
    finally:
        lockdown.stop()
        window.hide()

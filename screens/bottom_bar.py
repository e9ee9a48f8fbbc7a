"""The bar below every screen in a session: back one step, home, or finish and leave."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFrame, QWidget

from kiosk.flow.idle_views import Chrome
from screens.flow_row import FlowRow
from screens.icons import IconKind
from screens.widgets import TouchButton


class BottomBar(QFrame):
    back_requested = Signal()
    home_requested = Signal()
    finish_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BottomBar")
        self.back_button = TouchButton("secondary", IconKind.BACK, parent=self)
        self.back_button.clicked.connect(self.back_requested)
        self.home_button = TouchButton("secondary", IconKind.HOME, parent=self)
        self.home_button.clicked.connect(self.home_requested)
        self.finish_button = TouchButton("secondary", IconKind.FINISH, parent=self)
        self.finish_button.clicked.connect(self.finish_requested)
        # Finish stays at the right edge; when larger text or a long translation leaves no room
        # on one row, it goes to a second row rather than over its neighbours.
        row = FlowRow(self, spacing=24, push_last_right=True)
        for button in (self.back_button, self.home_button, self.finish_button):
            row.add(button)
        self.retranslate()

    def set_chrome(self, chrome: Chrome) -> None:
        self.back_button.setVisible(chrome.can_go_back)
        self.home_button.setVisible(chrome.can_go_home)
        self.finish_button.setVisible(chrome.can_finish)
        self.setVisible(chrome.can_go_back or chrome.can_go_home or chrome.can_finish)

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def retranslate(self) -> None:
        self.back_button.setText(QCoreApplication.translate("BottomBar", "Back"))
        self.home_button.setText(QCoreApplication.translate("BottomBar", "Home"))
        self.finish_button.setText(QCoreApplication.translate("BottomBar", "Finish"))

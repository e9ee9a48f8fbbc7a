"""The technician menu: one large button per screen, and the ways out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from kiosk.technician.views import Intent
from screens.icons import IconKind
from screens.technician.i18n import tt
from screens.technician.page import TechPage
from screens.widgets import TouchButton

# (page name, icon) in reading order; the words are in `retranslate`.
ENTRIES: tuple[tuple[str, IconKind | None], ...] = (
    ("status", IconKind.STATUS),
    ("detect", IconKind.ID_CARD),
    ("tests", IconKind.SOCIAL_SECURITY_CARD),
    ("settings", IconKind.APPLY),
    ("enrol", IconKind.CHECK),
    ("network", IconKind.GLOBE),
    ("queue", IconKind.CLOCK),
    ("update", IconKind.APPLY),
    ("logs", IconKind.GUIDE),
)


class MenuPage(TechPage):
    open_page = Signal(str)
    leave = Signal(object)  # Intent

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout()
        grid.setSpacing(24)
        self.buttons: dict[str, TouchButton] = {}
        for index, (name, icon) in enumerate(ENTRIES):
            entry = TouchButton("secondary", icon, parent=self)
            entry.setMinimumHeight(132)
            entry.clicked.connect(lambda _=False, n=name: self.open_page.emit(n))
            self.buttons[name] = entry
            grid.addWidget(entry, index // 3, index % 3)  # three wide: whole labels
        self.column.addLayout(grid)
        self.column.addStretch(1)
        exits = QHBoxLayout()
        exits.setSpacing(24)
        self.resume_button = TouchButton("primary", IconKind.HOME, parent=self)
        self.resume_button.clicked.connect(lambda: self.leave.emit(Intent.RESUME))
        self.restart_button = TouchButton("secondary", IconKind.CLOCK, parent=self)
        self.restart_button.clicked.connect(lambda: self.leave.emit(Intent.RESTART))
        self.maintenance_button = TouchButton("secondary", IconKind.FINISH, parent=self)
        self.maintenance_button.clicked.connect(lambda: self.leave.emit(Intent.EXIT_TO_MAINTENANCE))
        for item in (self.resume_button, self.restart_button, self.maintenance_button):
            exits.addWidget(item)
        exits.addStretch(1)
        self.column.addLayout(exits)
        self.retranslate()

    def title(self) -> str:
        return tt("Technician mode")

    def retranslate(self) -> None:
        super().retranslate()
        words = {
            "status": tt("Device status"),
            "detect": tt("Detect devices"),
            "tests": tt("Test the devices"),
            "settings": tt("Settings"),
            "enrol": tt("Enrolment"),
            "network": tt("Network check"),
            "queue": tt("Queue and sync"),
            "update": tt("Software update"),
            "logs": tt("Log"),
        }
        for name, entry in self.buttons.items():
            entry.setText(words[name])
        self.resume_button.setText(tt("Back to the kiosk"))
        self.restart_button.setText(tt("Restart the kiosk app"))
        self.maintenance_button.setText(tt("Exit to maintenance"))

"""Software update: a signed release from a USB stick or the agency's update address, installed
beside the running one; the kiosk runs it after a restart (docs/deploy.md, "Updates")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.technician.intents import ApplyUpdate, TechnicianResult, UpdateReport
from screens.icons import IconKind
from screens.technician.i18n import tt
from screens.technician.keyboard import OnScreenKeyboard
from screens.technician.page import TechPage, button
from screens.widgets import text_label

USB_UPDATES = "/media/changtong-usb/updates"


class UpdatePage(TechPage):
    restart_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.apply_button = button("primary", IconKind.CHECK, self)
        self.apply_button.clicked.connect(self.apply)
        self.restart_button = button("secondary", IconKind.CLOCK, self)
        self.restart_button.clicked.connect(self.restart_requested.emit)
        self.restart_button.hide()
        self.action_row.addWidget(self.apply_button)
        self.action_row.addWidget(self.restart_button)
        self.action_row.addStretch(1)
        self.explain = text_label("body", wrap=True, parent=self)
        self.column.addWidget(self.explain)
        left = QVBoxLayout()
        left.setSpacing(16)
        self.source_label = text_label("body", wrap=True, parent=self)
        self.source = QLineEdit(USB_UPDATES, self)
        self.source.setMinimumWidth(420)
        for widget in (self.source_label, self.source):
            left.addWidget(widget)
        left.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(40)
        row.addLayout(left, 1)
        self.keyboard = OnScreenKeyboard(self)
        row.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignTop)
        self.column.addLayout(row, 1)
        self.last: UpdateReport | None = None
        self.retranslate()

    def title(self) -> str:
        return tt("Software update")

    def retranslate(self) -> None:
        super().retranslate()
        self.apply_button.setText(tt("Check and install"))
        self.restart_button.setText(tt("Restart the kiosk app"))
        self.explain.setText(
            tt(
                "Installs the newest release signed by the agency, beside the running one. "
                "Queued applications are kept. Nothing changes if the update is not genuine."
            )
        )
        self.source_label.setText(tt("Update from (USB directory or agency address)"))
        self.keyboard.retranslate()
        if self.last is not None:
            self.present(self.last)

    def apply(self) -> None:
        self.restart_button.hide()
        self.ask(ApplyUpdate(self.source.text().strip() or USB_UPDATES))

    def take(self, result: TechnicianResult) -> None:
        if isinstance(result, UpdateReport):
            self.present(result)

    def present(self, report: UpdateReport) -> None:
        self.last = report
        if report.status == "updated":
            self.show_status(
                tt("Version {version} is installed. Restart the kiosk app to use it.").replace(
                    "{version}", report.version
                )
            )
            self.restart_button.show()
        elif report.status == "up_to_date":
            self.show_status(
                tt("Already up to date ({version}).").replace("{version}", report.version)
            )
        else:
            self.show_status(refusal_text(report.reason))


def refusal_text(reason: str) -> str:
    texts = {
        "no_trusted_root": tt(
            "This kiosk trusts no update signer yet: it must be installed with the agency's "
            "update key (kiosk update trust)."
        ),
        "no_repository": tt("No update found there. Is the USB stick in and the address right?"),
        "unreachable": tt("The update could not be read. Check the stick or the network."),
        "tampered": tt("A file of the update was changed. Not installed: report it."),
        "bad_signature": tt("The update is not signed by the agency. Not installed: report it."),
        "untrusted": tt("The update cannot be trusted. Not installed: report it."),
        "expired": tt("The update is too old (its signatures expired). Ask for a new one."),
        "rollback": tt("The update is older than one this kiosk already had. Not installed."),
        "failed_check": tt("The new version failed its checks on this kiosk. Nothing changed."),
        "busy": tt("Another update is running. Wait and try again."),
        "read_only": tt(
            "The app may not change its own software here (the hardened service). Update from "
            "a root shell: kiosk update apply, then restart the kiosk."
        ),
    }
    return texts.get(reason, tt("Not installed: {reason}").replace("{reason}", reason))

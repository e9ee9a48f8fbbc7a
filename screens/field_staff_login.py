"""The field visitor's login on a home-visit laptop (`kiosk run --home-visit`), before any
claimant is served: staff name and password, typed on the laptop's keyboard.

It draws a `FieldLoginView` and asks for a login; the laptop's composition root decides online
or offline (kiosk/home_visit/desk.py). The password is never shown and is cleared after every
try.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.domain.home_visit import FieldLoginProblem, FieldLoginView
from screens.icons import IconKind
from screens.kit import ClaimantScreen, Notice, action_button
from screens.widgets import text_label


def problem_text(problem: FieldLoginProblem, tries_left: int | None) -> str:
    """What went wrong, in the visitor's words; every problem has one."""
    if problem is FieldLoginProblem.WRONG_PASSWORD:
        if tries_left is not None:
            return QCoreApplication.translate(
                "FieldStaffLogin",
                "Wrong staff name or password. %1 more wrong tries without the network, then "
                "this laptop needs an online sign-in.",
            ).replace("%1", str(tries_left))
        return QCoreApplication.translate(
            "FieldStaffLogin", "Wrong staff name or password. Please try again."
        )
    if problem is FieldLoginProblem.NOT_FIELD_VISITOR:
        return QCoreApplication.translate(
            "FieldStaffLogin",
            "This account is not a field visitor's. Home visits need the field visitor role.",
        )
    if problem is FieldLoginProblem.TOO_MANY_ATTEMPTS:
        return QCoreApplication.translate(
            "FieldStaffLogin", "Too many wrong tries. Please wait a few minutes and try again."
        )
    if problem is FieldLoginProblem.FIRST_LOGIN_ONLINE:
        return QCoreApplication.translate(
            "FieldStaffLogin",
            "No network, and you have not signed in on this laptop with the network yet. "
            "Sign in once where there is a network.",
        )
    if problem is FieldLoginProblem.EXPIRED:
        return QCoreApplication.translate(
            "FieldStaffLogin",
            "No network, and your last online sign-in on this laptop is more than 7 days old. "
            "Sign in once where there is a network.",
        )
    return QCoreApplication.translate(
        "FieldStaffLogin",
        "The agency could not sign you in right now. Please call the service desk.",
    )


class FieldStaffLoginScreen(ClaimantScreen[FieldLoginView]):
    login_requested = Signal(str, str)
    """(staff name, password): the visitor pressed "sign in" or Enter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = text_label("lead", parent=self)
        self.name_label = text_label("strong", parent=self)
        self.name = QLineEdit(self)
        self.name.setProperty("role", "field")
        self.name.setMaxLength(64)
        self.password_label = text_label("strong", parent=self)
        self.password = QLineEdit(self)
        self.password.setProperty("role", "field")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        self.name_label.setBuddy(self.name)
        self.password_label.setBuddy(self.password)
        self.problem = Notice(IconKind.WARNING, self)
        self.problem.hide()
        self.sign_in = action_button("primary", IconKind.CHECK, self._submit, self)
        fields = QVBoxLayout()
        fields.setSpacing(12)
        for widget in (self.name_label, self.name, self.password_label, self.password):
            fields.addWidget(widget)
        self.page.addWidget(self.detail)
        self.page.addLayout(fields)
        self.page.addWidget(self.problem)
        self.page.addWidget(self.sign_in, 0, Qt.AlignmentFlag.AlignLeft)
        self.page.addStretch(1)
        self.name.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._submit)
        self._view = FieldLoginView()
        self._render()

    def title(self) -> str:
        return QCoreApplication.translate("FieldStaffLogin", "Home visit: staff sign-in")

    def _submit(self) -> None:
        name, password = self.name.text().strip(), self.password.text()
        if not name or not password or (self._view is not None and self._view.busy):
            return
        self.password.clear()
        self.login_requested.emit(name, password)

    def _render(self) -> None:
        view = self._view or FieldLoginView()
        self.heading.setText(
            QCoreApplication.translate("FieldStaffLogin", "Home visit: staff sign-in")
        )
        self.detail.setText(
            QCoreApplication.translate(
                "FieldStaffLogin",
                "A field visitor signs in before serving the claimant at home. Without a "
                "network, your last online sign-in on this laptop works for 7 days.",
            )
        )
        self.name_label.setText(QCoreApplication.translate("FieldStaffLogin", "Staff name"))
        self.password_label.setText(QCoreApplication.translate("FieldStaffLogin", "Password"))
        self.sign_in.setText(
            QCoreApplication.translate("FieldStaffLogin", "Checking…")
            if view.busy
            else QCoreApplication.translate("FieldStaffLogin", "Sign in")
        )
        self.sign_in.setEnabled(not view.busy)
        self.problem.set_text(
            "" if view.problem is None else problem_text(view.problem, view.tries_left)
        )

    def clear(self) -> None:
        """Logged in or logged out: nothing typed stays in the fields."""
        self.name.clear()
        self.password.clear()
        self._view = FieldLoginView()
        self._render()

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        (self.password if self.name.text() else self.name).setFocus()

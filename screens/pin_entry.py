"""Signing in: the card PIN and the one-time code, typed on a large on-screen keypad.

The PIN page warns before the try that would lock the card and keeps the keypad off until the
claimant confirms (the flow decides when; this page only shows it). Digits are never echoed:
the PIN shows as dots.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.flow.events import ConfirmLastPinTry, OtpEntered, PinEntered, ResendOtp
from kiosk.flow.messages import Msg
from kiosk.flow.view_models import Action, OtpView, PinView
from screens.icons import IconKind
from screens.kit import NOTICE_ICONS, EntryPad, TouchingScreen, V, action_button
from screens.messages import msg_text
from screens.widgets import Pictogram, text_label


class _EntryScreen(TouchingScreen[V]):
    """Words on the left (top in portrait), the keypad on the right (below)."""

    def __init__(self, length: int, secret: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page.removeWidget(self.heading)
        self.words = QVBoxLayout()
        self.words.setSpacing(20)
        self.words.addWidget(self.heading)
        self.detail = text_label("lead", parent=self)
        self.words.addWidget(self.detail)
        self.tries = text_label("strong", parent=self)
        self.words.addWidget(self.tries)
        self._connect_pad(EntryPad(length, secret=secret, parent=self))
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._row.setSpacing(48)
        self._row.addLayout(self.words, 5)
        self._row.addWidget(self.pad, 4, Qt.AlignmentFlag.AlignTop)
        self.page.addLayout(self._row, 1)

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        # Portrait: the keypad right under the words, not pushed to the bottom of the panel.
        self._row.setStretchFactor(self.words, 0 if portrait else 5)
        self._row.setStretchFactor(self.pad, 1 if portrait else 4)

    def _pad_words(self) -> None:
        self.pad.set_words(
            QCoreApplication.translate("PinScreen", "Delete"),
            QCoreApplication.translate("PinScreen", "OK"),
        )


class PinScreen(_EntryScreen[PinView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(6, True, parent)
        self.warning = QFrame(self)
        self.warning.setObjectName("Warning")
        self.warning_text = text_label("strong", parent=self.warning)
        self.confirm_button = action_button(
            "primary", IconKind.CHECK, lambda: self.send(ConfirmLastPinTry()), self.warning
        )
        warning_words = QVBoxLayout()
        warning_words.setSpacing(16)
        warning_words.addWidget(self.warning_text)
        warning_words.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignLeft)
        warning_row = QHBoxLayout(self.warning)
        warning_row.setContentsMargins(24, 20, 24, 20)
        warning_row.setSpacing(20)
        warning_row.addWidget(
            Pictogram(IconKind.WARNING, NOTICE_ICONS, ems=1.6, parent=self.warning),
            0,
            Qt.AlignmentFlag.AlignTop,
        )
        warning_row.addLayout(warning_words, 1)
        self.words.addWidget(self.warning)
        self.words.addStretch(1)
        self.warning.hide()
        self.pad.submitted.connect(lambda pin: self.send(PinEntered(pin=pin)))
        self.retranslate()

    def set_view(self, view: PinView) -> None:
        self.pad.set_max_length(view.pin_length)
        if not view.keypad_enabled:
            self.pad.clear()
        super().set_view(view)

    def _show_actions(self) -> None:
        view = self._view
        self.pad.setEnabled(
            view is not None and view.keypad_enabled and self.allows(Action.ENTER_PIN)
        )
        self.confirm_button.setEnabled(self.allows(Action.CONFIRM_LAST_PIN_TRY))

    def title(self) -> str:
        return QCoreApplication.translate("PinScreen", "Card PIN")

    def read_aloud_text(self) -> str:
        parts = [self.heading.text(), self.tries.text()]
        if self.warning.isVisibleTo(self):
            parts.append(self.warning_text.text())
        return "\n".join(part for part in parts if part)

    def _render(self) -> None:
        self._pad_words()
        self.detail.setText(
            QCoreApplication.translate(
                "PinScreen", "The PIN is the password of your social security card."
            )
        )
        self.confirm_button.setText(
            QCoreApplication.translate("PinScreen", "I understand. Try once more")
        )
        self.warning_text.setText(
            QCoreApplication.translate(
                "PinScreen",
                "Not sure of your PIN? Press Finish, take your card and ask at a service "
                "counter instead.",
            )
        )
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        if view.tries_left is None:
            self.tries.clear()
        else:
            self.tries.setText(
                QCoreApplication.translate(
                    "PinScreen", "Tries left before the card locks: {count}"
                ).replace("{count}", str(view.tries_left))
            )
        self.tries.setVisible(view.tries_left is not None)
        self.warning.setVisible(view.last_try_warning)
        self._show_actions()


class CodeView(Protocol):
    """What a one-time code page shows; where the code went is the page's own sentence."""

    @property
    def message(self) -> Msg: ...
    @property
    def tries_left(self) -> int | None: ...
    @property
    def keypad_enabled(self) -> bool: ...
    @property
    def code_length(self) -> int: ...


CV = TypeVar("CV", bound=CodeView)


class CodeEntryScreen(_EntryScreen[CV]):
    """A one-time code typed on the keypad, with "send a new code": the sign-in code, and the
    code sent to a new mobile number (screens/update_mobile.py). `_sent_to` says where it went."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(6, False, parent)
        self.resend_button = action_button(
            "secondary", IconKind.PHONE, lambda: self.send(ResendOtp()), self
        )
        self.words.addWidget(self.resend_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.words.addStretch(1)
        self.pad.submitted.connect(lambda code: self.send(OtpEntered(code=code)))
        self.retranslate()

    def set_view(self, view: CV) -> None:
        self.pad.set_max_length(view.code_length)
        if not view.keypad_enabled:
            self.pad.clear()
        super().set_view(view)

    def _show_actions(self) -> None:
        view = self._view
        self.pad.setEnabled(
            view is not None and view.keypad_enabled and self.allows(Action.ENTER_OTP)
        )
        self.resend_button.setVisible(self.allows(Action.RESEND_OTP))

    def clear(self) -> None:
        super().clear()
        self.detail.clear()

    def _sent_to(self, view: CV) -> str:
        raise NotImplementedError  # each page says where its code went

    def _render(self) -> None:
        self._pad_words()
        self.resend_button.setText(QCoreApplication.translate("OtpScreen", "Send a new code"))
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        self.detail.setText(self._sent_to(view))
        if view.tries_left is None:
            self.tries.clear()
        else:
            self.tries.setText(
                QCoreApplication.translate("OtpScreen", "Tries left: {count}").replace(
                    "{count}", str(view.tries_left)
                )
            )
        self.tries.setVisible(view.tries_left is not None)
        self._show_actions()


class OtpScreen(CodeEntryScreen[OtpView]):
    def title(self) -> str:
        return QCoreApplication.translate("OtpScreen", "Code by text message")

    def read_aloud_text(self) -> str:
        return "\n".join(part for part in (self.heading.text(), self.detail.text()) if part)

    def _sent_to(self, view: OtpView) -> str:
        return QCoreApplication.translate(
            "OtpScreen", "The code was sent to the mobile number on file: {mobile}"
        ).replace("{mobile}", view.masked_mobile)

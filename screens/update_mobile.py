"""A new mobile number (issue 13 §2): the number on file and a keypad for the new one, then the
code texted to the NEW number, then the result.

The number page is the application's mobile step again (the same keypad, the same words for a
typing mistake beside the keys); the code page is the sign-in code page's layout, saying where
the code went. The flow decides every message; these pages only show them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.flow.details_views import MobileCodeView, MobileUpdatedView, NewMobileView
from kiosk.flow.events import MobileEntered
from kiosk.flow.view_models import Action
from screens.icons import IconKind
from screens.kit import INK_ICONS, ClaimantScreen, EntryPad, Notice, TouchingScreen
from screens.messages import msg_text
from screens.pin_entry import CodeEntryScreen
from screens.widgets import Pictogram, text_label


def _pad_words(pad: EntryPad) -> None:
    pad.set_words(
        QCoreApplication.translate("PinScreen", "Delete"),
        QCoreApplication.translate("PinScreen", "OK"),
    )


class NewMobileScreen(TouchingScreen[NewMobileView]):
    """Words and the number being typed on the left (top in portrait), the keys beside them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = QFrame(self)
        self.card.setObjectName("Card")
        self.problem = Notice(IconKind.WARNING, self.card)
        self.problem.hide()
        self.on_file = text_label("lead", parent=self.card)
        self.type_text = text_label("body", parent=self.card)
        column = QVBoxLayout(self.card)
        column.setContentsMargins(32, 20, 32, 20)
        column.setSpacing(16)
        column.addWidget(self.problem)
        column.addWidget(self.on_file)
        column.addStretch(1)
        column.addWidget(self.type_text)
        self._connect_pad(
            EntryPad(11, clear_on_submit=False, display_elsewhere=True, parent=self.body)
        )
        column.addWidget(self.pad.display)
        self.pad.submitted.connect(lambda number: self.send(MobileEntered(number=number)))
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._row.setSpacing(40)
        self._row.addWidget(self.card, 5)
        self._row.addWidget(self.pad, 4, Qt.AlignmentFlag.AlignTop)
        self.page.addLayout(self._row, 1)
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def _show_actions(self) -> None:
        view = self._view
        self.pad.setEnabled(
            view is not None and view.keypad_enabled and self.allows(Action.ENTER_MOBILE)
        )

    def clear(self) -> None:
        super().clear()
        self.on_file.clear()
        self.problem.set_text("")

    def title(self) -> str:
        return QCoreApplication.translate("UpdateMobileScreen", "Change my mobile number")

    def read_aloud_text(self) -> str:
        parts = [self.heading.text(), self.on_file.text()]
        if self.problem.isVisibleTo(self):
            parts.append(self.problem.text.text())
        return "\n".join(part for part in parts if part)

    def _render(self) -> None:
        _pad_words(self.pad)
        self.type_text.setText(
            QCoreApplication.translate(
                "UpdateMobileScreen", "Your new number, typed on the keypad:"
            )
        )
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        if view.masked_on_file:
            self.on_file.setText(
                QCoreApplication.translate(
                    "UpdateMobileScreen", "The number on file now is {mobile}."
                ).replace("{mobile}", view.masked_on_file)
            )
        else:
            self.on_file.setText(
                QCoreApplication.translate(
                    "UpdateMobileScreen", "There is no mobile number on file yet."
                )
            )
        self.problem.set_text(msg_text(view.problem) if view.problem else "")
        self._show_actions()


class MobileCodeScreen(CodeEntryScreen[MobileCodeView]):
    """The sign-in code page's words-and-keypad layout, for the code sent to the new number."""

    def title(self) -> str:
        return QCoreApplication.translate("UpdateMobileScreen", "Code sent to your new number")

    def read_aloud_text(self) -> str:
        parts = (self.heading.text(), self.detail.text(), self.tries.text())
        return "\n".join(part for part in parts if part)

    def _sent_to(self, view: MobileCodeView) -> str:
        return QCoreApplication.translate(
            "UpdateMobileScreen", "The code was sent to your new number: {mobile}"
        ).replace("{mobile}", view.masked_new)


class MobileUpdatedScreen(ClaimantScreen[MobileUpdatedView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page.removeWidget(self.heading)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(
            Pictogram(IconKind.CHECK, INK_ICONS, ems=2.2, parent=self), 0, Qt.AlignmentFlag.AlignTop
        )
        top.addWidget(self.heading, 1)
        self.page.insertLayout(0, top)
        self.number_card = QFrame(self)
        self.number_card.setObjectName("StartCard")
        self.number_label = text_label("body", parent=self.number_card)
        self.number = text_label("reference", parent=self.number_card)
        number_column = QVBoxLayout(self.number_card)
        number_column.setContentsMargins(32, 20, 32, 20)
        number_column.setSpacing(6)
        number_column.addWidget(self.number_label)
        number_column.addWidget(self.number)
        self.told_card = QFrame(self)
        self.told_card.setObjectName("Card")
        self.told = text_label("lead", parent=self.told_card)
        self.texts_go = text_label("body", parent=self.told_card)
        told_column = QVBoxLayout(self.told_card)
        told_column.setContentsMargins(32, 20, 32, 20)
        told_column.setSpacing(12)
        told_column.addWidget(self.told)
        told_column.addWidget(self.texts_go)
        self._cards = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._cards.setSpacing(28)
        self._cards.addWidget(self.number_card, 2, Qt.AlignmentFlag.AlignTop)
        self._cards.addWidget(self.told_card, 3, Qt.AlignmentFlag.AlignTop)
        self.page.addLayout(self._cards)
        self.page.addStretch(1)
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._cards.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def clear(self) -> None:
        super().clear()
        self.number.clear()

    def title(self) -> str:
        return QCoreApplication.translate("UpdateMobileScreen", "Mobile number changed")

    def read_aloud_text(self) -> str:
        return "\n".join((self.heading.text(), self.told.text()))

    def _render(self) -> None:
        self.number_label.setText(
            QCoreApplication.translate("UpdateMobileScreen", "Your mobile number on file")
        )
        self.texts_go.setText(
            QCoreApplication.translate(
                "UpdateMobileScreen",
                "Text messages about your benefit, and the codes to sign in with your ID card, "
                "now go to the new number.",
            )
        )
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        self.number.setText(view.masked_new)
        self.told.setText(
            QCoreApplication.translate(
                "UpdateMobileScreen",
                "We sent a text message to your old number to say it was changed. If you did "
                "not make this change, call 12333 at once.",
            )
            if view.old_number_told
            else QCoreApplication.translate(
                "UpdateMobileScreen", "If you did not make this change, call 12333 at once."
            )
        )

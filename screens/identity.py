"""Is this you? The masked name and ID number, with "yes" and "this is not me".

Only masked values are ever shown here; "this is not me" ends the session at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.flow.events import ConfirmIdentity, RejectIdentity
from kiosk.flow.view_models import Action, IdentityView
from screens.icons import IconKind
from screens.kit import ClaimantScreen, FactCard, action_button
from screens.messages import msg_text
from screens.widgets import text_label


class IdentityScreen(ClaimantScreen[IdentityView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = FactCard(self, inline=True)
        self.name_label, self.name_value = self.card.add_fact()
        self.id_label, self.id_value = self.card.add_fact()
        for value in (self.name_value, self.id_value):
            value.setProperty("role", "big")
        self.hint = text_label("body", parent=self)
        self.yes_button = action_button(
            "primary", IconKind.CHECK, lambda: self.send(ConfirmIdentity()), self
        )
        self.not_me_button = action_button(
            "secondary", IconKind.FINISH, lambda: self.send(RejectIdentity()), self
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(32)
        buttons.addWidget(self.yes_button)
        buttons.addWidget(self.not_me_button)
        buttons.addStretch(1)
        self.page.addWidget(self.card)
        self.page.addWidget(self.hint)
        self.page.addStretch(1)
        self.page.addLayout(buttons)
        self.page.setAlignment(buttons, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def _show_actions(self) -> None:
        self.yes_button.setEnabled(self.allows(Action.CONFIRM_IDENTITY))
        self.not_me_button.setEnabled(self.allows(Action.NOT_ME))

    def clear(self) -> None:
        super().clear()
        self.name_value.clear()
        self.id_value.clear()

    def title(self) -> str:
        return QCoreApplication.translate("IdentityScreen", "Is this you?")

    def read_aloud_text(self) -> str:
        return "\n".join((self.heading.text(), self.hint.text()))

    def _render(self) -> None:
        self.name_label.setText(QCoreApplication.translate("IdentityScreen", "Name"))
        self.id_label.setText(QCoreApplication.translate("IdentityScreen", "ID number"))
        self.hint.setText(
            QCoreApplication.translate(
                "IdentityScreen",
                "Some characters are hidden to protect you. If this is not you, press "
                "“This is not me”: nothing more will be shown.",
            )
        )
        self.yes_button.setText(QCoreApplication.translate("IdentityScreen", "Yes, this is me"))
        self.not_me_button.setText(QCoreApplication.translate("IdentityScreen", "This is not me"))
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        self.name_value.setText(view.masked_name)
        self.id_value.setText(view.masked_id_number)
        self._show_actions()

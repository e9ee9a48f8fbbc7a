"""The account the benefit is paid into (issue 13 §2): the accounts on file as large tiles
(bank name and last four digits; the social security card's financial account marked as the
default), "yes, pay into this account", and the result saying from which payment it applies.

No page here has a field for an account or card number: a claimant with no account on file is
told where one is added. The tiles are shared with the application's payment step
(screens/apply.py). A chosen tile is framed and says "chosen" in words, never by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.claimant import AccountKind
from kiosk.flow.details_types import SelectPaymentAccount
from kiosk.flow.details_views import AccountChoiceView, AccountChosenView, PaymentAccountsView
from kiosk.flow.events import ConfirmPaymentAccount, Retry
from kiosk.flow.view_models import Action
from screens.icons import IconKind
from screens.kit import INK_ICONS, ClaimantScreen, Notice, action_button
from screens.messages import account_kind_text, msg_text
from screens.widgets import Pictogram, TouchTile, text_label


def account_name(account: AccountChoiceView) -> str:
    """The card's financial account by what it is; a bank account by its bank, if known."""
    if account.kind is AccountKind.SOCIAL_SECURITY_CARD or not account.bank_name:
        return account_kind_text(account.kind)
    return account.bank_name


def account_line(account: AccountChoiceView) -> str:
    """One line for a fact card: name and masked number."""
    return " ".join(part for part in (account_name(account), account.masked_number or "") if part)


class AccountTile(TouchTile):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("tile", parent)
        self.account_id: int | None = None
        self.card_icon = Pictogram(IconKind.SOCIAL_SECURITY_CARD, INK_ICONS, ems=2.0, parent=self)
        self.chosen_icon = Pictogram(IconKind.CHECK, INK_ICONS, ems=2.0, parent=self)
        self.name = text_label("item", parent=self)
        self.number = text_label("strong", parent=self)
        self.notes = text_label("body", parent=self)
        self.mark = text_label("reference", parent=self)
        words = QVBoxLayout()
        words.setSpacing(4)
        for label in (self.name, self.number, self.notes, self.mark):
            words.addWidget(label)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 16, 28, 16)
        row.setSpacing(24)
        # One place for the picture: the card's (kept in size when hidden, so every tile's words
        # line up) or, once chosen, a tick over it.
        policy = self.card_icon.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.card_icon.setSizePolicy(policy)
        holder = QWidget(self)
        pictures = QGridLayout(holder)
        pictures.setContentsMargins(0, 0, 0, 0)
        pictures.addWidget(self.card_icon, 0, 0)
        pictures.addWidget(self.chosen_icon, 0, 0)
        row.addWidget(holder, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)

    def show_account(self, account: AccountChoiceView, chosen: bool) -> None:
        self.account_id = account.account_id
        self.name.setText(account_name(account))
        self.number.setText(account.masked_number or "")
        self.number.setVisible(bool(account.masked_number))
        notes = []
        if account.default:
            notes.append(QCoreApplication.translate("PaymentAccountScreen", "Default account"))
        if account.in_use:
            notes.append(
                QCoreApplication.translate("PaymentAccountScreen", "Your benefit is paid here now")
            )
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.mark.setText(
            QCoreApplication.translate("PaymentAccountScreen", "✓ Chosen")
            if chosen
            else QCoreApplication.translate("PaymentAccountScreen", "Tap to choose")
        )
        # The card's picture for the card's account only; a bank account keeps its place.
        is_card = account.kind is AccountKind.SOCIAL_SECURITY_CARD
        self.card_icon.setVisible(is_card and not chosen)
        self.chosen_icon.setVisible(chosen)
        self.mark.setProperty("role", "reference" if chosen else "strong")
        self.mark.style().unpolish(self.mark)
        self.mark.style().polish(self.mark)
        # Framed like the current step of the application: the chosen one stands out by its
        # frame, its tick and its words.
        self.setObjectName("StepDone" if chosen else "")
        self.style().unpolish(self)
        self.style().polish(self)


class AccountList(QWidget):
    """Tiles for the accounts a view lists, built as many as needed; taps go to `on_choose`."""

    def __init__(self, on_choose: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_choose = on_choose
        self.tiles: list[AccountTile] = []
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(16)

    def show_accounts(self, accounts: tuple[AccountChoiceView, ...], chosen: int | None) -> None:
        while len(self.tiles) < len(accounts):
            tile = AccountTile(self)
            tile.clicked.connect(lambda tile=tile: self._tapped(tile))
            self._column.addWidget(tile)
            self.tiles.append(tile)
        for index, tile in enumerate(self.tiles):
            if index < len(accounts):
                account = accounts[index]
                tile.show_account(account, account.account_id == chosen)
                tile.show()
            else:
                tile.account_id = None
                tile.hide()

    def set_choosable(self, choosable: bool) -> None:
        for tile in self.tiles:
            tile.setEnabled(choosable)

    def _tapped(self, tile: AccountTile) -> None:
        if tile.account_id is not None and tile.isEnabled():
            self._on_choose(tile.account_id)

    def clear(self) -> None:
        self.show_accounts((), None)


def applies_from_text() -> str:
    return QCoreApplication.translate(
        "PaymentAccountScreen",
        "You never type a bank card number at this kiosk. Only the accounts the agency already "
        "holds are listed.",
    )


class PaymentAccountScreen(ClaimantScreen[PaymentAccountsView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = Notice(IconKind.WARNING, self)
        self.problem.hide()
        self.page.addWidget(self.problem)
        self.accounts = AccountList(
            lambda account_id: self.send(SelectPaymentAccount(account_id)), self
        )
        self.page.addWidget(self.accounts)
        self.where_card = QFrame(self)
        self.where_card.setObjectName("Card")
        self.where = text_label("lead", parent=self.where_card)
        where_column = QVBoxLayout(self.where_card)
        where_column.setContentsMargins(32, 20, 32, 20)
        where_column.addWidget(self.where)
        self.page.addWidget(self.where_card)
        self.note = text_label("body", parent=self)
        self.page.addWidget(self.note)
        self.page.addStretch(1)
        self.confirm_button = action_button(
            "primary", IconKind.CHECK, lambda: self.send(ConfirmPaymentAccount()), self
        )
        self.retry_button = action_button("secondary", None, lambda: self.send(Retry()), self)
        for button in (self.confirm_button, self.retry_button):
            self.page.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def _show_actions(self) -> None:
        self.confirm_button.setVisible(self.allows(Action.CONFIRM_PAYMENT_ACCOUNT))
        self.retry_button.setVisible(self.allows(Action.RETRY))
        self.accounts.set_choosable(
            self.allows(Action.CHOOSE_PAYMENT_ACCOUNT)
            or self.allows(Action.CONFIRM_PAYMENT_ACCOUNT)
        )

    def clear(self) -> None:
        super().clear()
        self.accounts.clear()

    def title(self) -> str:
        return QCoreApplication.translate("PaymentAccountScreen", "Payment account")

    def read_aloud_text(self) -> str:
        parts = [self.heading.text()]
        for label in (self.problem.text, self.where):
            if label.isVisibleTo(self):
                parts.append(label.text())
        parts.extend(tile.name.text() for tile in self.accounts.tiles if tile.isVisibleTo(self))
        return "\n".join(part for part in parts if part)

    def _render(self) -> None:
        self.confirm_button.setText(
            QCoreApplication.translate("PaymentAccountScreen", "Yes, pay into this account")
        )
        self.retry_button.setText(QCoreApplication.translate("PaymentAccountScreen", "Try again"))
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        self.problem.set_text(msg_text(view.problem) if view.problem else "")
        if view.selected is not None:  # "pay into this account?": the one tapped, alone
            self.accounts.show_accounts((view.selected,), view.selected.account_id)
            self.note.setText(msg_text(view.applies_from) if view.applies_from else "")
        else:
            self.accounts.show_accounts(view.accounts, None)
            self.note.setText(applies_from_text() if view.accounts else "")
        self.want(self.note, bool(self.note.text()))
        self.where.setText(msg_text(view.where_to_add) if view.where_to_add else "")
        self.want(self.where_card, view.where_to_add is not None)
        self._show_actions()


class AccountChosenScreen(ClaimantScreen[AccountChosenView]):
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
        self.account_card = QFrame(self)
        self.account_card.setObjectName("StartCard")
        self.paid_into = text_label("body", parent=self.account_card)
        self.account = text_label("reference", parent=self.account_card)
        account_column = QVBoxLayout(self.account_card)
        account_column.setContentsMargins(32, 20, 32, 20)
        account_column.setSpacing(6)
        account_column.addWidget(self.paid_into)
        account_column.addWidget(self.account)
        self.page.addWidget(self.account_card)
        self.when_card = QFrame(self)
        self.when_card.setObjectName("Card")
        self.when = text_label("lead", parent=self.when_card)
        when_column = QVBoxLayout(self.when_card)
        when_column.setContentsMargins(32, 20, 32, 20)
        when_column.addWidget(self.when)
        self.page.addWidget(self.when_card)
        self.page.addStretch(1)
        self.retranslate()

    def clear(self) -> None:
        super().clear()
        self.account.clear()

    def title(self) -> str:
        return QCoreApplication.translate("PaymentAccountScreen", "Payment account")

    def read_aloud_text(self) -> str:
        return "\n".join((self.heading.text(), self.account.text(), self.when.text()))

    def _render(self) -> None:
        self.paid_into.setText(
            QCoreApplication.translate("PaymentAccountScreen", "Your benefit is paid into")
        )
        view = self._view
        if view is None:
            return
        self.heading.setText(msg_text(view.message))
        self.account.setText(account_line(view.account))
        self.when.setText(msg_text(view.applies_from))

"""The "my details" pages (a new mobile number, the payment account) render the flow's views,
send the right intents, and offer no place to type an account or card number."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.claimant import AccountKind
from kiosk.domain.claims import ClaimKind
from kiosk.flow import events as ev
from kiosk.flow.details_types import SelectPaymentAccount
from kiosk.flow.details_views import (
    AccountChoiceView,
    AccountChosenView,
    MobileCodeView,
    NewMobileView,
    PaymentAccountsView,
)
from kiosk.flow.messages import Msg
from kiosk.flow.states import ApplyStep
from kiosk.flow.view_models import AccountView, Action, ApplyView
from screens.apply import ApplyScreen
from screens.base import Screen
from screens.kit import ClaimantScreen
from screens.messages import msg_text
from screens.payment_account import AccountChosenScreen, PaymentAccountScreen
from screens.shell import LANDSCAPE_SIZE, KioskShell
from screens.update_mobile import MobileCodeScreen, NewMobileScreen
from tests.screens.screen_kit import settle

pytestmark = pytest.mark.gui

CARD = AccountChoiceView(7, AccountKind.SOCIAL_SECURITY_CARD, "", None, default=True, in_use=True)
BANK = AccountChoiceView(9, AccountKind.BANK_ACCOUNT, "中国建设银行", "****5678", False, False)


@pytest.fixture
def shell(qtbot: QtBot) -> Iterator[KioskShell]:
    window = KioskShell()
    qtbot.addWidget(window)
    window.resize(*LANDSCAPE_SIZE)
    window.show()
    settle()
    yield window


def show(
    shell: KioskShell, screen: ClaimantScreen[Any], view: object, *actions: Action
) -> list[object]:
    name = type(screen).__name__
    if not shell.has_screen(name):
        shell.add_screen(name, screen)
    screen.set_view(view)
    screen.set_actions(frozenset(actions))
    shell.show_screen(name)
    settle()
    events: list[object] = []
    screen.intent.connect(events.append)
    return events


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


def type_on(qtbot: QtBot, pad: QWidget, digits: str) -> None:
    qtbot.keyClicks(pad, digits)  # type: ignore[no-untyped-call]


def press_ok(qtbot: QtBot, pad: QWidget) -> None:
    qtbot.keyClick(pad, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]


def _no_text_fields(screen: Screen) -> None:
    assert not screen.findChildren(QLineEdit) and not screen.findChildren(QTextEdit)


def test_the_new_number_is_typed_on_the_keypad_and_a_mistake_shown_beside_it(
    qtbot: QtBot, shell: KioskShell
) -> None:
    screen = NewMobileScreen()
    view = NewMobileView(Msg.UPDATE_MOBILE_ENTER, "139****1234", Msg.MOBILE_WRONG_LENGTH, True)
    events = show(shell, screen, view, Action.ENTER_MOBILE)
    assert "139****1234" in screen.on_file.text()
    assert screen.problem.isVisible()
    assert screen.problem.text.text() == msg_text(Msg.MOBILE_WRONG_LENGTH)
    screen.pad.setFocus()
    type_on(qtbot, screen.pad, "13712345678")
    assert screen.pad.display.text() == "137 1234 5678"
    press_ok(qtbot, screen.pad)
    assert events[-1:] == [ev.MobileEntered(number="13712345678")]
    offline = NewMobileView(
        Msg.UPDATE_MOBILE_ENTER, "139****1234", Msg.UPDATE_MOBILE_NEEDS_NETWORK, False
    )
    show(shell, screen, offline)
    assert not screen.pad.isEnabled()


def test_the_code_page_names_the_new_number_and_sends_the_code_or_asks_again(
    qtbot: QtBot, shell: KioskShell
) -> None:
    screen = MobileCodeScreen()
    view = MobileCodeView(Msg.UPDATE_MOBILE_CODE_WRONG, "137****5678", 4, True, 6)
    events = show(shell, screen, view, Action.ENTER_OTP, Action.RESEND_OTP)
    assert "137****5678" in screen.detail.text() and "4" in screen.tries.text()
    screen.pad.setFocus()
    type_on(qtbot, screen.pad, "135790")
    press_ok(qtbot, screen.pad)
    assert events[-1:] == [ev.OtpEntered(code="135790")]
    click(qtbot, screen.resend_button)
    assert events[-1:] == [ev.ResendOtp()]
    used_up = MobileCodeView(Msg.UPDATE_MOBILE_CODE_USED_UP, "137****5678", 0, False, 6)
    show(shell, screen, used_up, Action.RESEND_OTP)
    assert not screen.pad.isEnabled() and screen.resend_button.isVisible()


def test_accounts_are_tiles_to_tap_masked_and_nothing_to_type(
    qtbot: QtBot, shell: KioskShell
) -> None:
    screen = PaymentAccountScreen()
    listed = PaymentAccountsView(Msg.PAYMENT_ACCOUNT_CHOOSE, (CARD, BANK), None, None, None)
    events = show(shell, screen, listed, Action.CHOOSE_PAYMENT_ACCOUNT)
    _no_text_fields(screen)
    card_tile, bank_tile = (tile for tile in screen.accounts.tiles if tile.isVisible())
    assert (bank_tile.name.text(), bank_tile.number.text()) == ("中国建设银行", "****5678")
    assert card_tile.notes.isVisible() and not bank_tile.notes.isVisible()
    assert not screen.confirm_button.isVisible()
    click(qtbot, bank_tile)
    assert events[-1:] == [SelectPaymentAccount(9)]

    confirm = PaymentAccountsView(
        Msg.PAYMENT_ACCOUNT_CONFIRM,
        (CARD, BANK),
        BANK,
        None,
        None,
        applies_from=Msg.PAYMENT_ACCOUNT_APPLIES_FROM,
    )
    show(shell, screen, confirm, Action.CONFIRM_PAYMENT_ACCOUNT)
    shown = [tile for tile in screen.accounts.tiles if tile.isVisible()]
    assert [tile.account_id for tile in shown] == [9]
    assert screen.note.text() == msg_text(Msg.PAYMENT_ACCOUNT_APPLIES_FROM)
    click(qtbot, screen.confirm_button)
    assert events[-1:] == [ev.ConfirmPaymentAccount()]


def test_no_account_on_file_says_where_one_is_added(shell: KioskShell) -> None:
    screen = PaymentAccountScreen()
    none = PaymentAccountsView(
        Msg.PAYMENT_ACCOUNT_NONE, (), None, None, Msg.PAYMENT_ACCOUNT_WHERE_TO_ADD
    )
    show(shell, screen, none)
    assert screen.where_card.isVisible()
    assert screen.where.text() == msg_text(Msg.PAYMENT_ACCOUNT_WHERE_TO_ADD)
    assert not screen.confirm_button.isVisible() and not screen.retry_button.isVisible()
    _no_text_fields(screen)


def test_the_chosen_account_page_says_from_which_payment(shell: KioskShell) -> None:
    screen = AccountChosenScreen()
    view = AccountChosenView(Msg.PAYMENT_ACCOUNT_DONE, BANK, Msg.PAYMENT_ACCOUNT_APPLIES_FROM)
    show(shell, screen, view)
    assert screen.account.text() == "中国建设银行 ****5678"
    assert screen.when.text() == msg_text(Msg.PAYMENT_ACCOUNT_APPLIES_FROM)


def test_the_applications_payment_step_offers_the_tiles_when_there_are_several(
    qtbot: QtBot, shell: KioskShell
) -> None:
    screen = ApplyScreen()
    view = ApplyView(
        message=Msg.APPLY_CHOOSE_PAYMENT_ACCOUNT,
        kind=ClaimKind.CLAIM,
        step=ApplyStep.PAYMENT_ACCOUNT,
        step_number=2,
        step_count=4,
        course_name=None,
        masked_mobile_on_file="139****1234",
        mobile_entered="139****1234",
        payment_account=AccountView(AccountKind.SOCIAL_SECURITY_CARD, "", None),
        commitment_version="2019-1",
        problem=None,
        accounts=(CARD, BANK),
        chosen_account=7,
    )
    events = show(
        shell, screen, view, Action.CHOOSE_PAYMENT_ACCOUNT, Action.CONFIRM_PAYMENT_ACCOUNT
    )
    assert screen.account_choices.isVisible() and not screen.account.isVisible()
    card_tile = screen.account_choices.tiles[0]
    assert card_tile.mark.text() != screen.account_choices.tiles[1].mark.text()  # said in words
    click(qtbot, screen.account_choices.tiles[1])
    assert events[-1:] == [SelectPaymentAccount(9)]
    click(qtbot, screen.confirm_account_button)
    assert events[-1:] == [ev.ConfirmPaymentAccount()]
    _no_text_fields(screen)

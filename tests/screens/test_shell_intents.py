"""Touching the frame's buttons emits intents and changes nothing by itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.domain.language import Language
from kiosk.flow.messages import Msg
from kiosk.flow.view_models import IdleView
from screens.idle import IdleScreen
from screens.shell import KioskShell
from screens.widgets import TouchTile
from tests.screens.screen_kit import chrome, settle

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton


def test_touching_a_language_asks_for_it_without_switching_by_itself(
    qtbot: QtBot, shell: KioskShell
) -> None:
    korean = shell.top_bar.language_buttons["ko"]
    with qtbot.waitSignal(shell.language_requested) as asked:
        qtbot.mouseClick(korean, LEFT)
    assert asked.args == ["ko"]
    assert not korean.isChecked()
    assert shell.top_bar.language_buttons["zh_CN"].isChecked()


def test_language_buttons_follow_the_chrome(shell: KioskShell) -> None:
    shell.set_chrome(chrome(language=Language.KO))
    assert shell.top_bar.language_buttons["ko"].isChecked()
    assert not shell.top_bar.language_buttons["zh_CN"].isChecked()


def test_larger_text_button_asks_for_the_opposite_of_the_current_size(
    qtbot: QtBot, shell: KioskShell
) -> None:
    with qtbot.waitSignal(shell.larger_text_requested) as asked:
        qtbot.mouseClick(shell.top_bar.larger_text_button, LEFT)
    assert asked.args == [True]
    shell.set_chrome(chrome(larger_text=True))
    with qtbot.waitSignal(shell.larger_text_requested) as asked_again:
        qtbot.mouseClick(shell.top_bar.larger_text_button, LEFT)
    assert asked_again.args == [False]


def test_read_aloud_button_asks_to_toggle_reading(qtbot: QtBot, shell: KioskShell) -> None:
    with qtbot.waitSignal(shell.read_aloud_requested) as asked:
        qtbot.mouseClick(shell.top_bar.read_aloud_button, LEFT)
    assert asked.args == [True]


def test_read_aloud_is_not_offered_without_a_speech_engine(shell: KioskShell) -> None:
    shell.set_read_aloud_available(False)
    assert not shell.top_bar.read_aloud_button.isVisible()


@pytest.mark.parametrize(
    ("button_name", "signal_name"),
    [
        ("back_button", "back_requested"),
        ("home_button", "home_requested"),
        ("finish_button", "finish_requested"),
    ],
)
def test_session_buttons_emit_their_intent(
    qtbot: QtBot, shell: KioskShell, button_name: str, signal_name: str
) -> None:
    shell.set_chrome(chrome(can_go_back=True, can_go_home=True, can_finish=True))
    settle()
    with qtbot.waitSignal(getattr(shell, signal_name)):
        qtbot.mouseClick(getattr(shell.bottom_bar, button_name), LEFT)


def test_idle_chrome_offers_no_back_home_or_finish(shell: KioskShell) -> None:
    assert not shell.bottom_bar.isVisible()


def test_idle_offers_the_other_language_in_that_language(qtbot: QtBot, idle: IdleScreen) -> None:
    assert idle.other_language_button.text() == "조선어로 보기"
    with qtbot.waitSignal(idle.language_requested) as asked:
        qtbot.mouseClick(idle.other_language_button, LEFT)
    assert asked.args == ["ko"]


def test_card_left_in_the_reader_is_pointed_out_on_idle(idle: IdleScreen) -> None:
    idle.set_view(IdleView(Msg.IDLE_WELCOME, take_card=True))
    assert idle.take_card_notice.isVisible()
    assert idle.take_card_text.text() in idle.read_aloud_text()
    idle.set_view(IdleView(Msg.IDLE_WELCOME, take_card=False))
    assert not idle.take_card_notice.isVisible()


def test_offline_banner_follows_the_chrome(shell: KioskShell) -> None:
    assert not shell.offline_banner.isVisible()
    shell.set_chrome(chrome(offline_banner=Msg.OFFLINE_BANNER))
    assert shell.offline_banner.isVisible()
    shell.set_chrome(chrome(offline_banner=None))
    assert not shell.offline_banner.isVisible()


def test_show_screen_puts_it_in_front_and_titles_it(shell: KioskShell) -> None:
    shell.show_screen("idle")
    assert shell.current_screen_name() == "idle"
    assert shell.top_bar.title_label.text() == shell.screen_widget("idle").title()


def test_tile_reports_a_touch_and_the_keyboard_equivalent(qtbot: QtBot) -> None:
    tile = TouchTile("tile")
    qtbot.addWidget(tile)
    tile.resize(200, 120)
    tile.show()
    with qtbot.waitSignal(tile.clicked):
        qtbot.mouseClick(tile, LEFT)
    tile.setFocus()
    with qtbot.waitSignal(tile.clicked):
        qtbot.keyClick(tile, Qt.Key.Key_Space)

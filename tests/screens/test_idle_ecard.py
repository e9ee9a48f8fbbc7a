"""The attract screen offers the e-card's QR code only where a 2D scanner is fitted."""

from __future__ import annotations

from kiosk.flow.messages import Msg
from kiosk.flow.view_models import IdleView
from screens.idle import IdleScreen
from tests.screens.screen_kit import clipped_labels, settle


def test_without_a_scanner_only_the_two_cards_are_offered(idle: IdleScreen) -> None:
    idle.set_view(IdleView(Msg.IDLE_WELCOME, take_card=False))
    settle()
    assert not idle.ecard_option.isVisibleTo(idle)
    assert idle.ecard_option.action.text() not in idle.read_aloud_text()


def test_with_a_scanner_the_ecard_is_a_third_way_to_start(idle: IdleScreen) -> None:
    idle.set_view(IdleView(Msg.IDLE_WELCOME, take_card=False, ecard=True))
    settle()
    assert idle.ecard_option.isVisibleTo(idle) and idle.ecard_or_label.isVisibleTo(idle)
    assert "扫码器" in idle.ecard_option.action.text()
    assert idle.ecard_option.action.text() in idle.read_aloud_text()
    assert clipped_labels(idle) == []


def test_a_card_left_in_the_reader_hides_it_like_everything_else(idle: IdleScreen) -> None:
    idle.set_view(IdleView(Msg.IDLE_WELCOME, take_card=True, ecard=True))
    settle()
    assert not idle.ecard_option.isVisibleTo(idle)
    assert idle.take_card_notice.isVisibleTo(idle)

"""Switching language re-words the page the claimant is looking at, at once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.i18n import current_language, install_language, qm_path
from screens.idle import IdleScreen
from screens.shell import KioskShell
from tests.screens.screen_kit import switch_language

pytestmark = pytest.mark.gui


def test_default_language_shows_chinese(idle: IdleScreen, shell: KioskShell) -> None:
    assert idle.start_heading.text() == "这样开始办理"
    assert shell.top_bar.title_label.text() == "失业保险金自助服务"


def test_switching_to_korean_rewords_the_visible_screen_and_the_frame(
    qapp: QApplication, shell: KioskShell, idle: IdleScreen
) -> None:
    switch_language(qapp, shell, "ko")
    assert current_language() == "ko"
    assert idle.start_heading.text() == "이렇게 시작하십시오"
    assert idle.card_option.action.text() == "사회보장카드를 꽂으십시오"
    assert shell.top_bar.title_label.text() == "실업보험금 신청·조회"
    assert shell.top_bar.larger_text_button.text() == "큰 글자"
    assert shell.timeout_overlay.continue_button.text() == "계속하기"
    assert "지금 통신망이" in shell.offline_banner.text()


def test_switching_back_to_chinese_restores_chinese(
    qapp: QApplication, shell: KioskShell, idle: IdleScreen
) -> None:
    switch_language(qapp, shell, "ko")
    switch_language(qapp, shell, "zh_CN")
    assert idle.card_option.action.text() == "插入社会保障卡"
    assert shell.top_bar.read_aloud_button.text() == "朗读"


def test_the_other_language_button_always_names_the_other_language(
    qapp: QApplication, shell: KioskShell, idle: IdleScreen
) -> None:
    assert idle.other_language_button.text() == "조선어로 보기"
    switch_language(qapp, shell, "ko")
    assert idle.other_language_button.text() == "中文显示"


def test_english_for_maintainers_shows_the_source_text(
    qapp: QApplication, shell: KioskShell, idle: IdleScreen
) -> None:
    switch_language(qapp, shell, "en")
    assert idle.start_heading.text() == "How to start"


def test_every_language_ships_a_compiled_catalogue() -> None:
    for lang in ("zh_CN", "ko", "en"):
        assert qm_path(lang).stat().st_size > 0


def test_an_unknown_language_is_refused(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        install_language(qapp, "ja")

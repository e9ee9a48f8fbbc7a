"""Larger text enlarges the type everywhere; normal text already meets the 28 px minimum."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLabel, QWidget

from screens.idle import IdleScreen
from screens.shell import KioskShell
from screens.theme import ELDERLY_SCALE, MIN_BODY_TEXT_PX
from tests.screens.screen_kit import chrome, settle

pytestmark = pytest.mark.gui


def pixel_size(widget: QWidget) -> int:
    return QFontInfo(widget.font()).pixelSize()


def visible_labels(root: QWidget) -> list[QLabel]:
    return [
        label for label in root.findChildren(QLabel) if label.isVisibleTo(root) and label.text()
    ]


def test_no_claimant_text_is_smaller_than_28px(shell: KioskShell) -> None:
    shell.set_chrome(chrome(countdown_seconds=30))
    settle()
    sizes = {label.text(): pixel_size(label) for label in visible_labels(shell)}
    too_small = {text: size for text, size in sizes.items() if size < MIN_BODY_TEXT_PX}
    assert not too_small


def test_larger_text_enlarges_body_headline_and_buttons(
    shell: KioskShell, idle: IdleScreen
) -> None:
    watched = [
        idle.headline,
        idle.help_text,
        idle.card_option.hint,
        shell.top_bar.read_aloud_button,
    ]
    before = [pixel_size(widget) for widget in watched]
    shell.set_chrome(chrome(larger_text=True))
    settle()
    after = [pixel_size(widget) for widget in watched]
    for small, large in zip(before, after, strict=True):
        assert large >= round(small * ELDERLY_SCALE) - 1


def test_larger_text_enlarges_pictures_with_the_words(shell: KioskShell, idle: IdleScreen) -> None:
    picture = idle.card_option.findChildren(QWidget)[0]
    before = picture.sizeHint().height()
    shell.set_chrome(chrome(larger_text=True))
    settle()
    assert picture.sizeHint().height() > before


def test_back_to_normal_text_restores_the_normal_size(shell: KioskShell, idle: IdleScreen) -> None:
    normal = pixel_size(idle.help_text)
    shell.set_chrome(chrome(larger_text=True))
    settle()
    shell.set_chrome(chrome(larger_text=False))
    settle()
    assert pixel_size(idle.help_text) == normal


def test_larger_text_keeps_only_the_service_names_so_the_page_still_fits(
    shell: KioskShell, idle: IdleScreen
) -> None:
    shell.set_chrome(chrome(larger_text=True))
    settle()
    assert idle.apply_line.name.isVisible()
    assert not idle.apply_line.detail.isVisible()

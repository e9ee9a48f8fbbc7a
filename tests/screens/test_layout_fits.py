"""Every state of every screen fits the panel: big enough targets, no clipped words."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.domain.language import Language
from kiosk.flow.messages import Msg
from kiosk.flow.view_models import IdleView
from screens.idle import IdleScreen
from screens.shell import LANDSCAPE_SIZE, PORTRAIT_SIZE, KioskShell
from screens.theme import MIN_TOUCH_TARGET_PX
from screens.widgets import TouchTile
from tests.screens.screen_kit import chrome, clipped_labels, settle, switch_language

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def shell(qapp: QApplication) -> Iterator[KioskShell]:
    """One shell for the whole matrix: building a window per state would triple the run time."""
    window = KioskShell()
    window.add_screen("idle", IdleScreen())
    window.show()
    settle()
    yield window
    window.close()
    window.deleteLater()
    settle()


STATES = list(
    itertools.product(
        ("zh_CN", "ko", "en"),
        ("landscape", "portrait"),
        ("normal text", "larger text"),
        ("plain", "offline", "card left in reader"),
    )
)


def arrange(
    app: QApplication, shell: KioskShell, lang: str, orientation: str, size: str, extra: str
) -> None:
    switch_language(app, shell, lang)
    shell.resize(*(LANDSCAPE_SIZE if orientation == "landscape" else PORTRAIT_SIZE))
    shell.set_chrome(
        chrome(
            language=Language(lang),
            larger_text=size == "larger text",
            offline_banner=Msg.OFFLINE_BANNER if extra == "offline" else None,
        )
    )
    idle = shell.screen_widget("idle")
    assert isinstance(idle, IdleScreen)
    idle.set_view(IdleView(Msg.IDLE_WELCOME, take_card=extra == "card left in reader"))
    settle()


@pytest.mark.parametrize(("lang", "orientation", "size", "extra"), STATES)
def test_idle_screen_fits_the_panel_without_clipping(
    qapp: QApplication, shell: KioskShell, lang: str, orientation: str, size: str, extra: str
) -> None:
    arrange(qapp, shell, lang, orientation, size, extra)
    expected = LANDSCAPE_SIZE if orientation == "landscape" else PORTRAIT_SIZE
    assert (shell.width(), shell.height()) == expected
    assert clipped_labels(shell) == []


@pytest.mark.parametrize(("lang", "orientation", "size", "extra"), STATES)
def test_every_touch_target_is_at_least_the_minimum(
    qapp: QApplication, shell: KioskShell, lang: str, orientation: str, size: str, extra: str
) -> None:
    arrange(qapp, shell, lang, orientation, size, extra)
    shell.set_chrome(
        chrome(
            language=Language(lang),
            larger_text=size == "larger text",
            can_go_back=True,
            can_go_home=True,
            can_finish=True,
            countdown_seconds=30,
        )
    )
    settle()
    targets: list[QWidget] = [
        *shell.findChildren(QAbstractButton),
        *shell.findChildren(TouchTile),
    ]
    small = [
        (target.objectName() or type(target).__name__, target.width(), target.height())
        for target in targets
        if target.isVisibleTo(shell) and min(target.width(), target.height()) < MIN_TOUCH_TARGET_PX
    ]
    assert small == []


@pytest.mark.parametrize(
    ("orientation", "size"),
    list(itertools.product(("landscape", "portrait"), ("normal text", "larger text"))),
)
def test_timeout_warning_fits_without_clipping(
    qapp: QApplication, shell: KioskShell, orientation: str, size: str
) -> None:
    arrange(qapp, shell, "ko", orientation, size, "plain")
    shell.set_chrome(
        chrome(language=Language.KO, larger_text=size == "larger text", countdown_seconds=30)
    )
    settle()
    assert clipped_labels(shell.timeout_overlay) == []


@pytest.mark.parametrize(
    ("lang", "orientation"), list(itertools.product(("zh_CN", "ko"), ("landscape", "portrait")))
)
def test_idle_screen_keeps_everything_when_there_is_room(
    qapp: QApplication, shell: KioskShell, lang: str, orientation: str
) -> None:
    arrange(qapp, shell, lang, orientation, "normal text", "plain")
    idle = shell.screen_widget("idle")
    assert isinstance(idle, IdleScreen)
    assert idle.services_card.isVisible()
    assert idle.apply_line.detail.isVisible()
    assert idle.card_option.hint.isVisible()


def test_larger_text_in_portrait_keeps_how_to_start_help_and_the_guide(
    qapp: QApplication, shell: KioskShell
) -> None:
    """The services list is the first thing given up for room; since the guide has its own
    button on the idle screen, the longer Korean words no longer leave room for it."""
    for lang in ("zh_CN", "ko"):
        arrange(qapp, shell, lang, "portrait", "larger text", "plain")
        idle = shell.screen_widget("idle")
        assert isinstance(idle, IdleScreen)
        assert idle.card_option.hint.isVisible() and idle.id_option.hint.isVisible()
        assert idle.hotline.isVisible() and idle.help_text.isVisible()
        assert idle.guide_button.isVisible() and idle.other_language_button.isVisible()
        if lang == "zh_CN":
            assert idle.services_card.isVisible()

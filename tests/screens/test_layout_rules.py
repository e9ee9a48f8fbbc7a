"""The layout rules a claimant relies on: a long page scrolls and says so, bars wrap instead of
overlapping, and words stay whole across line breaks (docs/ui.md, "Layout rules")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLayout, QWidget

from kiosk.flow.effects import ReceiptContent
from kiosk.i18n import install_language
from kiosk.tour import Layout, TourCamera, Visit, walk_journeys
from screens.base import Screen
from screens.kit import ClaimantScreen
from screens.line_breaks import WORD_JOINER, keep_words
from screens.registry import build_screens
from screens.shell import KioskShell
from screens.status import StatusScreen
from screens.theme import FONT_FAMILY
from screens.widgets import TouchButton, text_label
from tests.screens.layout_check import check_window
from tests.screens.screen_kit import settle

pytestmark = pytest.mark.gui

PORTRAIT_LARGER = Layout(portrait=True, larger_text=True)
LANDSCAPE_NORMAL = Layout(portrait=False, larger_text=False)


class _Stop(Exception):
    """Ends the walk at the state a test wants to look at."""


class _Halt(TourCamera):
    """Walks the tour's journeys and stops, on screen, at one state."""

    def __init__(self, app: QApplication, shell: KioskShell, screens: dict[str, Screen]) -> None:
        super().__init__(app, shell, screens, out_dir=None, entries=[])

    def receipt_preview(self, content: ReceiptContent, slug: str, lang: str) -> None:
        """Not a screen."""

    def save(self, slug: str, lang: str, title: str) -> None:
        raise _Stop


@pytest.fixture(scope="module")
def kiosk(qapp: QApplication) -> Iterator[tuple[KioskShell, dict[str, Screen]]]:
    shell = KioskShell()
    screens = build_screens()
    for name, screen in screens.items():
        shell.add_screen(name, screen)
    shell.show()
    settle()
    yield shell, screens
    shell.close()
    shell.deleteLater()
    settle()


def stop_at(
    app: QApplication,
    kiosk: tuple[KioskShell, dict[str, Screen]],
    slug: str,
    lang: str,
    layout: Layout,
) -> Screen:
    camera = _Halt(app, *kiosk)
    camera.use_layout(layout)
    with pytest.raises(_Stop):
        walk_journeys(lambda: Visit(camera, lang, frozenset({slug})))
    screen = kiosk[0].stack.currentWidget()
    assert isinstance(screen, Screen)
    return screen


def _inside(widget: QWidget, viewport: QWidget) -> bool:
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("lang", ["ko", "zh_CN"])
def test_a_long_status_keeps_every_line_and_scrolls_to_it(
    qapp: QApplication, kiosk: tuple[KioskShell, dict[str, Screen]], lang: str
) -> None:
    status = stop_at(qapp, kiosk, "status", lang, PORTRAIT_LARGER)
    assert isinstance(status, StatusScreen)
    # Nothing given up for room: the reference, four timeline entries and three payments.
    assert status.kind.isVisibleTo(status) and "YJ-2026-0815-3341" in status.kind.text()
    assert sum(label.isVisibleTo(status) for label in status.timeline) == 4
    assert sum(label.isVisibleTo(status) for label in status.payments) == 3
    assert status.months_left.isVisibleTo(status)
    # It does not fit a portrait panel in larger text, and the page says so.
    viewport = status.scroll_area.viewport()
    last_payment = status.payments[2]
    assert not _inside(last_payment, viewport)
    assert status.more.isVisible() and status.more.height() >= 96
    assert status.scroll_area.verticalScrollBar().isVisible()
    more_words = status.more.text()
    # The complaints and appointments follow the claim, so "months left" passes on the way down.
    seen = False
    for _ in range(20):
        seen = seen or _inside(status.months_left, viewport)
        if status.more.at_end():
            break
        status.more.click()
        settle()
    assert seen
    assert status.more.text() != more_words  # now offers the way back to the top
    status.more.click()
    settle()
    assert status.scroll_area.verticalScrollBar().value() == 0


def test_a_page_that_fits_shows_no_more_button(
    qapp: QApplication, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    screen = stop_at(qapp, kiosk, "home", "ko", LANDSCAPE_NORMAL)
    assert isinstance(screen, ClaimantScreen)
    assert not screen.more.isVisible()
    assert not screen.scroll_area.verticalScrollBar().isVisible()


@pytest.mark.parametrize("lang", ["ko", "zh_CN"])
def test_bottom_bar_wraps_in_portrait_larger_text_and_not_in_landscape(
    qapp: QApplication, kiosk: tuple[KioskShell, dict[str, Screen]], lang: str
) -> None:
    shell = kiosk[0]
    bar = shell.bottom_bar
    buttons = (bar.back_button, bar.home_button, bar.finish_button)
    stop_at(qapp, kiosk, "review", lang, PORTRAIT_LARGER)
    assert all(button.isVisible() for button in buttons)
    assert bar.finish_button.y() > bar.back_button.y()  # on a row of its own
    for first in buttons:
        assert shell.rect().contains(
            QRect(first.mapTo(shell, first.rect().topLeft()), first.size())
        )
        assert first.width() >= first.sizeHint().width()
        for second in buttons:
            if first is not second:
                assert not first.geometry().intersects(second.geometry())
    # Finish keeps to the right edge, where a claimant looks for it.
    assert bar.finish_button.geometry().right() > bar.width() - bar.finish_button.width()
    stop_at(qapp, kiosk, "review", lang, LANDSCAPE_NORMAL)
    assert len({button.y() for button in buttons}) == 1


def _lines(text: str, width: int) -> list[str]:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(40)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return [line.replace(WORD_JOINER, "") for line in lines]


@pytest.mark.parametrize("width", [160, 220, 300, 420])
def test_korean_breaks_only_at_spaces(qapp: QApplication, width: int) -> None:
    text = "다른 번호는 건반에서 누르시고 《확인》을 누르십시오. 손전화번호를 확인하십시오."
    words = text.split(" ")
    lines = _lines(keep_words(text, "ko"), width)
    assert [word for line in lines for word in line.split()] == words
    # Without the joiners Qt breaks after the closing bracket, inside 《확인》을.
    assert "《확인》을" not in " ".join(line.strip() for line in _lines(text, 160)).split(" ")


@pytest.mark.parametrize("width", [120, 170, 250, 330])
def test_chinese_keeps_its_words_whole(qapp: QApplication, width: int) -> None:
    text = "请输入您的手机号码，然后按“确定”。失业保险金可以领18个月。"
    lines = _lines(keep_words(text, "zh_CN"), width)
    assert "".join(lines) == text
    for word in ("手机号码", "“确定”", "失业保险金", "18个月"):
        assert any(word in line for line in lines), (word, lines)


def test_joiners_never_reach_markup_or_the_words_read_back(qapp: QApplication) -> None:
    assert keep_words("<b>处理时限：</b>经办机构&nbsp;办理", "zh_CN").startswith("<b>")
    assert "&nbsp;" in keep_words("<b>처리 기한:</b> 담당기관&nbsp;결정", "ko")
    install_language(qapp, "ko")
    label = text_label("body")
    assert isinstance(label, QLabel)
    label.setText("《확인》을 누르십시오")
    assert label.text() == "《확인》을 누르십시오"
    assert WORD_JOINER in QLabel.text(label)


def test_the_checker_names_what_a_squeezed_layout_hides(qapp: QApplication) -> None:
    """The same fault the bottom bar had: buttons given less room than their words."""
    window = QWidget()
    window.setStyleSheet("QPushButton { min-width: 300px; min-height: 96px; }")
    row = QHBoxLayout(window)
    row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    for words in ("이전으로", "첫 화면으로", "끝내기"):
        button = TouchButton("secondary", parent=window)
        button.setText(words)
        row.addWidget(button)
    window.resize(700, 120)
    window.show()
    settle()
    found = " | ".join(str(finding) for finding in check_window(window))
    assert "overlaps" in found or "need" in found, found
    assert "'끝내기'" in found
    window.close()

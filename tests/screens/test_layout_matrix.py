"""Every screen state in all twelve layouts hides nothing: the layout test of issue 12.

Twelve combinations: landscape or portrait, normal or larger text, Chinese, Korean or English.
The states are the tour's (its idle states and its journeys through the real SessionFlow), so a
screen added to the tour is checked here without a second list. Each finding names the layout,
the state and the widget (see layout_check.py for what counts).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.flow.effects import ReceiptContent
from kiosk.tour import LAYOUTS, Layout, TourCamera, Visit, walk_idle_states, walk_journeys
from screens.base import Screen
from screens.registry import build_screens
from screens.shell import KioskShell
from tests.screens.layout_check import check_window
from tests.screens.screen_kit import settle, small_targets

pytestmark = pytest.mark.gui


class LayoutChecker(TourCamera):
    """Renders each state like the tour and records what the layout hides instead of saving."""

    def __init__(self, app: QApplication, shell: KioskShell, screens: dict[str, Screen]) -> None:
        super().__init__(app, shell, screens, out_dir=None, entries=[])
        self.findings: dict[str, list[str]] = {}
        self.states = 0

    def receipt_preview(self, content: ReceiptContent, slug: str, lang: str) -> None:
        """Paper is not a screen: nothing to check here."""

    def save(self, slug: str, lang: str, title: str) -> None:
        self.states += 1
        found = [str(finding) for finding in check_window(self.shell)]
        found += [
            f"{name}: {w}x{h} px, under the touch minimum"
            for name, w, h in small_targets(self.shell)
        ]
        if found:
            self.findings[f"{slug} ({title})"] = found


@pytest.fixture(scope="module")
def checker(qapp: QApplication) -> Iterator[LayoutChecker]:
    """One shell for the whole matrix: a window per state would multiply the run time."""
    shell = KioskShell()
    screens = build_screens()
    for name, screen in screens.items():
        shell.add_screen(name, screen)
    shell.show()
    settle()
    yield LayoutChecker(qapp, shell, screens)
    for screen in screens.values():
        clear = getattr(screen, "clear", None)
        if callable(clear):
            clear()
    shell.close()
    shell.deleteLater()
    settle()


# Layouts outermost, as the tour does: a text-size switch re-polishes every screen.
COMBINATIONS = list(itertools.product(LAYOUTS, ("zh_CN", "ko", "en")))


@pytest.mark.parametrize(
    ("layout", "lang"), COMBINATIONS, ids=[f"{layout.tag}-{lang}" for layout, lang in COMBINATIONS]
)
def test_no_screen_state_hides_content(checker: LayoutChecker, layout: Layout, lang: str) -> None:
    checker.use_layout(layout)
    checker.findings = {}
    checker.states = 0
    walk_idle_states(checker, lang)
    walk_journeys(lambda: Visit(checker, lang, None))
    assert checker.states > 60
    report = "\n".join(
        f"{layout.tag} {lang} {state}:\n  " + "\n  ".join(found)
        for state, found in checker.findings.items()
    )
    assert not checker.findings, report

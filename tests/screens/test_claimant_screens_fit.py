"""Every claimant screen, in every state the scripted journeys reach, fits the panel.

The journeys are the tour's (real SessionFlow, scripted answers); instead of photographing
each state, this checks it: no clipped or cut-off words, every touch target at least 96 px,
in each language, orientation and text size.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.flow.effects import ReceiptContent
from kiosk.flow.view_models import View
from kiosk.tour import TourCamera, Visit, walk_journeys
from screens.base import Screen
from screens.registry import build_screens
from screens.shell import LANDSCAPE_SIZE, PORTRAIT_SIZE, KioskShell
from tests.screens.screen_kit import clipped_labels, cut_targets, settle, small_targets

pytestmark = pytest.mark.gui


class FitChecker(TourCamera):
    """Renders each state like the tour, in a forced text size, and records what does not fit."""

    def __init__(
        self, app: QApplication, shell: KioskShell, screens: dict[str, Screen], larger: bool
    ) -> None:
        super().__init__(app, shell, screens, out_dir=None, entries=[])  # type: ignore[arg-type]
        self.larger = larger
        self.problems: dict[str, list[object]] = {}

    def render(self, view: View) -> None:
        super().render(replace(view, chrome=replace(view.chrome, larger_text=self.larger)))

    def receipt_preview(self, content: ReceiptContent, lang: str) -> None:
        """Paper is not a screen: nothing to check here."""

    def save(self, slug: str, lang: str, title: str, portrait: bool = False) -> None:
        found: list[object] = [
            *clipped_labels(self.shell),
            *small_targets(self.shell),
            *cut_targets(self.shell),
        ]
        if found:
            self.problems[slug] = found


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


# Claimants read Chinese or Korean, at either text size; English is for maintainers and is
# checked at normal size only.
STATES = [
    *itertools.product(("zh_CN", "ko"), ("landscape", "portrait"), ("normal text", "larger text")),
    *itertools.product(("en",), ("landscape", "portrait"), ("normal text",)),
]


@pytest.mark.parametrize(("lang", "orientation", "size"), STATES)
def test_every_claimant_screen_state_fits_without_clipping(
    qapp: QApplication,
    kiosk: tuple[KioskShell, dict[str, Screen]],
    lang: str,
    orientation: str,
    size: str,
) -> None:
    shell, screens = kiosk
    shell.resize(*(LANDSCAPE_SIZE if orientation == "landscape" else PORTRAIT_SIZE))
    settle()
    checker = FitChecker(qapp, shell, screens, larger=size == "larger text")
    walk_journeys(lambda: Visit(checker, lang, None))
    assert checker.problems == {}

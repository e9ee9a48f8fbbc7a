"""The tour renders every idle state in each language and indexes the pictures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.i18n import current_language
from kiosk.tour import render_tour

pytestmark = pytest.mark.gui


def test_tour_writes_a_picture_per_state_and_an_index(qapp: QApplication, tmp_path: Path) -> None:
    entries = render_tour(tmp_path, langs=("ko",))
    index = json.loads((tmp_path / "index.json").read_text(encoding="utf-8"))
    assert index == {"screens": entries}
    assert {entry["lang"] for entry in entries} == {"ko"}
    titles = " ".join(entry["title"] for entry in entries)
    for state in ("landscape", "portrait", "larger text", "offline banner", "Timeout warning"):
        assert state in titles
    for entry in entries:
        image = QImage(str(tmp_path / entry["file"]))
        size = (image.width(), image.height())
        assert size == ((1080, 1920) if "portrait" in entry["title"] else (1920, 1080))


def test_tour_leaves_the_language_as_it_found_it(qapp: QApplication, tmp_path: Path) -> None:
    before = current_language()
    render_tour(tmp_path, langs=("ko",))
    assert current_language() == before

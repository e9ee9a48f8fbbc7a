"""The tour walks the real session flow and pictures every screen state, indexed."""

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
    for state in (
        "landscape",
        "portrait",
        "larger text",
        "offline banner",
        "Timeout warning",
        "PIN entry",
        "Last PIN try",
        "Card locked",
        "Eligible",
        "Not eligible",
        "review and submit",
        "received online",
        "stored on this kiosk",
        "out of paper",
        "Status offline",
        "after the kiosk synced",
        "flowchart",
        "Training subsidy",
        "One-time code",
        "Session ended after the timeout",
        "Receipt preview",
    ):
        assert state in titles, state
    for entry in entries:
        image = QImage(str(tmp_path / entry["file"]))
        assert not image.isNull(), entry["file"]
        if entry["title"].startswith("Receipt preview"):
            assert image.height() > image.width()  # a paper strip
            continue
        size = (image.width(), image.height())
        assert size == ((1080, 1920) if "portrait" in entry["title"] else (1920, 1080))


def test_english_for_maintainers_is_a_short_selection(qapp: QApplication, tmp_path: Path) -> None:
    entries = render_tour(tmp_path, langs=("en",))
    assert 0 < len(entries) <= 12
    assert all(entry["lang"] == "en" for entry in entries)


def test_tour_leaves_the_language_as_it_found_it(qapp: QApplication, tmp_path: Path) -> None:
    before = current_language()
    render_tour(tmp_path, langs=("ko",))
    assert current_language() == before

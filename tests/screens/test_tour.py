"""The tour walks the real session flow and pictures every screen state, indexed.

The whole tour (both claimant languages, four layouts, receipts) is `kiosk demo --tour DIR`;
these tests render chosen parts of it, so the suite stays quick.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.i18n import current_language
from kiosk.tour import LAYOUTS, Layout, render_tour

pytestmark = pytest.mark.gui

LANDSCAPE = Layout(portrait=False, larger_text=False)
PORTRAIT_LARGER = Layout(portrait=True, larger_text=True)


def test_tour_pictures_every_state_in_korean_with_an_index(
    qapp: QApplication, tmp_path: Path
) -> None:
    entries = render_tour(tmp_path, langs=("ko",), layouts=(LANDSCAPE,))
    index = json.loads((tmp_path / "index.json").read_text(encoding="utf-8"))
    assert index == {"screens": entries}
    assert {entry["lang"] for entry in entries} == {"ko"}
    titles = " ".join(entry["title"] for entry in entries)
    for state in (
        "Idle screen",
        "offline banner",
        "card left in the reader",
        "Timeout warning",
        "PIN entry",
        "four of six digits typed",
        "mobile number part-typed",
        "three of six digits typed",
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
        "Receipt preview, 58mm",
        "Receipt preview, 80mm",
    ):
        assert state in titles, state
    slugs = {entry["file"].rsplit("-landscape-", 1)[0] for entry in entries}
    for fault in (
        "fault-card.unreadable",
        "fault-card.expired",
        "fault-login-card_proof.unknown_card",
        "fault-otp.too_many_requests",
        "fault-status-service.unreachable",
        "fault-storage.disk_full",
        "fault-receipt-printer.paper_out",
        "fault-receipt-printer.cover_open",
        "fault-guide-printer.offline",
    ):
        assert fault in slugs, fault
    for entry in entries:
        image = QImage(str(tmp_path / entry["file"]))
        assert not image.isNull(), entry["file"]
        if entry["title"].startswith("Receipt preview"):
            assert entry["orientation"] == "paper"
            assert image.height() > image.width()  # a paper strip
            continue
        assert (entry["orientation"], entry["text_size"]) == ("landscape", "normal")
        assert (image.width(), image.height()) == (1920, 1080)


def test_every_layout_is_pictured_and_named_in_the_index(
    qapp: QApplication, tmp_path: Path
) -> None:
    shots = frozenset({"status", "apply-mobile-typed"})
    entries = render_tour(tmp_path, langs=("zh_CN", "ko"), only=shots)
    pictured = {
        (entry["file"].split("-")[0], entry["lang"], entry["orientation"], entry["text_size"])
        for entry in entries
    }
    expected = {
        (slug.split("-")[0], lang, layout.orientation, layout.text_size)
        for slug in shots
        for lang in ("zh_CN", "ko")
        for layout in LAYOUTS
    }
    assert pictured == expected
    for entry in entries:
        image = QImage(str(tmp_path / entry["file"]))
        size = (1080, 1920) if entry["orientation"] == "portrait" else (1920, 1080)
        assert (image.width(), image.height()) == size
    # Larger text is larger in the picture, not only in the index: the same state differs.
    normal, larger = (
        (tmp_path / f"status-portrait-{size}-ko.png").read_bytes() for size in ("normal", "larger")
    )
    assert normal != larger


def test_english_for_maintainers_is_a_short_selection(qapp: QApplication, tmp_path: Path) -> None:
    entries = render_tour(tmp_path, langs=("en",), layouts=(PORTRAIT_LARGER,))
    assert 0 < len(entries) <= 8
    assert all(entry["lang"] == "en" for entry in entries)
    assert all(entry["orientation"] == "portrait" for entry in entries)


def test_tour_leaves_the_language_as_it_found_it(qapp: QApplication, tmp_path: Path) -> None:
    before = current_language()
    render_tour(tmp_path, langs=("ko",), layouts=(LANDSCAPE,), only=frozenset({"home"}))
    assert current_language() == before

"""The Chinese and Korean catalogues are complete and match the strings in the code."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.i18n import ts_path
from kiosk.i18n.build import PROJECT_ROOT, find_tool, source_files

CLAIMANT_LANGUAGES = ("zh_CN", "ko")


def messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def keys(path: Path) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


@pytest.mark.parametrize("lang", CLAIMANT_LANGUAGES)
def test_catalogue_has_no_unfinished_or_empty_translation(lang: str) -> None:
    problems = []
    for message in messages(ts_path(lang)):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or not (translation.text or "").strip():
            problems.append(f"untranslated: {source!r}")
        elif translation.get("type") in {"unfinished", "obsolete", "vanished"}:
            problems.append(f"{translation.get('type')}: {source!r}")
    assert problems == []


@pytest.mark.parametrize("lang", CLAIMANT_LANGUAGES)
def test_catalogue_covers_every_string_in_the_code(lang: str, tmp_path: Path) -> None:
    """A string added to a screen without running the build shows up here, not on a kiosk."""
    try:
        lupdate = find_tool("pyside6-lupdate")
    except RuntimeError:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / f"fresh_{lang}.ts"
    files = [str(path.relative_to(PROJECT_ROOT)) for path in source_files()]
    subprocess.run(
        [str(lupdate), *files, "-no-obsolete", "-ts", str(fresh)],
        cwd=PROJECT_ROOT,
        check=True,
        capture_output=True,
    )
    assert keys(fresh) == keys(ts_path(lang))


@pytest.mark.parametrize("lang", CLAIMANT_LANGUAGES)
def test_korean_and_chinese_texts_are_not_left_in_english(lang: str) -> None:
    untouched = [
        message.findtext("source")
        for message in messages(ts_path(lang))
        if message.findtext("translation") == message.findtext("source")
    ]
    assert untouched == []


def test_shipped_catalogues_are_built_from_the_current_sources(tmp_path: Path) -> None:
    try:
        lrelease = find_tool("pyside6-lrelease")
    except RuntimeError:
        pytest.skip("pyside6-lrelease is not installed")
    for lang in ("zh_CN", "ko", "en"):
        source = tmp_path / ts_path(lang).name
        shutil.copy(ts_path(lang), source)
        built = tmp_path / f"{lang}.qm"
        subprocess.run(
            [str(lrelease), str(source), "-qm", str(built)], check=True, capture_output=True
        )
        shipped = ts_path(lang).with_suffix(".qm")
        assert built.read_bytes() == shipped.read_bytes(), (
            f"run python -m kiosk.i18n.build ({lang})"
        )

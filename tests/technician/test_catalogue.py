"""The technician catalogue is complete and built, and stays out of the claimant catalogues."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.i18n.build import find_tool
from kiosk.technician import catalogue


def sources_in(path: Path) -> list[str]:
    return [m.findtext("source") or "" for m in ET.parse(path).getroot().iter("message")]


def test_every_text_of_the_views_is_in_both_catalogues() -> None:
    wanted = catalogue.extract(catalogue.source_files())
    assert len(wanted) > 100
    for lang in catalogue.LANGUAGES:
        assert sources_in(catalogue.ts_path(lang)) == wanted, (
            "run .venv/bin/python -m kiosk.technician.catalogue"
        )


def test_chinese_is_complete_and_not_left_in_english() -> None:
    problems = []
    for message in ET.parse(catalogue.ts_path("zh_CN")).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not translation.text:
            problems.append(f"untranslated: {source!r}")
        elif translation.text == source and not source.startswith("USB"):
            problems.append(f"left in English: {source!r}")
    assert problems == []


def test_shipped_qm_files_are_built_from_the_ts_files(tmp_path: Path) -> None:
    try:
        lrelease = find_tool("pyside6-lrelease")
    except RuntimeError:
        pytest.skip("pyside6-lrelease is not installed")
    for lang in catalogue.LANGUAGES:
        source = tmp_path / catalogue.ts_path(lang).name
        shutil.copy(catalogue.ts_path(lang), source)
        built = tmp_path / f"{lang}.qm"
        subprocess.run(
            [str(lrelease), str(source), "-qm", str(built)], check=True, capture_output=True
        )
        assert built.read_bytes() == catalogue.qm_path(lang).read_bytes()


def test_claimant_lupdate_finds_no_technician_text(tmp_path: Path) -> None:
    """The claimant build scans all of screens/ and kiosk/: technician texts must stay invisible
    to it, or the claimant catalogues would ask for Korean translations of them."""
    try:
        lupdate = find_tool("pyside6-lupdate")
    except RuntimeError:
        pytest.skip("pyside6-lupdate is not installed")
    files = [
        *catalogue.source_files(),
        *sorted((catalogue.PROJECT_ROOT / "kiosk" / "technician").glob("*.py")),
        catalogue.PROJECT_ROOT / "kiosk" / "commands" / "technician.py",
    ]
    out = tmp_path / "scan.ts"
    subprocess.run(
        [str(lupdate), *map(str, files), "-ts", str(out)], check=True, capture_output=True
    )
    assert sources_in(out) == []

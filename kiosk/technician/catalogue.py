"""Builds the technician catalogue (kiosk/i18n/changtong_technician_{zh_CN,en}.ts/.qm).

The views call `tt("English source")`; this module finds those calls with Python's own parser,
adds new sources to each .ts file (keeping every existing translation), drops sources the code
no longer uses, and compiles .qm files with pyside6-lrelease, the same tool the claimant
catalogues use. Run: `.venv/bin/python -m kiosk.technician.catalogue [--release-only]`.
"""

from __future__ import annotations

import argparse
import ast
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
I18N_DIR = PROJECT_ROOT / "kiosk" / "i18n"
SOURCE_DIR = PROJECT_ROOT / "screens" / "technician"
LANGUAGES = ("zh_CN", "en")
CONTEXT = "technician"
CALL_NAME = "tt"


def ts_path(lang: str) -> Path:
    return I18N_DIR / f"changtong_technician_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"changtong_technician_{lang}.qm"


def extract(files: Sequence[Path]) -> list[str]:
    """Every literal `tt("…")` source, in order of first appearance."""
    found: dict[str, None] = {}
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == CALL_NAME
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, None)
    return list(found)


def source_files() -> list[Path]:
    return sorted(SOURCE_DIR.rglob("*.py"))


def read_translations(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    done: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished" and translation.text:
            done[source] = translation.text
    return done


def write_ts(
    path: Path, lang: str, sources: Sequence[str], translations: dict[str, str]
) -> list[str]:
    """Returns the sources still without a translation."""
    root = ET.Element("TS", version="2.1", language=lang)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    missing = []
    for source in sources:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        text = translations.get(source)
        if text is None and lang == "en":
            text = source
        if text is None:
            translation.set("type", "unfinished")
            missing.append(source)
        else:
            translation.text = text
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def update_sources() -> dict[str, list[str]]:
    sources = extract(source_files())
    return {
        lang: write_ts(ts_path(lang), lang, sources, read_translations(ts_path(lang)))
        for lang in LANGUAGES
    }


def compile_catalogues() -> list[Path]:
    from kiosk.i18n.build import release

    return [release(ts_path(lang), qm_path(lang)) for lang in LANGUAGES]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="build the technician catalogue")
    parser.add_argument("--release-only", action="store_true", help="only compile .ts -> .qm")
    args = parser.parse_args(argv)
    if not args.release_only:
        for lang, missing in update_sources().items():
            for source in missing:
                print(f"{lang}: untranslated: {source!r}")
    for path in compile_catalogues():
        print(f"built {path.relative_to(PROJECT_ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

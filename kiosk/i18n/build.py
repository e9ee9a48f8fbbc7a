"""Builds the translation catalogues: refreshes the .ts sources from the code, compiles .qm.

Run `python -m kiosk.i18n.build` after changing any user-facing string, then translate the new
entries (Qt Linguist or any editor) and run it again. `--release-only` just compiles the .qm
files, for install or test time when the sources must not change. The .qm files are committed
and shipped in the package, so a running kiosk never needs these tools.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.i18n import LANGUAGES, qm_path, ts_path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# Packages whose code may hold claimant-facing text.
SOURCE_PACKAGES = ("screens", "kiosk")


class TranslationToolMissing(RuntimeError):
    pass


def find_tool(name: str) -> Path:
    """Prefer the tool installed beside this interpreter (the venv), then PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return beside
    found = shutil.which(name)
    if found is None:
        raise TranslationToolMissing(f"{name} not found; install PySide6-Essentials")
    return Path(found)


def source_files(root: Path = PROJECT_ROOT) -> list[Path]:
    files: list[Path] = []
    for package in SOURCE_PACKAGES:
        files.extend(sorted((root / package).rglob("*.py")))
    return files


def update_sources(langs: Sequence[str] = LANGUAGES, root: Path = PROJECT_ROOT) -> None:
    """Add new strings to each .ts file and drop ones the code no longer uses."""
    lupdate = find_tool("pyside6-lupdate")
    files = [str(path.relative_to(root)) for path in source_files(root)]
    for lang in langs:
        subprocess.run(
            [
                str(lupdate),
                *files,
                "-no-obsolete",
                "-locations",
                "relative",
                "-target-language",
                lang,
                "-ts",
                str(ts_path(lang)),
            ],
            cwd=root,
            check=True,
            capture_output=True,
        )


def release(ts: Path, target: Path) -> Path:
    """Compiles one .ts into `target` with pyside6-lrelease.

    Qt maps a loaded .qm file into memory: rewriting it in place under a running kiosk (an
    update, a rebuild during a test run) pulls the pages from under it and crashes it. A new
    file renamed over the old leaves a running process its own copy."""
    fresh = target.with_name(f".{target.name}.{os.getpid()}.new")
    try:
        subprocess.run(
            [str(find_tool("pyside6-lrelease")), str(ts), "-qm", str(fresh)],
            check=True,
            capture_output=True,
        )
        os.replace(fresh, target)
    finally:
        fresh.unlink(missing_ok=True)
    return target


def compile_catalogues(langs: Sequence[str] = LANGUAGES) -> list[Path]:
    return [release(ts_path(lang), qm_path(lang)) for lang in langs]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--release-only",
        action="store_true",
        help="compile the existing .ts files to .qm without rescanning the code",
    )
    args = parser.parse_args(argv)
    if not args.release_only:
        update_sources()
    for path in compile_catalogues():
        print(f"built {path.relative_to(PROJECT_ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

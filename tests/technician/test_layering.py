"""The technician core runs without Qt; the views import no claimant screen."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_core_loads_no_qt() -> None:
    probe = (
        "import importlib, pkgutil, sys, kiosk.technician as t\n"
        "for info in pkgutil.iter_modules(t.__path__):\n"
        "    importlib.import_module('kiosk.technician.' + info.name)\n"
        "import kiosk.commands.technician\n"
        "print(','.join(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == ""


def test_views_use_only_the_shared_theme_and_widgets_of_screens() -> None:
    allowed = {"screens.icons", "screens.palette", "screens.theme", "screens.widgets"}
    for path in sorted((ROOT / "screens" / "technician").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("screens")
            ):
                assert node.module.startswith("screens.technician") or node.module in allowed, (
                    path.name,
                    node.module,
                )

"""The flow and the domain stay pure: no Qt, no I/O, imports only one way (DESIGN.md layers)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ALLOWED_STDLIB = {
    "__future__",
    "collections",
    "dataclasses",
    "datetime",
    "decimal",
    "enum",
    "math",
    "typing",
}


def _imports(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package.replace(".", "/")).glob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        found[path.name] = names
    return found


def test_domain_imports_only_the_standard_library_and_itself() -> None:
    for module, names in _imports("kiosk.domain").items():
        for name in names:
            top = name.split(".")[0]
            assert name.startswith("kiosk.domain") or top in ALLOWED_STDLIB, (module, name)


def test_flow_imports_only_the_domain_itself_and_the_standard_library() -> None:
    for module, names in _imports("kiosk.flow").items():
        for name in names:
            top = name.split(".")[0]
            ours = name.startswith(("kiosk.domain", "kiosk.flow"))
            assert ours or top in ALLOWED_STDLIB, (module, name)


def test_importing_the_flow_loads_no_qt() -> None:
    probe = (
        "import importlib, pkgutil, sys, kiosk.flow, kiosk.domain\n"
        "for pkg in (kiosk.flow, kiosk.domain):\n"
        "    for info in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + info.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'requests',"
        " 'sqlite3', 'socket', 'threading')]\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    loaded = [name for name in result.stdout.strip().split(",") if name]
    assert not [name for name in loaded if name.split(".")[0] in ("PySide6", "shiboken6")]
    assert "requests" not in loaded and "sqlite3" not in loaded


def test_modules_stay_small() -> None:
    for package in ("kiosk/flow", "kiosk/domain"):
        for path in (ROOT / package).glob("*.py"):
            assert len(path.read_text(encoding="utf-8").splitlines()) < 500, path.name

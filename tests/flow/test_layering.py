"""The flow and the domain stay pure: what import-linter cannot say.

The layer rules (no Qt, no devices, no HTTP, no database, imports one way) are contracts in
pyproject.toml, run by `lint-imports` in script/test. A contract can only forbid; these tests
allow: the domain and the flow may use a short list of standard-library modules and no other.
"""

from __future__ import annotations

import ast
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


def test_domain_imports_only_the_standard_library_the_contract_and_itself() -> None:
    for module, names in _imports("kiosk.domain").items():
        for name in names:
            top = name.split(".")[0]
            ours = name.startswith(("kiosk.domain", "contract"))
            assert ours or top in ALLOWED_STDLIB, (module, name)


def test_flow_imports_only_the_domain_itself_and_the_standard_library() -> None:
    for module, names in _imports("kiosk.flow").items():
        for name in names:
            top = name.split(".")[0]
            ours = name.startswith(("kiosk.domain", "kiosk.flow", "contract"))
            assert ours or top in ALLOWED_STDLIB, (module, name)


def test_modules_stay_small() -> None:
    for package in ("kiosk/flow", "kiosk/domain"):
        for path in (ROOT / package).glob("*.py"):
            assert len(path.read_text(encoding="utf-8").splitlines()) < 500, path.name

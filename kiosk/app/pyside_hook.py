"""A lighter answer for PySide6's import hook, which otherwise costs the kiosk ~10 MB and time.

After PySide6 is imported, every module imported later is passed to
`shibokensupport.feature._mod_uses_pyside` (PYSIDE-2029), which asks `inspect.getsource` whether
the module's text contains "PySide6", to decide the module's default for `from __feature__
import ...`. `inspect.getsource` goes through `linecache`, so the source of every module the
kiosk imports (about 100,000 lines) stays in memory for the process's life, and each import
decodes and splits its file into lines. The kiosk uses no `__feature__`; it still keeps the
same answer, read as bytes from the module's file and not kept. Modules without a .py file, and
any PySide6 version without this hook, take PySide6's own path.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType


def lighten_pyside_import_hook() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "_reads_bytes", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside._reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    # what the hook cached before this point (PySide6's own imports, the caller's)
    linecache.clearcache()

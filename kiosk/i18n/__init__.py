"""Kiosk translations (Qt .ts/.qm) and locale formatting; may import only Qt and the stdlib.

Qt is imported only inside `install_language`, so the Qt-free session flow can use
`kiosk.i18n.formatting` and the language list without pulling in Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

LANGUAGES: tuple[str, ...] = ("zh_CN", "ko", "en")
DEFAULT_LANGUAGE = "zh_CN"
CATALOGUE_NAME = "changtong"
PACKAGE_DIR = Path(__file__).resolve().parent

_installed: QTranslator | None = None
_current = DEFAULT_LANGUAGE
_generation = 0


def ts_path(lang: str) -> Path:
    return PACKAGE_DIR / f"{CATALOGUE_NAME}_{lang}.ts"


def qm_path(lang: str) -> Path:
    return PACKAGE_DIR / f"{CATALOGUE_NAME}_{lang}.qm"


def current_language() -> str:
    return _current


def catalogue_generation() -> int:
    """Changes with every `install_language`: words cached under it are still the right ones."""
    return _generation


def install_language(app: QCoreApplication, lang: str) -> bool:
    """Switch every window to `lang` at once; returns False if its catalogue is missing.

    Installing a translator makes Qt send LanguageChange to every widget, and each screen
    re-words itself on that event, so the switch happens on the page the claimant is on.
    English is the source language and works even without a catalogue.
    """
    from PySide6.QtCore import QLocale, QTranslator

    global _installed, _current, _generation
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    # Korean here is the Korean of Yanbian, China: Korean language, Chinese conventions.
    languages = {
        "zh_CN": QLocale.Language.Chinese,
        "ko": QLocale.Language.Korean,
        "en": QLocale.Language.English,
    }
    QLocale.setDefault(QLocale(languages[lang], QLocale.Country.China))
    translator = QTranslator(app)
    loaded = translator.load(str(qm_path(lang)))
    _current = lang
    _generation += 1
    previous, _installed = _installed, None
    if loaded:
        app.installTranslator(translator)
        _installed = translator
    if previous is not None:
        app.removeTranslator(previous)
        previous.deleteLater()
    return loaded or lang == "en"

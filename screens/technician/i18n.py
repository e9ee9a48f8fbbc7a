"""Technician texts: Qt translation with the context "technician", in a catalogue of their own.

`tt` is deliberately not a name pyside6-lupdate knows, so the claimant catalogues (built from
every file under screens/ and kiosk/) never collect technician texts; kiosk.technician.catalogue
extracts `tt("…")` calls for the technician catalogue instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.technician.catalogue import qm_path

CONTEXT = "technician"
_installed: QTranslator | None = None


def tt(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def install_technician_language(app: QCoreApplication, lang: str = "zh_CN") -> bool:
    """Loads the technician catalogue beside the claimant one; English needs none."""
    global _installed
    translator = QTranslator(app)
    loaded = translator.load(str(qm_path(lang))) if lang != "en" else False
    previous, _installed = _installed, None
    if loaded:
        app.installTranslator(translator)
        _installed = translator
    if previous is not None:
        app.removeTranslator(previous)
        previous.deleteLater()
    return loaded or lang == "en"

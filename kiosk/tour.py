"""Renders every screen state to PNG offscreen, so people can review the UI without a kiosk.

`kiosk demo --tour DIR` calls `render_tour`; reviewers open the pictures, translators check
their words in place, and the README picks a few.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from kiosk.domain.language import Language
from kiosk.flow.messages import Msg
from kiosk.flow.view_models import IdleView
from kiosk.i18n import current_language, install_language
from screens.idle import IdleScreen
from screens.shell import IDLE_CHROME, LANDSCAPE_SIZE, PORTRAIT_SIZE, KioskShell
from screens.theme import base_font

TIMEOUT_WARNING_SECONDS = 30


@dataclass(frozen=True)
class _Shot:
    slug: str
    title: str
    portrait: bool
    larger_text: bool = False
    offline: bool = False
    timeout_warning: bool = False
    card_left_in_reader: bool = False


def _shots() -> Iterator[_Shot]:
    for portrait in (False, True):
        way = "portrait" if portrait else "landscape"
        yield _Shot(f"idle-{way}", f"Idle screen, {way}", portrait)
        yield _Shot(f"idle-{way}-larger-text", f"Idle screen, {way}, larger text", portrait, True)
        yield _Shot(
            f"idle-{way}-offline", f"Idle screen, {way}, offline banner", portrait, offline=True
        )
        yield _Shot(
            f"idle-{way}-larger-text-offline",
            f"Idle screen, {way}, larger text, offline banner",
            portrait,
            larger_text=True,
            offline=True,
        )
        yield _Shot(
            f"idle-{way}-take-card",
            f"Idle screen, {way}, card left in the reader",
            portrait,
            card_left_in_reader=True,
        )
        yield _Shot(
            f"timeout-warning-{way}", f"Timeout warning, {way}", portrait, timeout_warning=True
        )
        yield _Shot(
            f"timeout-warning-{way}-larger-text",
            f"Timeout warning, {way}, larger text",
            portrait,
            larger_text=True,
            timeout_warning=True,
        )


def _application() -> QCoreApplication:
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([])
    app.setFont(base_font())
    return app


def _settle(app: QCoreApplication) -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        app.processEvents()


def render_tour(out_dir: Path, langs: tuple[str, ...] = ("zh_CN", "ko")) -> list[dict[str, str]]:
    """Save a PNG per screen state and language into `out_dir`, plus out_dir/index.json."""
    app = _application()
    out_dir.mkdir(parents=True, exist_ok=True)
    shell = KioskShell()
    shell.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    idle = IdleScreen()
    shell.add_screen("idle", idle)
    shell.show()
    previous_language = current_language()
    entries: list[dict[str, str]] = []
    try:
        for lang in langs:
            install_language(app, lang)
            for shot in _shots():
                shell.resize(*(PORTRAIT_SIZE if shot.portrait else LANDSCAPE_SIZE))
                shell.set_chrome(
                    replace(
                        IDLE_CHROME,
                        language=Language(lang),
                        larger_text=shot.larger_text,
                        offline_banner=Msg.OFFLINE_BANNER if shot.offline else None,
                        countdown_seconds=TIMEOUT_WARNING_SECONDS if shot.timeout_warning else None,
                    )
                )
                idle.set_view(IdleView(Msg.IDLE_WELCOME, take_card=shot.card_left_in_reader))
                shell.show_screen("idle")
                _settle(app)
                file_name = f"{shot.slug}-{lang}.png"
                shell.grab().save(str(out_dir / file_name))
                entries.append({"file": file_name, "lang": lang, "title": shot.title})
    finally:
        shell.close()
        shell.deleteLater()
        install_language(app, previous_language)
        _settle(app)
    index = {"screens": entries}
    (out_dir / "index.json").write_text(
        json.dumps(index, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return entries

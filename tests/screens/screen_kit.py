"""Helpers shared by the screen tests (imported as a plain module, like tests/flow/flow_kit)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.domain.language import Language
from kiosk.flow.view_models import Chrome
from kiosk.i18n import install_language
from screens.shell import IDLE_CHROME, KioskShell
from screens.theme import MIN_TOUCH_TARGET_PX
from screens.widgets import TouchTile


def settle() -> None:
    """Let posted LanguageChange and layout events run, as the event loop would."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def chrome(**changes: object) -> Chrome:
    return replace(IDLE_CHROME, **changes)  # type: ignore[arg-type]


def switch_language(app: QCoreApplication, shell: KioskShell, lang: str) -> None:
    install_language(app, lang)
    shell.set_chrome(replace(shell.chrome(), language=Language(lang)))
    settle()


def clipped_labels(root: QWidget) -> list[str]:
    """Labels given less height than their words need at their width, or cut at the edge."""
    clipped = []
    window = root.rect()
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text():
            continue
        needed = (
            label.heightForWidth(label.width())
            if label.hasHeightForWidth()
            else label.sizeHint().height()
        )
        top_left = label.mapTo(root, label.rect().topLeft())
        bottom_right = label.mapTo(root, label.rect().bottomRight())
        outside = not (window.contains(top_left) and window.contains(bottom_right))
        too_narrow = not label.wordWrap() and label.sizeHint().width() > label.width()
        if label.height() < needed or outside or too_narrow:
            clipped.append(f"{label.text()!r}: {label.height()} px high, needs {needed} px")
    return clipped


def small_targets(root: QWidget) -> list[tuple[str, int, int]]:
    """Visible buttons and tiles whose shorter side is under the minimum touch target."""
    targets: list[QWidget] = [*root.findChildren(QAbstractButton), *root.findChildren(TouchTile)]
    return [
        (target.objectName() or type(target).__name__, target.width(), target.height())
        for target in targets
        if target.isVisibleTo(root) and min(target.width(), target.height()) < MIN_TOUCH_TARGET_PX
    ]

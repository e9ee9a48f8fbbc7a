"""Language, larger text, read-aloud and elderly mode: available on every screen, idle included."""

from __future__ import annotations

from dataclasses import replace

from kiosk.flow.events import (
    ChangeLanguage,
    Event,
    LeaveElderlyMode,
    SetLargerText,
    SetReadAloud,
    ToggleLargerText,
    ToggleReadAloud,
)
from kiosk.flow.states import Display


def changed_display(display: Display, event: Event) -> Display | None:
    """The display after a preference intent, or None when the event is not one."""
    if isinstance(event, ChangeLanguage):
        return replace(display, language=event.language)
    if isinstance(event, ToggleLargerText):
        return replace(display, larger_text=not display.larger_text)
    if isinstance(event, ToggleReadAloud):
        return replace(display, read_aloud=not display.read_aloud)
    if isinstance(event, SetLargerText):
        return replace(display, larger_text=event.enabled)
    if isinstance(event, SetReadAloud):
        return replace(display, read_aloud=event.enabled)
    if isinstance(event, LeaveElderlyMode):
        return replace(display, elderly_mode=False, elderly_decided=True)
    return None

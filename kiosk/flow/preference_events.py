"""The claimant's display and reading preferences, which any screen offers (language, larger
text, read-aloud, the elderly-mode shortcut). Kept apart from events.py, which re-exports them,
because they cut across every screen rather than belonging to one service.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.language import Language


@dataclass(frozen=True)
class ChangeLanguage:
    language: Language


@dataclass(frozen=True)
class ToggleLargerText:
    pass


@dataclass(frozen=True)
class ToggleReadAloud:
    pass


@dataclass(frozen=True)
class SetLargerText:
    """The explicit form of the toggle, for a checkable button that knows its own state."""

    enabled: bool


@dataclass(frozen=True)
class SetReadAloud:
    enabled: bool


@dataclass(frozen=True)
class LeaveElderlyMode:
    pass

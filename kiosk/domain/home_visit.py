"""Home visits as the screens see them: who is visiting (masked), and why a login was refused."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FieldLoginProblem(StrEnum):
    """Why the field visitor's login did not open the laptop; each has its own message."""

    WRONG_PASSWORD = "wrong_password"
    NOT_FIELD_VISITOR = "not_field_visitor"
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    # Offline, and this visitor never logged in online on this laptop (or was wiped).
    FIRST_LOGIN_ONLINE = "first_login_online"
    # Offline, and the sealed credential's week is over: log in once with the network.
    EXPIRED = "expired"
    # The agency answered, but not with a credential (laptop not enrolled, clock, server fault).
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class VisitorBadge:
    """The banner on every screen: "home visit by 金**"; `offline` when the login was checked
    on the laptop alone."""

    masked_name: str
    offline: bool


@dataclass(frozen=True)
class FieldLoginView:
    """The field-staff login screen. `tries_left`: offline wrong passwords before the sealed
    credential is wiped (WRONG_PASSWORD offline only)."""

    problem: FieldLoginProblem | None = None
    tries_left: int | None = None
    busy: bool = False

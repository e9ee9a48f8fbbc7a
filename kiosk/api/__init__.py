"""Typed client for the agency API (docs/api.md): signing, timeouts, safe retries; no Qt."""

from kiosk.api.client import AgencyClient
from kiosk.api.errors import (
    AgencyError,
    AgencyRejected,
    AgencyUnavailable,
    AuthenticationFailed,
    LoginRejected,
)

__all__ = [
    "AgencyClient",
    "AgencyError",
    "AgencyRejected",
    "AgencyUnavailable",
    "AuthenticationFailed",
    "LoginRejected",
]

"""What can go wrong talking to the agency, split by what the kiosk should do about it."""


class AgencyError(Exception):
    """Base: `code` is the server's stable code (or ours for transport faults), safe to log."""

    def __init__(
        self,
        code: str,
        message: str,
        status: int | None = None,
        details: dict[str, object] | None = None,
    ) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.status = status
        self.details = details or {}


class AgencyUnavailable(AgencyError):
    """Transient: no network, timeout, 5xx. The kiosk goes offline-mode and queues."""


class AgencyRejected(AgencyError):
    """Permanent for this request: the server understood it and said no (4xx)."""


class AuthenticationFailed(AgencyRejected):
    """401: the kiosk's enrolment or clock is wrong; a technician must look."""

"""What can go wrong talking to the agency, split by what the kiosk should do about it."""

from typing import ClassVar

from contract.errors import CLAIMANT_LOGIN


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
    """401: the kiosk's enrolment or clock is wrong; a technician must look.

    A 401 about the claimant's own login is a LoginRejected instead.
    """


class LoginRejected(AgencyRejected):
    """401 about the claimant's login, not the kiosk: a wrong or expired one-time code, a
    login token that is missing, expired or someone else's, a card whose answer to the
    challenge is wrong (`card_proof_invalid`: a cloned card), a used or expired challenge, or
    a request without any claimant proof. Nothing is wrong with the kiosk."""

    CODES: ClassVar[frozenset[str]] = CLAIMANT_LOGIN

    @property
    def tries_left(self) -> int:
        """Wrong codes still allowed before the code is void (0 when the server gave none)."""
        left = self.details.get("tries_left")
        return left if isinstance(left, int) and not isinstance(left, bool) else 0

"""Who is calling, once the API has authenticated them: a kiosk or a staff member.

Services take these and check roles with `require_role`; how a caller proved who it is (signed
headers, a bearer token) stays in server/api/deps.py, so services run the same from the API, the
`kiosk server` commands and the tests.
"""

from dataclasses import dataclass

from server.errors import ApiError


@dataclass(frozen=True)
class KioskCaller:
    kiosk_id: str
    region_code: str


@dataclass(frozen=True)
class StaffCaller:
    user_id: int
    username: str
    role: str

    @property
    def actor(self) -> str:
        return f"staff:{self.username}"


def require_role(caller: StaffCaller, role: str) -> None:
    if caller.role != role:
        raise ApiError(
            403, "role_required", f"this action needs the '{role}' role; you hold '{caller.role}'"
        )

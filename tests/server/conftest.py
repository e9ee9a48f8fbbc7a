"""Fixtures for the reference server's tests."""

from collections.abc import Callable

import pytest
import requests


@pytest.fixture
def staff_login(agency) -> Callable[[str], dict[str, str]]:  # type: ignore[no-untyped-def]
    """Logs a seeded staff account in and returns the header that authenticates it."""

    def login(username: str) -> dict[str, str]:
        answer = requests.post(
            f"{agency.url}/api/v1/staff/login",
            json={"username": username, "password": agency.staff_passwords[username]},
            timeout=10,
        )
        answer.raise_for_status()
        return {"Authorization": f"Bearer {answer.json()['token']}"}

    return login

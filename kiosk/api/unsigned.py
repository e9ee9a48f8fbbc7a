"""The two agency calls made without the kiosk key: the health probe and enrolment.

The network check asks `/health` to learn whether the agency answers at all, before any signed
call; enrolment is how the kiosk gets its key in the first place. They live beside the signed
client so that kiosk/api stays the one package that speaks HTTP. Both return values: an answer
of any status, or `Unreachable` naming what failed (a type name, never a URL's contents).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

import requests

HEALTH_PATH = "/health"
ENROL_PATH = "/api/v1/kiosks/enroll"


@dataclass(frozen=True)
class HttpAnswer:
    status: int
    reason: str
    body: bytes

    def error_code(self) -> tuple[str, str] | None:
        """The agency's `{"code", "message"}` error body, when the answer is one."""
        try:
            payload = json.loads(self.body)
            return str(payload["code"]), str(payload["message"])
        except (ValueError, KeyError, TypeError):
            return None


@dataclass(frozen=True)
class Unreachable:
    error: str  # the exception's type name: ConnectTimeout, SSLError, ConnectionError …


def _answer(response: requests.Response) -> HttpAnswer:
    return HttpAnswer(response.status_code, response.reason or "", response.content)


def get_health(
    server_url: str, *, timeout_s: float | tuple[float, float], verify: bool | str = True
) -> HttpAnswer | Unreachable:
    try:
        response = requests.get(
            server_url.rstrip("/") + HEALTH_PATH, timeout=timeout_s, verify=verify
        )
    except requests.RequestException as exc:
        return Unreachable(type(exc).__name__)
    return _answer(response)


def post_enrolment(
    server_url: str,
    body: Mapping[str, str],
    *,
    timeout_s: float | tuple[float, float],
    verify: bool | str = True,
) -> HttpAnswer | Unreachable:
    try:
        response = requests.post(
            server_url.rstrip("/") + ENROL_PATH, json=dict(body), timeout=timeout_s, verify=verify
        )
    except requests.RequestException as exc:
        return Unreachable(type(exc).__name__)
    return _answer(response)

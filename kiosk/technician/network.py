"""Network check, one step at a time, each with its own result and time: DNS, TCP, TLS, the
unsigned health probe and a signed API call.

Each step says what broke in words a technician can act on: a DNS failure is the site's network
or the URL; a refused TCP connection is the server or a firewall; a TLS failure is a certificate
or a proxy; a refused signature is the enrolment or the clock.
"""

from __future__ import annotations

import socket
import ssl
import time
import uuid
from collections.abc import Callable
from typing import Protocol
from urllib.parse import urlsplit

from config import Settings
from kiosk.api.errors import AgencyError, AgencyRejected, AuthenticationFailed
from kiosk.api.unsigned import Unreachable, get_health
from kiosk.technician.views import StepResult


class SignedCaller(Protocol):
    """`AgencyClient` fits: `request(...)` and `clock_offset_s`."""

    clock_offset_s: float

    def request(self, method: str, path: str, payload: object = None, *, retry: bool) -> object: ...


def _timed(step: str, action: Callable[[], tuple[str, str, str]]) -> StepResult:
    started = time.perf_counter()
    outcome, code, detail = action()
    return StepResult(step, outcome, round((time.perf_counter() - started) * 1000, 1), code, detail)


def run_network_check(
    settings: Settings,
    client: SignedCaller | None,
    *,
    timeout_s: float | None = None,
) -> list[StepResult]:
    """Stops after the first failed step: later steps cannot succeed and would only wait."""
    url = settings.server.url
    parts = urlsplit(url)
    host = parts.hostname or ""
    https = parts.scheme == "https"
    port = parts.port or (443 if https else 80)
    timeout = timeout_s or settings.server.connect_timeout_s
    verify: bool | str = settings.server.ca_bundle or settings.server.verify_tls
    results: list[StepResult] = []
    addresses: list[str] = []

    def dns() -> tuple[str, str, str]:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            return "failed", "dns_failed", f"gaierror:{exc.errno}"
        addresses.extend(dict.fromkeys(str(info[4][0]) for info in infos))
        return "ok", "", addresses[0]

    def tcp() -> tuple[str, str, str]:
        last = "no_address"
        for address in addresses:
            try:
                with socket.create_connection((address, port), timeout=timeout):
                    return "ok", "", f"{address}:{port}"
            except TimeoutError:
                last = "tcp_timeout"
            except ConnectionRefusedError:
                last = "tcp_refused"
            except OSError as exc:
                last = f"tcp_error:{exc.errno}"
        return "failed", last, f"port:{port}"

    def tls() -> tuple[str, str, str]:
        if not https:
            return "skipped", "plain_http", ""
        context = ssl.create_default_context(cafile=verify if isinstance(verify, str) else None)
        if verify is False:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        try:
            with (
                socket.create_connection((host, port), timeout=timeout) as raw,
                context.wrap_socket(raw, server_hostname=host) as wrapped,
            ):
                return "ok", "", str(wrapped.version() or "")
        except ssl.SSLCertVerificationError as exc:
            return "failed", "tls_certificate", str(exc.verify_code)
        except (ssl.SSLError, OSError) as exc:
            return "failed", "tls_failed", type(exc).__name__

    def health() -> tuple[str, str, str]:
        answer = get_health(url, timeout_s=timeout, verify=verify)
        if isinstance(answer, Unreachable):
            return "failed", "health_unreachable", answer.error
        if answer.status != 200:
            return "failed", f"http_{answer.status}", ""
        return "ok", "", "http_200"

    def signed() -> tuple[str, str, str]:
        if client is None:
            return "skipped", "no_client", ""
        # A claim that cannot exist: a kiosk whose signature is accepted gets 404, one whose
        # key or clock is wrong gets 401. Reads nothing and changes nothing at the agency.
        try:
            client.request("GET", f"/api/v1/claims/{uuid.uuid4()}", retry=False)
        except AuthenticationFailed as exc:
            return "failed", exc.code, ""
        except AgencyRejected as exc:
            if exc.status == 404:
                return "ok", "", f"clock_offset_s:{round(client.clock_offset_s)}"
            return "failed", exc.code, ""
        except AgencyError as exc:
            return "failed", exc.code, ""
        return "ok", "", f"clock_offset_s:{round(client.clock_offset_s)}"

    for name, action in (
        ("dns", dns),
        ("tcp", tcp),
        ("tls", tls),
        ("health", health),
        ("signed", signed),
    ):
        result = _timed(name, action)
        results.append(result)
        if result.outcome == "failed":
            break
    return results

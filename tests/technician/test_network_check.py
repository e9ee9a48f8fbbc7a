"""Network check against the real reference server and against a closed port."""

from __future__ import annotations

import socket

from config import Settings
from kiosk.api import AgencyClient
from kiosk.technician.network import run_network_check
from tests.conftest import Agency


def settings_for(url: str) -> Settings:
    return Settings.model_validate({"server": {"url": url, "connect_timeout_s": 1.0}})


def test_every_step_passes_against_the_agency(agency: Agency) -> None:
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key)
    try:
        steps = run_network_check(settings_for(agency.url), client)
    finally:
        client.close()
    assert [(s.step, s.outcome) for s in steps] == [
        ("dns", "ok"),
        ("tcp", "ok"),
        ("tls", "skipped"),
        ("health", "ok"),
        ("signed", "ok"),
    ]
    assert steps[0].detail == "127.0.0.1" and steps[2].code == "plain_http"
    assert steps[4].detail.startswith("clock_offset_s:")
    assert all(step.ms >= 0 for step in steps)


def test_a_wrong_key_fails_only_the_signed_step(agency: Agency) -> None:
    client = AgencyClient(agency.url, agency.kiosk_id, b"\x00" * 32)
    try:
        steps = run_network_check(settings_for(agency.url), client)
    finally:
        client.close()
    assert [s.outcome for s in steps] == ["ok", "ok", "skipped", "ok", "failed"]
    assert steps[-1].code == "signature_invalid" or steps[-1].code.startswith("signature")


def test_a_closed_port_stops_at_tcp() -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    steps = run_network_check(settings_for(f"http://127.0.0.1:{port}"), None)
    assert [(s.step, s.outcome, s.code) for s in steps] == [
        ("dns", "ok", ""),
        ("tcp", "failed", "tcp_refused"),
    ]


def test_an_unknown_host_stops_at_dns() -> None:
    steps = run_network_check(settings_for("http://no-such-host.invalid"), None)
    assert [(s.step, s.outcome, s.code) for s in steps] == [("dns", "failed", "dns_failed")]


def test_https_to_a_plain_server_fails_at_tls(agency: Agency) -> None:
    url = agency.url.replace("http://", "https://")
    steps = run_network_check(settings_for(url), None)
    assert [s.outcome for s in steps] == ["ok", "ok", "failed"]
    assert steps[2].code == "tls_failed"

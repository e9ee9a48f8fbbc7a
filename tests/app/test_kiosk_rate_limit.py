"""The agency's per-kiosk limits (HTTP 429) reach the claimant as "too many tries from this
kiosk, wait N minutes or ask the staff", in Chinese and Korean: the real server's limiter on
loopback, the real client and adapter, the flow and the problem screen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from typing import Any, cast

import pytest
import requests
from PySide6.QtWidgets import QApplication

from config.schema import ServerLimits
from kiosk.adapters.agency import AgencyAdapter
from kiosk.api import AgencyClient
from kiosk.domain.claimant import IdCardIdentity, OtpLogin
from kiosk.domain.faults import OtpFault
from kiosk.domain.identity import IdNumber
from kiosk.domain.rate_limit import RateLimited
from kiosk.flow import events as ev
from kiosk.flow.effect_runner import run_effect
from kiosk.flow.effects import RequestOtp
from kiosk.flow.messages import Msg
from kiosk.flow.ports import Ports
from kiosk.flow.states import LoginProblem, LoginProblemKind
from kiosk.flow.view_models import ProblemView
from kiosk.i18n import DEFAULT_LANGUAGE, install_language
from screens.problem import ProblemScreen
from tests.conftest import ROOMY_LIMITS, Agency, start_agency
from tests.flow.flow_kit import FlowDriver, kiosk

TIGHT = ServerLimits(
    **{**ROOMY_LIMITS.model_dump(), "otp_codes_per_kiosk_hour": 2, "lookups_per_kiosk_minute": 1}
)


@pytest.fixture(scope="module")
def tight_agency(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Agency]:
    yield from start_agency(tmp_path_factory.mktemp("limits"), None, limits=TIGHT)


@pytest.fixture(scope="module")
def people(tight_agency: Agency) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = requests.get(f"{tight_agency.url}/api/dev/cast", timeout=10).json()
    return rows


@pytest.fixture(scope="module")
def adapter(tight_agency: Agency) -> Iterator[AgencyAdapter]:
    client = AgencyClient(tight_agency.url, tight_agency.kiosk_id, tight_agency.kiosk_key)
    yield AgencyAdapter(client)
    client.close()


def _ports(adapter: AgencyAdapter) -> Ports:
    unused = cast(Any, None)  # a code request touches the agency only
    return Ports(card=unused, agency=adapter, outbox=unused, printer=unused)


def test_codes_past_the_kiosks_limit_tell_the_claimant_to_wait(
    adapter: AgencyAdapter, people: list[dict[str, Any]]
) -> None:
    numbers = [IdNumber(p["ssn"]) for p in people[:3]]
    assert isinstance(adapter.request_otp(numbers[0]), str)
    assert isinstance(adapter.request_otp(numbers[1]), str)
    driver: FlowDriver = kiosk()
    driver.send(ev.IdCardRead(IdCardIdentity(numbers[2], "金英哲")))
    (answer,) = run_effect(driver.effect(RequestOtp), _ports(adapter))
    assert isinstance(answer, ev.OtpRequestFailed) and answer.fault is OtpFault.TOO_MANY_REQUESTS
    assert answer.wait_s is not None and 0 < answer.wait_s <= 3600
    driver.send(answer)
    minutes = RateLimited(answer.wait_s).wait_minutes
    assert driver.screen == LoginProblem(LoginProblemKind.TOO_MANY_TRIES, wait_minutes=minutes)
    view = driver.view.screen
    assert isinstance(view, ProblemView) and view.message is Msg.LOGIN_TOO_MANY_TRIES
    assert view.wait_minutes == minutes


def test_a_look_up_past_the_kiosks_limit_is_a_wait_not_a_refusal(
    adapter: AgencyAdapter, people: list[dict[str, Any]]
) -> None:
    """One look-up a minute: the second within the minute is limited (the first may be too,
    if this minute's window already counted one)."""
    login = OtpLogin(token="not-checked-before-the-limit")
    answers = [adapter.look_up(IdNumber(people[0]["ssn"]), login) for _ in range(2)]
    limited = answers[-1]
    assert isinstance(limited, RateLimited) and limited.wait_minutes == 1


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh_CN", "请等7分钟后再试，或找工作人员帮忙"),
        ("ko", "7분 기다린 뒤 다시 하시거나 직원에게"),
    ],
)
def test_the_problem_screen_names_the_minutes(
    qapp: QApplication, language: str, expected: str
) -> None:
    install_language(qapp, language)
    try:
        screen = ProblemScreen()
        screen.set_view(ProblemView(Msg.LOGIN_TOO_MANY_TRIES, take_card=False, wait_minutes=7))
        assert expected in screen.heading.text()
        assert "{minutes}" not in screen.heading.text()
    finally:
        install_language(qapp, DEFAULT_LANGUAGE)


def test_the_wait_is_in_whole_minutes_at_least_one() -> None:
    assert [RateLimited(s).wait_minutes for s in (1, 59, 60, 61, 3600)] == [1, 1, 1, 2, 60]

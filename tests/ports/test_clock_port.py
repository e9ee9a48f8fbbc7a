"""The flow's clock: the same checks against the system clock the app uses and the FakeFlowClock
that stands for it in app tests, so a test clock cannot run backwards or lose the date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from kiosk.app.controller import system_clock
from kiosk.flow.settings import Moment
from tests.doubles import FakeFlowClock

Clock = Callable[[], Moment]


@pytest.fixture(params=["system", "fake"])
def clock(request: pytest.FixtureRequest) -> Clock:
    return system_clock if request.param == "system" else FakeFlowClock()


def test_the_clock_gives_a_moment_of_today(clock: Clock) -> None:
    moment = clock()
    assert isinstance(moment, Moment) and isinstance(moment.seconds, float)
    assert moment.today == date.today()


def test_the_clock_never_runs_backwards(clock: Clock) -> None:
    readings = [clock().seconds for _ in range(50)]
    assert readings == sorted(readings)

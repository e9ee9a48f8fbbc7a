"""The frame the kiosk paints before it loads the flow is the flow's own first view."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.language import Language
from kiosk.flow.idle_views import first_frame
from kiosk.flow.machine import SessionFlow
from kiosk.flow.settings import FlowSettings, Moment


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("ecard", [False, True])
def test_the_first_frame_is_what_the_flow_first_presents(language: Language, ecard: bool) -> None:
    settings = FlowSettings(default_language=language, ecard_scanner=ecard)
    flow = SessionFlow(settings)
    view = flow.present(flow.start(Moment(0.0, date(2026, 12, 5))))
    chrome, idle = first_frame(settings)
    assert view.chrome == chrome
    assert view.screen == idle
    assert view.actions == frozenset()

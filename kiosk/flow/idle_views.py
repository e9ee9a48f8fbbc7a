"""The frame and the attract screen: what the idle screen needs, and no more of the flow.

The kiosk paints its idle screen before it loads the session flow (its ~300 frozen dataclasses
take longer to build than Qt takes to paint a window; docs/benchmarks.md, issue 15), so these two
views live apart from `view_models`, which re-exports them: they are the same classes.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.language import Language
from kiosk.flow.messages import Msg
from kiosk.flow.settings import FlowSettings


@dataclass(frozen=True)
class Chrome:
    """The frame around every screen."""

    language: Language
    larger_text: bool
    elderly_mode: bool
    read_aloud: bool
    can_go_back: bool
    can_go_home: bool
    can_finish: bool
    offline_banner: Msg | None
    countdown_seconds: int | None  # the timeout warning is up while this is not None


@dataclass(frozen=True)
class IdleView:
    message: Msg
    take_card: bool
    hotline: str = "12333"
    ecard: bool = False  # a scanner is fitted: showing the e-card's QR code is a way to start


def first_frame(settings: FlowSettings) -> tuple[Chrome, IdleView]:
    """What the flow's first view shows (no one at the kiosk yet, nothing known about the
    network), for the kiosk to paint before the flow is loaded; the flow then presents the same
    (tests/flow/test_first_frame.py)."""
    chrome = Chrome(
        language=settings.default_language,
        larger_text=False,
        elderly_mode=False,
        read_aloud=False,
        can_go_back=False,
        can_go_home=False,
        can_finish=False,
        offline_banner=None,
        countdown_seconds=None,
    )
    return chrome, IdleView(Msg.IDLE_WELCOME, take_card=False, ecard=settings.ecard_scanner)

"""Session end from anywhere wipes every in-memory copy of personal data and resets the display."""

from __future__ import annotations

import dataclasses
import gc
import weakref
from collections.abc import Iterator
from enum import Enum
from typing import Any

import pytest

from kiosk.domain.claimant import IdCardIdentity
from kiosk.domain.language import Language
from kiosk.flow import events as ev
from kiosk.flow.effects import EndSession
from kiosk.flow.states import Display, Ending, EndReason, Idle
from tests.flow.flow_kit import (
    CLAIMANT_NAME,
    YOUNG_ID,
    FlowDriver,
    claimant_for,
    course,
    kiosk,
)


def _walk(value: Any) -> Iterator[Any]:
    """Every value reachable from a state through dataclass fields and containers."""
    yield value
    if isinstance(value, str | int | float | bool | Enum) or value is None:
        return
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _walk(getattr(value, field.name))
    elif isinstance(value, tuple | list | frozenset | set):
        for item in value:
            yield from _walk(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(key)
            yield from _walk(item)


def _personal_strings() -> set[str]:
    return {
        CLAIMANT_NAME,
        YOUNG_ID.value,
        "13904331234",
        "139****1234",
        "6217001234567890",
        "A8277",
    }


def _leaks(k: FlowDriver) -> list[str]:
    found = []
    for value in list(_walk(k.session)) + list(_walk(k.view)) + list(_walk(k.effects)):
        if isinstance(value, str):
            found += [secret for secret in _personal_strings() if secret in value]
    return found


def _deep_in_a_session(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility()
    k.fill_application()
    k.send(ev.SubmitApplication())
    k.answer(ev.SubmissionStored, reference="ref-wipe")
    k.answer(ev.SubmissionSent, reference="ref-wipe", verification_code="AB12CD34")
    k.send(ev.PrintReceipt())


ENDINGS = {
    "finish": lambda k: k.send(ev.Finish()),
    "card removed": lambda k: k.send(ev.CardRemoved()),
    "timeout": lambda k: k.wait(120),
}


@pytest.mark.parametrize("end", ENDINGS.values(), ids=ENDINGS.keys())
def test_session_end_leaves_no_personal_value_reachable(end: Any) -> None:
    k = kiosk()
    _deep_in_a_session(k)
    assert _leaks(k), "the walk should find the claimant's data while the session runs"
    end(k)
    assert isinstance(k.screen, Ending)
    assert EndSession() in k.effects
    assert k.session.personal is None
    assert _leaks(k) == []
    assert "ref-wipe" not in repr(k.session)
    k.wait(5)
    assert isinstance(k.screen, Idle) and _leaks(k) == []


def test_the_previous_claimant_is_garbage_once_the_old_states_are_dropped() -> None:
    k = kiosk()
    claimant = claimant_for(name="".join(["崔", "明", "洙"]))
    k.sign_in_with_card(claimant)
    k.open_eligibility()
    gone = weakref.ref(claimant)
    personal_gone = weakref.ref(k.session.personal)
    del claimant
    k.send(ev.Finish())
    gc.collect()
    assert gone() is None
    assert personal_gone() is None


def test_no_object_holds_the_name_after_the_session_ends() -> None:
    k = kiosk()
    name = "".join(["韩", "美", "玲"])
    k.sign_in_with_card(claimant_for(name=name))
    k.open_eligibility()
    gc.collect()
    assert any(type(r).__name__ == "Claimant" for r in gc.get_referrers(name))
    k.send(ev.Finish())
    gc.collect()
    holders = [
        referrer
        for referrer in gc.get_referrers(name)
        if referrer is not globals() and referrer is not locals()
    ]
    # Only this test's own frame may still hold it.
    assert all(type(referrer).__name__ == "frame" for referrer in holders), holders


@pytest.mark.parametrize("end", ENDINGS.values(), ids=ENDINGS.keys())
def test_session_end_resets_language_text_size_audio_and_elderly_mode(end: Any) -> None:
    k = kiosk()
    k.sign_in_with_card()
    k.send(ev.ChangeLanguage(Language.KO))
    k.send(ev.ToggleLargerText())
    k.send(ev.ToggleReadAloud())
    chrome = k.view.chrome
    assert chrome.language is Language.KO and chrome.larger_text and chrome.read_aloud
    end(k)
    # The goodbye screen is still read by the claimant, in their language and text size.
    assert k.view.chrome.language is Language.KO
    k.wait(k.settings.goodbye_s + 1)
    assert k.session.display == Display(language=Language.ZH_CN)
    chrome = k.view.chrome
    assert chrome.language is Language.ZH_CN
    assert not chrome.larger_text and not chrome.read_aloud and not chrome.elderly_mode


def test_the_next_claimant_gets_the_elderly_default_afresh(k: FlowDriver) -> None:
    from tests.flow.flow_kit import ELDER_ID, ELDER_NAME, card_for

    k.insert_card(card_for(ELDER_ID, ELDER_NAME))
    k.send(ev.LeaveElderlyMode())
    k.send(ev.CardRemoved())
    k.insert_card(card_for(ELDER_ID, ELDER_NAME))
    assert k.view.chrome.elderly_mode


def test_a_late_answer_from_the_previous_session_is_ignored(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.card_logged_in()
    stale_ticket = k.session.awaiting
    assert stale_ticket is not None
    k.send(ev.CardRemoved())
    k.wait(5)
    k.send(ev.IdCardRead(IdCardIdentity(YOUNG_ID, CLAIMANT_NAME)))
    step = k.send(ev.ClaimantFound(ticket=stale_ticket, claimant=claimant_for()))
    assert not step.accepted
    assert k.session.personal is not None and k.session.personal.claimant is None


def test_a_new_card_on_the_goodbye_screen_starts_a_fresh_session(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChangeLanguage(Language.KO))
    k.send(ev.CardRemoved())
    k.send(ev.CardInserted())
    assert k.session.in_session and k.session.personal is not None
    assert k.session.personal.card is None
    assert k.session.display == Display(language=Language.ZH_CN)


def test_finish_is_available_on_every_session_screen(k: FlowDriver) -> None:
    k.sign_in_with_card()
    for open_screen in (ev.ChooseGuide(), ev.ChooseStatus(), ev.ChooseTraining()):
        k.send(open_screen)
        assert k.view.chrome.can_finish
        k.send(ev.GoHome())
    k.send(ev.Finish())
    assert isinstance(k.screen, Ending) and k.screen.reason is EndReason.FINISHED
    assert not k.view.chrome.can_finish and not k.send(ev.Finish()).accepted


def test_finish_mid_training_choice_still_wipes(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseTraining())
    k.answer(ev.CoursesLoaded, courses=(course(),))
    k.send(ev.Finish())
    assert _leaks(k) == []


def test_explicit_text_size_and_read_aloud_settings_are_reset_too(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.SetLargerText(enabled=True))
    k.send(ev.SetLargerText(enabled=True))
    k.send(ev.SetReadAloud(enabled=True))
    assert k.view.chrome.larger_text and k.view.chrome.read_aloud
    k.send(ev.Finish())
    k.wait(k.settings.goodbye_s + 1)
    assert not k.view.chrome.larger_text and not k.view.chrome.read_aloud

"""Every event in every state: allowed ones move, the rest are ignored with the state unchanged."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.claimant import IdCardIdentity
from kiosk.domain.claims import StatusSource
from kiosk.domain.faults import (
    CardFault,
    CardProofFault,
    OtpFault,
    PrinterFault,
    ServiceFault,
    StorageFault,
)
from kiosk.domain.language import Language
from kiosk.flow import events as ev
from kiosk.flow.states import Ending, Idle
from tests.flow.flow_kit import (
    CLAIMANT_NAME,
    YOUNG_ID,
    FlowDriver,
    card_for,
    claimant_for,
    course,
    eligible,
    kiosk,
    not_eligible,
)


def _results(ticket: int) -> list[ev.Event]:
    return [
        ev.CardRead(ticket, card_for(), 3),
        ev.CardReadFailed(ticket, CardFault.UNREADABLE),
        ev.PinAccepted(ticket),
        ev.PinRejected(ticket, 2),
        ev.PinBlocked(ticket),
        ev.PinCheckFailed(ticket, CardFault.REMOVED),
        ev.OtpSent(ticket, "139****1234"),
        ev.OtpRequestFailed(ticket, OtpFault.UNREACHABLE),
        ev.OtpAccepted(ticket, "token"),
        ev.OtpRejected(ticket, 3),
        ev.OtpVoided(ticket),
        ev.OtpCheckFailed(ticket, ServiceFault.UNREACHABLE),
        ev.CardLoginGranted(ticket, "card-token"),
        ev.CardLoginFailed(ticket, CardProofFault.NOT_GENUINE),
        ev.CardLoginFailed(ticket, ServiceFault.UNREACHABLE),
        ev.ClaimantFound(ticket, claimant_for()),
        ev.ClaimantNotFound(ticket),
        ev.LookUpFailed(ticket, ServiceFault.UNREACHABLE),
        ev.EligibilityLoaded(ticket, eligible()),
        ev.EligibilityLoaded(ticket, not_eligible()),
        ev.EligibilityUnavailable(ticket, ServiceFault.UNREACHABLE),
        ev.SubmissionStored(ticket, "ref-x"),
        ev.SubmissionStoreFailed(ticket, StorageFault.FAILED),
        ev.SubmissionSent(ticket, "ref-x", "CODE1234"),
        ev.SubmissionQueued(ticket, "ref-x"),
        ev.StatusLoaded(ticket, (), StatusSource.AGENCY),
        ev.StatusUnavailable(ticket, ServiceFault.REFUSED),
        ev.CoursesLoaded(ticket, (course(),)),
        ev.CoursesUnavailable(ticket, ServiceFault.UNREACHABLE),
        ev.PrintFinished(ticket),
        ev.PrintFailed(ticket, PrinterFault.PAPER_OUT),
    ]


INTENTS: list[ev.Event] = [
    ev.PinEntered("123456"),
    ev.PinEntered("1"),
    ev.ConfirmLastPinTry(),
    ev.OtpEntered("246810"),
    ev.ResendOtp(),
    ev.ConfirmIdentity(),
    ev.RejectIdentity(),
    ev.ChooseApply(),
    ev.ChooseStatus(),
    ev.ChooseGuide(),
    ev.ChooseTraining(),
    ev.StartApplication(),
    ev.MobileEntered("13904331234"),
    ev.MobileEntered("abc"),
    ev.UseMobileOnFile(),
    ev.ConfirmPaymentAccount(),
    ev.AcceptCommitment(),
    ev.SubmitApplication(),
    ev.PrintReceipt(),
    ev.PrintGuide(),
    ev.ChooseCourse("C-2026-17"),
    ev.Retry(),
    ev.GoBack(),
    ev.GoHome(),
    ev.Finish(),
    ev.ContinueSession(),
    ev.Touched(),
    ev.ChangeLanguage(Language.KO),
    ev.ToggleLargerText(),
    ev.ToggleReadAloud(),
    ev.SetLargerText(enabled=True),
    ev.SetReadAloud(enabled=False),
    ev.LeaveElderlyMode(),
]
DEVICE: list[ev.Event] = [
    ev.CardInserted(),
    ev.CardRemoved(),
    ev.IdCardRead(IdCardIdentity(YOUNG_ID, CLAIMANT_NAME)),
    ev.ConnectivityChanged(online=False),
    ev.Tick(),
]


def _reach(*moves: Callable[[FlowDriver], Any]) -> Callable[[], FlowDriver]:
    def build() -> FlowDriver:
        k = kiosk()
        for move in moves:
            move(k)
        return k

    return build


def _submitted(k: FlowDriver) -> None:
    k.open_eligibility()
    k.fill_application()
    k.send(ev.SubmitApplication())


STATES: dict[str, Callable[[], FlowDriver]] = {
    "idle": _reach(),
    "reading card": _reach(lambda k: k.send(ev.CardInserted())),
    "entering pin": _reach(lambda k: k.insert_card()),
    "last pin try": _reach(lambda k: k.insert_card(tries_left=1)),
    "card blocked": _reach(lambda k: k.insert_card(tries_left=0)),
    "requesting code": _reach(lambda k: k.send(DEVICE[2])),
    "entering code": _reach(
        lambda k: k.send(DEVICE[2]), lambda k: k.answer(ev.OtpSent, masked_mobile="1")
    ),
    "login problem": _reach(
        lambda k: k.send(ev.CardInserted()),
        lambda k: k.answer(ev.CardReadFailed, fault=CardFault.UNREADABLE),
    ),
    "home": _reach(lambda k: k.sign_in_with_card()),
    "loading": _reach(lambda k: k.sign_in_with_card(), lambda k: k.send(ev.ChooseStatus())),
    "eligibility": _reach(lambda k: k.sign_in_with_card(), lambda k: k.open_eligibility()),
    "review": _reach(
        lambda k: k.sign_in_with_card(), lambda k: k.open_eligibility(), FlowDriver.fill_application
    ),
    "submitting": _reach(lambda k: k.sign_in_with_card(), _submitted),
    "status": _reach(
        lambda k: k.sign_in_with_card(),
        lambda k: k.send(ev.ChooseStatus()),
        lambda k: k.answer(ev.StatusLoaded, claims=(), source=StatusSource.AGENCY),
    ),
    "guide": _reach(lambda k: k.sign_in_with_card(), lambda k: k.send(ev.ChooseGuide())),
    "ending": _reach(lambda k: k.sign_in_with_card(), lambda k: k.send(ev.Finish())),
}


@pytest.mark.parametrize("state", STATES.values(), ids=STATES.keys())
def test_every_event_has_a_defined_result_in_every_state(state: Callable[[], FlowDriver]) -> None:
    for event in INTENTS + DEVICE + _results(1) + _results(10_000):
        k = state()
        before = k.session
        step = k.send(event)
        k.view  # noqa: B018 - every resulting state must present without error
        if not step.accepted:
            assert step.session is before and step.effects == ()


@pytest.mark.parametrize("state", STATES.values(), ids=STATES.keys())
def test_results_nobody_asked_for_are_ignored(state: Callable[[], FlowDriver]) -> None:
    for event in _results(10_000):
        k = state()
        step = k.send(event)
        assert not step.accepted, event


@pytest.mark.parametrize("state", STATES.values(), ids=STATES.keys())
def test_preferences_work_everywhere(state: Callable[[], FlowDriver]) -> None:
    k = state()
    for preference in (ev.ChangeLanguage(Language.KO), ev.ToggleLargerText()):
        assert k.send(preference).accepted
    assert k.view.chrome.language is Language.KO and k.view.chrome.larger_text


EVENTS = st.one_of(
    st.sampled_from(INTENTS + DEVICE),
    st.builds(lambda i: ("answer", i), st.integers(0, len(_results(0)) - 1)),
    st.builds(lambda s: ("wait", s), st.integers(1, 40)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(EVENTS, max_size=60))
def test_random_visits_never_crash_and_never_keep_data_outside_a_session(
    moves: list[Any],
) -> None:
    k = kiosk()
    for move in moves:
        if isinstance(move, tuple) and move[0] == "answer":
            ticket = k.session.awaiting if k.session.awaiting is not None else 0
            k.send(_results(ticket)[move[1]])
        elif isinstance(move, tuple):
            k.wait(move[1])
        else:
            k.send(move)
        view = k.view
        session = k.session
        if isinstance(session.screen, Idle | Ending):
            assert session.personal is None and session.awaiting is None
            assert CLAIMANT_NAME not in repr(view)
        assert session.awaiting is None or session.awaiting < session.next_ticket


def test_the_machine_is_deterministic() -> None:
    def visit() -> list[Any]:
        k = kiosk()
        trail: list[Any] = []
        k.sign_in_with_card()
        _submitted(k)
        k.answer(ev.SubmissionStored, reference="r")
        k.wait(20)
        trail.append(k.session)
        trail.append(k.view)
        return trail

    assert visit() == visit()


def test_date_independent_parts_do_not_read_the_real_clock() -> None:
    far_future = kiosk()
    far_future.today = date(2090, 1, 1)
    far_future.insert_card()
    assert far_future.view.chrome.elderly_mode  # born 1980, so 109 on the injected date

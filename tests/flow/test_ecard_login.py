"""E-card: the QR code shown to the scanner logs in like a card, once the agency vouched for it."""

from __future__ import annotations

import pytest

from kiosk.domain.claimant import EcardLogin, HomeRegion, LoginMethod
from kiosk.domain.claims import MOBILE_ON_FILE, ClaimKind, SubmissionRequest
from kiosk.domain.ecard import EcardFault
from kiosk.domain.faults import CardFault, ServiceFault
from kiosk.domain.language import Language
from kiosk.flow import events as ev
from kiosk.flow.ecard_events import (
    BarcodeScanned,
    EcardLoginFailed,
    EcardLoginGranted,
    LogInWithEcard,
)
from kiosk.flow.effect_runner import fallback_event, run_effect
from kiosk.flow.effects import LookUp, Submit
from kiosk.flow.messages import Msg
from kiosk.flow.ports import Ports
from kiosk.flow.states import (
    ConfirmingIdentity,
    Connectivity,
    Ending,
    Home,
    Idle,
    LoginProblem,
    LoginProblemKind,
    LookingUp,
)
from kiosk.flow.view_models import ProblemView
from tests.doubles import FakeAgency, FakeCard, FakeOutbox, FakePrinter
from tests.flow.flow_kit import ELDER_ID, YOUNG_ID, FlowDriver, claimant_for

# Built at run time like the names: the repr tests look for it.
CODE = "".join(["ECSSC1.", "Qk9V" * 24])
TOKEN = "".join(["ecard-token-", "z" * 20])


def _scanned(text: str = CODE) -> BarcodeScanned:
    return BarcodeScanned(text)


def test_an_ecard_code_at_the_attract_screen_asks_the_agency(k: FlowDriver) -> None:
    k.send(_scanned(CODE + "\r\n"))
    assert isinstance(k.screen, LookingUp)
    assert k.effect(LogInWithEcard).code == CODE  # the scanner's line end is not the code's
    assert k.session.personal is not None
    assert k.session.personal.method is LoginMethod.ECARD
    assert CODE not in repr(k.step)


def test_a_granted_code_looks_the_holder_up_and_asks_them_to_confirm(k: FlowDriver) -> None:
    k.send(_scanned())
    k.answer(EcardLoginGranted, ssn=YOUNG_ID, token=TOKEN)
    assert isinstance(k.screen, LookingUp)
    look_up = k.effect(LookUp)
    assert look_up.ssn == YOUNG_ID and look_up.login == EcardLogin(YOUNG_ID, TOKEN)
    k.answer(ev.ClaimantFound, claimant=claimant_for())
    assert isinstance(k.screen, ConfirmingIdentity)
    k.send(ev.ConfirmIdentity())
    assert isinstance(k.screen, Home)
    assert TOKEN not in repr(k.session)


def test_an_older_claimant_gets_large_type_once_named(k: FlowDriver) -> None:
    k.send(_scanned())
    k.answer(EcardLoginGranted, ssn=ELDER_ID, token=TOKEN)
    k.answer(ev.ClaimantFound, claimant=claimant_for(ELDER_ID))
    assert k.session.display.elderly_mode


def test_a_record_of_anyone_else_is_never_shown(k: FlowDriver) -> None:
    k.send(_scanned())
    k.answer(EcardLoginGranted, ssn=YOUNG_ID, token=TOKEN)
    k.answer(ev.ClaimantFound, claimant=claimant_for(ELDER_ID))
    assert k.screen == LoginProblem(LoginProblemKind.NO_RECORD)


def test_another_barcode_is_refused_at_once_without_asking_anyone(k: FlowDriver) -> None:
    k.send(_scanned("https://example.org/s/R-2026-0001"))
    assert k.screen == LoginProblem(LoginProblemKind.NOT_AN_ECARD_CODE)
    assert k.effects == () and k.session.awaiting is None
    view = k.view.screen
    assert isinstance(view, ProblemView) and view.message is Msg.LOGIN_NOT_AN_ECARD_CODE
    k.send(ev.Finish())
    assert isinstance(k.screen, Ending | Idle)


@pytest.mark.parametrize(
    ("fault", "problem"),
    [
        (EcardFault.REPLAYED, LoginProblemKind.ECARD_REPLAYED),
        (EcardFault.EXPIRED, LoginProblemKind.ECARD_EXPIRED),
        (EcardFault.INVALID, LoginProblemKind.NOT_AN_ECARD_CODE),
        (EcardFault.NO_RECORD, LoginProblemKind.NO_RECORD),
        (ServiceFault.UNREACHABLE, LoginProblemKind.ECARD_NEEDS_NETWORK),
        (ServiceFault.REFUSED, LoginProblemKind.REFUSED),
    ],
)
def test_each_refusal_has_its_own_words(
    k: FlowDriver, fault: EcardFault | ServiceFault, problem: LoginProblemKind
) -> None:
    k.send(_scanned())
    k.answer(EcardLoginFailed, fault=fault)
    assert k.screen == LoginProblem(problem)
    view = k.view.screen
    assert isinstance(view, ProblemView) and view.message is Msg(problem.value)


def test_network_down_says_the_ecard_needs_it_and_marks_the_kiosk_offline(k: FlowDriver) -> None:
    k.send(_scanned())
    k.answer(EcardLoginFailed, fault=ServiceFault.UNREACHABLE)
    assert k.view.screen == ProblemView(Msg.LOGIN_ECARD_NEEDS_NETWORK, take_card=False)
    assert k.session.connectivity is Connectivity.OFFLINE


def test_outside_the_service_area_says_where_to_go(k: FlowDriver) -> None:
    where = HomeRegion("220102", "长春市南关区", "장춘시 남관구")
    k.send(_scanned())
    k.answer(EcardLoginFailed, fault=EcardFault.OUTSIDE_SERVICE_AREA, home_region=where)
    assert k.screen == LoginProblem(LoginProblemKind.OUTSIDE_SERVICE_AREA, where=where)


def test_a_look_up_without_network_after_the_grant_needs_the_network(k: FlowDriver) -> None:
    k.send(_scanned())
    k.answer(EcardLoginGranted, ssn=YOUNG_ID, token=TOKEN)
    k.answer(ev.LookUpFailed, fault=ServiceFault.UNREACHABLE)
    assert k.screen == LoginProblem(LoginProblemKind.ECARD_NEEDS_NETWORK)


def test_after_a_refusal_the_fresh_code_from_the_app_starts_over(k: FlowDriver) -> None:
    k.send(_scanned())
    k.answer(EcardLoginFailed, fault=EcardFault.EXPIRED)
    fresh = CODE.replace("Qk9V", "QUJD", 1)
    k.send(_scanned(fresh))
    assert isinstance(k.screen, LookingUp) and k.effect(LogInWithEcard).code == fresh
    k.answer(EcardLoginGranted, ssn=YOUNG_ID, token=TOKEN)
    k.answer(ev.ClaimantFound, claimant=claimant_for())
    assert isinstance(k.screen, ConfirmingIdentity)


def test_a_card_login_problem_is_not_taken_over_by_a_scan(k: FlowDriver) -> None:
    k.send(ev.CardInserted())
    k.answer(ev.CardReadFailed, fault=CardFault.UNREADABLE)
    step = k.send(_scanned())
    assert not step.accepted and k.screen == LoginProblem(LoginProblemKind.CARD_UNREADABLE)


def test_a_code_shown_during_a_session_is_ignored(k: FlowDriver) -> None:
    k.send(_scanned())
    k.answer(EcardLoginGranted, ssn=YOUNG_ID, token=TOKEN)
    k.answer(ev.ClaimantFound, claimant=claimant_for())
    k.send(ev.ConfirmIdentity())
    step = k.send(_scanned(CODE.replace("Qk9V", "QUJD", 1)))
    assert not step.accepted and isinstance(k.screen, Home)


def test_the_next_claimant_at_the_goodbye_starts_with_default_display(k: FlowDriver) -> None:
    k.send(_scanned())
    k.answer(EcardLoginGranted, ssn=ELDER_ID, token=TOKEN)
    k.answer(ev.ClaimantFound, claimant=claimant_for(ELDER_ID))
    k.send(ev.ConfirmIdentity())
    k.send(ev.Finish())
    assert isinstance(k.screen, Ending) and k.session.display.elderly_mode
    k.send(_scanned())
    assert isinstance(k.screen, LookingUp) and not k.session.display.elderly_mode


def test_a_stale_answer_after_the_visit_ended_is_ignored(k: FlowDriver) -> None:
    k.send(_scanned())
    ticket = k.session.awaiting
    k.send(ev.Finish())
    step = k.send(EcardLoginGranted(ticket=ticket or 0, ssn=YOUNG_ID, token=TOKEN))
    assert not step.accepted and k.session.personal is None


# -- the effect, against the agency port ----------------------------------------------------------


def _ports(agency: FakeAgency) -> Ports:
    return Ports(card=FakeCard(), agency=agency, outbox=FakeOutbox(), printer=FakePrinter())


def test_the_effect_spends_a_code_once() -> None:
    agency = FakeAgency(ecard_codes={CODE: YOUNG_ID})
    ports = _ports(agency)
    (first,) = run_effect(LogInWithEcard(ticket=3, code=CODE), ports)
    assert first == EcardLoginGranted(3, YOUNG_ID, "ecard-token-" + YOUNG_ID.value[-4:])
    (again,) = run_effect(LogInWithEcard(ticket=4, code=CODE), ports)
    assert again == EcardLoginFailed(4, EcardFault.REPLAYED)
    agency.reachable = False
    (down,) = run_effect(LogInWithEcard(ticket=5, code=CODE), ports)
    assert down == EcardLoginFailed(5, ServiceFault.UNREACHABLE)
    assert fallback_event(LogInWithEcard(ticket=6, code=CODE)) == EcardLoginFailed(
        6, ServiceFault.REFUSED
    )


def test_a_submission_by_an_ecard_login_is_proven_by_its_token_not_a_card() -> None:
    login = EcardLogin(YOUNG_ID, TOKEN)
    outbox = FakeOutbox()
    card = FakeCard()
    ports = Ports(card=card, agency=FakeAgency(), outbox=outbox, printer=FakePrinter())
    request = SubmissionRequest(
        kind=ClaimKind.CLAIM,
        ssn=YOUNG_ID,
        mobile=MOBILE_ON_FILE,
        commitment_version="2019-1",
        language=Language.ZH_CN,
        login=login,
    )
    results = list(run_effect(Submit(ticket=1, request=request), ports))
    assert [type(r) for r in results] == [ev.SubmissionStored, ev.SubmissionSent]
    assert outbox.proofs == [login]

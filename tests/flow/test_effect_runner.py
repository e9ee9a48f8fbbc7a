"""The effect runner: each effect against in-memory ports gives the events the flow expects."""

from __future__ import annotations

from typing import Any

import pytest

from kiosk.domain.claimant import (
    CardLogin,
    CardOfflineLogin,
    CardSubmissionProof,
    HomeRegion,
    LoginProof,
    OtpLogin,
)
from kiosk.domain.claims import (
    ClaimKind,
    ClaimRecord,
    ClaimSituation,
    Delivery,
    StatusSource,
    SubmissionRequest,
)
from kiosk.domain.faults import (
    CardFault,
    CardProofFault,
    PrinterFault,
    ServiceFault,
    StorageFault,
)
from kiosk.domain.language import Language
from kiosk.flow import effects as fx
from kiosk.flow import events as ev
from kiosk.flow.effect_runner import fallback_event, run_effect
from kiosk.flow.ports import (
    CardLoginRefused,
    CardReading,
    PinRejected,
    Ports,
)
from tests.doubles import (
    FAKE_CARD_TOKEN,
    FakeAgency,
    FakeCard,
    FakeOutbox,
    FakePrinter,
    card_answer,
)
from tests.flow.flow_kit import (
    YOUNG_ID,
    FlowDriver,
    card_for,
    claimant_for,
)

CARD = card_for().credentials
CARD_LOGIN = CardLogin(card=CARD, token=FAKE_CARD_TOKEN)


def _ports(**parts: Any) -> Ports:
    defaults: dict[str, Any] = {
        "card": FakeCard(),
        "agency": FakeAgency(),
        "outbox": FakeOutbox(),
        "printer": FakePrinter(),
    }
    defaults.update(parts)
    return Ports(**defaults)


def _request(login: LoginProof = CARD_LOGIN) -> SubmissionRequest:
    from kiosk.domain.identity import MobileNumber

    return SubmissionRequest(
        ClaimKind.CLAIM,
        YOUNG_ID,
        MobileNumber("13904331234"),
        "2019-1",
        Language.ZH_CN,
        login,
    )


def _record(reference: str, source: StatusSource) -> ClaimRecord:
    return ClaimRecord(reference, ClaimKind.CLAIM, ClaimSituation.RECEIVED, source)


def test_card_read_and_pin_results_carry_the_ticket() -> None:
    ports = _ports(card=FakeCard(verdict=PinRejected(2)))
    (read,) = run_effect(fx.ReadCard(7), ports)
    assert read == ev.CardRead(7, card_for(), 3)
    assert list(run_effect(fx.VerifyPin(8, "123456"), ports)) == [ev.PinRejected(8, 2)]


def test_look_up_by_card_asks_the_agency_with_region_card_number_and_the_card_login() -> None:
    agency = FakeAgency()
    effect = fx.LookUpByCard(5, "222405", "B91023456", CARD_LOGIN)
    (found,) = run_effect(effect, _ports(agency=agency))
    assert found == ev.ClaimantFound(5, claimant_for())
    assert agency.cards_looked_up == [("222405", "B91023456")]
    assert agency.seen_logins == [CARD_LOGIN]


def test_look_up_by_card_unknown_or_unreachable() -> None:
    unknown = _ports(agency=FakeAgency(claimant=None))
    by_card = fx.LookUpByCard(5, "222405", "B9", CARD_LOGIN)
    assert list(run_effect(by_card, unknown)) == [ev.ClaimantNotFound(5)]
    offline = _ports(agency=FakeAgency(reachable=False))
    assert list(run_effect(fx.LookUpByCard(6, "222405", "B9", CARD_LOGIN), offline)) == [
        ev.LookUpFailed(6, ServiceFault.UNREACHABLE)
    ]


def test_card_login_sends_the_agency_challenge_to_the_card_and_its_answer_back() -> None:
    card, agency = FakeCard(), FakeAgency()
    (granted,) = run_effect(fx.LogInWithCard(4, CARD), _ports(card=card, agency=agency))
    assert granted == ev.CardLoginGranted(4, CARD_LOGIN.token)
    assert card.challenges == [bytes(range(16))]
    assert agency.logins == [(CARD, bytes(range(16)), card_answer(bytes(range(16))))]


def test_card_login_without_the_agency_asks_nothing_of_the_card() -> None:
    card = FakeCard()
    ports = _ports(card=card, agency=FakeAgency(reachable=False))
    assert list(run_effect(fx.LogInWithCard(4, CARD), ports)) == [
        ev.CardLoginFailed(4, ServiceFault.UNREACHABLE)
    ]
    assert card.challenges == []


def test_card_login_refusals_and_card_faults_come_back_as_such() -> None:
    home = HomeRegion("220102", "长春市南关区", "장춘시 남관구")
    outside = FakeAgency(refusal=CardLoginRefused(CardProofFault.OUTSIDE_SERVICE_AREA, home))
    assert list(run_effect(fx.LogInWithCard(4, CARD), _ports(agency=outside))) == [
        ev.CardLoginFailed(4, CardProofFault.OUTSIDE_SERVICE_AREA, home)
    ]
    pulled = FakeCard(answer_fault=CardFault.REMOVED)
    assert list(run_effect(fx.LogInWithCard(5, CARD), _ports(card=pulled))) == [
        ev.CardLoginFailed(5, CardFault.REMOVED)
    ]


def test_a_third_generation_visit_through_the_runner() -> None:
    from tests.flow.flow_kit import kiosk, third_generation_card

    k = kiosk()
    agency = FakeAgency()
    ports = _ports(card=FakeCard(reading=CardReading(third_generation_card(), 3)), agency=agency)
    for intent in (ev.CardInserted(), ev.PinEntered("123456"), ev.ConfirmIdentity()):
        k.send(intent)
        _drive(k, ports)
    from kiosk.flow.states import Home

    assert isinstance(k.screen, Home)
    assert [region for region, _ in agency.cards_looked_up] == ["222405"]


def test_submission_is_stored_before_it_is_sent() -> None:
    outbox = FakeOutbox()
    events = list(run_effect(fx.Submit(3, _request()), _ports(outbox=outbox)))
    assert events == [ev.SubmissionStored(3, "ref-1"), ev.SubmissionSent(3, "ref-1", "AB12CD34")]
    assert outbox.stored == [_request()]


@pytest.mark.parametrize("login", [CARD_LOGIN, CardOfflineLogin(card=CARD)])
def test_a_card_session_has_the_card_prove_each_submission_over_its_own_challenge(
    login: LoginProof,
) -> None:
    card, outbox = FakeCard(), FakeOutbox()
    list(run_effect(fx.Submit(3, _request(login)), _ports(card=card, outbox=outbox)))
    challenge = outbox.card_challenge("ref-1", _request(login))
    assert card.challenges == [challenge]
    assert outbox.proofs == [CardSubmissionProof(card=CARD, cryptogram=card_answer(challenge))]


def test_an_id_card_session_submits_with_its_one_time_code_token() -> None:
    card, outbox = FakeCard(), FakeOutbox()
    otp = OtpLogin("otp-token-0123456789")
    list(run_effect(fx.Submit(3, _request(otp)), _ports(card=card, outbox=outbox)))
    assert outbox.proofs == [otp] and card.challenges == []


def test_a_claim_the_card_cannot_prove_is_not_stored() -> None:
    outbox = FakeOutbox()
    ports = _ports(card=FakeCard(answer_fault=CardFault.REMOVED), outbox=outbox)
    events = list(run_effect(fx.Submit(3, _request()), ports))
    assert events == [ev.SubmissionStoreFailed(3, StorageFault.FAILED)]
    assert outbox.stored == []


def test_undelivered_submission_is_reported_queued() -> None:
    events = list(run_effect(fx.Submit(3, _request()), _ports(outbox=FakeOutbox(delivered=False))))
    assert events[-1] == ev.SubmissionQueued(3, "ref-1")


def test_storage_fault_stops_before_sending() -> None:
    outbox = FakeOutbox(fault=StorageFault.DISK_FULL)
    events = list(run_effect(fx.Submit(3, _request()), _ports(outbox=outbox)))
    assert events == [ev.SubmissionStoreFailed(3, StorageFault.DISK_FULL)]


def test_status_merges_the_local_queue_with_the_agency() -> None:
    agency = FakeAgency(remote_claims=(_record("a", StatusSource.AGENCY),))
    outbox = FakeOutbox(
        queued=(_record("a", StatusSource.THIS_KIOSK), _record("q", StatusSource.THIS_KIOSK))
    )
    (loaded,) = run_effect(
        fx.LoadStatus(4, YOUNG_ID, CARD_LOGIN), _ports(agency=agency, outbox=outbox)
    )
    assert isinstance(loaded, ev.StatusLoaded) and loaded.source is StatusSource.AGENCY
    assert [claim.reference for claim in loaded.claims] == ["q", "a"]


def test_status_offline_comes_from_the_queue_alone() -> None:
    outbox = FakeOutbox(queued=(_record("q", StatusSource.THIS_KIOSK),))
    ports = _ports(agency=FakeAgency(reachable=False), outbox=outbox)
    (loaded,) = run_effect(fx.LoadStatus(4, YOUNG_ID, CARD_LOGIN), ports)
    assert isinstance(loaded, ev.StatusLoaded) and loaded.source is StatusSource.THIS_KIOSK


def test_status_offline_with_nothing_queued_is_unavailable() -> None:
    ports = _ports(agency=FakeAgency(reachable=False))
    (loaded,) = run_effect(fx.LoadStatus(4, YOUNG_ID, CARD_LOGIN), ports)
    assert loaded == ev.StatusUnavailable(4, ServiceFault.UNREACHABLE)


def test_printer_fault_becomes_print_failed() -> None:
    ports = _ports(printer=FakePrinter(PrinterFault.PAPER_OUT))
    (printed,) = run_effect(fx.PrintGuideSheet(9, fx.GuideDocument.CLAIM_GUIDE, Language.KO), ports)
    assert printed == ev.PrintFailed(9, PrinterFault.PAPER_OUT)


def test_asking_the_printer_answers_its_state_and_prints_nothing() -> None:
    printer = FakePrinter(PrinterFault.COVER_OPEN)
    ports = _ports(printer=printer)
    assert list(run_effect(fx.CheckPrinter(5), ports)) == [
        ev.PrinterChecked(5, PrinterFault.COVER_OPEN)
    ]
    printer.fault = None
    assert list(run_effect(fx.CheckPrinter(6), ports)) == [ev.PrinterChecked(6, None)]
    assert printer.printed == []


def test_a_printer_check_that_raised_is_not_taken_for_ready() -> None:
    assert fallback_event(fx.CheckPrinter(7)) == ev.PrinterChecked(7, PrinterFault.FAILED)


def test_end_session_has_nothing_to_run() -> None:
    assert list(run_effect(fx.EndSession(), _ports())) == []


@pytest.mark.parametrize(
    "effect",
    [
        fx.ReadCard(1),
        fx.VerifyPin(1, "123456"),
        fx.RequestOtp(1, YOUNG_ID),
        fx.VerifyOtp(1, YOUNG_ID, "246810"),
        fx.LookUp(1, YOUNG_ID, CARD_LOGIN),
        fx.LogInWithCard(1, CARD),
        fx.LookUpByCard(1, "222405", "B91023456", CARD_LOGIN),
        fx.LoadEligibility(1, YOUNG_ID, CARD_LOGIN),
        fx.LoadStatus(1, YOUNG_ID, CARD_LOGIN),
        fx.LoadCourses(1, YOUNG_ID, CARD_LOGIN),
        fx.Submit(1, _request()),
        fx.PrintGuideSheet(1, fx.GuideDocument.CLAIM_GUIDE, Language.KO),
        fx.CheckPrinter(1),
    ],
)
def test_every_request_has_a_fallback_answer_for_the_same_ticket(effect: Any) -> None:
    fallback = fallback_event(effect)
    assert fallback is not None and fallback.ticket == 1  # type: ignore[union-attr]


def test_a_print_that_raised_ends_as_a_failed_print_not_an_endless_wait() -> None:
    sheet = fx.PrintGuideSheet(3, fx.GuideDocument.CLAIM_GUIDE, Language.KO)
    assert fallback_event(sheet) == ev.PrintFailed(3, PrinterFault.FAILED)
    assert fallback_event(fx.EndSession()) is None


def _drive(k: FlowDriver, ports: Ports) -> None:
    """Run every effect the last step asked for, feeding results back, until none are left."""
    pending = list(k.effects)
    while pending:
        effect = pending.pop(0)
        for event in run_effect(effect, ports):
            k.send(event)
            pending.extend(k.effects)


def test_a_whole_visit_through_the_runner_online() -> None:
    from tests.flow.flow_kit import kiosk

    k = kiosk()
    ports = _ports()
    for intent in (
        ev.CardInserted(),
        ev.PinEntered("123456"),
        ev.ConfirmIdentity(),
        ev.ChooseApply(),
        ev.StartApplication(),
        ev.UseMobileOnFile(),
        ev.ConfirmPaymentAccount(),
        ev.AcceptCommitment(),
        ev.SubmitApplication(),
        ev.PrintReceipt(),
    ):
        k.send(intent)
        _drive(k, ports)
    view = k.view.screen
    from kiosk.flow.view_models import ReceiptView

    assert isinstance(view, ReceiptView)
    assert view.result.delivery is Delivery.RECEIVED_ONLINE and view.result.reference == "ref-1"


def test_a_whole_visit_through_the_runner_offline() -> None:
    from tests.flow.flow_kit import kiosk

    k = kiosk()
    outbox = FakeOutbox(delivered=False)
    ports = _ports(agency=FakeAgency(reachable=False), outbox=outbox)
    for intent in (
        ev.CardInserted(),
        ev.PinEntered("123456"),
        ev.ConfirmIdentity(),
        ev.ChooseApply(),
        ev.StartApplication(),
        ev.MobileEntered("13904331234"),
        ev.ConfirmPaymentAccount(),
        ev.AcceptCommitment(),
        ev.SubmitApplication(),
    ):
        k.send(intent)
        _drive(k, ports)
    from kiosk.flow.view_models import ResultView

    view = k.view.screen
    assert isinstance(view, ResultView) and view.delivery is Delivery.STORED_ON_KIOSK
    assert len(outbox.stored) == 1 and k.view.chrome.offline_banner is not None

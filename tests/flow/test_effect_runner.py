"""The effect runner: each effect against in-memory ports gives the events the flow expects."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from kiosk.domain.claimant import CardPinLogin, Claimant, LoginProof
from kiosk.domain.claims import (
    ClaimKind,
    ClaimRecord,
    ClaimSituation,
    Delivery,
    StatusSource,
    SubmissionRequest,
)
from kiosk.domain.eligibility import Eligibility
from kiosk.domain.faults import CardFault, OtpFault, PrinterFault, ServiceFault, StorageFault
from kiosk.domain.identity import IdNumber
from kiosk.domain.language import Language
from kiosk.domain.training import Course
from kiosk.flow import effects as fx
from kiosk.flow import events as ev
from kiosk.flow.effect_runner import fallback_event, run_effect
from kiosk.flow.ports import (
    CardReading,
    OtpOk,
    OtpVerdict,
    PinOk,
    PinVerdict,
    PinWrong,
    Ports,
    SendOutcome,
)
from tests.flow.flow_kit import (
    YOUNG_ID,
    Kiosk,
    card_for,
    claimant_for,
    eligible,
)


@dataclass
class FakeCard:
    reading: CardReading | CardFault = field(default_factory=lambda: CardReading(card_for(), 3))
    verdict: PinVerdict | CardFault = field(default_factory=PinOk)

    def read_card(self) -> CardReading | CardFault:
        return self.reading

    def verify_pin(self, pin: str) -> PinVerdict | CardFault:
        return self.verdict


@dataclass
class FakeAgency:
    reachable: bool = True
    claimant: Claimant | None = field(default_factory=claimant_for)
    remote_claims: tuple[ClaimRecord, ...] = ()
    cards_looked_up: list[tuple[str, str]] = field(default_factory=list)

    def _or_fault(self, value: Any) -> Any:
        return value if self.reachable else ServiceFault.UNREACHABLE

    def request_otp(self, id_number: IdNumber) -> str | OtpFault:
        return "139****1234" if self.reachable else OtpFault.UNREACHABLE

    def verify_otp(self, id_number: IdNumber, code: str) -> OtpVerdict | ServiceFault:
        return self._or_fault(OtpOk("token"))  # type: ignore[no-any-return]

    def look_up(self, ssn: IdNumber, login: LoginProof) -> Claimant | ServiceFault | None:
        return self._or_fault(self.claimant)  # type: ignore[no-any-return]

    def look_up_by_card(self, region_code: str, card_number: str) -> Claimant | ServiceFault | None:
        self.cards_looked_up.append((region_code, card_number))
        return self._or_fault(self.claimant)  # type: ignore[no-any-return]

    def eligibility(self, ssn: IdNumber, login: LoginProof) -> Eligibility | ServiceFault:
        return self._or_fault(eligible())  # type: ignore[no-any-return]

    def claims(self, ssn: IdNumber, login: LoginProof) -> tuple[ClaimRecord, ...] | ServiceFault:
        return self._or_fault(self.remote_claims)  # type: ignore[no-any-return]

    def courses(self, ssn: IdNumber, login: LoginProof) -> tuple[Course, ...] | ServiceFault:
        return self._or_fault(())  # type: ignore[no-any-return]


@dataclass
class FakeOutbox:
    fault: StorageFault | None = None
    delivered: bool = True
    queued: tuple[ClaimRecord, ...] = ()
    stored: list[SubmissionRequest] = field(default_factory=list)

    def store(self, request: SubmissionRequest) -> str | StorageFault:
        if self.fault:
            return self.fault
        self.stored.append(request)
        return f"ref-{len(self.stored)}"

    def send_now(self, reference: str) -> SendOutcome:
        return SendOutcome(self.delivered, "AB12CD34" if self.delivered else None)

    def local_claims(self, ssn: IdNumber) -> tuple[ClaimRecord, ...]:
        return self.queued


@dataclass
class FakePrinter:
    fault: PrinterFault | None = None

    def print_receipt(self, receipt: fx.ReceiptContent) -> PrinterFault | None:
        return self.fault

    def print_guide(self, document: fx.GuideDocument, language: Language) -> PrinterFault | None:
        return self.fault


def _ports(**parts: Any) -> Ports:
    defaults: dict[str, Any] = {
        "card": FakeCard(),
        "agency": FakeAgency(),
        "outbox": FakeOutbox(),
        "printer": FakePrinter(),
    }
    defaults.update(parts)
    return Ports(**defaults)


def _request() -> SubmissionRequest:
    from kiosk.domain.identity import MobileNumber

    return SubmissionRequest(
        ClaimKind.CLAIM,
        YOUNG_ID,
        MobileNumber("13904331234"),
        "2019-1",
        Language.ZH_CN,
        CardPinLogin(),
    )


def _record(reference: str, source: StatusSource) -> ClaimRecord:
    return ClaimRecord(reference, ClaimKind.CLAIM, ClaimSituation.RECEIVED, source)


def test_card_read_and_pin_results_carry_the_ticket() -> None:
    ports = _ports(card=FakeCard(verdict=PinWrong(2)))
    (read,) = run_effect(fx.ReadCard(7), ports)
    assert read == ev.CardRead(7, card_for(), 3)
    assert list(run_effect(fx.VerifyPin(8, "123456"), ports)) == [ev.PinRejected(8, 2)]


def test_look_up_by_card_asks_the_agency_with_region_and_card_number() -> None:
    agency = FakeAgency()
    (found,) = run_effect(fx.LookUpByCard(5, "222405", "B91023456"), _ports(agency=agency))
    assert found == ev.ClaimantFound(5, claimant_for())
    assert agency.cards_looked_up == [("222405", "B91023456")]


def test_look_up_by_card_unknown_or_unreachable() -> None:
    unknown = _ports(agency=FakeAgency(claimant=None))
    assert list(run_effect(fx.LookUpByCard(5, "222405", "B9"), unknown)) == [ev.ClaimantNotFound(5)]
    offline = _ports(agency=FakeAgency(reachable=False))
    assert list(run_effect(fx.LookUpByCard(6, "222405", "B9"), offline)) == [
        ev.LookUpFailed(6, ServiceFault.UNREACHABLE)
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
        fx.LoadStatus(4, YOUNG_ID, CardPinLogin()), _ports(agency=agency, outbox=outbox)
    )
    assert isinstance(loaded, ev.StatusLoaded) and loaded.source is StatusSource.AGENCY
    assert [claim.reference for claim in loaded.claims] == ["q", "a"]


def test_status_offline_comes_from_the_queue_alone() -> None:
    outbox = FakeOutbox(queued=(_record("q", StatusSource.THIS_KIOSK),))
    ports = _ports(agency=FakeAgency(reachable=False), outbox=outbox)
    (loaded,) = run_effect(fx.LoadStatus(4, YOUNG_ID, CardPinLogin()), ports)
    assert isinstance(loaded, ev.StatusLoaded) and loaded.source is StatusSource.THIS_KIOSK


def test_status_offline_with_nothing_queued_is_unavailable() -> None:
    ports = _ports(agency=FakeAgency(reachable=False))
    (loaded,) = run_effect(fx.LoadStatus(4, YOUNG_ID, CardPinLogin()), ports)
    assert loaded == ev.StatusUnavailable(4, ServiceFault.UNREACHABLE)


def test_printer_fault_becomes_print_failed() -> None:
    ports = _ports(printer=FakePrinter(PrinterFault.OUT_OF_PAPER))
    (printed,) = run_effect(fx.PrintGuideSheet(9, fx.GuideDocument.CLAIM_GUIDE, Language.KO), ports)
    assert printed == ev.PrintFailed(9, PrinterFault.OUT_OF_PAPER)


def test_end_session_has_nothing_to_run() -> None:
    assert list(run_effect(fx.EndSession(), _ports())) == []


@pytest.mark.parametrize(
    "effect",
    [
        fx.ReadCard(1),
        fx.VerifyPin(1, "123456"),
        fx.RequestOtp(1, YOUNG_ID),
        fx.VerifyOtp(1, YOUNG_ID, "246810"),
        fx.LookUp(1, YOUNG_ID, CardPinLogin()),
        fx.LookUpByCard(1, "222405", "B91023456"),
        fx.LoadEligibility(1, YOUNG_ID, CardPinLogin()),
        fx.LoadStatus(1, YOUNG_ID, CardPinLogin()),
        fx.LoadCourses(1, YOUNG_ID, CardPinLogin()),
        fx.Submit(1, _request()),
    ],
)
def test_every_request_has_a_fallback_answer_for_the_same_ticket(effect: Any) -> None:
    fallback = fallback_event(effect)
    assert fallback is not None and fallback.ticket == 1  # type: ignore[union-attr]


def _drive(k: Kiosk, ports: Ports) -> None:
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

"""The written decision and the registration proof in the flow (issue 13 §3): a refused claim's
decision is summed up on the status screen, read whole and printed (printer faults as for the
receipt); the proof is asked for from "other services", shown, printed, and a missing
registration or network says so."""

from __future__ import annotations

from datetime import date

from kiosk.domain.claimant import OtpLogin
from kiosk.domain.claims import ClaimKind, ClaimRecord, ClaimSituation, StatusSource
from kiosk.domain.decisions import (
    AppealKind,
    AppealRoute,
    DecisionNotice,
    DecisionReason,
    ProofProblem,
    RegistrationProof,
)
from kiosk.domain.faults import PrinterFault
from kiosk.domain.language import Language, LocalizedText
from kiosk.flow import events as ev
from kiosk.flow.effect_runner import run_effect
from kiosk.flow.effects import CheckPrinter
from kiosk.flow.messages import Msg
from kiosk.flow.ports import Ports
from kiosk.flow.proof_effects import (
    DecisionNoticePaper,
    LoadRegistrationProof,
    PrintNotice,
    RegistrationProofPaper,
)
from kiosk.flow.proof_events import (
    PrintDecision,
    PrintRegistrationProof,
    RegistrationProofLoaded,
    RegistrationProofUnavailable,
    ShowDecision,
)
from kiosk.flow.proof_views import DecisionView, RegistrationProofView
from kiosk.flow.states import (
    ChoosingService,
    Loading,
    LoadTask,
    PrintProgress,
    Service,
    ShowingDecision,
    ShowingStatus,
)
from kiosk.flow.view_models import Action, BusyView, StatusView
from tests.doubles import FakeAgency, FakeCard, FakeOutbox, FakePrinter
from tests.flow.flow_kit import CLAIMANT_NAME, FlowDriver, claimant_for

REFERENCE = "CT-2026-000777"


def notice() -> DecisionNotice:
    return DecisionNotice(
        number="2026-000777",
        decided_on=date(2026, 12, 10),
        due_by=date(2026, 12, 14),
        decided_in_time=True,
        agency=LocalizedText("社会保险经办机构", "사회보험 담당기관"),
        reasons=(
            DecisionReason(
                "separation_voluntary_resignation",
                LocalizedText(
                    "单位报送的离职原因是本人自愿辞职。", "본인이 자원하여 사직하였습니다."
                ),
                LocalizedText("失业保险条例第十四条第二项", "《실업보험조례》 제14조 제2항"),
            ),
        ),
        appeals=(
            AppealRoute(
                AppealKind.ADMINISTRATIVE_REVIEW,
                LocalizedText("县级以上地方人民政府", "현급 이상 지방인민정부"),
                LocalizedText("自收到本决定书之日起60日内", "이 결정서를 받은 날부터 60일 안에"),
                LocalizedText("行政复议法第二十条", "행정복의법 제20조"),
                date(2027, 2, 8),
            ),
            AppealRoute(
                AppealKind.LAWSUIT,
                LocalizedText("基层人民法院", "기층인민법원"),
                LocalizedText("6个月内", "6개월 안에"),
                LocalizedText("行政诉讼法第四十六条", "행정소송법 제46조"),
                date(2027, 6, 10),
            ),
        ),
    )


def refused() -> ClaimRecord:
    return ClaimRecord(
        REFERENCE,
        ClaimKind.CLAIM,
        ClaimSituation.NOT_APPROVED,
        StatusSource.AGENCY,
        decision=notice(),
    )


def proof() -> RegistrationProof:
    return RegistrationProof(
        claim_reference=REFERENCE,
        registration_date=date(2026, 11, 20),
        masked_name="金*",
        masked_id_number="2224**********0012",
        agency=LocalizedText("社会保险经办机构", "사회보험 담당기관"),
        issued_on=date(2026, 12, 4),
        verify_url="https://si.example.cn/verify/registration/ABCDEFGHIJKLMNOPQRST",
    )


def on_decision(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseStatus())
    k.answer(ev.StatusLoaded, claims=(refused(),), source=StatusSource.AGENCY)
    k.send(ShowDecision(REFERENCE))


def test_status_sums_up_the_decision_with_the_last_days_to_appeal(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseStatus())
    k.answer(ev.StatusLoaded, claims=(refused(),), source=StatusSource.AGENCY)
    view = k.view.screen
    assert isinstance(view, StatusView)
    summary = view.claims[0].decision
    assert summary is not None
    assert (summary.decided_on, summary.review_by, summary.sue_by) == (
        date(2026, 12, 10),
        date(2027, 2, 8),
        date(2027, 6, 10),
    )
    assert Action.DECISION_NOTICE in k.view.actions
    assert not k.send(ShowDecision("someone-else")).accepted


def test_the_decision_reads_whole_in_the_session_language_and_back_returns_to_status(
    k: FlowDriver,
) -> None:
    on_decision(k)
    assert isinstance(k.screen, ShowingDecision)
    k.send(ev.ChangeLanguage(Language.KO))
    view = k.view.screen
    assert isinstance(view, DecisionView) and view.message is Msg.DECISION_NOTICE
    assert view.reasons[0].rule == "《실업보험조례》 제14조 제2항"
    assert [a.kind for a in view.appeals] == [AppealKind.ADMINISTRATIVE_REVIEW, AppealKind.LAWSUIT]
    assert view.appeals[0].last_day == date(2027, 2, 8)
    assert k.view.actions == {Action.PRINT_DECISION}
    k.send(ev.GoBack())
    assert isinstance(k.screen, ShowingStatus) and k.screen.claims == (refused(),)


def test_printing_the_decision_is_masked_and_waits_for_paper_like_a_receipt(
    k: FlowDriver,
) -> None:
    on_decision(k)
    k.send(PrintDecision())
    paper = k.effect(PrintNotice).paper
    assert isinstance(paper, DecisionNoticePaper)
    assert paper.reference == REFERENCE and paper.notice == notice()
    assert CLAIMANT_NAME not in paper.masked_name and "*" in paper.masked_id_number
    assert k.view.actions == frozenset()  # no second print, no back while printing
    assert not k.view.chrome.can_go_back
    k.answer(ev.PrintFailed, fault=PrinterFault.PAPER_OUT)
    view = k.view.screen
    assert isinstance(view, DecisionView) and view.fault is Msg.PRINTER_PAPER_OUT
    assert Action.PRINT_DECISION not in k.view.actions  # staff must add paper first
    assert k.view.chrome.can_go_back  # waiting for staff holds nobody at the screen
    k.wait(k.settings.printer_check_s)
    k.effect(CheckPrinter)
    k.answer(ev.PrinterChecked, fault=None)
    assert k.view.actions == {Action.PRINT_DECISION}
    k.send(PrintDecision())
    k.answer(ev.PrintFinished)
    assert isinstance(k.screen, ShowingDecision) and k.screen.printing is PrintProgress.PRINTED


def test_the_proof_is_asked_for_shown_and_printed(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseMoreServices())
    k.send(ev.ChooseService(Service.REGISTRATION_PROOF))
    assert k.screen == Loading(LoadTask.REGISTRATION_PROOF)
    assert isinstance(k.view.screen, BusyView)
    assert k.view.screen.message is Msg.LOADING_REGISTRATION_PROOF
    asked = k.effect(LoadRegistrationProof)
    assert asked.ssn == claimant_for().ssn
    k.answer(RegistrationProofLoaded, proof=proof())
    view = k.view.screen
    assert isinstance(view, RegistrationProofView) and view.message is Msg.PROOF_READY
    assert view.registration_date == date(2026, 11, 20) and view.masked_name == "金*"
    assert view.verify_url is not None and "/verify/registration/" in view.verify_url
    k.send(PrintRegistrationProof())
    assert k.effect(PrintNotice).paper == RegistrationProofPaper(proof(), Language.ZH_CN)
    k.answer(ev.PrintFinished)
    printed = k.view.screen
    assert isinstance(printed, RegistrationProofView) and printed.message is Msg.PROOF_PRINTED
    k.send(ev.GoBack())
    assert k.session.screen == ChoosingService()


def test_no_registration_says_so_and_no_network_offers_to_try_again(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseMoreServices())
    k.send(ev.ChooseService(Service.REGISTRATION_PROOF))
    k.answer(RegistrationProofUnavailable, problem=ProofProblem.NO_REGISTRATION)
    view = k.view.screen
    assert isinstance(view, RegistrationProofView)
    assert view.message is Msg.PROOF_NO_REGISTRATION and view.registration_date is None
    assert k.view.actions == frozenset()
    assert not k.send(PrintRegistrationProof()).accepted

    k.send(ev.GoBack())
    k.send(ev.ChooseService(Service.REGISTRATION_PROOF))
    k.answer(RegistrationProofUnavailable, problem=ProofProblem.UNREACHABLE)
    offline = k.view.screen
    assert isinstance(offline, RegistrationProofView)
    assert offline.message is Msg.PROOF_NEEDS_NETWORK
    assert k.view.actions == {Action.RETRY}
    k.send(ev.Retry())
    assert isinstance(k.screen, Loading) and isinstance(k.effects[0], LoadRegistrationProof)


def test_the_runner_asks_the_agency_and_prints_on_the_receipt_printer() -> None:
    claimant = claimant_for()
    agency = FakeAgency(claimant=claimant, registration=proof())
    printer = FakePrinter()
    ports = Ports(FakeCard(), agency, FakeOutbox(), printer)
    login = OtpLogin("tok-" + "x" * 20)
    (loaded,) = run_effect(LoadRegistrationProof(1, claimant.ssn, login), ports)
    assert loaded == RegistrationProofLoaded(1, proof())
    (printed,) = run_effect(PrintNotice(2, RegistrationProofPaper(proof(), Language.KO)), ports)
    assert printed == ev.PrintFinished(2) and printer.printed == [f"registration_proof:{REFERENCE}"]
    agency.registration = None
    (missing,) = run_effect(LoadRegistrationProof(3, claimant.ssn, login), ports)
    assert missing == RegistrationProofUnavailable(3, ProofProblem.NO_REGISTRATION)
    printer.fault = PrinterFault.COVER_OPEN
    (failed,) = run_effect(PrintNotice(4, RegistrationProofPaper(proof(), Language.KO)), ports)
    assert failed == ev.PrintFailed(4, PrinterFault.COVER_OPEN)

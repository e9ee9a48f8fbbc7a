"""Status, the guide, and the training subsidy (notice §8), which is queued like a claim."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.claims import (
    ClaimKind,
    ClaimRecord,
    ClaimSituation,
    Delivery,
    Payment,
    StatusSource,
    TimelineEntry,
)
from kiosk.domain.faults import PrinterFault, ServiceFault
from kiosk.domain.language import Language
from kiosk.domain.money import Money
from kiosk.flow import events as ev
from kiosk.flow.claim_views import NEXT_STEPS
from kiosk.flow.effects import GuideDocument, LoadCourses, LoadStatus, PrintGuideSheet, Submit
from kiosk.flow.messages import Msg
from kiosk.flow.states import (
    Applying,
    ApplyStep,
    ChoosingCourse,
    Home,
    Loading,
    LoadTask,
    ShowingGuide,
    ShowingResult,
)
from kiosk.flow.view_models import Action, ApplyView, CoursesView, GuideView, StatusView
from tests.flow.flow_kit import FlowDriver, course


def test_status_loads_all_claims_of_the_claimant(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseStatus())
    assert k.screen == Loading(LoadTask.STATUS)
    assert k.effect(LoadStatus).ssn == k.session.personal.claimant.ssn  # type: ignore[union-attr]


def test_status_shows_timeline_payments_and_next_steps(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseStatus())
    paying = ClaimRecord(
        reference="ref-p",
        kind=ClaimKind.CLAIM,
        situation=ClaimSituation.PAYING,
        source=StatusSource.AGENCY,
        timeline=(
            TimelineEntry(date(2026, 9, 1), ClaimSituation.RECEIVED),
            TimelineEntry(date(2026, 9, 8), ClaimSituation.APPROVED),
        ),
        payments=(Payment(date(2026, 10, 1), Money(171_000)),),
        months_left=16,
    )
    k.answer(ev.StatusLoaded, claims=(paying,), source=StatusSource.AGENCY)
    view = k.view.screen
    assert isinstance(view, StatusView)
    assert view.message is Msg.STATUS_FROM_AGENCY and not view.may_be_out_of_date
    (claim,) = view.claims
    assert claim.months_left == 16 and claim.payments[0].amount == Money(171_000)
    assert [entry.situation for entry in claim.timeline] == [
        ClaimSituation.RECEIVED,
        ClaimSituation.APPROVED,
    ]
    assert claim.you_do_next is Msg.YOU_REPORT_STOP_CONDITIONS


@pytest.mark.parametrize("situation", list(ClaimSituation))
def test_every_claim_situation_says_what_happens_next(situation: ClaimSituation) -> None:
    you, agency = NEXT_STEPS[situation]
    assert you.value.startswith("next.you.") and agency.value.startswith("next.agency.")


def test_no_claims_says_so(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseStatus())
    k.answer(ev.StatusLoaded, claims=(), source=StatusSource.AGENCY)
    assert k.view.screen.message is Msg.STATUS_NONE


def test_status_retry_after_failure_loads_again(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseStatus())
    k.answer(ev.StatusUnavailable, fault=ServiceFault.REFUSED)
    k.send(ev.Retry())
    assert k.screen == Loading(LoadTask.STATUS)


def test_guide_opens_without_asking_anyone_and_prints_in_the_current_language(
    k: FlowDriver,
) -> None:
    k.sign_in_with_card()
    step = k.send(ev.ChooseGuide())
    assert isinstance(k.screen, ShowingGuide) and step.effects == ()
    assert k.view.actions == {Action.PRINT_GUIDE}
    k.send(ev.ChangeLanguage(Language.KO))
    k.send(ev.PrintGuide())
    sheet = k.effect(PrintGuideSheet)
    assert sheet.language is Language.KO and sheet.document is GuideDocument.CLAIM_GUIDE
    assert k.view.screen == GuideView(
        Msg.GUIDE_PRINTING, ShowingGuide(printing=None).printing or k.screen.printing, None
    )
    k.answer(ev.PrintFinished)
    assert k.view.screen.message is Msg.GUIDE_PRINTED


def test_guide_printer_out_of_paper_is_said_plainly(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseGuide())
    k.send(ev.PrintGuide())
    k.answer(ev.PrintFailed, fault=PrinterFault.PAPER_OUT)
    view = k.view.screen
    assert isinstance(view, GuideView) and view.fault is Msg.PRINTER_PAPER_OUT
    assert k.view.actions == frozenset()  # not until the printer reports ready again
    k.wait(k.settings.printer_check_s)
    k.answer(ev.PrinterChecked, fault=None)
    assert k.view.screen.fault is Msg.PRINTER_READY_AGAIN  # type: ignore[union-attr]
    assert k.view.actions == {Action.PRINT_GUIDE}


def test_training_lists_approved_courses_on_record(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseTraining())
    assert k.screen == Loading(LoadTask.COURSES) and k.effect(LoadCourses)
    k.answer(ev.CoursesLoaded, courses=(course(),))
    view = k.view.screen
    assert isinstance(view, CoursesView) and view.message is Msg.TRAINING_CHOOSE
    assert view.courses[0].course_id == "C-2026-17"
    assert k.view.actions == {Action.CHOOSE_COURSE}


def test_training_subsidy_application_is_queued_like_a_claim(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseTraining())
    k.answer(ev.CoursesLoaded, courses=(course(),))
    k.send(ev.ChooseCourse("C-2026-17"))
    assert isinstance(k.screen, Applying) and k.screen.step is ApplyStep.MOBILE
    view = k.view.screen
    assert isinstance(view, ApplyView) and view.course_name == "中式烹调师（初级）"
    k.send(ev.UseMobileOnFile())
    k.send(ev.ConfirmPaymentAccount())
    k.send(ev.AcceptCommitment())
    k.send(ev.SubmitApplication())
    request = k.effect(Submit).request
    assert request.kind is ClaimKind.TRAINING_SUBSIDY and request.course_id == "C-2026-17"
    k.answer(ev.SubmissionStored, reference="ref-t")
    k.answer(ev.SubmissionQueued, reference="ref-t")
    assert isinstance(k.screen, ShowingResult)
    assert k.screen.result.delivery is Delivery.STORED_ON_KIOSK
    assert k.screen.result.course_name == course().name


def test_choosing_a_course_not_on_the_list_is_ignored(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseTraining())
    k.answer(ev.CoursesLoaded, courses=(course(),))
    assert not k.send(ev.ChooseCourse("forged")).accepted


def test_no_courses_on_record_says_so(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseTraining())
    k.answer(ev.CoursesLoaded, courses=())
    assert k.view.screen.message is Msg.TRAINING_NONE_ON_RECORD
    assert k.view.actions == frozenset()


def test_courses_unavailable_offline_offers_retry(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseTraining())
    k.answer(ev.CoursesUnavailable, fault=ServiceFault.UNREACHABLE)
    assert isinstance(k.screen, ChoosingCourse)
    assert k.view.screen.message is Msg.TRAINING_UNAVAILABLE
    assert k.view.actions == {Action.RETRY}
    k.send(ev.Retry())
    assert k.session.screen == Loading(LoadTask.COURSES)


def test_back_from_the_first_training_step_returns_to_the_course_list(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseTraining())
    k.answer(ev.CoursesLoaded, courses=(course(),))
    k.send(ev.ChooseCourse("C-2026-17"))
    k.send(ev.GoBack())
    assert k.screen == Loading(LoadTask.COURSES) and k.effect(LoadCourses)


def test_home_is_reachable_from_every_service_screen(k: FlowDriver) -> None:
    k.sign_in_with_card()
    for choice in (ev.ChooseGuide(), ev.ChooseStatus(), ev.ChooseTraining(), ev.ChooseApply()):
        k.send(choice)
        assert k.view.chrome.can_go_home
        k.send(ev.GoHome())
        assert isinstance(k.screen, Home) and k.session.awaiting is None
    assert not k.view.chrome.can_go_home and not k.send(ev.GoHome()).accepted

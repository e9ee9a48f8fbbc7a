"""Home and the screens it opens: eligibility, status, guide and the training-course list.

A load that fails because the agency is unreachable is not a dead end: eligibility still lets
the claimant apply (queued), and status comes from this kiosk's queue instead.
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.domain.claims import ClaimKind
from kiosk.flow import status_desk
from kiosk.flow.effects import (
    Effect,
    GuideDocument,
    LoadCourses,
    LoadEligibility,
    LoadStatus,
    PrintGuideSheet,
)
from kiosk.flow.events import (
    ChooseApply,
    ChooseCourse,
    ChooseGuide,
    ChooseStatus,
    ChooseTraining,
    CoursesLoaded,
    CoursesUnavailable,
    EligibilityLoaded,
    EligibilityUnavailable,
    Event,
    PrintFailed,
    PrintFinished,
    PrintGuide,
    Retry,
    StartApplication,
    StatusLoaded,
    StatusUnavailable,
)
from kiosk.flow.printer_wait import wait_after
from kiosk.flow.settings import Moment
from kiosk.flow.states import (
    ChoosingCourse,
    Draft,
    Home,
    Loading,
    LoadTask,
    Personal,
    PrintProgress,
    Session,
    ShowingEligibility,
    ShowingGuide,
    ShowingStatus,
)
from kiosk.flow.step import Step, moved
from kiosk.flow.submission import start_application

_CHOICES = {
    ChooseApply: LoadTask.ELIGIBILITY,
    ChooseStatus: LoadTask.STATUS,
    ChooseTraining: LoadTask.COURSES,
}


def load(session: Session, task: LoadTask) -> Step | None:
    personal = session.personal
    if personal is None or personal.claimant is None or personal.login is None:
        return None
    ticket, issued = session.issue_ticket()
    ssn, login = personal.claimant.ssn, personal.login
    effect: Effect
    if task is LoadTask.ELIGIBILITY:
        effect = LoadEligibility(ticket=ticket, ssn=ssn, login=login)
    elif task is LoadTask.STATUS:
        effect = LoadStatus(ticket=ticket, ssn=ssn, login=login)
    else:
        effect = LoadCourses(ticket=ticket, ssn=ssn, login=login)
    return moved(issued.showing(Loading(task)), effect)


def open_guide_anonymously(session: Session, event: Event, now: Moment) -> Step | None:
    """The guide and flowchart from the attract screen, before (or without) signing in: notice
    §6 asks that anyone can read how to apply. Nothing about anybody is asked or shown; the
    visit times out like a session and ends back at the attract screen."""
    if not isinstance(event, ChooseGuide):
        return None
    visit = replace(
        session,
        screen=ShowingGuide(),
        personal=None,
        awaiting=None,
        countdown=None,
        last_activity=now.seconds,
    )
    return moved(visit)


def on_home(session: Session, event: Event) -> Step | None:
    if isinstance(event, ChooseGuide):
        return moved(session.settled(ShowingGuide()))
    task = _CHOICES.get(type(event))
    return load(session, task) if task is not None else None


def on_loading(session: Session, personal: Personal, screen: Loading, event: Event) -> Step | None:
    if screen.task is LoadTask.ELIGIBILITY:
        if isinstance(event, EligibilityLoaded):
            remembered = replace(session, personal=replace(personal, eligibility=event.eligibility))
            return moved(remembered.settled(ShowingEligibility(event.eligibility)))
        if isinstance(event, EligibilityUnavailable):
            forgotten = replace(session, personal=replace(personal, eligibility=None))
            return moved(forgotten.settled(ShowingEligibility(None, unavailable=event.fault)))
    if screen.task is LoadTask.STATUS:
        if isinstance(event, StatusLoaded):
            return status_desk.start(session, ShowingStatus(event.claims, source=event.source))
        if isinstance(event, StatusUnavailable):
            return moved(session.settled(ShowingStatus((), source=None, unavailable=event.fault)))
    if screen.task is LoadTask.COURSES:
        if isinstance(event, CoursesLoaded):
            return moved(session.settled(ChoosingCourse(event.courses)))
        if isinstance(event, CoursesUnavailable):
            return moved(session.settled(ChoosingCourse((), unavailable=event.fault)))
    return None


def on_eligibility(session: Session, screen: ShowingEligibility, event: Event) -> Step | None:
    if isinstance(event, StartApplication) and screen.may_apply:
        return start_application(session, Draft(kind=ClaimKind.CLAIM))
    if isinstance(event, Retry) and screen.unavailable is not None:
        return load(session, LoadTask.ELIGIBILITY)
    found = screen.eligibility
    if isinstance(event, ChooseStatus) and found is not None and found.open_claim is not None:
        return load(session, LoadTask.STATUS)
    return None


def on_status(session: Session, screen: ShowingStatus, event: Event) -> Step | None:
    if isinstance(event, Retry) and screen.unavailable is not None:
        return load(session, LoadTask.STATUS)
    return None


def on_courses(session: Session, screen: ChoosingCourse, event: Event) -> Step | None:
    if isinstance(event, ChooseCourse):
        course = next((c for c in screen.courses if c.course_id == event.course_id), None)
        if course is None:
            return None
        return start_application(session, Draft(kind=ClaimKind.TRAINING_SUBSIDY, course=course))
    if isinstance(event, Retry) and screen.unavailable is not None:
        return load(session, LoadTask.COURSES)
    return None


def on_guide(session: Session, screen: ShowingGuide, event: Event, now: Moment) -> Step | None:
    """The same for a signed-in claimant and for an anonymous visit from the attract screen: the
    sheet carries nobody's data."""
    busy = screen.printing is PrintProgress.PRINTING or screen.waiting is not None
    if isinstance(event, PrintGuide) and not busy:
        ticket, issued = session.issue_ticket()
        sheet = PrintGuideSheet(
            ticket=ticket, document=GuideDocument.CLAIM_GUIDE, language=session.display.language
        )
        return moved(issued.showing(ShowingGuide(printing=PrintProgress.PRINTING)), sheet)
    if isinstance(event, PrintFinished):
        return moved(session.settled(ShowingGuide(printing=PrintProgress.PRINTED)))
    if isinstance(event, PrintFailed):
        waiting = wait_after(event.fault, now)
        failed = ShowingGuide(printing=PrintProgress.FAILED, fault=event.fault, waiting=waiting)
        return moved(session.settled(failed))
    return None


def go_home(session: Session) -> Step:
    return moved(session.settled(Home()))

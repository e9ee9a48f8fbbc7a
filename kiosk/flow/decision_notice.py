"""A refused claim's written decision (issue 13 §3), read whole and printed from the status screen.

A refusal is only appealable when the claimant has it in writing: the reasons with their
articles, the decision date, and where and by when to apply for administrative review or sue.
The status screen says it in short (decided on, the last days); this screen shows the agency's
notice whole and prints it on the receipt printer, masked like a receipt. Printer faults are
handled as for the receipt (kiosk/flow/printer_wait.py).
"""

from __future__ import annotations

from dataclasses import replace

from contract.masking import mask_id_number, mask_name
from kiosk.domain.claims import ClaimRecord
from kiosk.domain.language import Language
from kiosk.flow import status_desk
from kiosk.flow.claim_views import PRINTER_MESSAGES
from kiosk.flow.events import Event
from kiosk.flow.messages import Msg
from kiosk.flow.printer_wait import on_print_result
from kiosk.flow.proof_effects import DecisionNoticePaper, PrintNotice
from kiosk.flow.proof_events import PrintDecision, ShowDecision
from kiosk.flow.proof_views import AppealLine, DecisionView, ReasonLine
from kiosk.flow.settings import Moment
from kiosk.flow.states import PrintProgress, Session, ShowingDecision, ShowingStatus
from kiosk.flow.step import Step, moved
from kiosk.flow.view_models import Action

_MESSAGES = {
    None: Msg.DECISION_NOTICE,
    PrintProgress.PRINTING: Msg.DECISION_PRINTING,
    PrintProgress.PRINTED: Msg.DECISION_PRINTED,
    PrintProgress.FAILED: Msg.DECISION_NOTICE,
}


def status_actions(screen: ShowingStatus) -> frozenset[Action]:
    """The status screen offers the decision wherever one of the claims has one."""
    if any(claim.decision is not None for claim in screen.claims):
        return frozenset({Action.DECISION_NOTICE})
    return frozenset()


def _record(screen: ShowingStatus, reference: str) -> ClaimRecord | None:
    return next(
        (c for c in screen.claims if c.reference == reference and c.decision is not None), None
    )


def on_status(session: Session, screen: ShowingStatus, event: Event) -> Step | None:
    if not isinstance(event, ShowDecision) or _record(screen, event.reference) is None:
        return None
    return moved(session.settled(ShowingDecision(status=screen, reference=event.reference)))


def busy(screen: ShowingDecision) -> bool:
    return screen.printing is PrintProgress.PRINTING or screen.waiting is not None


def printing(screen: ShowingDecision) -> bool:
    """A print is under way: its answer must be seen, so the claimant stays (a printer
    waiting for staff does not hold them)."""
    return screen.printing is PrintProgress.PRINTING


def on_event(session: Session, screen: ShowingDecision, event: Event, now: Moment) -> Step | None:
    if isinstance(event, PrintDecision) and not busy(screen):
        paper = _paper(session, screen)
        if paper is None:
            return None
        ticket, issued = session.issue_ticket()
        printing = replace(screen, printing=PrintProgress.PRINTING, fault=None, ready_again=False)
        return moved(issued.showing(printing), PrintNotice(ticket=ticket, paper=paper))
    return on_print_result(session, screen, event, now)


def go_back(session: Session, screen: ShowingDecision) -> Step:
    """Back to the status screen it came from, as it was."""
    return status_desk.back_to(session, screen.status)


def _paper(session: Session, screen: ShowingDecision) -> DecisionNoticePaper | None:
    record = _record(screen.status, screen.reference)
    personal = session.personal
    claimant = personal.claimant if personal is not None else None
    if record is None or record.decision is None or claimant is None:
        return None
    return DecisionNoticePaper(
        notice=record.decision,
        reference=record.reference,
        kind=record.kind,
        masked_name=mask_name(claimant.name),
        masked_id_number=mask_id_number(claimant.ssn.value),
        language=session.display.language,
        status_url=None,
    )


def present(screen: ShowingDecision, language: Language) -> tuple[DecisionView, frozenset[Action]]:
    record = _record(screen.status, screen.reference)
    notice = record.decision if record is not None else None
    if notice is None:  # unreachable by construction: on_status checked it
        raise ValueError("a decision screen without a decision")
    fault = None
    if screen.printing is PrintProgress.FAILED:
        fault = (
            Msg.PRINTER_READY_AGAIN
            if screen.ready_again
            else PRINTER_MESSAGES[screen.fault]
            if screen.fault
            else None
        )
    view = DecisionView(
        message=_MESSAGES[screen.printing],
        number=notice.number,
        reference=screen.reference,
        agency=notice.agency.in_language(language),
        decided_on=notice.decided_on,
        due_by=notice.due_by,
        decided_in_time=notice.decided_in_time,
        reasons=tuple(
            ReasonLine(r.text.in_language(language), r.rule.in_language(language))
            for r in notice.reasons
        ),
        appeals=tuple(
            AppealLine(
                kind=a.kind,
                body=a.body.in_language(language),
                time_limit=a.time_limit.in_language(language),
                law=a.law.in_language(language),
                last_day=a.last_day,
            )
            for a in notice.appeals
        ),
        printing=screen.printing,
        fault=fault,
    )
    actions = frozenset() if busy(screen) else frozenset({Action.PRINT_DECISION})
    return view, actions

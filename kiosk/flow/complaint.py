"""File a complaint or suggestion (issue 13 §5, notice §6), and read the staff's answers.

The claimant's earlier complaints are asked for first: someone who filed before sees the answer
(or the day it is due) before anything else, and a kiosk without network says at once that
nothing can be filed now. Complaints are not queued on the kiosk: the receipt promises an
answer by a date, which only the agency can set.

A new one: a category from a fixed list, then a ready-made sentence or the claimant's own words
on the on-screen keyboard, a review of exactly what is sent, and the receipt with the due day.
A failed send keeps its client reference and sending again reuses it (the agency's idempotency
key), so a complaint whose answer was lost is never filed twice; a changed text gets a new one.
The text lives only in this session's state and screens: ending the session drops both.
"""

from __future__ import annotations

from dataclasses import replace

from contract.masking import mask_id_number, mask_name
from kiosk.domain.complaints import (
    MAX_TEXT_CHARS,
    READY_TEXTS,
    ComplaintCategory,
    ComplaintFault,
    ComplaintRecord,
    ComplaintState,
    TextProblem,
    clean,
    text_problem,
)
from kiosk.domain.language import Language
from kiosk.flow import claim_views
from kiosk.flow.complaint_types import (
    ChooseComplaintCategory,
    ChooseReadyText,
    ComplaintDraft,
    ComplaintFiled,
    ComplaintNotFiled,
    ComplaintPaper,
    ComplaintReceipt,
    ComplaintsLoaded,
    ComplaintStep,
    ComplaintsUnavailable,
    ComplaintTextEntered,
    FileComplaint,
    FilingComplaint,
    LoadComplaints,
    NewComplaint,
    PrintComplaintReceipt,
    SendComplaint,
    WriteOwnText,
)
from kiosk.flow.complaint_views import ComplaintItem, ComplaintReceiptView, ComplaintView
from kiosk.flow.events import Event, PrintReceipt, Retry
from kiosk.flow.menu import back_to_menu
from kiosk.flow.messages import Msg
from kiosk.flow.printer_wait import on_print_result
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import PrintProgress, Session
from kiosk.flow.step import Step, moved
from kiosk.flow.view_models import Action, BusyView, ScreenView

ComplaintScreens = FilingComplaint | ComplaintReceipt
CATEGORIES: tuple[ComplaintCategory, ...] = tuple(ComplaintCategory)

_PROBLEMS: dict[ComplaintFault | TextProblem, Msg] = {
    ComplaintFault.UNREACHABLE: Msg.COMPLAINT_NEEDS_NETWORK,
    ComplaintFault.SIGN_IN_AGAIN: Msg.SIGN_IN_AGAIN,
    ComplaintFault.REFUSED: Msg.COMPLAINT_REFUSED,
    TextProblem.EMPTY: Msg.COMPLAINT_TEXT_EMPTY,
    TextProblem.TOO_LONG: Msg.COMPLAINT_TEXT_TOO_LONG,
}
_STEP_MESSAGES = {
    ComplaintStep.MINE: Msg.COMPLAINT_MINE,
    ComplaintStep.CATEGORY: Msg.COMPLAINT_CHOOSE_CATEGORY,
    ComplaintStep.TEXT: Msg.COMPLAINT_CHOOSE_TEXT,
    ComplaintStep.WRITING: Msg.COMPLAINT_WRITE,
    ComplaintStep.REVIEW: Msg.COMPLAINT_REVIEW,
}
_STEP_ACTIONS = {
    ComplaintStep.MINE: frozenset({Action.NEW_COMPLAINT}),
    ComplaintStep.CATEGORY: frozenset({Action.CHOOSE_COMPLAINT_CATEGORY}),
    ComplaintStep.TEXT: frozenset({Action.CHOOSE_READY_TEXT, Action.WRITE_OWN_TEXT}),
    ComplaintStep.WRITING: frozenset({Action.ENTER_COMPLAINT_TEXT}),
    ComplaintStep.REVIEW: frozenset({Action.SEND_COMPLAINT}),
}


def start(session: Session, now: Moment, settings: FlowSettings) -> Step | None:
    """The menu's starter: the claimant's earlier complaints first."""
    personal = session.personal
    if personal is None or personal.claimant is None or personal.login is None:
        return None
    ticket, issued = session.issue_ticket()
    effect = LoadComplaints(ticket=ticket, ssn=personal.claimant.ssn, login=personal.login)
    return moved(issued.showing(FilingComplaint(ComplaintStep.LOADING)), effect)


def sent_text(draft: ComplaintDraft, language: Language) -> str:
    """What is sent: the claimant's own words, or the ready-made sentence in the session's
    language (the one the review showed them)."""
    if draft.ready is not None and draft.category is not None:
        return READY_TEXTS[draft.category][draft.ready].in_language(language)
    return clean(draft.text)


def on_event(
    session: Session, screen: ComplaintScreens, event: Event, now: Moment, settings: FlowSettings
) -> Step | None:
    if isinstance(screen, ComplaintReceipt):
        return _on_receipt(session, screen, event, now)
    step, draft = screen.step, screen.draft
    if step is ComplaintStep.LOADING:
        return _loaded(session, event)
    if step is ComplaintStep.CANNOT:
        if isinstance(event, Retry) and screen.problem is ComplaintFault.UNREACHABLE:
            return start(session, now, settings)
        return None
    if step is ComplaintStep.MINE and isinstance(event, NewComplaint):
        return _show(session, screen, ComplaintStep.CATEGORY)
    if step is ComplaintStep.CATEGORY and isinstance(event, ChooseComplaintCategory):
        if event.category != draft.category:
            draft = ComplaintDraft(category=event.category, text=draft.text)
        following = ComplaintStep.TEXT if READY_TEXTS[event.category] else ComplaintStep.WRITING
        return _show(session, screen, following, draft)
    if step is ComplaintStep.TEXT:
        return _on_text_choice(session, screen, event)
    if step is ComplaintStep.WRITING and isinstance(event, ComplaintTextEntered):
        return _on_written(session, screen, event.text)
    if step is ComplaintStep.REVIEW and isinstance(event, SendComplaint):
        return _send(session, screen)
    if step is ComplaintStep.SENDING:
        return _answered(session, screen, event)
    return None


def _show(
    session: Session,
    screen: FilingComplaint,
    step: ComplaintStep,
    draft: ComplaintDraft | None = None,
    problem: ComplaintFault | TextProblem | None = None,
) -> Step:
    shown = FilingComplaint(
        step, draft if draft is not None else screen.draft, screen.mine, problem
    )
    return moved(session.settled(shown))


def _loaded(session: Session, event: Event) -> Step | None:
    if isinstance(event, ComplaintsUnavailable):
        return moved(session.settled(FilingComplaint(ComplaintStep.CANNOT, problem=event.fault)))
    if not isinstance(event, ComplaintsLoaded):
        return None
    # Nothing filed before: straight to the new one, nothing to read first.
    step = ComplaintStep.MINE if event.complaints else ComplaintStep.CATEGORY
    return moved(session.settled(FilingComplaint(step, mine=event.complaints)))


def _on_text_choice(session: Session, screen: FilingComplaint, event: Event) -> Step | None:
    draft = screen.draft
    if isinstance(event, WriteOwnText):
        return _show(session, screen, ComplaintStep.WRITING, replace(draft, ready=None))
    if not isinstance(event, ChooseReadyText) or draft.category is None:
        return None
    if not 0 <= event.index < len(READY_TEXTS[draft.category]):
        return None
    chosen = replace(draft, ready=event.index)
    if chosen != draft:
        chosen = replace(chosen, client_reference=None)
    return _show(session, screen, ComplaintStep.REVIEW, chosen)


def _on_written(session: Session, screen: FilingComplaint, text: str) -> Step:
    written = clean(text)
    draft = replace(screen.draft, text=written, ready=None)
    if draft != screen.draft:
        draft = replace(draft, client_reference=None)
    problem = text_problem(written)
    if problem is not None:
        return _show(session, screen, ComplaintStep.WRITING, draft, problem)
    return _show(session, screen, ComplaintStep.REVIEW, draft)


def _send(session: Session, screen: FilingComplaint) -> Step | None:
    personal = session.personal
    draft = screen.draft
    if personal is None or personal.claimant is None or personal.login is None:
        return None
    if draft.category is None:
        return None
    text = sent_text(draft, session.display.language)
    if text_problem(text) is not None:
        return None
    ticket, issued = session.issue_ticket()
    effect = FileComplaint(
        ticket=ticket,
        ssn=personal.claimant.ssn,
        login=personal.login,
        category=draft.category,
        text=text,
        language=session.display.language,
        client_reference=draft.client_reference,
    )
    sending = FilingComplaint(ComplaintStep.SENDING, draft, screen.mine)
    return moved(issued.showing(sending), effect)


def _answered(session: Session, screen: FilingComplaint, event: Event) -> Step | None:
    if isinstance(event, ComplaintFiled):
        return moved(session.settled(ComplaintReceipt(event.record)))
    if not isinstance(event, ComplaintNotFiled):
        return None
    kept = replace(screen.draft, client_reference=event.client_reference or None)
    if event.fault is ComplaintFault.SIGN_IN_AGAIN:
        return moved(session.settled(FilingComplaint(ComplaintStep.CANNOT, problem=event.fault)))
    return _show(session, screen, ComplaintStep.REVIEW, kept, event.fault)


def _on_receipt(
    session: Session, screen: ComplaintReceipt, event: Event, now: Moment
) -> Step | None:
    busy = screen.printing is PrintProgress.PRINTING or screen.waiting is not None
    if isinstance(event, PrintReceipt) and not busy:
        return _print(session, screen)
    return on_print_result(session, screen, event, now)


def _print(session: Session, screen: ComplaintReceipt) -> Step | None:
    claimant = session.personal.claimant if session.personal else None
    if claimant is None:
        return None
    record = screen.record
    paper = ComplaintPaper(
        reference=record.reference,
        category=record.category,
        filed_on=record.filed_on,
        due_by=record.due_by,
        masked_name=mask_name(claimant.name),
        masked_id_number=mask_id_number(claimant.ssn.value),
        language=session.display.language,
    )
    ticket, issued = session.issue_ticket()
    printing = replace(screen, printing=PrintProgress.PRINTING, fault=None, ready_again=False)
    return moved(issued.showing(printing), PrintComplaintReceipt(ticket=ticket, paper=paper))


# --- navigation -------------------------------------------------------------------------------


def can_go_back(screen: ComplaintScreens) -> bool:
    """Not while sending, nor from the receipt: a filed complaint cannot be taken back here."""
    return isinstance(screen, FilingComplaint) and screen.step is not ComplaintStep.SENDING


def busy(screen: ComplaintScreens) -> bool:
    """Sending: home waits for the agency's answer."""
    return isinstance(screen, FilingComplaint) and screen.step is ComplaintStep.SENDING


_BACK = {
    ComplaintStep.TEXT: ComplaintStep.CATEGORY,
    ComplaintStep.WRITING: ComplaintStep.TEXT,
}


def go_back(session: Session, screen: ComplaintScreens) -> Step | None:
    if not isinstance(screen, FilingComplaint) or not can_go_back(screen):
        return None
    draft = screen.draft
    step = screen.step
    if step is ComplaintStep.REVIEW:
        back_to = ComplaintStep.TEXT if draft.ready is not None else ComplaintStep.WRITING
        return _show(session, screen, back_to)
    if step is ComplaintStep.WRITING and (
        draft.category is None or not READY_TEXTS[draft.category]
    ):
        return _show(session, screen, ComplaintStep.CATEGORY)
    if step in _BACK:
        return _show(session, screen, _BACK[step])
    if step is ComplaintStep.CATEGORY and screen.mine:
        return _show(session, screen, ComplaintStep.MINE, ComplaintDraft())
    return back_to_menu(session)


# --- presenting -------------------------------------------------------------------------------


def _item(record: ComplaintRecord) -> ComplaintItem:
    return ComplaintItem(
        reference=record.reference,
        category=record.category,
        filed_on=record.filed_on,
        due_by=record.due_by,
        answered=record.state is ComplaintState.ANSWERED,
        overdue=record.overdue,
        text=record.text,
        answer=record.answer,
        answered_on=record.answered_on,
    )


def present(session: Session, screen: ComplaintScreens) -> tuple[ScreenView, frozenset[Action]]:
    if isinstance(screen, ComplaintReceipt):
        return _receipt_view(screen)
    if screen.step is ComplaintStep.LOADING:
        return BusyView(Msg.COMPLAINT_LOADING), frozenset()
    if screen.step is ComplaintStep.SENDING:
        return BusyView(Msg.COMPLAINT_SENDING), frozenset()
    problem = _PROBLEMS[screen.problem] if screen.problem is not None else None
    if screen.step is ComplaintStep.CANNOT:
        view = ComplaintView(message=problem or Msg.COMPLAINT_REFUSED, step=ComplaintStep.CANNOT)
        retry = screen.problem is ComplaintFault.UNREACHABLE
        return view, frozenset({Action.RETRY}) if retry else frozenset()
    draft = screen.draft
    language = session.display.language
    if screen.step is ComplaintStep.REVIEW:
        text = sent_text(draft, language)
    elif screen.step is ComplaintStep.WRITING:
        text = draft.text
    else:
        text = ""
    view = ComplaintView(
        message=_STEP_MESSAGES[screen.step],
        step=screen.step,
        categories=CATEGORIES,
        category=draft.category,
        ready_texts=READY_TEXTS[draft.category] if draft.category is not None else (),
        text=text,
        max_length=MAX_TEXT_CHARS,
        mine=tuple(_item(record) for record in screen.mine),
        problem=problem,
    )
    return view, _STEP_ACTIONS[screen.step]


def _receipt_view(screen: ComplaintReceipt) -> tuple[ScreenView, frozenset[Action]]:
    record = screen.record
    fault = None
    if screen.printing is PrintProgress.FAILED:
        if screen.ready_again:
            fault = Msg.PRINTER_READY_AGAIN
        elif screen.fault is not None:
            fault = claim_views.PRINTER_MESSAGES[screen.fault]
    view = ComplaintReceiptView(
        message=Msg.COMPLAINT_FILED,
        reference=record.reference,
        category=record.category,
        filed_on=record.filed_on,
        due_by=record.due_by,
        printing=screen.printing,
        fault=fault,
    )
    busy_printing = screen.printing is PrintProgress.PRINTING or screen.waiting is not None
    return view, frozenset() if busy_printing else frozenset({Action.PRINT_RECEIPT})

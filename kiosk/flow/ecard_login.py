"""Login with the electronic social security card (电子社保卡): its QR code, shown to the scanner.

The claimant opens the e-card in a phone app and holds its QR code up to the kiosk's 2D scanner.
The code itself is the proof: short-lived, single use, signed by the national platform. Only the
agency can check it, so the kiosk sends it (LogInWithEcard) and learns from the agency whose it
is; then, as with a card, the record is looked up with the login token and the claimant
confirms it is them (docs/session-flow.md, "E-card login").

Before any traffic the kiosk tells an e-card code from any other barcode held up to the scanner
(contract.ecard): a receipt's QR code or a shopping app's is answered at once with "this is not
an e-card code", and never sent to the agency. Offline there is no login by e-card at all: the
code proves nothing until the agency has checked it, and nobody's record may be shown before.
"""

from __future__ import annotations

from dataclasses import replace

from contract.ecard import looks_like_ecard_code, normalised
from kiosk.domain.claimant import EcardLogin, LoginMethod
from kiosk.domain.ecard import EcardFault
from kiosk.domain.faults import ServiceFault
from kiosk.flow.ecard_events import EcardLoginFailed, EcardLoginGranted, LogInWithEcard
from kiosk.flow.effects import LookUp
from kiosk.flow.events import ClaimantFound, ClaimantNotFound, Event, LookUpFailed
from kiosk.flow.login import with_elderly_default
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import (
    ConfirmingIdentity,
    LoginProblem,
    LoginProblemKind,
    LookingUp,
    Personal,
    Session,
)
from kiosk.flow.step import Step, moved

_PROBLEMS = {
    EcardFault.REPLAYED: LoginProblemKind.ECARD_REPLAYED,
    EcardFault.EXPIRED: LoginProblemKind.ECARD_EXPIRED,
    # The platform did not issue it: to the claimant that is the same as another barcode.
    EcardFault.INVALID: LoginProblemKind.NOT_AN_ECARD_CODE,
    EcardFault.NO_RECORD: LoginProblemKind.NO_RECORD,
    EcardFault.OUTSIDE_SERVICE_AREA: LoginProblemKind.OUTSIDE_SERVICE_AREA,
}


def start_with_ecard(session: Session, text: str, now: Moment) -> Step:
    """From the attract screen (or the goodbye): a scanned code starts a login."""
    personal = Personal(method=LoginMethod.ECARD)
    if not looks_like_ecard_code(text):
        refused = replace(
            session.settled(LoginProblem(LoginProblemKind.NOT_AN_ECARD_CODE)),
            personal=personal,
            last_activity=now.seconds,
            countdown=None,
        )
        return moved(refused)
    ticket, issued = session.issue_ticket()
    started = replace(
        issued,
        screen=LookingUp(),
        personal=personal,
        last_activity=now.seconds,
        countdown=None,
    )
    return moved(started, LogInWithEcard(ticket=ticket, code=normalised(text)))


def may_try_again(session: Session) -> bool:
    """An e-card login that was refused (replayed, expired, another barcode, no network) tells
    the claimant to show a fresh code: the next scan starts over, without finishing first."""
    personal = session.personal
    return (
        isinstance(session.screen, LoginProblem)
        and personal is not None
        and personal.method is LoginMethod.ECARD
    )


def on_looking_up(
    session: Session, personal: Personal, event: Event, now: Moment, settings: FlowSettings
) -> Step | None:
    """The agency's answer to the code, then to the look-up with the token it gave."""
    if isinstance(event, EcardLoginGranted):
        login = EcardLogin(ssn=event.ssn, token=event.token)
        ticket, issued = replace(session, personal=replace(personal, login=login)).issue_ticket()
        return moved(issued.showing(LookingUp()), LookUp(ticket=ticket, ssn=event.ssn, login=login))
    if isinstance(event, EcardLoginFailed):
        return moved(session.settled(_problem(event)))
    proven = personal.login
    if not isinstance(proven, EcardLogin):
        return None
    if isinstance(event, ClaimantFound):
        # Only the person the agency named for this code may be shown, never anyone else.
        if event.claimant.ssn != proven.ssn:
            return moved(session.settled(LoginProblem(LoginProblemKind.NO_RECORD)))
        found = replace(
            session,
            personal=replace(personal, claimant=event.claimant),
            display=with_elderly_default(session.display, event.claimant.ssn, now, settings),
        )
        return moved(found.settled(ConfirmingIdentity()))
    if isinstance(event, ClaimantNotFound):
        return moved(session.settled(LoginProblem(LoginProblemKind.NO_RECORD)))
    if isinstance(event, LookUpFailed):
        return moved(session.settled(LoginProblem(_service_problem(event.fault))))
    return None


def _problem(event: EcardLoginFailed) -> LoginProblem:
    fault = event.fault
    if isinstance(fault, ServiceFault):
        return LoginProblem(_service_problem(fault))
    where = event.home_region if fault is EcardFault.OUTSIDE_SERVICE_AREA else None
    return LoginProblem(_PROBLEMS[fault], where=where)


def _service_problem(fault: ServiceFault) -> LoginProblemKind:
    if fault is ServiceFault.UNREACHABLE:
        return LoginProblemKind.ECARD_NEEDS_NETWORK
    return LoginProblemKind.REFUSED

"""A new mobile number, outside an application (issue 13 §2).

The claimant types the new number (checked as in the application's mobile step), the agency
texts a code to that NEW number, and the claimant types the code back: a number the claimant
cannot receive texts on never goes on file. The agency tells the OLD number by text once the
change is made. Each way it can fail has its own words: a wrong code (tries left), a code used
up by wrong tries, an expired or replaced code, too many codes, the same number again, and no
network (an offline card session cannot change it at all).
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.domain.claimant import CardOfflineLogin, Claimant, LoginProof
from kiosk.domain.details import MobileChangeFault
from kiosk.domain.identity import MobileNumber, MobileProblem, parse_mobile
from kiosk.flow.details_types import (
    ChangeMobile,
    EnteringMobileCode,
    EnteringNewMobile,
    MobileChanged,
    MobileChangeFailed,
    MobileCodeFailed,
    MobileCodeProblem,
    MobileCodeRejected,
    MobileCodeSent,
    MobileUpdated,
    RequestMobileCode,
    SendingMobileCode,
)
from kiosk.flow.details_views import MobileCodeView, MobileUpdatedView, NewMobileView
from kiosk.flow.events import Event, MobileEntered, OtpEntered, ResendOtp
from kiosk.flow.menu import back_to_menu
from kiosk.flow.messages import Msg
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import Session
from kiosk.flow.step import Step, moved
from kiosk.flow.view_models import Action, BusyView, ScreenView

MobileScreen = EnteringNewMobile | SendingMobileCode | EnteringMobileCode | MobileUpdated

_TYPING = {
    MobileProblem.WRONG_LENGTH: Msg.MOBILE_WRONG_LENGTH,
    MobileProblem.NOT_DIGITS: Msg.MOBILE_NOT_DIGITS,
    MobileProblem.NOT_A_MOBILE_PREFIX: Msg.MOBILE_NOT_A_MOBILE_PREFIX,
}
_AGENCY = {
    MobileChangeFault.UNREACHABLE: Msg.UPDATE_MOBILE_NEEDS_NETWORK,
    MobileChangeFault.SAME_NUMBER: Msg.UPDATE_MOBILE_SAME_NUMBER,
    MobileChangeFault.TOO_MANY_CODES: Msg.UPDATE_MOBILE_TOO_MANY_CODES,
    MobileChangeFault.EXPIRED: Msg.UPDATE_MOBILE_CODE_EXPIRED,
    MobileChangeFault.REFUSED: Msg.UPDATE_MOBILE_REFUSED,
}
_CODE = {
    None: Msg.UPDATE_MOBILE_CODE,
    MobileCodeProblem.WRONG: Msg.UPDATE_MOBILE_CODE_WRONG,
    MobileCodeProblem.INCOMPLETE: Msg.OTP_INCOMPLETE,
    MobileCodeProblem.USED_UP: Msg.UPDATE_MOBILE_CODE_USED_UP,
    MobileCodeProblem.EXPIRED: Msg.UPDATE_MOBILE_CODE_EXPIRED,
    MobileCodeProblem.NEEDS_NETWORK: Msg.UPDATE_MOBILE_NEEDS_NETWORK,
    MobileCodeProblem.REFUSED: Msg.UPDATE_MOBILE_REFUSED,
}
_CODE_FAULTS = {
    MobileChangeFault.UNREACHABLE: MobileCodeProblem.NEEDS_NETWORK,
    MobileChangeFault.EXPIRED: MobileCodeProblem.EXPIRED,
    MobileChangeFault.TOO_MANY_CODES: MobileCodeProblem.REFUSED,
    MobileChangeFault.SAME_NUMBER: MobileCodeProblem.REFUSED,
    MobileChangeFault.REFUSED: MobileCodeProblem.REFUSED,
}
# The code is dead: typing more cannot help, only a new code can.
_DEAD = frozenset({MobileCodeProblem.USED_UP, MobileCodeProblem.EXPIRED})


def _who(session: Session) -> tuple[Claimant, LoginProof] | None:
    personal = session.personal
    if personal is None or personal.claimant is None or personal.login is None:
        return None
    return personal.claimant, personal.login


def start(session: Session, now: Moment, settings: FlowSettings) -> Step | None:
    """The menu's starter. A card session that began offline has no token the agency could
    check, so it is told at once that this needs the network, before anything is typed."""
    who = _who(session)
    if who is None:
        return None
    offline = isinstance(who[1], CardOfflineLogin)
    return moved(session.settled(EnteringNewMobile(needs_network=offline)))


def _request(session: Session, new_mobile: MobileNumber) -> Step | None:
    who = _who(session)
    if who is None:
        return None
    claimant, login = who
    ticket, issued = session.issue_ticket()
    effect = RequestMobileCode(ticket=ticket, ssn=claimant.ssn, login=login, new_mobile=new_mobile)
    return moved(issued.showing(SendingMobileCode(new_mobile)), effect)


def on_event(
    session: Session, screen: MobileScreen, event: Event, settings: FlowSettings
) -> Step | None:
    match screen:
        case EnteringNewMobile():
            return _on_number(session, screen, event)
        case SendingMobileCode():
            return _on_sending(session, screen, event)
        case EnteringMobileCode():
            return _on_code(session, screen, event, settings)
        case MobileUpdated():
            return None


def _on_number(session: Session, screen: EnteringNewMobile, event: Event) -> Step | None:
    if not isinstance(event, MobileEntered) or screen.needs_network:
        return None
    parsed = parse_mobile(event.number)
    if not isinstance(parsed, MobileNumber):
        return moved(session.showing(replace(screen, problem=parsed)))
    return _request(session, parsed)


def _on_sending(session: Session, screen: SendingMobileCode, event: Event) -> Step | None:
    if isinstance(event, MobileCodeSent):
        entering = EnteringMobileCode(screen.new_mobile, masked_new=event.masked_mobile)
        return moved(session.settled(entering))
    if isinstance(event, MobileCodeFailed):
        return moved(session.settled(EnteringNewMobile(problem=event.fault)))
    return None


def _on_code(
    session: Session, screen: EnteringMobileCode, event: Event, settings: FlowSettings
) -> Step | None:
    if isinstance(event, ResendOtp) and not screen.checking:
        return _request(session, screen.new_mobile)
    if isinstance(event, OtpEntered):
        if screen.checking or screen.problem in _DEAD:
            return None
        code = event.code.strip()
        if len(code) != settings.otp_length or not (code.isascii() and code.isdigit()):
            return moved(session.showing(replace(screen, problem=MobileCodeProblem.INCOMPLETE)))
        who = _who(session)
        if who is None:
            return None
        claimant, login = who
        ticket, issued = session.issue_ticket()
        effect = ChangeMobile(
            ticket=ticket,
            ssn=claimant.ssn,
            login=login,
            new_mobile=screen.new_mobile,
            code=code,
        )
        return moved(issued.showing(replace(screen, checking=True, problem=None)), effect)
    if not screen.checking:
        return None
    if isinstance(event, MobileChanged):
        return moved(session.settled(MobileUpdated(event.masked_mobile, event.old_number_told)))
    if isinstance(event, MobileCodeRejected):
        problem = MobileCodeProblem.WRONG if event.tries_left > 0 else MobileCodeProblem.USED_UP
        rejected = replace(screen, checking=False, problem=problem, tries_left=event.tries_left)
        return moved(session.settled(rejected))
    if isinstance(event, MobileChangeFailed):
        problem = _CODE_FAULTS[event.fault]
        failed = replace(screen, checking=False, problem=problem, tries_left=None)
        return moved(session.settled(failed))
    return None


def go_back(session: Session, screen: MobileScreen) -> Step | None:
    """From the code back to the number (a typo in it is the usual reason); from the number
    or the result back to the menu. Not while the code is being checked: its answer decides
    whether the number changed, and the claimant must see it."""
    if isinstance(screen, EnteringMobileCode):
        if screen.checking:
            return None
        return moved(session.settled(EnteringNewMobile()))
    if isinstance(screen, SendingMobileCode):
        return moved(session.settled(EnteringNewMobile()))
    return back_to_menu(session)


def can_go_back(screen: MobileScreen) -> bool:
    return not (isinstance(screen, EnteringMobileCode) and screen.checking)


def present(
    session: Session, screen: MobileScreen, settings: FlowSettings
) -> tuple[ScreenView, frozenset[Action]]:
    none: frozenset[Action] = frozenset()
    match screen:
        case EnteringNewMobile():
            claimant = session.personal.claimant if session.personal else None
            on_file = claimant.masked_mobile_on_file if claimant else None
            problem: Msg | None = None
            if screen.needs_network:
                problem = Msg.UPDATE_MOBILE_NEEDS_NETWORK
            elif isinstance(screen.problem, MobileProblem):
                problem = _TYPING[screen.problem]
            elif isinstance(screen.problem, MobileChangeFault):
                problem = _AGENCY[screen.problem]
            keypad = not screen.needs_network
            view = NewMobileView(Msg.UPDATE_MOBILE_ENTER, on_file, problem, keypad)
            return view, frozenset({Action.ENTER_MOBILE}) if keypad else none
        case SendingMobileCode():
            return BusyView(Msg.UPDATE_MOBILE_SENDING), none
        case EnteringMobileCode():
            keypad = not screen.checking and screen.problem not in _DEAD
            code_view = MobileCodeView(
                message=Msg.OTP_CHECKING if screen.checking else _CODE[screen.problem],
                masked_new=screen.masked_new,
                tries_left=screen.tries_left,
                keypad_enabled=keypad,
                code_length=settings.otp_length,
            )
            if screen.checking:
                return code_view, none
            actions = {Action.RESEND_OTP} | ({Action.ENTER_OTP} if keypad else set())
            return code_view, frozenset(actions)
        case MobileUpdated():
            done = MobileUpdatedView(
                Msg.UPDATE_MOBILE_DONE, screen.masked_new, screen.old_number_told
            )
            return done, none

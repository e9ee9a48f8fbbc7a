"""Identifying and authenticating: card read, PIN (with the last-try warning), one-time code.

Nothing personal is shown before the second factor: the PIN for the social security card, the
one-time code for the ID card. The birth date on the card already sets elderly mode, so the
keypad is large from the first screen on.

A card login has three steps after the PIN: a challenge from the agency, the card's answer to it
(INTERNAL AUTHENTICATE), and the agency's check of that answer, which gives the login token every
later request carries (LogInWithCard). A card whose answer is wrong (cloned: right data, wrong
key) goes no further. If the agency is unreachable, the PIN-verified card still lets the claimant
apply: the claim is queued and proven by the card itself when confirmed (CardOfflineLogin).

A 3rd-generation card read without a security module gives only its region and card number; the
agency names its holder (LookUpByCard) after the card logged in, so such a card, like an ID card,
cannot log in offline.
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.domain.claimant import (
    CardIdentity,
    CardLogin,
    CardOfflineLogin,
    Claimant,
    IdCardIdentity,
    LoginMethod,
    LoginProof,
    OtpLogin,
)
from kiosk.domain.faults import CardFault, CardProofFault, OtpFault, ServiceFault
from kiosk.domain.identity import IdNumber, age_on
from kiosk.domain.rate_limit import RateLimited
from kiosk.flow.effects import (
    LogInWithCard,
    LookUp,
    LookUpByCard,
    ReadCard,
    RequestOtp,
    VerifyOtp,
    VerifyPin,
)
from kiosk.flow.ending import end_session
from kiosk.flow.events import (
    CardLoginFailed,
    CardLoginGranted,
    CardRead,
    CardReadFailed,
    ClaimantFound,
    ClaimantNotFound,
    ConfirmIdentity,
    ConfirmLastPinTry,
    Event,
    LookUpFailed,
    OtpAccepted,
    OtpCheckFailed,
    OtpEntered,
    OtpRejected,
    OtpRequestFailed,
    OtpSent,
    OtpVoided,
    PinAccepted,
    PinBlocked,
    PinCheckFailed,
    PinEntered,
    PinRejected,
    RejectIdentity,
    ResendOtp,
)
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import (
    CardBlocked,
    ConfirmingIdentity,
    Display,
    EndReason,
    EnteringOtp,
    EnteringPin,
    Home,
    LoginProblem,
    LoginProblemKind,
    LookingUp,
    OtpProblem,
    Personal,
    PinProblem,
    ReadingCard,
    RequestingOtp,
    Session,
)
from kiosk.flow.step import Step, moved

_CARD_PROBLEMS = {
    CardFault.UNREADABLE: LoginProblemKind.CARD_UNREADABLE,
    CardFault.NOT_A_SOCIAL_SECURITY_CARD: LoginProblemKind.NOT_A_SOCIAL_SECURITY_CARD,
    CardFault.READER_FAULT: LoginProblemKind.READER_FAULT,
    CardFault.EXPIRED: LoginProblemKind.CARD_EXPIRED,
    CardFault.PIN_LOCKED: LoginProblemKind.PIN_LOCKED,
}
_CARD_PROOF_PROBLEMS = {
    CardProofFault.NOT_GENUINE: LoginProblemKind.CARD_NOT_GENUINE,
    CardProofFault.UNKNOWN_CARD: LoginProblemKind.NO_RECORD,
    CardProofFault.OUTSIDE_SERVICE_AREA: LoginProblemKind.OUTSIDE_SERVICE_AREA,
}
_OTP_PROBLEMS = {
    OtpFault.NO_MOBILE_ON_FILE: LoginProblemKind.NO_MOBILE_ON_FILE,
    OtpFault.NOT_FOUND: LoginProblemKind.NO_RECORD,
    OtpFault.UNREACHABLE: LoginProblemKind.ID_LOGIN_NEEDS_NETWORK,
    OtpFault.TOO_MANY_REQUESTS: LoginProblemKind.TOO_MANY_CODES,
}


def too_many_tries(wait_s: int) -> LoginProblem:
    """The agency's limit for this kiosk: the claimant is told to wait, in whole minutes."""
    minutes = RateLimited(wait_s).wait_minutes
    return LoginProblem(LoginProblemKind.TOO_MANY_TRIES, wait_minutes=minutes)


def with_elderly_default(
    display: Display, number: IdNumber, now: Moment, settings: FlowSettings
) -> Display:
    """Elderly mode on at 60 or older, decided once per session so one tap leaves it for good."""
    if display.elderly_decided:
        return display
    elderly = age_on(number.birth_date, now.today) >= settings.elderly_age
    return replace(display, elderly_mode=elderly, elderly_decided=True)


def start_with_card(session: Session, now: Moment) -> Step:
    ticket, issued = session.issue_ticket()
    started = replace(
        issued,
        screen=ReadingCard(),
        personal=Personal(method=LoginMethod.SOCIAL_SECURITY_CARD),
        last_activity=now.seconds,
        countdown=None,
    )
    return moved(started, ReadCard(ticket=ticket))


def start_with_id_card(
    session: Session, identity: IdCardIdentity, now: Moment, settings: FlowSettings
) -> Step:
    if identity.expired_on(now.today):
        # No code is sent and nothing is asked of the agency: an expired card proves nothing.
        return moved(session.settled(LoginProblem(LoginProblemKind.ID_CARD_EXPIRED)))
    ticket, issued = session.issue_ticket()
    started = replace(
        issued,
        screen=RequestingOtp(),
        personal=Personal(method=LoginMethod.ID_CARD, id_card=identity),
        display=with_elderly_default(issued.display, identity.id_number, now, settings),
        last_activity=now.seconds,
        countdown=None,
    )
    return moved(started, RequestOtp(ticket=ticket, id_number=identity.id_number))


def on_login_event(
    session: Session, personal: Personal, event: Event, now: Moment, settings: FlowSettings
) -> Step | None:
    screen = session.screen
    if isinstance(screen, ReadingCard):
        return _on_reading_card(session, personal, event, now, settings)
    if isinstance(screen, EnteringPin):
        return _on_pin(session, screen, personal, event, now, settings)
    if isinstance(screen, RequestingOtp | EnteringOtp):
        return _on_otp(session, personal, event, settings)
    if isinstance(screen, LookingUp):
        return _on_look_up(session, personal, event, now, settings)
    if isinstance(screen, ConfirmingIdentity):
        if isinstance(event, ConfirmIdentity):
            return moved(session.settled(Home()))
        if isinstance(event, RejectIdentity):
            return end_session(session, EndReason.NOT_ME, now, settings)
    return None


def _on_reading_card(
    session: Session, personal: Personal, event: Event, now: Moment, settings: FlowSettings
) -> Step | None:
    if isinstance(event, CardRead):
        # A 3rd-generation card without a security module names no one: elderly mode is then
        # decided once the agency has named the holder.
        number = event.identity.ssn
        display = (
            session.display
            if number is None
            else with_elderly_default(session.display, number, now, settings)
        )
        known = replace(session, personal=replace(personal, card=event.identity), display=display)
        if event.pin_tries_left == 0:
            return moved(known.settled(CardBlocked()))
        return moved(known.settled(EnteringPin(tries_left=event.pin_tries_left)))
    if isinstance(event, CardReadFailed):
        if event.fault is CardFault.REMOVED:
            return end_session(session, EndReason.CARD_REMOVED, now, settings)
        return moved(session.settled(LoginProblem(_CARD_PROBLEMS[event.fault])))
    return None


def _on_pin(
    session: Session,
    screen: EnteringPin,
    personal: Personal,
    event: Event,
    now: Moment,
    settings: FlowSettings,
) -> Step | None:
    if isinstance(event, ConfirmLastPinTry) and screen.needs_last_try_confirmation:
        return moved(session.showing(replace(screen, last_try_confirmed=True)))
    if isinstance(event, PinEntered):
        # The warning must be confirmed before the try that would block the card.
        if screen.checking or screen.needs_last_try_confirmation:
            return None
        if len(event.pin) != settings.pin_length or not _ascii_digits(event.pin):
            return moved(session.showing(replace(screen, problem=PinProblem.INCOMPLETE)))
        ticket, issued = session.issue_ticket()
        checking = replace(screen, checking=True, problem=None)
        return moved(issued.showing(checking), VerifyPin(ticket=ticket, pin=event.pin))
    if isinstance(event, PinAccepted) and personal.card is not None:
        ticket, issued = session.issue_ticket()
        prove = LogInWithCard(ticket=ticket, card=personal.card.credentials)
        return moved(issued.showing(LookingUp()), prove)
    if isinstance(event, PinRejected):
        if event.tries_left <= 0:
            return moved(session.settled(CardBlocked()))
        wrong = EnteringPin(tries_left=event.tries_left, problem=PinProblem.WRONG)
        return moved(session.settled(wrong))
    if isinstance(event, PinBlocked):
        return moved(session.settled(CardBlocked()))
    if isinstance(event, PinCheckFailed):
        if event.fault is CardFault.REMOVED:
            return end_session(session, EndReason.CARD_REMOVED, now, settings)
        return moved(session.settled(LoginProblem(_CARD_PROBLEMS[event.fault])))
    return None


def _on_otp(
    session: Session, personal: Personal, event: Event, settings: FlowSettings
) -> Step | None:
    screen = session.screen
    id_card = personal.id_card
    if id_card is None:
        return None
    if isinstance(event, OtpSent):
        return moved(session.settled(EnteringOtp(masked_mobile=event.masked_mobile)))
    if isinstance(event, OtpRequestFailed):
        if event.wait_s is not None:
            return moved(session.settled(too_many_tries(event.wait_s)))
        return moved(session.settled(LoginProblem(_OTP_PROBLEMS[event.fault])))
    if not isinstance(screen, EnteringOtp):
        return None
    if isinstance(event, ResendOtp) and not screen.checking:
        ticket, issued = session.issue_ticket()
        return moved(
            issued.showing(RequestingOtp()), RequestOtp(ticket=ticket, id_number=id_card.id_number)
        )
    if isinstance(event, OtpEntered):
        if screen.checking or screen.problem is OtpProblem.VOIDED:
            return None
        if len(event.code) != settings.otp_length or not _ascii_digits(event.code):
            return moved(session.showing(replace(screen, problem=OtpProblem.INCOMPLETE)))
        ticket, issued = session.issue_ticket()
        effect = VerifyOtp(ticket=ticket, id_number=id_card.id_number, code=event.code)
        return moved(issued.showing(replace(screen, checking=True, problem=None)), effect)
    if isinstance(event, OtpAccepted):
        login = OtpLogin(token=event.login_token)
        ticket, issued = replace(session, personal=replace(personal, login=login)).issue_ticket()
        return moved(
            issued.showing(LookingUp()), LookUp(ticket=ticket, ssn=id_card.id_number, login=login)
        )
    if isinstance(event, OtpRejected):
        wrong = replace(
            screen, checking=False, problem=OtpProblem.WRONG, tries_left=event.tries_left
        )
        return moved(session.settled(wrong))
    if isinstance(event, OtpCheckFailed):
        return moved(session.settled(LoginProblem(_service_problem(event.fault))))
    if isinstance(event, OtpVoided):
        return moved(session.settled(replace(screen, checking=False, problem=OtpProblem.VOIDED)))
    return None


def _service_problem(fault: ServiceFault) -> LoginProblemKind:
    if fault is ServiceFault.UNREACHABLE:
        return LoginProblemKind.ID_LOGIN_NEEDS_NETWORK
    return LoginProblemKind.REFUSED


def _record_belongs_here(personal: Personal, claimant: Claimant) -> bool:
    """A record for anyone but the person who proved who they are must never be shown.

    A card that names no one was looked up by its own region and number, so the agency's answer
    is by construction the holder of this card.
    """
    if personal.card is not None:
        return personal.card.ssn is None or claimant.ssn == personal.card.ssn
    if personal.id_card is not None:
        return claimant.ssn == personal.id_card.id_number
    return False


def _look_up_card_holder(
    session: Session, personal: Personal, card: CardIdentity, login: LoginProof
) -> Step:
    ticket, issued = replace(session, personal=replace(personal, login=login)).issue_ticket()
    if card.ssn is None:
        by_card = LookUpByCard(
            ticket=ticket, region_code=card.region_code, card_number=card.card_number, login=login
        )
        return moved(issued.showing(LookingUp()), by_card)
    return moved(issued.showing(LookingUp()), LookUp(ticket=ticket, ssn=card.ssn, login=login))


def _offline_with_card(session: Session, personal: Personal, card: CardIdentity) -> Step:
    """Offline, the PIN-verified card is proof enough to apply; the agency checks the card's
    proof of each claim when it arrives. A card that names no one cannot stand in for the
    record: it needs the network."""
    from_card = Claimant.from_card(card)
    if from_card is None:
        return moved(session.settled(LoginProblem(LoginProblemKind.CARD_NEEDS_NETWORK)))
    login = personal.login or CardOfflineLogin(card=card.credentials)
    offline = replace(session, personal=replace(personal, claimant=from_card, login=login))
    return moved(offline.settled(ConfirmingIdentity()))


def _on_card_login(
    session: Session,
    personal: Personal,
    card: CardIdentity,
    event: CardLoginGranted | CardLoginFailed,
    now: Moment,
    settings: FlowSettings,
) -> Step:
    if isinstance(event, CardLoginGranted):
        login = CardLogin(card=card.credentials, token=event.token)
        return _look_up_card_holder(session, personal, card, login)
    fault = event.fault
    if fault is ServiceFault.UNREACHABLE:
        return _offline_with_card(session, personal, card)
    if fault is CardFault.REMOVED:
        return end_session(session, EndReason.CARD_REMOVED, now, settings)
    if isinstance(fault, CardFault):
        return moved(session.settled(LoginProblem(_CARD_PROBLEMS[fault])))
    if isinstance(fault, CardProofFault):
        # A cloned card learns nothing here: the problem screen names no one.
        where = event.home_region if fault is CardProofFault.OUTSIDE_SERVICE_AREA else None
        return moved(session.settled(LoginProblem(_CARD_PROOF_PROBLEMS[fault], where=where)))
    return moved(session.settled(LoginProblem(LoginProblemKind.REFUSED)))


def _on_look_up(
    session: Session, personal: Personal, event: Event, now: Moment, settings: FlowSettings
) -> Step | None:
    if isinstance(event, CardLoginGranted | CardLoginFailed) and personal.card is not None:
        return _on_card_login(session, personal, personal.card, event, now, settings)
    if isinstance(event, ClaimantFound):
        if not _record_belongs_here(personal, event.claimant):
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
        if event.wait_s is not None:
            return moved(session.settled(too_many_tries(event.wait_s)))
        if event.fault is ServiceFault.UNREACHABLE and personal.card is not None:
            return _offline_with_card(session, personal, personal.card)
        return moved(session.settled(LoginProblem(_service_problem(event.fault))))
    return None


def _ascii_digits(text: str) -> bool:
    """`str.isdigit()` alone passes "²" and full-width digits, which no card or agency takes."""
    return text.isascii() and text.isdigit()

"""The words for the flow's message keys and domain values, in the current language.

The flow names every sentence by a `Msg` key and every fact by a domain enum; this module is the
one place that turns them into text, through Qt's translation system (context "Messages"), so
the catalogues in kiosk/i18n hold them beside the screens' own words. Called at render time, so
a language switch re-words whatever the screens show next.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from kiosk.domain.claimant import AccountKind
from kiosk.domain.claims import ClaimKind, ClaimSituation
from kiosk.domain.eligibility import SeparationReason
from kiosk.domain.money import Money
from kiosk.flow.messages import Msg
from kiosk.i18n import catalogue_generation, current_language
from kiosk.i18n.formatting import format_date, format_money, format_months
from screens.appointment_messages import appointment_messages
from screens.change_messages import change_messages
from screens.complaint_messages import complaint_messages
from screens.details_messages import details_messages
from screens.proof_messages import proof_messages

_worded: tuple[int, dict[Msg, str]] | None = None


def msg_text(msg: Msg) -> str:
    """The sentence for a flow message key; every key has one (tested).

    The table is worded once per installed catalogue, not per call: wording all of it is some
    three hundred `translate` calls, about half a millisecond, and a screen asks for several
    sentences on every view it renders."""
    global _worded
    generation = catalogue_generation()
    worded = _worded
    if worded is None or worded[0] != generation:
        worded = _worded = (generation, _messages())
    return worded[1][msg]


def _messages() -> dict[Msg, str]:
    return {
        Msg.IDLE_WELCOME: QCoreApplication.translate(
            "Messages",
            "Welcome. Insert your social security card, or place your ID card on the reader.",
        ),
        Msg.TAKE_YOUR_CARD: QCoreApplication.translate(
            "Messages", "Please take your card with you."
        ),
        Msg.OFFLINE_BANNER: QCoreApplication.translate(
            "Messages", "The network is not connected right now. You can still apply."
        ),
        Msg.TIMEOUT_WARNING: QCoreApplication.translate("Messages", "Are you still there?"),
        Msg.READING_CARD: QCoreApplication.translate(
            "Messages", "Reading your card. Please leave it in the slot."
        ),
        Msg.SENDING_CODE: QCoreApplication.translate(
            "Messages", "Sending a code to your mobile phone."
        ),
        Msg.PIN_ENTER: QCoreApplication.translate(
            "Messages", "Enter your card's PIN on the keypad, then press OK."
        ),
        Msg.PIN_CHECKING: QCoreApplication.translate("Messages", "Checking your PIN. Please wait."),
        Msg.PIN_WRONG_TRIES_LEFT: QCoreApplication.translate(
            "Messages", "That PIN was not right. Please try again."
        ),
        Msg.PIN_INCOMPLETE: QCoreApplication.translate(
            "Messages", "Please enter all the digits of your PIN."
        ),
        Msg.PIN_LAST_TRY_WARNING: QCoreApplication.translate(
            "Messages",
            "Careful: one try left. If this PIN is wrong too, the card will be locked and "
            "must be unlocked at a service counter.",
        ),
        Msg.PIN_CARD_BLOCKED: QCoreApplication.translate(
            "Messages",
            "This card is locked because the PIN was wrong too many times. Please take the "
            "card to a service counter to unlock it, or call 12333.",
        ),
        Msg.OTP_ENTER: QCoreApplication.translate(
            "Messages", "Enter the code from the text message we just sent."
        ),
        Msg.OTP_CHECKING: QCoreApplication.translate("Messages", "Checking the code. Please wait."),
        Msg.OTP_WRONG: QCoreApplication.translate(
            "Messages", "That code was not right. Please look at the message again."
        ),
        Msg.OTP_INCOMPLETE: QCoreApplication.translate(
            "Messages", "Please enter all the digits of the code."
        ),
        Msg.OTP_VOIDED: QCoreApplication.translate(
            "Messages", "This code can no longer be used. Please ask for a new code."
        ),
        Msg.LOGIN_CARD_UNREADABLE: QCoreApplication.translate(
            "Messages",
            "The card could not be read. Please take it out, wipe the chip gently and "
            "insert it again.",
        ),
        Msg.LOGIN_NOT_A_SOCIAL_SECURITY_CARD: QCoreApplication.translate(
            "Messages",
            "This is not a social security card. Please insert your social security card, "
            "or place your ID card on the reader.",
        ),
        Msg.LOGIN_READER_FAULT: QCoreApplication.translate(
            "Messages",
            "The card reader is not working right now. Please ask the staff for help.",
        ),
        Msg.LOGIN_NO_RECORD: QCoreApplication.translate(
            "Messages",
            "We could not find an insurance record for you. Please ask at a service counter "
            "or call 12333.",
        ),
        Msg.LOGIN_ID_NEEDS_NETWORK: QCoreApplication.translate(
            "Messages",
            "Signing in with an ID card needs the network, which is down right now. Please "
            "use your social security card, or try again later.",
        ),
        Msg.LOGIN_NO_MOBILE_ON_FILE: QCoreApplication.translate(
            "Messages",
            "There is no mobile number on file for you, so no code can be sent. Please use "
            "your social security card, or ask at a service counter.",
        ),
        Msg.LOGIN_TOO_MANY_CODES: QCoreApplication.translate(
            "Messages",
            "Too many codes were sent. Please try again later, or use your social security card.",
        ),
        Msg.LOGIN_TOO_MANY_TRIES: QCoreApplication.translate(
            "Messages",
            "Too many tries from this kiosk. Please wait {minutes} minutes and try again, or "
            "ask the staff for help.",
        ),
        Msg.LOGIN_REFUSED: QCoreApplication.translate(
            "Messages",
            "Signing in cannot go on here. Please ask at a service counter or call 12333.",
        ),
        Msg.LOGIN_CARD_EXPIRED: QCoreApplication.translate(
            "Messages",
            "This social security card has expired. Please renew it at a service counter, or "
            "place your ID card on the reader.",
        ),
        Msg.LOGIN_ID_CARD_EXPIRED: QCoreApplication.translate(
            "Messages",
            "This ID card has expired, so it cannot be used. Please renew it at the police "
            "station, or insert your social security card.",
        ),
        Msg.LOGIN_PIN_LOCKED: QCoreApplication.translate(
            "Messages",
            "This card's PIN is locked. Please take the card to a service counter to unlock "
            "it, or place your ID card on the reader.",
        ),
        Msg.LOGIN_CARD_NEEDS_NETWORK: QCoreApplication.translate(
            "Messages",
            "This card can only be checked with the network, which is down right now. Please "
            "try again later, or ask the staff.",
        ),
        Msg.LOGIN_CARD_NOT_GENUINE: QCoreApplication.translate(
            "Messages",
            "This card could not be confirmed as a genuine social security card, so nothing "
            "can be done with it here. Please take it to a service counter, or call 12333.",
        ),
        Msg.LOGIN_OUTSIDE_SERVICE_AREA: QCoreApplication.translate(
            "Messages",
            "This kiosk serves people insured in this prefecture. You are insured in {where}: "
            "please apply at a social insurance service counter there, or call 12333.",
        ),
        Msg.LOGIN_ECARD_REPLAYED: QCoreApplication.translate(
            "Messages",
            "This e-card code has already been used. Please refresh the code in the app and "
            "show the new one to the scanner.",
        ),
        Msg.LOGIN_ECARD_EXPIRED: QCoreApplication.translate(
            "Messages",
            "This e-card code has expired. Please refresh the code in the app and show the "
            "new one to the scanner.",
        ),
        Msg.LOGIN_NOT_AN_ECARD_CODE: QCoreApplication.translate(
            "Messages",
            "This is not an electronic social security card code. Please open the e-card in "
            "your app and show its QR code to the scanner.",
        ),
        Msg.LOGIN_ECARD_NEEDS_NETWORK: QCoreApplication.translate(
            "Messages",
            "Signing in with the e-card needs the network, which is down right now. Please "
            "use your social security card, or try again later.",
        ),
        Msg.LOOKING_UP: QCoreApplication.translate("Messages", "Finding your record. Please wait."),
        Msg.IDENTITY_CONFIRM: QCoreApplication.translate("Messages", "Is this you?"),
        Msg.IDENTITY_FROM_CARD_ONLY: QCoreApplication.translate(
            "Messages",
            "Is this you? The network is down, so these details come from your card.",
        ),
        Msg.HOME: QCoreApplication.translate("Messages", "What would you like to do?"),
        Msg.MORE_SERVICES: QCoreApplication.translate(
            "Messages", "Other services: tell us about a change, or update your details"
        ),
        Msg.LOADING_ELIGIBILITY: QCoreApplication.translate(
            "Messages", "Getting your insurance record. Please wait."
        ),
        Msg.LOADING_STATUS: QCoreApplication.translate(
            "Messages", "Getting your applications. Please wait."
        ),
        Msg.LOADING_COURSES: QCoreApplication.translate(
            "Messages", "Getting your training courses. Please wait."
        ),
        Msg.ELIGIBLE: QCoreApplication.translate(
            "Messages", "Good news: you can receive unemployment benefit."
        ),
        Msg.NOT_ELIGIBLE: QCoreApplication.translate(
            "Messages", "You cannot receive unemployment benefit at present."
        ),
        Msg.ELIGIBILITY_OFFLINE_MAY_APPLY: QCoreApplication.translate(
            "Messages",
            "The network is down, so your record cannot be checked now. You can still apply: "
            "the agency checks it when your application arrives.",
        ),
        Msg.ALREADY_APPLIED: QCoreApplication.translate(
            "Messages",
            "You already have an application in progress. You cannot apply again until it is "
            "finished. See where it stands below.",
        ),
        Msg.ENTITLEMENT_USED_UP: QCoreApplication.translate(
            "Messages",
            "You have already received every month of unemployment benefit you are entitled to.",
        ),
        Msg.ELIGIBILITY_REFUSED: QCoreApplication.translate(
            "Messages",
            "Your record cannot be checked here. Please ask at a service counter or call 12333.",
        ),
        Msg.APPLY_MOBILE: QCoreApplication.translate(
            "Messages", "Which mobile number can the agency reach you on?"
        ),
        Msg.APPLY_PAYMENT_ACCOUNT: QCoreApplication.translate(
            "Messages", "The benefit will be paid into this account. Is that right?"
        ),
        Msg.APPLY_NO_PAYMENT_ACCOUNT: QCoreApplication.translate(
            "Messages",
            "There is no payment account on file for you. Please ask at a service counter "
            "to add one.",
        ),
        Msg.APPLY_COMMITMENT: QCoreApplication.translate(
            "Messages", "Please read this promise, then accept it."
        ),
        Msg.APPLY_REVIEW: QCoreApplication.translate(
            "Messages", "Please check your application, then submit it."
        ),
        Msg.MOBILE_WRONG_LENGTH: QCoreApplication.translate(
            "Messages", "A mobile number has 11 digits. Please check the number."
        ),
        Msg.MOBILE_NOT_DIGITS: QCoreApplication.translate(
            "Messages", "A mobile number has only digits. Please check the number."
        ),
        Msg.MOBILE_NOT_A_MOBILE_PREFIX: QCoreApplication.translate(
            "Messages", "A mobile number starts with 1. Please check the number."
        ),
        Msg.NOT_SAVED_DISK_FULL: QCoreApplication.translate(
            "Messages",
            "Your application could not be saved: this kiosk's storage is full. Nothing was "
            "sent. Please ask the staff, or apply at a service counter.",
        ),
        Msg.NOT_SAVED: QCoreApplication.translate(
            "Messages",
            "Your application could not be saved, and nothing was sent. Please press "
            "Submit again, or ask the staff.",
        ),
        Msg.SAVING: QCoreApplication.translate("Messages", "Saving your application. Please wait."),
        Msg.SENDING: QCoreApplication.translate(
            "Messages", "Your application is saved. Sending it to the agency."
        ),
        Msg.SAVED_NETWORK_DOWN: QCoreApplication.translate(
            "Messages",
            "Your application is saved on this kiosk. It will be sent when the network is back. "
            "One moment, please.",
        ),
        Msg.RESULT_RECEIVED_ONLINE: QCoreApplication.translate(
            "Messages", "The agency has received your application."
        ),
        Msg.RESULT_STORED_ON_KIOSK: QCoreApplication.translate(
            "Messages",
            "Your application is saved on this kiosk. It is sent to the agency automatically "
            "when the network is back.",
        ),
        Msg.RECEIPT_PRINTING: QCoreApplication.translate(
            "Messages", "Printing your receipt. Please wait."
        ),
        Msg.RECEIPT_PRINTED: QCoreApplication.translate(
            "Messages", "Your receipt is printed. Please take it."
        ),
        Msg.PRINTER_PAPER_OUT: QCoreApplication.translate(
            "Messages",
            "The printer has run out of paper. Please ask the staff to put in more. You can "
            "print once the printer is ready again.",
        ),
        Msg.PRINTER_COVER_OPEN: QCoreApplication.translate(
            "Messages",
            "The printer's cover is open. Please ask the staff to close it. You can print once "
            "the printer is ready again.",
        ),
        Msg.PRINTER_READY_AGAIN: QCoreApplication.translate(
            "Messages", "The printer is ready again. You can print now."
        ),
        Msg.PRINTER_OFFLINE: QCoreApplication.translate(
            "Messages", "The printer is not working right now."
        ),
        Msg.PRINTER_FAILED: QCoreApplication.translate(
            "Messages", "The receipt could not be printed."
        ),
        Msg.APPLICATION_IS_SAFE: QCoreApplication.translate(
            "Messages", "Your application is already safe. The receipt is only for your records."
        ),
        Msg.STATUS_FROM_AGENCY: QCoreApplication.translate(
            "Messages", "Your applications, as the agency has them."
        ),
        Msg.STATUS_FROM_THIS_KIOSK: QCoreApplication.translate(
            "Messages",
            "The network is down, so this shows only what this kiosk knows. It may be out of date.",
        ),
        Msg.STATUS_NONE: QCoreApplication.translate("Messages", "You have no applications yet."),
        Msg.STATUS_UNAVAILABLE: QCoreApplication.translate(
            "Messages",
            "Your applications cannot be shown right now. Please try again, or call 12333.",
        ),
        Msg.GUIDE: QCoreApplication.translate("Messages", "How to apply for unemployment benefit"),
        Msg.GUIDE_PRINTING: QCoreApplication.translate(
            "Messages", "Printing the guide. Please wait."
        ),
        Msg.GUIDE_PRINTED: QCoreApplication.translate(
            "Messages", "The guide is printed. Please take it."
        ),
        Msg.TRAINING_CHOOSE: QCoreApplication.translate(
            "Messages", "Choose your course to apply for the subsidy."
        ),
        Msg.TRAINING_NONE_ON_RECORD: QCoreApplication.translate(
            "Messages", "There is no approved training course on record for you."
        ),
        Msg.TRAINING_UNAVAILABLE: QCoreApplication.translate(
            "Messages", "Your courses cannot be shown right now. Please try again later."
        ),
        Msg.ENDING_FINISHED: QCoreApplication.translate(
            "Messages", "Thank you. You have finished."
        ),
        Msg.ENDING_CARD_REMOVED: QCoreApplication.translate(
            "Messages", "Your card was taken out, so we finished."
        ),
        Msg.ENDING_TIMED_OUT: QCoreApplication.translate(
            "Messages", "We finished because the screen was not touched for a while."
        ),
        Msg.ENDING_NOT_ME: QCoreApplication.translate(
            "Messages",
            "We stopped and showed nothing more. If the details were wrong, please ask the staff.",
        ),
        Msg.ENDING_KEPT_RECEIVED: QCoreApplication.translate(
            "Messages", "Your application was already sent to the agency. It is kept."
        ),
        Msg.ENDING_KEPT_ON_KIOSK: QCoreApplication.translate(
            "Messages",
            "Your application is saved on this kiosk and will be sent to the agency. It is kept.",
        ),
        Msg.ENDING_UNFINISHED_NOT_KEPT: QCoreApplication.translate(
            "Messages",
            "An application you had not submitted yet was not kept. Please start it again.",
        ),
        Msg.YOU_WAIT: QCoreApplication.translate(
            "Messages", "Nothing. Wait for a text message from the agency."
        ),
        Msg.YOU_NOTHING_TO_DO: QCoreApplication.translate("Messages", "Nothing."),
        Msg.YOU_REPORT_STOP_CONDITIONS: QCoreApplication.translate(
            "Messages",
            "Tell the agency at once if you find a job, start a pension, or move abroad.",
        ),
        Msg.YOU_SEE_REASON_OR_COUNTER: QCoreApplication.translate(
            "Messages",
            "Read the reason. If you disagree, go to a service counter or call 12333.",
        ),
        Msg.YOU_VISIT_COUNTER: QCoreApplication.translate(
            "Messages", "Please go to a service counter with your card."
        ),
        Msg.YOU_MAY_APPLY_AGAIN: QCoreApplication.translate(
            "Messages", "Nothing. You may apply again at any time."
        ),
        Msg.AGENCY_SENDS_WHEN_ONLINE: QCoreApplication.translate(
            "Messages", "This kiosk sends it to the agency when the network is back."
        ),
        Msg.AGENCY_REVIEWS: QCoreApplication.translate(
            "Messages", "The agency checks your application."
        ),
        Msg.AGENCY_DECIDES: QCoreApplication.translate(
            "Messages", "The agency decides and tells you by text message."
        ),
        Msg.AGENCY_PAYS_MONTHLY: QCoreApplication.translate(
            "Messages", "The agency pays into your account every month."
        ),
        Msg.AGENCY_PAYS_MONTHS_BEFORE_STOP: QCoreApplication.translate(
            "Messages", "The agency still pays the months before the stop into your account."
        ),
        Msg.AGENCY_NOTHING_MORE: QCoreApplication.translate("Messages", "Nothing more."),
        Msg.AGENCY_KEEPS_FOR_STAFF: QCoreApplication.translate(
            "Messages", "The agency could not accept it. Staff keep it and will contact you."
        ),
        **proof_messages(),
        **details_messages(),
        **change_messages(),
        **complaint_messages(),
        **appointment_messages(),
    }


def situation_text(situation: ClaimSituation) -> str:
    return {
        ClaimSituation.WAITING_ON_KIOSK: QCoreApplication.translate(
            "Messages", "Saved on a kiosk, not yet sent"
        ),
        ClaimSituation.RECEIVED: QCoreApplication.translate("Messages", "Received by the agency"),
        ClaimSituation.UNDER_REVIEW: QCoreApplication.translate("Messages", "Being checked"),
        ClaimSituation.APPROVED: QCoreApplication.translate("Messages", "Approved"),
        ClaimSituation.NOT_APPROVED: QCoreApplication.translate("Messages", "Not approved"),
        ClaimSituation.REFUSED_ON_ARRIVAL: QCoreApplication.translate(
            "Messages", "Could not be accepted"
        ),
        ClaimSituation.PAYING: QCoreApplication.translate("Messages", "Being paid"),
        ClaimSituation.STOPPED: QCoreApplication.translate("Messages", "Payment stopped"),
        ClaimSituation.FINISHED: QCoreApplication.translate("Messages", "Finished"),
        ClaimSituation.WITHDRAWN: QCoreApplication.translate(
            "Messages", "Withdrawn at your request"
        ),
    }[situation]


def separation_reason_text(reason: SeparationReason) -> str:
    return {
        SeparationReason.CONTRACT_EXPIRED: QCoreApplication.translate(
            "Messages", "The contract ended and was not renewed"
        ),
        SeparationReason.EMPLOYER_TERMINATED: QCoreApplication.translate(
            "Messages", "The employer ended the contract"
        ),
        SeparationReason.DISMISSED: QCoreApplication.translate(
            "Messages", "Dismissed by the employer"
        ),
        SeparationReason.EMPLOYEE_TERMINATED_FOR_CAUSE: QCoreApplication.translate(
            "Messages", "You ended it because the employer broke the contract"
        ),
        SeparationReason.MUTUAL_AGREEMENT_EMPLOYER_PROPOSED: QCoreApplication.translate(
            "Messages", "Ended by agreement, at the employer's proposal"
        ),
        SeparationReason.RESIGNED: QCoreApplication.translate("Messages", "You resigned"),
        SeparationReason.OTHER: QCoreApplication.translate("Messages", "Another reason"),
    }[reason]


def claim_kind_text(kind: ClaimKind) -> str:
    return {
        ClaimKind.CLAIM: QCoreApplication.translate("Messages", "Unemployment benefit"),
        ClaimKind.TRAINING_SUBSIDY: QCoreApplication.translate("Messages", "Training subsidy"),
    }[kind]


def account_kind_text(kind: AccountKind) -> str:
    return {
        AccountKind.SOCIAL_SECURITY_CARD: QCoreApplication.translate(
            "Messages", "The financial account of your social security card"
        ),
        AccountKind.BANK_ACCOUNT: QCoreApplication.translate("Messages", "Bank account"),
    }[kind]


def stop_reason_text(code: str) -> str:
    """The agency's stop reasons (server/rules/reasons.py); unknown codes get the safe advice."""
    known = {
        "stop_reemployed_contribution": QCoreApplication.translate(
            "Messages", "A new employer pays your insurance."
        ),
        "stop_reemployed_business": QCoreApplication.translate(
            "Messages", "You registered a business."
        ),
        "stop_pension": QCoreApplication.translate("Messages", "You receive a pension."),
        "stop_refused_job": QCoreApplication.translate(
            "Messages", "A suitable job offer was refused."
        ),
        "stop_refused_training": QCoreApplication.translate(
            "Messages", "A training offer was refused."
        ),
        "stop_enlisted": QCoreApplication.translate("Messages", "You joined the army."),
        "stop_settled_abroad": QCoreApplication.translate("Messages", "You settled abroad."),
        "stop_imprisoned": QCoreApplication.translate("Messages", "A court sentence."),
    }
    return known.get(
        code,
        QCoreApplication.translate(
            "Messages", "Please ask at a service counter or call 12333 for the reason."
        ),
    )


# ---- figures in the current language ------------------------------------------------------
def money_text(amount: Money) -> str:
    return format_money(Decimal(amount.fen).scaleb(-2), _lang())


def date_text(day: date, weekday: bool = False) -> str:
    return format_date(day, _lang(), weekday=weekday)


def months_text(count: int) -> str:
    return format_months(count, _lang())


def month_text(day: date) -> str:
    """A month paid for: 2026年11月 / 2026년 11월 / November 2026."""
    lang = _lang()
    if lang == "zh_CN":
        return f"{day.year}年{day.month}月"
    if lang == "ko":
        return f"{day.year}년 {day.month}월"
    return format_date(day, "en").split(" ", 1)[1]


def _lang() -> str:
    lang = current_language()
    return lang if lang in ("zh_CN", "ko", "en") else "zh_CN"

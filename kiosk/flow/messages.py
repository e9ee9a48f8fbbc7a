"""Message keys: every sentence the flow asks a screen to show, for the translation catalogue.

Screens translate these (zh_CN, ko, en); the flow never holds display text of its own, except
the agency's reason texts, which arrive already translated.
"""

from __future__ import annotations

from enum import StrEnum


class Msg(StrEnum):
    IDLE_WELCOME = "idle.welcome"
    TAKE_YOUR_CARD = "common.take_your_card"
    OFFLINE_BANNER = "common.offline_banner"
    TIMEOUT_WARNING = "common.timeout_warning"

    READING_CARD = "card.reading"
    SENDING_CODE = "otp.sending"

    PIN_ENTER = "pin.enter"
    PIN_CHECKING = "pin.checking"
    PIN_WRONG_TRIES_LEFT = "pin.wrong_tries_left"
    PIN_INCOMPLETE = "pin.incomplete"
    PIN_LAST_TRY_WARNING = "pin.last_try_warning"
    PIN_CARD_BLOCKED = "pin.card_blocked"

    OTP_ENTER = "otp.enter"
    OTP_CHECKING = "otp.checking"
    OTP_WRONG = "otp.wrong"
    OTP_INCOMPLETE = "otp.incomplete"
    OTP_VOIDED = "otp.voided"

    LOGIN_CARD_UNREADABLE = "login.card_unreadable"
    LOGIN_NOT_A_SOCIAL_SECURITY_CARD = "login.not_a_social_security_card"
    LOGIN_READER_FAULT = "login.reader_fault"
    LOGIN_NO_RECORD = "login.no_record"
    LOGIN_ID_NEEDS_NETWORK = "login.id_login_needs_network"
    LOGIN_NO_MOBILE_ON_FILE = "login.no_mobile_on_file"
    LOGIN_TOO_MANY_CODES = "login.too_many_codes"
    LOGIN_REFUSED = "login.refused"
    LOGIN_CARD_EXPIRED = "login.card_expired"
    LOGIN_ID_CARD_EXPIRED = "login.id_card_expired"
    LOGIN_PIN_LOCKED = "login.pin_locked"
    LOGIN_CARD_NEEDS_NETWORK = "login.card_needs_network"
    LOGIN_CARD_NOT_GENUINE = "login.card_not_genuine"
    LOGIN_OUTSIDE_SERVICE_AREA = "login.outside_service_area"

    LOOKING_UP = "identity.looking_up"
    IDENTITY_CONFIRM = "identity.confirm"
    IDENTITY_FROM_CARD_ONLY = "identity.from_card_only"

    HOME = "home.title"
    MORE_SERVICES = "more_services.title"

    LOADING_ELIGIBILITY = "loading.eligibility"
    LOADING_STATUS = "loading.status"
    LOADING_COURSES = "loading.courses"

    ELIGIBLE = "eligibility.eligible"
    NOT_ELIGIBLE = "eligibility.not_eligible"
    ELIGIBILITY_OFFLINE_MAY_APPLY = "eligibility.offline_may_apply"
    ELIGIBILITY_REFUSED = "eligibility.refused"
    ALREADY_APPLIED = "eligibility.already_applied"
    ENTITLEMENT_USED_UP = "eligibility.entitlement_used_up"

    APPLY_MOBILE = "apply.mobile"
    APPLY_PAYMENT_ACCOUNT = "apply.payment_account"
    APPLY_NO_PAYMENT_ACCOUNT = "apply.no_payment_account"
    APPLY_COMMITMENT = "apply.commitment"
    APPLY_REVIEW = "apply.review"
    MOBILE_WRONG_LENGTH = "mobile.wrong_length"
    MOBILE_NOT_DIGITS = "mobile.not_digits"
    MOBILE_NOT_A_MOBILE_PREFIX = "mobile.not_a_mobile_prefix"
    NOT_SAVED_DISK_FULL = "apply.not_saved_disk_full"
    NOT_SAVED = "apply.not_saved"

    SAVING = "submit.saving"
    SENDING = "submit.sending"
    SAVED_NETWORK_DOWN = "submit.saved_network_down"

    RESULT_RECEIVED_ONLINE = "result.received_online"
    RESULT_STORED_ON_KIOSK = "result.stored_on_kiosk"

    RECEIPT_PRINTING = "receipt.printing"
    RECEIPT_PRINTED = "receipt.printed"
    PRINTER_PAPER_OUT = "printer.paper_out"
    PRINTER_COVER_OPEN = "printer.cover_open"
    PRINTER_OFFLINE = "printer.offline"
    PRINTER_FAILED = "printer.failed"
    PRINTER_READY_AGAIN = "printer.ready_again"
    APPLICATION_IS_SAFE = "receipt.application_is_safe"

    STATUS_FROM_AGENCY = "status.from_agency"
    STATUS_FROM_THIS_KIOSK = "status.from_this_kiosk_may_be_out_of_date"
    STATUS_NONE = "status.none"
    STATUS_UNAVAILABLE = "status.unavailable"

    GUIDE = "guide.title"
    GUIDE_PRINTING = "guide.printing"
    GUIDE_PRINTED = "guide.printed"

    TRAINING_CHOOSE = "training.choose"
    TRAINING_NONE_ON_RECORD = "training.none_on_record"
    TRAINING_UNAVAILABLE = "training.unavailable"

    ENDING_FINISHED = "ending.finished"
    ENDING_CARD_REMOVED = "ending.card_removed"
    ENDING_TIMED_OUT = "ending.timed_out"
    ENDING_NOT_ME = "ending.not_me"
    ENDING_KEPT_RECEIVED = "ending.kept_received"
    ENDING_KEPT_ON_KIOSK = "ending.kept_on_kiosk"
    ENDING_UNFINISHED_NOT_KEPT = "ending.unfinished_not_kept"

    YOU_WAIT = "next.you.wait"
    YOU_NOTHING_TO_DO = "next.you.nothing_to_do"
    YOU_REPORT_STOP_CONDITIONS = "next.you.report_stop_conditions"
    YOU_SEE_REASON_OR_COUNTER = "next.you.see_reason_or_counter"
    YOU_MAY_APPLY_AGAIN = "next.you.may_apply_again"
    YOU_VISIT_COUNTER = "next.you.visit_counter"
    AGENCY_SENDS_WHEN_ONLINE = "next.agency.sends_when_online"
    AGENCY_REVIEWS = "next.agency.reviews"
    AGENCY_DECIDES = "next.agency.decides"
    AGENCY_PAYS_MONTHLY = "next.agency.pays_monthly"
    AGENCY_PAYS_MONTHS_BEFORE_STOP = "next.agency.pays_months_before_stop"
    AGENCY_NOTHING_MORE = "next.agency.nothing_more"
    AGENCY_KEEPS_FOR_STAFF = "next.agency.keeps_for_staff"

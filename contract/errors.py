"""The agency's error codes that the kiosk acts on (docs/api.md, "Errors"): written once, so a code
renamed on one side is a failing import or type check, not a kiosk that quietly takes a refused
login for a broken enrolment.

Every error answer is `{"code", "message", "details"}`; `code` is stable. The server emits many
more codes than are listed here (validation, staff workflow): those reach the kiosk only as text
for a technician. A code belongs here once the kiosk branches on it, or once both sides produce
it (the bundle refusals, which the agency reports for the contract's own `BundleError`s).
"""

from __future__ import annotations

import enum


class ErrorCode(enum.StrEnum):
    # The kiosk's request signature (docs/api.md, "Kiosk authentication"): a technician must look.
    KIOSK_UNKNOWN = "kiosk_unknown"
    SIGNATURE_MISSING = "signature_missing"
    SIGNATURE_INVALID = "signature_invalid"
    TIMESTAMP_STALE = "timestamp_stale"  # the kiosk corrects its clock from `Date` and retries once
    NONCE_REPLAYED = "nonce_replayed"

    # The claimant's login: the claimant's to retry, nothing wrong with the kiosk.
    OTP_WRONG = "otp_wrong"
    OTP_EXPIRED = "otp_expired"
    LOGIN_PROOF_REQUIRED = "login_proof_required"
    LOGIN_INVALID = "login_invalid"
    CHALLENGE_INVALID = "challenge_invalid"
    CARD_PROOF_INVALID = "card_proof_invalid"  # the card's answer is wrong: a cloned card
    CARD_UNKNOWN = "card_unknown"
    OUTSIDE_SERVICE_AREA = "outside_service_area"
    # The electronic social security card's QR code (contract/ecard.py, docs/api.md "E-card").
    ECARD_CODE_REPLAYED = "ecard_code_replayed"  # already used once: show a fresh code
    ECARD_CODE_EXPIRED = "ecard_code_expired"  # older than its lifetime: refresh it in the app
    ECARD_CODE_INVALID = "ecard_code_invalid"  # not issued by the platform: forged or damaged

    # Enrolment with a one-time code (contract/enrolment.py).
    ENROLMENT_CODE_MALFORMED = "enrolment_code_malformed"  # found by the kiosk, before any traffic
    ENROLMENT_CODE_UNKNOWN = "enrolment_code_unknown"
    ENROLMENT_CODE_WRONG = "enrolment_code_wrong"
    ENROLMENT_CODE_USED = "enrolment_code_used"
    ENROLMENT_CODE_VOIDED = "enrolment_code_voided"
    ENROLMENT_CODE_EXPIRED = "enrolment_code_expired"

    # Field-staff bundles refused at the agency (contract/bundle_format.py).
    BUNDLE_TRUNCATED = "bundle_truncated"
    BUNDLE_TAMPERED = "bundle_tampered"
    BUNDLE_WRONG_KEY = "bundle_wrong_key"
    BUNDLE_WRONG_KIOSK = "bundle_wrong_kiosk"
    BUNDLE_FORMAT = "bundle_format"
    BUNDLE_INVALID = "bundle_invalid"

    # The claimant's own changes after applying (docs/api.md, "Claimant changes").
    NO_CLAIM_TO_CHANGE = "no_claim_to_change"
    CHANGE_DATE_IN_FUTURE = "change_date_in_future"
    CHANGE_KIND_COUNTER_ONLY = "change_kind_counter_only"
    CLAIM_NOT_WITHDRAWABLE = "claim_not_withdrawable"  # details.state: the claim's state now
    MOBILE_UNCHANGED = "mobile_unchanged"
    MOBILE_CODE_WRONG = "mobile_code_wrong"  # details.tries_left
    MOBILE_CODE_EXPIRED = "mobile_code_expired"
    ACCOUNT_UNKNOWN = "account_unknown"
    CARD_NUMBER_REFUSED = "card_number_refused"  # a kiosk sent a bank card or account number

    # Counter appointments and complaints (docs/api.md, "Appointments", "Complaints").
    SLOT_FULL = "slot_full"  # every counter of the slot is booked: choose another
    SLOT_UNKNOWN = "slot_unknown"  # not a slot of the claimant's centre in the bookable days
    APPOINTMENT_EXISTS = "appointment_exists"  # details.reference: the active one, same purpose
    APPOINTMENT_NOT_CANCELLABLE = "appointment_not_cancellable"  # details.state
    NO_SERVICE_CENTRE = "no_service_centre"  # no centre serves the claimant's region
    COMPLAINT_CLAIM_UNKNOWN = "complaint_claim_unknown"  # not one of the claimant's claims


#: 401s about the claimant's login rather than the kiosk: any other 401 is about the kiosk.
CLAIMANT_LOGIN: frozenset[ErrorCode] = frozenset(
    {
        ErrorCode.OTP_WRONG,
        ErrorCode.OTP_EXPIRED,
        ErrorCode.LOGIN_PROOF_REQUIRED,
        ErrorCode.LOGIN_INVALID,
        ErrorCode.CHALLENGE_INVALID,
        ErrorCode.CARD_PROOF_INVALID,
        ErrorCode.ECARD_CODE_REPLAYED,
        ErrorCode.ECARD_CODE_EXPIRED,
        ErrorCode.ECARD_CODE_INVALID,
    }
)

"""The agency's records: people, work history, external sources for cross-checks, claims, audit.

One module per area, so that the tables of one concern are read (and changed) together; every
name is re-exported here, and importing this package registers every table on `Base.metadata`.
"""

from server.models.appointments import Appointment, AppointmentSlot, ServiceCentre
from server.models.audit_log import AuditCheckpoint, AuditEntry
from server.models.base import NAMING, Base, ClaimState, PaymentState, StaffRole
from server.models.changes import ClaimantChange, MobileChangeCode, PaymentAccount
from server.models.claims import Claim, ClaimEvent, Payment
from server.models.complaints import Complaint
from server.models.decisions import DecisionNotice, RegistrationProof
from server.models.ecard import EcardCodeUsed
from server.models.finance import (
    BankBatch,
    BankBatchItem,
    BankOutcome,
    Correction,
    CorrectionState,
    DeathBenefit,
    Recovery,
    RecoveryState,
    SampleOutcome,
    SampleReview,
)
from server.models.home_visits import FieldCredential
from server.models.kiosks import Kiosk, KioskEnrolmentCode, KioskHeartbeat, KioskNonce
from server.models.ledger import BusinessClock, Entitlement
from server.models.logins import LoginChallenge, LoginToken, OneTimeCode, SmsOutbox
from server.models.notifications import NotificationState, SmsNotification
from server.models.people import (
    BenefitRate,
    Claimant,
    ContributionPeriod,
    Employer,
    EmploymentSpell,
    ExternalRecord,
    PriorEntitlement,
    Region,
    TrainingCourse,
)
from server.models.rates import RateBounds
from server.models.staff import StaffToken, StaffUser, StaffWebSession
from server.models.throttles import SecurityEvent, ThrottleCounter

__all__ = [
    "NAMING",
    "Appointment",
    "AppointmentSlot",
    "AuditCheckpoint",
    "AuditEntry",
    "BankBatch",
    "BankBatchItem",
    "BankOutcome",
    "Base",
    "BenefitRate",
    "BusinessClock",
    "Claim",
    "ClaimEvent",
    "ClaimState",
    "Claimant",
    "ClaimantChange",
    "Complaint",
    "ContributionPeriod",
    "Correction",
    "CorrectionState",
    "DeathBenefit",
    "DecisionNotice",
    "EcardCodeUsed",
    "Employer",
    "EmploymentSpell",
    "Entitlement",
    "ExternalRecord",
    "FieldCredential",
    "Kiosk",
    "KioskEnrolmentCode",
    "KioskHeartbeat",
    "KioskNonce",
    "LoginChallenge",
    "LoginToken",
    "MobileChangeCode",
    "NotificationState",
    "OneTimeCode",
    "Payment",
    "PaymentAccount",
    "PaymentState",
    "PriorEntitlement",
    "RateBounds",
    "Recovery",
    "RecoveryState",
    "Region",
    "RegistrationProof",
    "SampleOutcome",
    "SampleReview",
    "SecurityEvent",
    "ServiceCentre",
    "SmsNotification",
    "SmsOutbox",
    "StaffRole",
    "StaffToken",
    "StaffUser",
    "StaffWebSession",
    "ThrottleCounter",
    "TrainingCourse",
]

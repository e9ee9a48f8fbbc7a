"""The agency's records: people, work history, external sources for cross-checks, claims, audit.

One module per area, so that the tables of one concern are read (and changed) together; every
name is re-exported here, and importing this package registers every table on `Base.metadata`.
"""

from server.models.audit_log import AuditEntry
from server.models.base import NAMING, Base, ClaimState, PaymentState, StaffRole
from server.models.claims import Claim, ClaimEvent, Payment
from server.models.kiosks import Kiosk, KioskEnrolmentCode, KioskHeartbeat, KioskNonce
from server.models.logins import LoginToken, OneTimeCode, SmsOutbox
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
from server.models.staff import StaffToken, StaffUser, StaffWebSession

__all__ = [
    "NAMING",
    "AuditEntry",
    "Base",
    "BenefitRate",
    "Claim",
    "ClaimEvent",
    "ClaimState",
    "Claimant",
    "ContributionPeriod",
    "Employer",
    "EmploymentSpell",
    "ExternalRecord",
    "Kiosk",
    "KioskEnrolmentCode",
    "KioskHeartbeat",
    "KioskNonce",
    "LoginToken",
    "OneTimeCode",
    "Payment",
    "PaymentState",
    "PriorEntitlement",
    "Region",
    "SmsOutbox",
    "StaffRole",
    "StaffToken",
    "StaffUser",
    "StaffWebSession",
    "TrainingCourse",
]

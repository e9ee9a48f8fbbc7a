"""The agency's written decisions and proofs as the claimant is shown them (issue 13 §3).

Every text is the agency's own wording, in both languages (the agency words a decision; the kiosk
shows and prints it): the reasons with the articles they rest on, where to apply for
administrative review or sue, and the limits. Identity comes masked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kiosk.domain.language import LocalizedText


@dataclass(frozen=True)
class DecisionReason:
    code: str
    text: LocalizedText
    rule: LocalizedText  # the articles, e.g. 失业保险条例第十四条第二项；社会保险法第四十五条


class AppealKind(StrEnum):
    ADMINISTRATIVE_REVIEW = "administrative_review"  # 行政复议, 60 days (行政复议法 art. 20)
    LAWSUIT = "lawsuit"  # 行政诉讼, 6 months (行政诉讼法 art. 46)


@dataclass(frozen=True)
class AppealRoute:
    kind: AppealKind
    body: LocalizedText  # where to apply
    time_limit: LocalizedText
    law: LocalizedText
    last_day: date  # counted from the decision date; the limit runs from receipt


@dataclass(frozen=True)
class DecisionNotice:
    """A refusal's written decision (不予批准决定书), as the agency issued it."""

    number: str
    decided_on: date
    due_by: date  # the agency's own time limit to decide
    decided_in_time: bool
    agency: LocalizedText
    reasons: tuple[DecisionReason, ...]
    appeals: tuple[AppealRoute, ...]


@dataclass(frozen=True)
class RegistrationProof:
    """What a printed proof of unemployment registration (失业登记证明) carries. `verify_url`
    is the QR: the agency's public page that says whether the proof is valid."""

    claim_reference: str
    registration_date: date
    masked_name: str
    masked_id_number: str
    agency: LocalizedText
    issued_on: date
    verify_url: str


class ProofProblem(StrEnum):
    """Why no proof could be had."""

    NO_REGISTRATION = "no_registration"  # nothing on file registered the claimant
    UNREACHABLE = "unreachable"  # the agency could not be asked: the proof needs it
    REFUSED = "refused"  # the agency refused (login expired, outside the service area...)

"""The written decision and the registration proof as the API gives them (docs/api.md, "Decision
notice", "Registration proof"). Every text comes in both languages the kiosk speaks, already
worded by the agency: the kiosk shows and prints them and words nothing itself."""

from datetime import date
from typing import Literal

from pydantic import BaseModel


class NoticeText(BaseModel):
    zh_CN: str
    ko: str


class DecisionReason(BaseModel):
    code: str
    text: NoticeText
    rule: NoticeText  # the articles the reason rests on


class AppealRoute(BaseModel):
    """One way to challenge the decision: where, within what limit, and the last day counted
    from the decision date (the limit runs from receipt, which may be later)."""

    kind: Literal["administrative_review", "lawsuit"]
    body: NoticeText
    time_limit: NoticeText
    law: NoticeText
    last_day: date


class DecisionNoticeView(BaseModel):
    number: str
    outcome: Literal["refused"]
    decided_on: date
    # The agency's time limit to decide (失业保险金申领发放办法 art. 8) and whether it kept it.
    due_by: date
    decided_in_time: bool
    agency: NoticeText
    reasons: list[DecisionReason]
    appeals: list[AppealRoute]


class RegistrationProofView(BaseModel):
    """What the kiosk prints: the registration date, masked identity, the agency and the
    verification page's address (the QR). `code` opens that page; it is shown once."""

    claim_reference: str
    registration_date: date
    masked_name: str
    masked_ssn: str
    agency: NoticeText
    issued_on: date
    code: str
    verify_url: str

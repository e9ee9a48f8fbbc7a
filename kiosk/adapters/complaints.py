"""Complaints over the signed AgencyClient (docs/api.md, "Complaints"), for the flow's
AgencyPort (kiosk/adapters/agency.py delegates here).

The network or the kiosk itself (a technician's business) reads as "cannot file now"; a login
the agency no longer accepts as "sign in again"; any other refusal as refused. Nothing here logs
the text, the ID number or the login: only the error code.
"""

from __future__ import annotations

import logging

from contract.complaints import ComplaintCategory
from contract.errors import CLAIMANT_LOGIN
from kiosk.api import AgencyClient
from kiosk.api.errors import AgencyError, AgencyUnavailable, AuthenticationFailed, LoginRejected
from kiosk.api.login import ClaimantLogin
from kiosk.api.models import Complaint
from kiosk.domain.complaints import ComplaintFault, ComplaintRecord, ComplaintState
from kiosk.domain.language import Language

log = logging.getLogger(__name__)


def complaint_fault(error: AgencyError, what: str) -> ComplaintFault:
    if isinstance(error, AgencyUnavailable | AuthenticationFailed):
        log.warning("agency unreachable for %s: %s", what, error.code)
        return ComplaintFault.UNREACHABLE
    log.info("agency refused %s: %s", what, error.code)
    if isinstance(error, LoginRejected) or error.code in CLAIMANT_LOGIN:
        return ComplaintFault.SIGN_IN_AGAIN
    return ComplaintFault.REFUSED


def record(answer: Complaint) -> ComplaintRecord:
    """Days as the claimant's calendar has them (the kiosk's local time zone)."""
    return ComplaintRecord(
        reference=answer.reference,
        category=ComplaintCategory(answer.category),
        text=answer.text,
        filed_on=answer.filed_at.astimezone().date(),
        due_by=answer.due_by,
        state=ComplaintState(answer.state),
        overdue=answer.overdue,
        answer=answer.answer,
        answered_on=answer.answered_at.astimezone().date() if answer.answered_at else None,
    )


def file_complaint(
    client: AgencyClient,
    ssn: str,
    login: ClaimantLogin,
    *,
    category: ComplaintCategory,
    text: str,
    language: Language,
    client_reference: str,
) -> ComplaintRecord | ComplaintFault:
    try:
        answer = client.file_complaint(
            ssn,
            login,
            client_reference=client_reference,
            category=category.value,
            text=text,
            # The answer's SMS goes out in the session's language; English is for maintainers.
            language=Language.KO.value if language is Language.KO else Language.ZH_CN.value,
        )
    except AgencyError as error:
        return complaint_fault(error, "a complaint")
    return record(answer)


def my_complaints(
    client: AgencyClient, ssn: str, login: ClaimantLogin
) -> tuple[ComplaintRecord, ...] | ComplaintFault:
    try:
        answers = client.my_complaints(ssn, login)
    except AgencyError as error:
        return complaint_fault(error, "the complaints list")
    return tuple(record(answer) for answer in answers)

"""The agency's written decision and registration proof, from its answer to the kiosk's domain
(kiosk/domain/decisions.py), and the proof request with its faults as values."""

from __future__ import annotations

import logging

from kiosk.api import AgencyClient, models
from kiosk.api.errors import AgencyError, AgencyRejected, AgencyUnavailable, AuthenticationFailed
from kiosk.api.login import ClaimantLogin
from kiosk.domain.decisions import (
    AppealKind,
    AppealRoute,
    DecisionNotice,
    DecisionReason,
    ProofProblem,
    RegistrationProof,
)
from kiosk.domain.language import LocalizedText

log = logging.getLogger(__name__)


def _text(answer: models.Localized) -> LocalizedText:
    return LocalizedText(zh_cn=answer.zh_CN, ko=answer.ko)


def decision_notice(answer: models.DecisionNotice | None) -> DecisionNotice | None:
    if answer is None:
        return None
    return DecisionNotice(
        number=answer.number,
        decided_on=answer.decided_on,
        due_by=answer.due_by,
        decided_in_time=answer.decided_in_time,
        agency=_text(answer.agency),
        reasons=tuple(
            DecisionReason(code=r.code, text=_text(r.text), rule=_text(r.rule))
            for r in answer.reasons
        ),
        appeals=tuple(
            AppealRoute(
                kind=AppealKind(a.kind),
                body=_text(a.body),
                time_limit=_text(a.time_limit),
                law=_text(a.law),
                last_day=a.last_day,
            )
            for a in answer.appeals
        ),
    )


def registration_proof(
    client: AgencyClient, ssn: str, login: ClaimantLogin
) -> RegistrationProof | ProofProblem:
    try:
        answer = client.registration_proof(ssn, login)
    except AgencyError as error:
        if isinstance(error, AgencyUnavailable | AuthenticationFailed):
            log.warning("agency unreachable for a registration proof: %s", error.code)
            return ProofProblem.UNREACHABLE
        if isinstance(error, AgencyRejected) and error.code == "no_registration":
            return ProofProblem.NO_REGISTRATION
        log.info("agency refused a registration proof: %s", error.code)
        return ProofProblem.REFUSED
    return RegistrationProof(
        claim_reference=answer.claim_reference,
        registration_date=answer.registration_date,
        masked_name=answer.masked_name,
        masked_id_number=answer.masked_ssn,
        agency=_text(answer.agency),
        issued_on=answer.issued_on,
        verify_url=answer.verify_url,
    )

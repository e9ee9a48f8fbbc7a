"""Cross-checks by data before every payment and every day (notice §4, Law art. 51).

A stop condition found later still stops payment from the month it takes effect: the claim is
marked stopped with the reason and the date, months before it stay payable. Records dated after
the business date do not act yet (a pension granted from next month does not stop this month).
"""

from datetime import date

from sqlalchemy.orm import Session

from server import audit, rules
from server.db_types import utcnow
from server.ledger.records import external_records
from server.models import Claim, ClaimEvent, ClaimState
from server.services import notifications


def stop_finding(
    records: tuple[rules.ExternalRecord, ...],
    *,
    claim_start: date,
    as_of: date,
    parameters: rules.RuleParameters = rules.NATIONAL_DEFAULTS,
) -> rules.StopFinding | None:
    """The earliest stop condition known by `as_of` for a claim that began on `claim_start`
    (refusals count only from the province's `refusals_to_stop`)."""
    return rules.first_stop(records, claim_start=claim_start, as_of=as_of, parameters=parameters)


def apply_stop(
    session: Session,
    claim: Claim,
    actor: str,
    today: date,
    parameters: rules.RuleParameters = rules.NATIONAL_DEFAULTS,
) -> bool:
    """Stops the claim if a cross-check finds a stop condition (or an earlier one than recorded);
    True when the claim is stopped afterwards."""
    if claim.kind != "claim" or claim.registration_date is None:
        return False
    finding = stop_finding(
        external_records(session, claim.claimant_id),
        claim_start=claim.registration_date,
        as_of=today,
        parameters=parameters,
    )
    if finding is None:
        return claim.state == ClaimState.STOPPED
    if claim.stop_date is not None and claim.stop_date <= finding.stop_date:
        return True
    claim.state = ClaimState.STOPPED
    claim.stop_reason = finding.reason.value
    claim.stop_date = finding.stop_date
    session.add(
        ClaimEvent(
            claim_id=claim.id,
            at=utcnow(),
            kind="stopped",
            detail={"reason": finding.reason.value, "date": finding.stop_date.isoformat()},
        )
    )
    notifications.notify_stopped(session, claim)
    audit.append(
        session,
        actor=actor,
        action="claim.stop",
        subject=claim.reference,
        details={"reason": finding.reason.value, "date": finding.stop_date.isoformat()},
    )
    return True

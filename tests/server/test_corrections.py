"""Maker-checker corrections (notice §5): a change to a claimant's or claim's data takes effect
only when a second business staff member approves it, and the audit trail records both steps
without the values themselves (issue 10 §8)."""

from datetime import date
from typing import Any

import pytest
import requests
from sqlalchemy import select

from server.models import AuditEntry, Claim, EmploymentSpell
from server.synthetic import Scenario
from tests.server.bank_kit import second_business_staff
from tests.server.factories import person
from tests.server.ledger_kit import claimant_id, staff_header


def _reference(agency: Any, scenario: Scenario) -> str:
    """The seeded running claim of a person of the demo cast."""
    who = claimant_id(agency, scenario)
    with agency.sessions()() as session:
        return str(
            session.execute(select(Claim.reference).where(Claim.claimant_id == who)).scalar_one()
        )


def _post(agency: Any, path: str, who: dict[str, str], body: object = None) -> requests.Response:
    return requests.post(f"{agency.url}/api/v1/staff{path}", json=body, headers=who, timeout=10)


def _claimant(agency: Any, scenario: Scenario) -> tuple[str, str]:
    with agency.sessions()() as session:
        claim = session.execute(
            select(Claim).where(Claim.claimant_id == claimant_id(agency, scenario))
        ).scalar_one()
        return claim.claimant.mobile, claim.claimant.payment_account


@pytest.fixture
def staff(any_agency) -> dict[str, dict[str, str]]:  # type: ignore[no-untyped-def]
    return {
        "maker": staff_header(any_agency, "reviewer"),
        "checker": second_business_staff(any_agency, "checker"),
        "finance": staff_header(any_agency, "cashier"),
    }


def test_a_correction_takes_effect_only_when_a_second_person_approves_it(
    any_agency, staff: dict[str, dict[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario.REFUSED_JOB_WITH_GOOD_REASON
    reference = _reference(any_agency, scenario)
    old_mobile, _ = _claimant(any_agency, scenario)
    new_mobile = "13912345678"
    proposed = _post(
        any_agency,
        "/corrections",
        staff["maker"],
        {"claim_reference": reference, "field": "mobile", "new_value": new_mobile},
    )
    assert proposed.status_code == 201, proposed.text
    row = proposed.json()
    assert (row["state"], row["new_value_masked"], row["proposed_by"]) == (
        "proposed",
        "139****5678",
        "reviewer",
    )
    approve = f"/corrections/{row['id']}/approve"

    own = _post(any_agency, approve, staff["maker"])
    assert (own.status_code, own.json()["code"]) == (403, "separation_of_duties")
    finance = _post(any_agency, approve, staff["finance"])
    assert (finance.status_code, finance.json()["code"]) == (403, "role_required")
    assert _claimant(any_agency, scenario)[0] == old_mobile  # nothing changed yet

    done = _post(any_agency, approve, staff["checker"])
    assert done.status_code == 200, done.text
    assert (done.json()["state"], done.json()["decided_by"]) == ("applied", "checker")
    assert _claimant(any_agency, scenario)[0] == new_mobile
    twice = _post(any_agency, approve, staff["checker"])
    assert (twice.status_code, twice.json()["code"]) == (409, "correction_decided")

    with any_agency.sessions()() as session:
        trail = session.execute(
            select(AuditEntry.action, AuditEntry.actor, AuditEntry.body).where(
                AuditEntry.subject == reference
            )
        ).all()
    steps = [(action, actor) for action, actor, _ in trail if action.startswith("correction.")]
    assert steps == [
        ("correction.propose", "staff:reviewer"),
        ("correction.apply", "staff:checker"),
    ]
    assert not any(old_mobile in body or new_mobile in body for _, _, body in trail)
    listed = requests.get(
        f"{any_agency.url}/api/v1/staff/corrections",
        params={"state": "applied"},
        headers=staff["checker"],
        timeout=10,
    )
    assert (
        listed.status_code == 200
        and new_mobile not in listed.text
        and old_mobile not in listed.text
    )


def test_a_correction_of_a_value_changed_meanwhile_is_not_applied(
    any_agency, staff: dict[str, dict[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario.STOP_PENSION
    reference = _reference(any_agency, scenario)
    first = _post(
        any_agency,
        "/corrections",
        staff["maker"],
        {"claim_reference": reference, "field": "payment_account", "new_value": "6222020200112233"},
    ).json()
    pending = _post(
        any_agency,
        "/corrections",
        staff["checker"],
        {"claim_reference": reference, "field": "payment_account", "new_value": "6222020200998877"},
    )
    assert (pending.status_code, pending.json()["code"]) == (409, "correction_pending")
    # The register changes the account through another path before the checker gets to it.
    with any_agency.sessions()() as session, session.begin():
        claim = session.execute(select(Claim).where(Claim.reference == reference)).scalar_one()
        claim.claimant.payment_account = "6222020200555555"
    stale = _post(any_agency, f"/corrections/{first['id']}/approve", staff["checker"])
    assert (stale.status_code, stale.json()["code"]) == (409, "correction_stale")
    assert _claimant(any_agency, scenario)[1] == "6222020200555555"
    rejected = _post(any_agency, f"/corrections/{first['id']}/reject", staff["checker"])
    assert rejected.json()["state"] == "rejected"


def test_values_are_checked_before_anyone_is_asked_to_approve_them(
    any_agency, staff: dict[str, dict[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    reference = _reference(any_agency, Scenario.STOP_IMPRISONED)
    for field, value in (
        ("mobile", "2345"),
        ("payment_account", "12ab"),
        ("separation_date", "2999-01-01"),
        ("separation_date", "yesterday"),
    ):
        answer = _post(
            any_agency,
            "/corrections",
            staff["maker"],
            {"claim_reference": reference, "field": field, "new_value": value},
        )
        assert (answer.status_code, answer.json()["code"]) == (422, "correction_invalid"), field
        assert value not in answer.json()["message"]
    unknown = _post(
        any_agency,
        "/corrections",
        staff["maker"],
        {"claim_reference": reference, "field": "name", "new_value": "x"},
    )
    assert unknown.status_code == 422
    same = _post(
        any_agency,
        "/corrections",
        staff["maker"],
        {
            "claim_reference": reference,
            "field": "mobile",
            "new_value": person(Scenario.STOP_IMPRISONED).mobile,
        },
    )
    assert (same.status_code, same.json()["code"]) == (422, "correction_no_change")


def test_a_separation_date_correction_changes_the_employers_report(
    any_agency, staff: dict[str, dict[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    scenario = Scenario.STOP_SETTLED_ABROAD
    reference = _reference(any_agency, scenario)
    with any_agency.sessions()() as session:
        spell = (
            session.execute(
                select(EmploymentSpell)
                .where(EmploymentSpell.claimant_id == claimant_id(any_agency, scenario))
                .order_by(EmploymentSpell.start_date.desc())
            )
            .scalars()
            .first()
        )
        assert spell is not None and spell.end_date is not None
    corrected = date.fromordinal(spell.end_date.toordinal() - 3).isoformat()
    row = _post(
        any_agency,
        "/corrections",
        staff["maker"],
        {"claim_reference": reference, "field": "separation_date", "new_value": corrected},
    ).json()
    assert row["new_value_masked"] == corrected
    assert (
        _post(any_agency, f"/corrections/{row['id']}/approve", staff["checker"]).status_code == 200
    )
    with any_agency.sessions()() as session:
        assert session.get(EmploymentSpell, spell.id).end_date.isoformat() == corrected  # type: ignore[union-attr]

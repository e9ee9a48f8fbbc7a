"""Helpers for the ledger, schedule and kiosk-date tests: the real server over HTTP, the test
clock, and the registers' facts (a new job, a stop record, a new rate) written as another
register would write them."""

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

import requests
from sqlalchemy import select

from kiosk.api import AgencyClient
from server.models import (
    AuditEntry,
    BenefitRate,
    ContributionPeriod,
    Employer,
    EmploymentSpell,
    ExternalRecord,
)
from server.services.claimant_index import claimant_by_ssn
from server.synthetic import Scenario
from tests.server.factories import person, submission


@dataclass
class Desk:
    """A kiosk and the two staff members of an agency under test."""

    agency: Any
    kiosk: AgencyClient
    reviewer: dict[str, str]
    cashier: dict[str, str]

    def staff(self, method: str, path: str, who: dict[str, str], json: object = None) -> Any:
        return requests.request(
            method, f"{self.agency.url}/api/v1/staff{path}", headers=who, json=json, timeout=20
        )

    def set_today(self, day: date | None) -> None:
        answer = requests.post(
            f"{self.agency.url}/api/dev/clock",
            json={"today": day.isoformat() if day else None},
            timeout=10,
        )
        answer.raise_for_status()

    def claim_body(self, scenario: Scenario, **overrides: Any) -> dict[str, Any]:
        """A claim with the claimant's card proof (tests.server.factories); `overrides` replace
        top-level fields such as created_at, which the proof does not cover."""
        body = submission(scenario)
        body.update(overrides)
        return body

    def apply(self, scenario: Scenario, **overrides: Any) -> dict[str, Any]:
        """Submits a benefit claim; answers the raw HTTP result (status, body)."""
        return self.send("/api/v1/claims", self.claim_body(scenario, **overrides))

    def send(self, path: str, body: object) -> dict[str, Any]:
        """A kiosk-signed POST whose refusals are looked at, not raised."""
        raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        answer = self.kiosk._send_once("POST", path, raw)
        return {"status": answer.status_code, "body": answer.json()}

    def grant(self, reference: str) -> dict[str, Any]:
        decided = self.staff(
            "POST", f"/claims/{reference}/decide", self.reviewer, {"approve": True}
        )
        assert decided.status_code == 200, decided.text
        result: dict[str, Any] = decided.json()
        return result

    def pay(self, reference: str, month: str | None = None) -> requests.Response:
        body = {"month": month} if month is not None else None
        return self.staff("POST", f"/claims/{reference}/pay", self.cashier, body)

    def ledger(self, reference: str) -> dict[str, Any]:
        answer = self.staff("GET", f"/claims/{reference}/ledger", self.reviewer)
        assert answer.status_code == 200, answer.text
        result: dict[str, Any] = answer.json()
        return result


def staff_header(agency: Any, username: str) -> dict[str, str]:
    answer = requests.post(
        f"{agency.url}/api/v1/staff/login",
        json={"username": username, "password": agency.staff_passwords[username]},
        timeout=10,
    )
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def claimant_id(agency: Any, scenario: Scenario) -> int:
    with agency.sessions()() as session:
        found = claimant_by_ssn(session, person(scenario).id_number)
        assert found is not None
        return found.id


def add_record(agency: Any, scenario: Scenario, kind: str, on: date) -> None:
    """A fact from another register (re-employment, pension, ...), as the nightly import adds it."""
    who = claimant_id(agency, scenario)
    with agency.sessions()() as session, session.begin():
        session.add(
            ExternalRecord(
                claimant_id=who, kind=kind, effective_date=on, source="test", reference="t-1"
            )
        )


def add_job(
    agency: Any, scenario: Scenario, *, started: date, ended: date, reason: str = "employer_closed"
) -> None:
    """A new job with its contributions, ended against the claimant's will."""
    who = claimant_id(agency, scenario)
    with agency.sessions()() as session, session.begin():
        employer = session.execute(select(Employer).limit(1)).scalar_one()
        session.add(
            EmploymentSpell(
                claimant_id=who,
                employer_id=employer.id,
                start_date=started,
                end_date=ended,
                separation_reason=reason,
            )
        )
        session.add(
            ContributionPeriod(
                claimant_id=who,
                employer_id=employer.id,
                first_month=started.replace(day=1),
                last_month=ended.replace(day=1),
            )
        )


def set_rate(agency: Any, region_code: str, monthly_fen: int, effective_from: date) -> None:
    """The province publishes a new amount: the open-ended row ends the day before."""
    with agency.sessions()() as session, session.begin():
        for row in session.execute(
            select(BenefitRate).where(
                BenefitRate.region_code == region_code, BenefitRate.effective_to.is_(None)
            )
        ).scalars():
            row.effective_to = date.fromordinal(effective_from.toordinal() - 1)
        session.add(
            BenefitRate(
                region_code=region_code, monthly_fen=monthly_fen, effective_from=effective_from
            )
        )


def audit_details(agency: Any, reference: str, action: str) -> list[str]:
    with agency.sessions()() as session:
        return list(
            session.execute(
                select(AuditEntry.body)
                .where(AuditEntry.subject == reference, AuditEntry.action == action)
                .order_by(AuditEntry.seq)
            ).scalars()
        )


def month(day: date) -> str:
    return day.strftime("%Y-%m")

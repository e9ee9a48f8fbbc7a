"""The law's limits, asked of the running server as a kiosk asks them (SQLite and PostgreSQL):
a 76-year-old without a pension record is past the statutory retirement age; prison, a move
abroad or military service that began before the separation and still holds bars the claim; a
pension record dated in the future does not act before its date."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

import pytest
import requests
from sqlalchemy import select

from server.db import transaction
from server.ids import citizen_id_check_character
from server.models import Claimant, ContributionPeriod, Employer, EmploymentSpell, ExternalRecord
from server.seed import card_number, card_region
from server.synthetic import card_identification_code
from tests.card_logins import card_login, signed_post
from tests.conftest import Agency

TODAY = date(2027, 3, 10)


@contextmanager
def _session(agency: Agency) -> Iterator[Any]:
    factory = agency.sessions()
    try:
        with transaction(factory) as session:
            yield session
    finally:
        factory.kw["bind"].dispose()


def _set_clock(agency: Agency, day: date) -> None:
    answer = requests.post(
        f"{agency.url}/api/dev/clock", json={"today": day.isoformat()}, timeout=15
    )
    assert answer.status_code == 200, answer.text


def _insured(agency: Agency, birth: date, gender: str = "M", group: str | None = "man_60") -> str:
    """A person insured for ten years whose contract expired at the end of last month."""
    first17 = f"222405{birth:%Y%m%d}{secrets.randbelow(500) * 2 + (1 if gender == 'M' else 2):03d}"
    ssn = first17 + citizen_id_check_character(first17)
    last = (TODAY.replace(day=1) - timedelta(days=1)).replace(day=1)
    with _session(agency) as session:
        employer = session.execute(select(Employer).limit(1)).scalar_one()
        claimant = Claimant(
            ssn=ssn,
            name="测试",
            gender=gender,
            birth_date=birth,
            region_code="222405",
            mobile="13900001111",
            card_number=card_number(ssn),
            card_region=card_region("222405"),
            card_id=card_identification_code(card_region("222405"), card_number(ssn)),
            retirement_group=group,
            payment_account="sscard:0001",
        )
        session.add(claimant)
        session.flush()
        session.add(
            ContributionPeriod(
                claimant_id=claimant.id,
                employer_id=employer.id,
                first_month=date(last.year - 10, last.month, 1),
                last_month=last,
            )
        )
        session.add(
            EmploymentSpell(
                claimant_id=claimant.id,
                employer_id=employer.id,
                start_date=date(last.year - 10, last.month, 1),
                end_date=TODAY.replace(day=1) - timedelta(days=1),
                separation_reason="contract_expired_not_renewed",
            )
        )
    return ssn


def _record(agency: Agency, ssn: str, kind: str, on: date, ended_on: date | None = None) -> None:
    from server.services.claimant_index import claimant_by_ssn

    with _session(agency) as session:
        claimant = claimant_by_ssn(session, ssn)
        assert claimant is not None
        session.add(
            ExternalRecord(
                claimant_id=claimant.id,
                kind=kind,
                effective_date=on,
                ended_on=ended_on,
                source="test register",
                reference=secrets.token_hex(6),
            )
        )


def _eligibility(agency: Agency, ssn: str) -> dict[str, Any]:
    answer = signed_post(
        agency, "/api/v1/eligibility", {"ssn": ssn, "login": card_login(agency, ssn)}
    )
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


@pytest.fixture
def agency(any_agency: Agency) -> Agency:
    _set_clock(any_agency, TODAY)
    return any_agency


def test_a_76_year_old_without_a_pension_record_is_not_eligible(agency: Agency) -> None:
    ssn = _insured(agency, date(1951, 2, 3))
    answer = _eligibility(agency, ssn)
    assert answer["eligible"] is False
    assert "retirement_age_reached" in [r["code"] for r in answer["reasons"]]


def test_a_40_year_old_with_the_same_record_is_eligible(agency: Agency) -> None:
    answer = _eligibility(agency, _insured(agency, date(1987, 2, 3)))
    assert answer["eligible"] is True and answer["entitlement_months"] == 24


@pytest.mark.parametrize("kind", ["imprisonment", "settled_abroad", "enlistment"])
def test_a_state_that_began_before_the_separation_and_still_holds_bars_the_claim(
    agency: Agency, kind: str
) -> None:
    ssn = _insured(agency, date(1985, 6, 1))
    _record(agency, ssn, kind, TODAY - timedelta(days=200))
    answer = _eligibility(agency, ssn)
    assert answer["eligible"] is False
    assert [h["kind"] for h in answer["cross_checks"]] == [kind]


def test_a_state_that_ended_before_the_application_bars_nothing(agency: Agency) -> None:
    ssn = _insured(agency, date(1985, 6, 1))
    _record(agency, ssn, "imprisonment", TODAY - timedelta(days=900), TODAY - timedelta(days=700))
    assert _eligibility(agency, ssn)["eligible"] is True


def test_a_pension_record_dated_in_the_future_does_not_act_today(agency: Agency) -> None:
    ssn = _insured(agency, date(1986, 6, 1))
    _record(agency, ssn, "pension", TODAY + timedelta(days=60))
    assert _eligibility(agency, ssn)["eligible"] is True
    _set_clock(agency, TODAY + timedelta(days=61))
    try:
        assert _eligibility(agency, ssn)["eligible"] is False
    finally:
        _set_clock(agency, TODAY)


def test_the_kiosk_is_told_which_claim_is_already_open(agency: Agency) -> None:
    from tests.card_logins import offline_card_login

    ssn = _insured(agency, date(1988, 1, 1))
    first: dict[str, Any] = {
        "client_reference": "6a3c5c1e-6d3b-4c36-9f60-" + secrets.token_hex(6),
        "kind": "claim",
        "created_at": "2027-03-10T09:00:00+08:00",
        "payload": {
            "ssn": ssn,
            "mobile": "on_file",
            "commitment_accepted": True,
            "commitment_version": "2019-1",
        },
    }
    first["login"] = offline_card_login(first)
    created = signed_post(agency, "/api/v1/claims", first)
    assert created.status_code == 201, created.text
    assert _eligibility(agency, ssn)["active_claim"] == first["client_reference"]


def _staff(agency: Agency, username: str) -> dict[str, str]:
    answer = requests.post(
        f"{agency.url}/api/v1/staff/login",
        json={"username": username, "password": agency.staff_passwords[username]},
        timeout=15,
    )
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def test_near_the_retirement_age_the_fund_also_pays_the_pension_premium(agency: Agency) -> None:
    """Within a year of the statutory age (and through an extension to it) each paid month
    carries the pension-insurance premium the fund pays; months before that carry none."""
    from server import rules
    from tests.card_logins import offline_card_login

    birth = date(1968, 6, 15)  # retirement age 60 and 11 months under the 2024 decision
    ssn = _insured(agency, birth)
    claim: dict[str, Any] = {
        "client_reference": "7b3c5c1e-6d3b-4c36-9f60-" + secrets.token_hex(6),
        "kind": "claim",
        "created_at": "2027-03-10T09:00:00+08:00",
        "payload": {
            "ssn": ssn,
            "mobile": "on_file",
            "commitment_accepted": True,
            "commitment_version": "2019-1",
        },
    }
    claim["login"] = offline_card_login(claim)
    assert signed_post(agency, "/api/v1/claims", claim).status_code == 201
    reference = claim["client_reference"]
    reviewer, cashier = _staff(agency, "reviewer"), _staff(agency, "cashier")
    decided = requests.post(
        f"{agency.url}/api/v1/staff/claims/{reference}/decide",
        json={"approve": True},
        headers=reviewer,
        timeout=15,
    )
    assert decided.status_code == 200, decided.text
    period = rules.benefit_period(
        TODAY, 24, birth_date=birth, group=rules.AgeGroup.MAN_60
    )  # ten years of premiums: 24 months, extended to the retirement age
    assert period.extended and period.pension_premium_months
    premium_month = period.pension_premium_months[0]
    plain_month = TODAY.replace(day=1)
    assert plain_month not in period.pension_premium_months
    _set_clock(agency, premium_month.replace(day=20))
    try:
        paid = {}
        for month in (plain_month, premium_month):
            answer = requests.post(
                f"{agency.url}/api/v1/staff/claims/{reference}/pay",
                json={"month": month.strftime("%Y-%m")},
                headers=cashier,
                timeout=15,
            )
            assert answer.status_code == 200, answer.text
            paid = {p["period_month"]: p for p in answer.json()["payments"]}
        assert paid[plain_month.isoformat()]["pension_premium_fen"] == 0
        assert paid[premium_month.isoformat()]["pension_premium_fen"] == 45_000
        assert paid[premium_month.isoformat()]["medical_premium_fen"] > 0
    finally:
        _set_clock(agency, TODAY)

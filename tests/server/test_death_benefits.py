"""A claimant dies during the benefit period (Regulations art. 20): staff record it at the
counter, payment stops from the month after the death, months paid beyond it become recoveries,
and the dependants' funeral subsidy and pension are recorded with the configured amounts."""

from datetime import date

import pytest
from sqlalchemy import select

from server.models import AuditEntry, DeathBenefit
from server.services.death_benefits import amounts_for
from server.synthetic import Scenario
from tests.server.bank_kit import granted, open_desk, released
from tests.server.factories import person


def test_a_death_stops_payment_from_the_next_month_and_records_the_dependants_benefits(
    any_agency,
) -> None:  # type: ignore[no-untyped-def]
    with open_desk(any_agency) as desk:
        reference = granted(desk, Scenario.ELIGIBLE_18_MONTHS)
        released(desk, reference)
        for today in (date(2027, 1, 5), date(2027, 2, 3)):
            desk.set_today(today)
            released(desk, reference)
        path = f"/claims/{reference}/death"

        by_finance = desk.staff("POST", path, desk.cashier, {"died_on": "2027-01-15"})
        assert (by_finance.status_code, by_finance.json()["code"]) == (403, "role_required")
        future = desk.staff("POST", path, desk.reviewer, {"died_on": "2027-03-01"})
        assert (future.status_code, future.json()["code"]) == (422, "date_in_future")
        before = desk.staff("POST", path, desk.reviewer, {"died_on": "2026-11-30"})
        assert (before.status_code, before.json()["code"]) == (409, "not_in_benefit_period")

        recorded = desk.staff("POST", path, desk.reviewer, {"died_on": "2027-01-15"})
        assert recorded.status_code == 201, recorded.text
        view = recorded.json()
        amounts = amounts_for(any_agency.config, person(Scenario.ELIGIBLE_18_MONTHS).region_code)
        assert view["last_payable_month"] == "2027-01"
        assert (view["funeral_subsidy_fen"], view["dependant_pension_fen"]) == (
            amounts.funeral_subsidy_fen,
            amounts.dependants_pension_fen,
        )
        assert view["recoveries_opened"] == 1  # February was paid, the claimant died in January

        claim = desk.staff("GET", "/claims", desk.reviewer).json()["claims"]
        mine = next(c for c in claim if c["reference"] == reference)
        assert (mine["state"], mine["stop_reason"], mine["stop_date"]) == (
            "stopped",
            "stop_died",
            "2027-02-01",
        )
        refused = desk.pay(reference)
        assert (refused.status_code, refused.json()["code"]) == (409, "claim_stopped")
        again = desk.staff("POST", path, desk.reviewer, {"died_on": "2027-01-15"})
        assert (again.status_code, again.json()["code"]) == (409, "death_already_recorded")
        recoveries = desk.staff("GET", "/recoveries", desk.cashier).json()["recoveries"]
        assert [
            (r["month"], r["reason"]) for r in recoveries if r["claim_reference"] == reference
        ] == [("2027-02", "stop_died")]

    with any_agency.sessions()() as session:
        stored = session.execute(select(DeathBenefit)).scalars().one()
        assert stored.died_on == date(2027, 1, 15)
        trail = session.execute(
            select(AuditEntry.body).where(
                AuditEntry.action == "claim.death", AuditEntry.subject == reference
            )
        ).scalar_one()
    assert "2027-01-15" not in trail


@pytest.mark.parametrize("body", [{"died_on": "15/01/2027"}, {"died_on": None}, {}])
def test_a_malformed_date_of_death_is_refused_without_a_server_error(any_agency, body) -> None:  # type: ignore[no-untyped-def]
    with open_desk(any_agency) as desk:
        answer = desk.staff(
            "POST", f"/claims/{'0' * 8}-0000-4000-8000-{'0' * 12}/death", desk.reviewer, body
        )
    assert answer.status_code == 422

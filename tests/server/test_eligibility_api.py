"""The eligibility answer for every rule path of the demo cast, as a kiosk receives it."""

import pytest

from kiosk.api import AgencyClient
from kiosk.api.models import Eligibility
from server.synthetic import Scenario, demo_cast
from tests.card_logins import card_token_login
from tests.conftest import Agency

CAST = demo_cast()


def _eligibility(agency: Agency, kiosk_client: AgencyClient, ssn: str) -> Eligibility:
    """As the kiosk asks after the claimant's card logged in (tests/card_logins.py)."""
    return kiosk_client.eligibility(ssn, card_token_login(agency, ssn))


@pytest.mark.parametrize("scenario", list(Scenario), ids=lambda s: s.value)
def test_eligibility_matches_the_scenario(
    agency: Agency, kiosk_client: AgencyClient, scenario: Scenario
) -> None:
    entry = CAST[scenario]
    answer = _eligibility(agency, kiosk_client, entry.person.id_number)
    if entry.expected_stop is not None:
        # Already drawing the benefit when the stop record arrived: a new claim today is barred
        # by the same record (the running claim is stopped by the cross-checks, tested elsewhere).
        assert answer.outcome == "not_eligible"
        assert entry.expected_stop.value in [r.code for r in answer.reasons]
        assert answer.active_claim is not None
        return
    assert answer.outcome == entry.expected_outcome.value
    if entry.expected_outcome.value == "eligible":
        assert answer.entitlement_months == entry.expected_months
        assert answer.monthly_amount_fen and answer.monthly_amount_fen > 0
    assert entry.expected_reason.value in [r.code for r in answer.reasons]
    for reason in answer.reasons:
        assert reason.text.zh_CN and reason.text.ko and reason.rule.zh_CN


def test_refusal_says_what_to_do_next_in_both_languages(
    agency: Agency, kiosk_client: AgencyClient
) -> None:
    answer = _eligibility(
        agency, kiosk_client, CAST[Scenario.VOLUNTARY_RESIGNATION].person.id_number
    )
    assert not answer.eligible
    refusal = next(r for r in answer.reasons if r.effect == "refusal")
    assert refusal.next_step is not None and refusal.next_step.zh_CN and refusal.next_step.ko
    assert (
        answer.separation is not None and answer.separation.reason_code == "voluntary_resignation"
    )


def test_carry_over_is_added_to_the_fresh_entitlement(
    agency: Agency, kiosk_client: AgencyClient
) -> None:
    answer = _eligibility(
        agency, kiosk_client, CAST[Scenario.REEMPLOYED_CARRY_OVER].person.id_number
    )
    assert answer.months_carried_over > 0
    assert answer.entitlement_months == answer.months_from_contribution + answer.months_carried_over

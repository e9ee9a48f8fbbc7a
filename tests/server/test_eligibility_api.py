"""The eligibility answer for every rule path of the demo cast, as a kiosk receives it."""

import pytest

from kiosk.api import AgencyClient
from server.synthetic import Scenario, demo_cast

CAST = demo_cast()


@pytest.mark.parametrize("scenario", list(Scenario), ids=lambda s: s.value)
def test_eligibility_matches_the_scenario(kiosk_client: AgencyClient, scenario: Scenario) -> None:
    entry = CAST[scenario]
    answer = kiosk_client.eligibility(entry.person.id_number)
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


def test_refusal_says_what_to_do_next_in_both_languages(kiosk_client: AgencyClient) -> None:
    answer = kiosk_client.eligibility(CAST[Scenario.VOLUNTARY_RESIGNATION].person.id_number)
    assert not answer.eligible
    refusal = next(r for r in answer.reasons if r.effect == "refusal")
    assert refusal.next_step is not None and refusal.next_step.zh_CN and refusal.next_step.ko
    assert (
        answer.separation is not None and answer.separation.reason_code == "voluntary_resignation"
    )


def test_carry_over_is_added_to_the_fresh_entitlement(kiosk_client: AgencyClient) -> None:
    answer = kiosk_client.eligibility(CAST[Scenario.REEMPLOYED_CARRY_OVER].person.id_number)
    assert answer.months_carried_over > 0
    assert answer.entitlement_months == answer.months_from_contribution + answer.months_carried_over

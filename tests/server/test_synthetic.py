"""The synthetic population is reproducible, valid, and walks every path through the rules."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from server.ids import (
    CitizenId,
    is_valid_citizen_id,
    is_valid_credit_code,
    is_valid_mobile,
    parse_citizen_id,
)
from server.rules import Outcome, assess_claim, first_stop
from server.synthetic import (
    DEMO_REFERENCE_DATE,
    REGIONS,
    Claimant,
    Scenario,
    demo_cast,
    generate_population,
    regional_amounts,
)


def _check_against_rules(claimant: Claimant) -> None:
    decision = assess_claim(claimant.application, regional_amounts())
    assert decision.outcome is claimant.expected_outcome, claimant.scenario
    assert claimant.expected_reason in decision.codes, claimant.scenario
    if claimant.expected_months is not None:
        assert decision.entitlement.months == claimant.expected_months, claimant.scenario
    stop = (
        first_stop(claimant.application.external_records, claim_start=claimant.claim_start)
        if claimant.claim_start
        else None
    )
    assert (stop.reason if stop else None) == claimant.expected_stop, claimant.scenario


def test_same_seed_gives_the_same_population() -> None:
    assert generate_population(7, 60) == generate_population(7, 60)


def test_different_seeds_give_different_people() -> None:
    first = {c.person.id_number for c in generate_population(1, 40).claimants}
    second = {c.person.id_number for c in generate_population(2, 40).claimants}
    assert first != second


def test_population_covers_every_scenario() -> None:
    population = generate_population(3, len(Scenario))
    assert {c.scenario for c in population.claimants} == set(Scenario)


def test_rules_reach_the_outcome_each_scenario_was_built_for() -> None:
    for claimant in generate_population(11, 300).claimants:
        _check_against_rules(claimant)


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_any_seed_yields_a_consistent_population(seed: int) -> None:
    for claimant in generate_population(seed, len(Scenario)).claimants:
        _check_against_rules(claimant)


def test_generated_people_have_valid_unique_ids_matching_their_details() -> None:
    population = generate_population(5, 300)
    ids = [c.person.id_number for c in population.claimants]
    assert len(set(ids)) == len(ids)
    for claimant in population.claimants:
        person = claimant.person
        parsed = parse_citizen_id(person.id_number, today=population.reference_date)
        assert isinstance(parsed, CitizenId)
        assert parsed.gender is person.gender
        assert parsed.birth_date == person.birth_date
        assert parsed.region_code == person.region_code
        assert 18 <= parsed.age_on(population.reference_date) <= 64
        assert is_valid_mobile(person.mobile)
        assert 2 <= len(person.name) <= 3


def test_yanbian_regions_have_korean_chinese_surnames() -> None:
    population = generate_population(9, 400)
    yanbian = [c.person.name for c in population.claimants if c.person.region_code == "222405"]
    assert sum(name[0] in "金朴崔" for name in yanbian) >= len(yanbian) // 5


def test_employers_have_valid_unique_credit_codes_and_company_names() -> None:
    employers = generate_population(4, 30).employers
    codes = [e.credit_code for e in employers]
    assert len(set(codes)) == len(codes)
    assert all(is_valid_credit_code(code) for code in codes)
    assert all(e.name.endswith("公司") for e in employers)


def test_every_region_has_two_effective_periods_at_ninety_percent_of_minimum_wage() -> None:
    amounts = regional_amounts()
    for region in REGIONS:
        rows = sorted(
            (a for a in amounts if a.region_code == region.code), key=lambda a: a.effective_from
        )
        assert len(rows) == 2
        assert rows[0].effective_to is not None and rows[1].effective_to is None
        assert [r.monthly_fen for r in rows] == [w * 90 for _, w in region.minimum_wages]


def test_demo_cast_has_one_stable_claimant_per_scenario() -> None:
    cast = demo_cast()
    assert set(cast) == set(Scenario)
    assert cast[Scenario.ELIGIBLE_12_MONTHS].person.id_number == "222405199403150028"
    assert cast[Scenario.ELIGIBLE_12_MONTHS].person.name == "金美兰"
    assert demo_cast() == cast
    for claimant in cast.values():
        assert is_valid_citizen_id(claimant.person.id_number, today=DEMO_REFERENCE_DATE)
        _check_against_rules(claimant)


@pytest.mark.parametrize(
    ("scenario", "months"),
    [
        (Scenario.ELIGIBLE_12_MONTHS, 12),
        (Scenario.ELIGIBLE_18_MONTHS, 18),
        (Scenario.ELIGIBLE_24_MONTHS, 24),
        (Scenario.REEMPLOYED_CARRY_OVER, 19),
        (Scenario.CARRY_OVER_CAPPED, 24),
    ],
)
def test_demo_cast_shows_each_entitlement_path(scenario: Scenario, months: int) -> None:
    decision = assess_claim(demo_cast()[scenario].application, regional_amounts())
    assert decision.outcome is Outcome.ELIGIBLE
    assert decision.entitlement.months == months


def test_stop_scenarios_have_a_claim_already_running_before_the_record() -> None:
    for claimant in demo_cast().values():
        if claimant.claim_start is None:
            continue
        assert claimant.claim_start < DEMO_REFERENCE_DATE
        assert all(
            r.effective_date <= DEMO_REFERENCE_DATE for r in claimant.application.external_records
        )


def test_reference_date_moves_the_whole_population() -> None:
    later = generate_population(1, 30, reference_date=date(2027, 5, 1))
    assert all(c.application.registration_date <= date(2027, 5, 1) for c in later.claimants)
    for claimant in later.claimants:
        _check_against_rules(claimant)

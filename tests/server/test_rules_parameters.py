"""Provincial figures read from the server's settings file (RuleParameters.from_mapping)."""

import pytest

from server.rules import (
    NATIONAL_DEFAULTS,
    EntitlementTier,
    ParameterError,
    RuleParameters,
    months_for_contribution,
)


def test_an_empty_section_keeps_the_national_rules() -> None:
    assert RuleParameters.from_mapping({}) == NATIONAL_DEFAULTS


def test_a_province_configures_its_table_refusals_and_carry_over() -> None:
    province = RuleParameters.from_mapping(
        {
            "tiers": [
                {"min_contribution_months": 12, "benefit_months": 6},
                [36, 12],
                [60, 18],
                [120, 24],
            ],
            "refusals_to_stop": 2,
            "carry_over_requires_new_qualifying_period": True,
            "retirement_extension_window_months": 11,
        }
    )
    assert province.tiers[0] == EntitlementTier(12, 6)
    assert months_for_contribution(24, province) == 6
    assert months_for_contribution(36, province) == 12
    assert province.refusals_to_stop == 2
    assert province.carry_over_requires_new_qualifying_period
    assert province.retirement_extension_window_months == 11


@pytest.mark.parametrize(
    ("values", "key"),
    [
        ({"refusal_to_stop": 2}, "refusal_to_stop"),
        ({"refusals_to_stop": 0}, "refusals_to_stop"),
        ({"refusals_to_stop": "2"}, "refusals_to_stop"),
        ({"refusals_to_stop": True}, "refusals_to_stop"),
        ({"max_benefit_months": 36}, "max_benefit_months"),
        (
            {"carry_over_requires_new_qualifying_period": "yes"},
            "carry_over_requires_new_qualifying_period",
        ),
        ({"tiers": "12:12"}, "tiers"),
        ({"tiers": []}, "tiers"),
        ({"tiers": [[12, 12], [48, 18]]}, "tiers"),
        ({"tiers": [[12]]}, "tiers[0]"),
        ({"tiers": [{"min_contribution_months": 12}]}, "tiers[0]"),
        ({"tiers": [{"min_contribution_months": 12, "benefit_months": 12, "x": 1}]}, "tiers[0]"),
        ({"tiers": [[12, 12.5]]}, "tiers[0].benefit_months"),
        ({"retirement_extension_window_months": 13}, "retirement_extension_window_months"),
    ],
)
def test_a_wrong_setting_is_refused_naming_its_key(values: dict[str, object], key: str) -> None:
    with pytest.raises(ParameterError) as raised:
        RuleParameters.from_mapping(values)
    assert raised.value.key == key
    assert str(raised.value).startswith(f"{key}: ")

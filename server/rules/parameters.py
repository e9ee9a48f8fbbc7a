"""Figures a province may set, with the national rules as defaults (Regulations arts. 14, 17).

The server reads them from its settings file through `RuleParameters.from_mapping`, so a mistyped
or unlawful figure is refused when the server starts, with the key that is wrong, instead of
silently paying a different benefit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields

#: Regulations art. 17 / Law art. 46: the longest period for each contribution level. A province
#: may grant less (finer tables exist), never more.
NATIONAL_MAXIMA: tuple[tuple[int, int], ...] = ((12, 12), (60, 18), (120, 24))
NATIONAL_CEILING_MONTHS = 24


class ParameterError(ValueError):
    """A provincial figure that cannot be used; `key` names the setting, for the operator."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.key = key
        self.message = message


@dataclass(frozen=True)
class EntitlementTier:
    """From `min_contribution_months` of cumulative contribution, at most `benefit_months`."""

    min_contribution_months: int
    benefit_months: int


def national_maximum_months(contribution_months: int) -> int:
    """The longest period art. 17 allows for this much contribution (0 below a year)."""
    months = 0
    for threshold, longest in NATIONAL_MAXIMA:
        if contribution_months >= threshold:
            months = longest
    return months


@dataclass(frozen=True)
class RuleParameters:
    """Province-set figures; the engine reads every threshold from here, never from code.

    Defaults are the national ones: 12 months of contribution to qualify (Regulations art. 14,
    Law art. 45) and the 12/18/24 table with a 24-month ceiling (Regulations art. 17, Law art. 46).
    """

    min_contribution_months: int = 12
    tiers: tuple[EntitlementTier, ...] = (
        EntitlementTier(12, 12),
        EntitlementTier(60, 18),
        EntitlementTier(120, 24),
    )
    max_benefit_months: int = 24
    # Art. 17 lets unused months be "combined" with a fresh entitlement. Whether unused months
    # alone may be claimed when the new job lasted under a year is left to the province; the
    # national text does not forbid it, so the default allows it.
    carry_over_requires_new_qualifying_period: bool = False
    # Law art. 51(5) stops payment when the claimant refuses suitable work or training "without
    # good reason"; how many such refusals it takes is provincial practice. 1 = the first one.
    refusals_to_stop: int = 1
    # The 2024 retirement measures art. 7 (and the 2019 continuation rule before it): a claimant
    # whose benefit runs out within a year of the statutory age is paid up to it. Read as "the
    # month the age is reached is at most this many months after the last benefit month"
    # (Tianjin and Shenzhen bureaux: 一年之内，含一年); a province reading 不足一年 strictly sets 11.
    retirement_extension_window_months: int = 12

    def __post_init__(self) -> None:
        if self.min_contribution_months < 1:
            raise ParameterError("min_contribution_months", "must be at least 1")
        if not self.tiers:
            raise ParameterError("tiers", "at least one entitlement tier is needed")
        thresholds = [t.min_contribution_months for t in self.tiers]
        months = [t.benefit_months for t in self.tiers]
        if thresholds != sorted(set(thresholds)) or months != sorted(months):
            raise ParameterError(
                "tiers", "tiers must rise strictly in contribution and never fall in months"
            )
        if thresholds[0] < self.min_contribution_months:
            raise ParameterError(
                "tiers", "the first tier cannot start below min_contribution_months"
            )
        for tier in self.tiers:
            if tier.benefit_months < 1:
                raise ParameterError("tiers", "a tier grants at least one month")
            longest = national_maximum_months(tier.min_contribution_months)
            if tier.benefit_months > longest:
                raise ParameterError(
                    "tiers",
                    f"{tier.benefit_months} months from {tier.min_contribution_months} months of "
                    f"contribution exceeds the {longest} that Regulations art. 17 allows",
                )
        if self.max_benefit_months < months[-1]:
            raise ParameterError(
                "max_benefit_months", "max_benefit_months cannot be below the longest tier"
            )
        if self.max_benefit_months > NATIONAL_CEILING_MONTHS:
            raise ParameterError(
                "max_benefit_months",
                f"cannot exceed {NATIONAL_CEILING_MONTHS} months (Regulations art. 17)",
            )
        if self.refusals_to_stop < 1:
            raise ParameterError("refusals_to_stop", "must be at least 1")
        if not 0 <= self.retirement_extension_window_months <= 12:
            raise ParameterError(
                "retirement_extension_window_months", "must lie between 0 and 12 months"
            )

    @classmethod
    def from_mapping(cls, values: Mapping[str, object]) -> RuleParameters:
        """Parameters from a settings file section; missing keys keep the national default.

        `tiers` is a list of `{"min_contribution_months": m, "benefit_months": n}` or `[m, n]`.
        Every problem raises `ParameterError` naming the key.
        """
        known = {f.name for f in fields(cls)}
        for key in values:
            if key not in known:
                raise ParameterError(str(key), "unknown rule parameter")
        kwargs: dict[str, object] = {}
        for key in ("min_contribution_months", "max_benefit_months", "refusals_to_stop"):
            if key in values:
                kwargs[key] = _integer(key, values[key])
        if "retirement_extension_window_months" in values:
            key = "retirement_extension_window_months"
            kwargs[key] = _integer(key, values[key])
        if "carry_over_requires_new_qualifying_period" in values:
            key = "carry_over_requires_new_qualifying_period"
            flag = values[key]
            if not isinstance(flag, bool):
                raise ParameterError(key, "must be true or false")
            kwargs[key] = flag
        if "tiers" in values:
            kwargs["tiers"] = _tiers(values["tiers"])
        return cls(**kwargs)  # type: ignore[arg-type]


def _integer(key: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ParameterError(key, "must be a whole number")
    return value


def _tiers(value: object) -> tuple[EntitlementTier, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise ParameterError("tiers", "must be a list of tiers")
    tiers = []
    for index, item in enumerate(value):
        key = f"tiers[{index}]"
        if isinstance(item, Mapping):
            extra = set(item) - {"min_contribution_months", "benefit_months"}
            if extra:
                raise ParameterError(key, f"unknown field {sorted(map(str, extra))[0]}")
            if "min_contribution_months" not in item or "benefit_months" not in item:
                raise ParameterError(key, "needs min_contribution_months and benefit_months")
            pair = (item["min_contribution_months"], item["benefit_months"])
        elif isinstance(item, Sequence) and not isinstance(item, (str, bytes)) and len(item) == 2:
            pair = (item[0], item[1])
        else:
            raise ParameterError(key, "must be [min_contribution_months, benefit_months]")
        tiers.append(
            EntitlementTier(
                _integer(f"{key}.min_contribution_months", pair[0]),
                _integer(f"{key}.benefit_months", pair[1]),
            )
        )
    return tuple(tiers)


NATIONAL_DEFAULTS = RuleParameters()

"""Deterministic synthetic claimants, employers and benefit tables, for seeding, demos and tests.

Nothing here is real: names are drawn from common surnames and given-name characters, ID numbers
and credit codes are made valid by computing their check characters, and the amounts are 90% of
invented minimum wages. The same seed always gives the same population, and the population is
built so that every path through the rules (each tier, each refusal, each stop condition) occurs.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType

from server.ids import (
    Gender,
    citizen_id_check_character,
    credit_code_check_character,
    organization_code_check_character,
)
from server.rules import (
    ClaimApplication,
    ContributionPeriod,
    EmploymentSpell,
    ExternalRecord,
    ExternalRecordKind,
    Outcome,
    PriorEntitlement,
    ReasonCode,
    RegionalAmount,
    RegionalBounds,
    SeparationReason,
)
from server.rules.month_math import add_months, month_index, month_start
from server.rules.stop_conditions import STOP_REASON_BY_KIND

__all__ = [
    "DEMO_REFERENCE_DATE",
    "REGIONS",
    "Claimant",
    "Employer",
    "Person",
    "Population",
    "Region",
    "Scenario",
    "card_identification_code",
    "demo_cast",
    "generate_population",
    "regional_amounts",
    "regional_bounds",
]

DEMO_REFERENCE_DATE = date(2026, 11, 2)


def card_identification_code(card_region: str, card_number: str) -> str:
    """The agency's record of an issued card's identification code (EF05 tag 01), 32 hex.

    It mirrors what the card factory wrote onto the simulated cards (devices/sim/card_applet.py,
    `identification_code`): the issuing region in compressed numeric (3 bytes), the national
    application identifier D156000005, and the first 8 bytes of SHA-256 of the card number. The
    card key is diversified from it, so registry and card must agree byte for byte; the server
    does not import the simulators, hence this second, tested copy (tests/server/test_card_login.py).
    """
    region = bytes.fromhex(card_region.ljust(6, "F"))
    tail = hashlib.sha256(card_number.encode("ascii")).digest()[:8]
    return (region + bytes.fromhex("D156000005") + tail).hex()


class Scenario(StrEnum):
    """One path through the rules; each synthetic claimant follows exactly one."""

    ELIGIBLE_12_MONTHS = "eligible_12_months"
    ELIGIBLE_18_MONTHS = "eligible_18_months"
    ELIGIBLE_24_MONTHS = "eligible_24_months"
    VOLUNTARY_RESIGNATION = "voluntary_resignation"
    MUTUAL_AGREEMENT_BY_EMPLOYEE = "mutual_agreement_by_employee"
    TOO_FEW_MONTHS = "too_few_months"
    SEPARATION_NOT_REPORTED = "separation_not_reported"
    STILL_EMPLOYED = "still_employed"
    REEMPLOYED_CARRY_OVER = "reemployed_carry_over"
    CARRY_OVER_CAPPED = "carry_over_capped"
    PENSIONER = "pensioner"
    STOP_REEMPLOYED_CONTRIBUTION = "stop_reemployed_contribution"
    STOP_BUSINESS_REGISTRATION = "stop_business_registration"
    STOP_PENSION = "stop_pension"
    STOP_REFUSED_JOB = "stop_refused_job"
    STOP_REFUSED_TRAINING = "stop_refused_training"
    REFUSED_JOB_WITH_GOOD_REASON = "refused_job_with_good_reason"
    STOP_DIED = "stop_died"
    STOP_ENLISTED = "stop_enlisted"
    STOP_SETTLED_ABROAD = "stop_settled_abroad"
    STOP_IMPRISONED = "stop_imprisoned"


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    short_name: str
    korean_share: float  # share of Korean-Chinese surnames among residents
    minimum_wages: tuple[tuple[date, int], ...]  # (effective from, monthly yuan), invented


_YANBIAN_WAGES = ((date(2023, 1, 1), 1760), (date(2025, 7, 1), 1980))
_CHANGCHUN_WAGES = ((date(2023, 1, 1), 1880), (date(2025, 7, 1), 2120))
_BEIJING_WAGES = ((date(2023, 9, 1), 2420), (date(2025, 9, 1), 2540))
_SHENZHEN_WAGES = ((date(2022, 12, 1), 2360), (date(2025, 3, 1), 2520))
_LANZHOU_WAGES = ((date(2021, 12, 1), 2020), (date(2025, 4, 1), 2220))
REGIONS: tuple[Region, ...] = (
    Region("222405", "吉林省延边朝鲜族自治州龙井市", "龙井", 0.6, _YANBIAN_WAGES),
    Region("222401", "吉林省延边朝鲜族自治州延吉市", "延吉", 0.5, _YANBIAN_WAGES),
    Region("220102", "吉林省长春市南关区", "长春", 0.05, _CHANGCHUN_WAGES),
    Region("110105", "北京市朝阳区", "北京", 0.01, _BEIJING_WAGES),
    Region("440305", "广东省深圳市南山区", "深圳", 0.0, _SHENZHEN_WAGES),
    Region("620102", "甘肃省兰州市城关区", "兰州", 0.0, _LANZHOU_WAGES),
)


@dataclass(frozen=True)
class Person:
    name: str
    id_number: str
    gender: Gender
    birth_date: date
    mobile: str
    region_code: str


@dataclass(frozen=True)
class Employer:
    name: str
    credit_code: str
    region_code: str


@dataclass(frozen=True)
class Claimant:
    """A person, the facts the agency holds about them, and what the rules should conclude.

    `claim_start` is set when the person already has a claim registered on that date (the stop
    scenarios: the external record comes later). The `expected_*` fields are fixed by how the
    scenario was built, so tests can hold the rules engine to them.
    """

    scenario: Scenario
    person: Person
    application: ClaimApplication
    claim_start: date | None
    expected_outcome: Outcome
    expected_months: int | None
    expected_reason: ReasonCode
    expected_stop: ReasonCode | None = None


@dataclass(frozen=True)
class Population:
    reference_date: date
    employers: tuple[Employer, ...]
    claimants: tuple[Claimant, ...]
    amounts: tuple[RegionalAmount, ...]


def regional_amounts() -> tuple[RegionalAmount, ...]:
    """Two effective periods per region, each 90% of that period's minimum wage, in fen."""
    rows: list[RegionalAmount] = []
    for region in REGIONS:
        for i, (start, wage) in enumerate(region.minimum_wages):
            following = (
                region.minimum_wages[i + 1][0] if i + 1 < len(region.minimum_wages) else None
            )
            rows.append(
                RegionalAmount(
                    region.code,
                    wage * 90,  # 90% of the wage in yuan, expressed in fen
                    start,
                    following - timedelta(days=1) if following else None,
                )
            )
    return tuple(rows)


# The urban minimum living standard (城市居民最低生活保障标准, 低保), monthly yuan, one figure per
# period of the region's `minimum_wages`. Demonstration values, approximated from the levels the
# Jilin provincial and prefectural civil-affairs departments (and Beijing, Shenzhen and Lanzhou)
# published for 2023-2025; they are not the official figures of any date.
_MINIMUM_LIVING = MappingProxyType(
    {
        "222405": (700, 760),
        "222401": (700, 760),
        "220102": (790, 830),
        "110105": (1395, 1450),
        "440305": (1365, 1440),
        "620102": (830, 880),
    }
)


def regional_bounds() -> tuple[RegionalBounds, ...]:
    """The bounds `regional_amounts` lie within (Regulations art. 18): each period's minimum wage
    and minimum living standard, over the same effective spans as the amounts."""
    rows: list[RegionalBounds] = []
    for region in REGIONS:
        for i, (start, wage) in enumerate(region.minimum_wages):
            following = (
                region.minimum_wages[i + 1][0] if i + 1 < len(region.minimum_wages) else None
            )
            rows.append(
                RegionalBounds(
                    region.code,
                    start,
                    minimum_wage_fen=wage * 100,
                    minimum_living_fen=_MINIMUM_LIVING[region.code][i] * 100,
                    effective_to=following - timedelta(days=1) if following else None,
                )
            )
    return tuple(rows)


# --- names -----------------------------------------------------------------------------------

_HAN_SURNAMES = (
    ("王", 71), ("李", 70), ("张", 67), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 22), ("赵", 20),
    ("吴", 19), ("周", 19), ("徐", 15), ("孙", 15), ("马", 13), ("朱", 13), ("胡", 12), ("郭", 12),
    ("何", 12), ("高", 11), ("林", 11), ("罗", 10), ("郑", 9), ("梁", 9), ("谢", 8), ("宋", 8),
    ("唐", 8), ("许", 7), ("韩", 7), ("冯", 7), ("邓", 7), ("曹", 6),
)  # fmt: skip
_KOREAN_SURNAMES = (
    ("金", 22), ("李", 15), ("朴", 9), ("崔", 5), ("郑", 4), ("姜", 2), ("赵", 2), ("尹", 2),
    ("张", 2), ("韩", 2), ("申", 1), ("全", 1), ("黄", 1), ("安", 1), ("吴", 1), ("许", 1),
    ("洪", 1), ("文", 1), ("玄", 1), ("南", 1),
)  # fmt: skip
_HAN_GIVEN = {
    Gender.MALE: "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙峰建国东海成志永",
    Gender.FEMALE: "芳娜敏静丽艳娟霞秀玲桂英燕萍红梅琳雪莉婷慧颖洁佳倩晶兰淑玉",
}
_KOREAN_GIVEN = {
    Gender.MALE: "哲浩日光龙男洙镐成德昌铉春吉永範虎国哲勋",
    Gender.FEMALE: "美兰顺姬淑贞玉善英花子京仙爱珍今福",
}
_MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
    "156", "157", "158", "159", "166", "177", "180", "181", "186", "187", "188", "189", "199",
)  # fmt: skip
_BRANDS = (
    "华信", "宏达", "鑫源", "长白", "海兰", "恒泰", "金达莱", "天池", "瑞丰", "博远", "汇通",
    "新兴", "永盛", "东盛", "图们江", "振兴", "福瑞", "和顺", "嘉禾", "众诚",
)  # fmt: skip
_TRADES = (
    "商贸", "食品", "建筑工程", "物流", "纺织", "酒店管理", "人参", "机械制造", "电子科技",
    "餐饮管理", "物业服务", "农业开发", "包装材料", "汽车配件",
)  # fmt: skip
_SUFFIXES = ("有限公司", "有限责任公司", "股份有限公司")

_INVOLUNTARY = tuple(
    r
    for r in SeparationReason
    if r
    not in {
        SeparationReason.VOLUNTARY_RESIGNATION,
        SeparationReason.MUTUAL_AGREEMENT_PROPOSED_BY_EMPLOYEE,
    }
)


def _weighted(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([k for k, _ in table], weights=[w for _, w in table])[0]


def _name(rng: random.Random, gender: Gender, region: Region) -> str:
    korean = rng.random() < region.korean_share
    surname = _weighted(rng, _KOREAN_SURNAMES if korean else _HAN_SURNAMES)
    pool = (_KOREAN_GIVEN if korean else _HAN_GIVEN)[gender]
    given = "".join(rng.choice(pool) for _ in range(1 if rng.random() < 0.3 else 2))
    return surname + given


def _id_number(region_code: str, birth: date, sequence: int) -> str:
    body = f"{region_code}{birth:%Y%m%d}{sequence:03d}"
    return body + citizen_id_check_character(body)


def _sequence(rng: random.Random, gender: Gender) -> int:
    # GB 11643-1999: odd sequence for men, even for women.
    n = rng.randrange(0, 500) * 2
    return n + 1 if gender is Gender.MALE else n


def _person(rng: random.Random, region: Region, today: date, ages: tuple[int, int]) -> Person:
    gender = rng.choice((Gender.MALE, Gender.FEMALE))
    low, high = ages
    if gender is Gender.FEMALE and high < 60:
        # A woman's statutory age may be 50 (workers) and her group is not in this data: keep
        # her benefit, with its extension to retirement, clear of it whatever her group.
        low, high = min(low, 45), min(high, 45)
    age = rng.randint(low, high)
    birth = today - timedelta(days=age * 365 + rng.randint(30, 330))
    return Person(
        name=_name(rng, gender, region),
        id_number=_id_number(region.code, birth, _sequence(rng, gender)),
        gender=gender,
        birth_date=birth,
        mobile=rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}",
        region_code=region.code,
    )


def _employer(rng: random.Random, region: Region) -> Employer:
    org_body = f"{rng.randrange(10**8):08d}"
    first17 = "91" + region.code + org_body + organization_code_check_character(org_body)
    name = region.short_name + rng.choice(_BRANDS) + rng.choice(_TRADES) + rng.choice(_SUFFIXES)
    return Employer(name, first17 + credit_code_check_character(first17), region.code)


# --- histories -------------------------------------------------------------------------------

_TIER_MONTHS = {12: (12, 59), 18: (60, 119), 24: (120, 300)}
_FIXED_TIERS = {
    Scenario.ELIGIBLE_12_MONTHS: 12,
    Scenario.ELIGIBLE_18_MONTHS: 18,
    Scenario.ELIGIBLE_24_MONTHS: 24,
    Scenario.PENSIONER: 24,
    Scenario.CARRY_OVER_CAPPED: 24,
    Scenario.REEMPLOYED_CARRY_OVER: 12,
    Scenario.STOP_ENLISTED: 12,
}


@dataclass(frozen=True)
class _Job:
    employer: Employer
    first_month: int  # month index
    last_month: int
    reason: SeparationReason | None
    ended: date | None
    started: date | None = None  # mid-month start; else the first day of first_month


def _jobs_ending(
    rng: random.Random,
    employers: tuple[Employer, ...],
    months: int,
    ended: date | None,
    reason: SeparationReason | None,
    last_month: int,
) -> list[_Job]:
    """`months` of contribution over one to three back-to-back jobs, the last ending `ended`."""
    pieces = min(months, rng.randint(1, 3))
    cuts = sorted(rng.sample(range(1, months), pieces - 1)) if pieces > 1 else []
    bounds = [0, *cuts, months]
    first = last_month - months + 1
    jobs = []
    for i in range(pieces):
        is_last = i == pieces - 1
        start, stop = first + bounds[i], first + bounds[i + 1] - 1
        if is_last:
            jobs.append(_Job(rng.choice(employers), start, stop, reason, ended))
        else:
            move = rng.choice((*_INVOLUNTARY, SeparationReason.VOLUNTARY_RESIGNATION))
            jobs.append(_Job(rng.choice(employers), start, stop, move, _last_day(stop)))
    return jobs


def _last_day(index: int) -> date:
    return add_months(month_start(index), 1) - timedelta(days=1)


def _spells(jobs: list[_Job]) -> tuple[EmploymentSpell, ...]:
    return tuple(
        EmploymentSpell(
            employer_code=j.employer.credit_code,
            started=j.started or month_start(j.first_month),
            ended=j.ended,
            reason=j.reason if j.ended else None,
            employer_name=j.employer.name,
        )
        for j in jobs
    )


def _contributions(jobs: list[_Job]) -> tuple[ContributionPeriod, ...]:
    return tuple(
        ContributionPeriod(
            month_start(j.first_month), month_start(j.last_month), j.employer.credit_code
        )
        for j in jobs
    )


_STOP_KINDS = {
    Scenario.STOP_REEMPLOYED_CONTRIBUTION: ExternalRecordKind.EMPLOYER_CONTRIBUTION,
    Scenario.STOP_BUSINESS_REGISTRATION: ExternalRecordKind.BUSINESS_REGISTRATION,
    Scenario.STOP_PENSION: ExternalRecordKind.PENSION,
    Scenario.STOP_REFUSED_JOB: ExternalRecordKind.JOB_OFFER_REFUSED,
    Scenario.STOP_REFUSED_TRAINING: ExternalRecordKind.TRAINING_REFUSED,
    Scenario.REFUSED_JOB_WITH_GOOD_REASON: ExternalRecordKind.JOB_OFFER_REFUSED,
    Scenario.STOP_DIED: ExternalRecordKind.DEATH,
    Scenario.STOP_ENLISTED: ExternalRecordKind.ENLISTMENT,
    Scenario.STOP_SETTLED_ABROAD: ExternalRecordKind.SETTLED_ABROAD,
    Scenario.STOP_IMPRISONED: ExternalRecordKind.IMPRISONMENT,
}
_SOURCES = {
    ExternalRecordKind.EMPLOYER_CONTRIBUTION: "社会保险参保缴费记录",
    ExternalRecordKind.BUSINESS_REGISTRATION: "市场监管部门工商登记信息",
    ExternalRecordKind.PENSION: "养老保险待遇领取人员信息",
    ExternalRecordKind.JOB_OFFER_REFUSED: "公共就业服务信息库",
    ExternalRecordKind.TRAINING_REFUSED: "公共就业服务信息库",
    ExternalRecordKind.DEATH: "国家人口基础信息库",
    ExternalRecordKind.ENLISTMENT: "兵役机关信息",
    ExternalRecordKind.SETTLED_ABROAD: "公安出入境管理信息",
    ExternalRecordKind.IMPRISONMENT: "司法行政信息",
}


def _ages(scenario: Scenario, contribution_months: int) -> tuple[int, int]:
    if scenario is Scenario.PENSIONER:
        return 60, 64
    if scenario is Scenario.STOP_PENSION:
        # A pension before the statutory age (early retirement, e.g. arduous work at 55): past
        # it the claim would be refused for age (server/rules/retirement.py).
        return 55, 58
    youngest = 18 + contribution_months // 12 + 1
    if scenario is Scenario.STOP_ENLISTED:
        return max(youngest, 18), max(youngest, 22)
    return min(youngest, 59), 59


def _build(
    scenario: Scenario,
    rng: random.Random,
    region: Region,
    employers: tuple[Employer, ...],
    today: date,
    person: Person | None = None,
    carry_over: tuple[int, int] | None = None,
) -> Claimant:
    """One claimant on `scenario`'s path; `carry_over` fixes (months used, months contributed
    afresh) for the re-employment scenarios, so the demo can show the textbook example."""
    tier = _FIXED_TIERS.get(scenario) or rng.choice((12, 18, 24))
    months = rng.randint(*_TIER_MONTHS[tier])
    if scenario is Scenario.TOO_FEW_MONTHS:
        months = rng.randint(1, 11)
    elif scenario is Scenario.STOP_ENLISTED:
        months = rng.randint(12, 30)
    if person is None:
        person = _person(rng, region, today, _ages(scenario, months))
    else:
        # A fixed person cannot have paid premiums before turning 18.
        years_of_work = (today - person.birth_date).days // 366 - 19
        months = min(months, max(years_of_work * 12, 1))
        tier = next((t for t, (low, high) in _TIER_MONTHS.items() if low <= months <= high), tier)

    stops = scenario in _STOP_KINDS
    registration = today - timedelta(days=rng.randint(60, 150)) if stops else today
    separated = registration - timedelta(days=rng.randint(3, 40))
    # The registration month is not a contribution month (server/rules/contributions.py).
    last_month = min(month_index(separated), month_index(registration) - 1)
    reason: SeparationReason | None = rng.choice(_INVOLUNTARY)
    if scenario is Scenario.VOLUNTARY_RESIGNATION:
        reason = SeparationReason.VOLUNTARY_RESIGNATION
    elif scenario is Scenario.MUTUAL_AGREEMENT_BY_EMPLOYEE:
        reason = SeparationReason.MUTUAL_AGREEMENT_PROPOSED_BY_EMPLOYEE
    elif scenario is Scenario.SEPARATION_NOT_REPORTED:
        reason = None
    ended: date | None = separated
    if scenario is Scenario.STILL_EMPLOYED:
        ended, reason, last_month = None, None, month_index(today) - 1

    prior: tuple[PriorEntitlement, ...] = ()
    records: list[ExternalRecord] = []
    later_jobs: list[_Job] = []
    expected_months: int | None = tier
    jobs: list[_Job]
    if scenario in (Scenario.REEMPLOYED_CARRY_OVER, Scenario.CARRY_OVER_CAPPED):
        # Re-employed during an earlier entitlement, then unemployed again (art. 17).
        earlier_total = 12 if scenario is Scenario.REEMPLOYED_CARRY_OVER else 24
        used = rng.randint(1, 11) if earlier_total == 12 else rng.randint(1, 6)
        fresh = months  # tier 12: 12–59 months counted afresh
        if carry_over is not None:
            used, fresh = carry_over
        new_first = last_month - fresh + 1
        earlier_start = month_start(new_first - used) + timedelta(days=rng.randint(0, 20))
        earlier_months = rng.randint(*_TIER_MONTHS[earlier_total])
        earlier_sep = earlier_start - timedelta(days=rng.randint(3, 25))
        old_reason = rng.choice(_INVOLUNTARY)
        old_last = month_index(earlier_sep)
        old = _jobs_ending(rng, employers, earlier_months, earlier_sep, old_reason, old_last)
        new = _jobs_ending(rng, employers, fresh, ended, reason, last_month)
        jobs = old + new
        prior = (PriorEntitlement(earlier_start, earlier_total, used),)
        records.append(
            ExternalRecord(
                ExternalRecordKind.EMPLOYER_CONTRIBUTION,
                month_start(new_first),
                _SOURCES[ExternalRecordKind.EMPLOYER_CONTRIBUTION],
                employer_code=new[0].employer.credit_code,
            )
        )
        fresh_tier = max((t for t, (low, _) in _TIER_MONTHS.items() if fresh >= low), default=0)
        expected_months = min(fresh_tier + earlier_total - used, 24)
    else:
        jobs = _jobs_ending(rng, employers, months, ended, reason, last_month)

    expected_outcome = Outcome.ELIGIBLE
    expected_reason = ReasonCode.ELIGIBLE
    expected_stop: ReasonCode | None = None
    refusals = {
        Scenario.VOLUNTARY_RESIGNATION: ReasonCode.SEPARATION_VOLUNTARY_RESIGNATION,
        Scenario.MUTUAL_AGREEMENT_BY_EMPLOYEE: ReasonCode.SEPARATION_MUTUAL_AGREEMENT_BY_EMPLOYEE,
        Scenario.TOO_FEW_MONTHS: ReasonCode.CONTRIBUTION_INSUFFICIENT,
        Scenario.SEPARATION_NOT_REPORTED: ReasonCode.SEPARATION_NOT_REPORTED,
        Scenario.STILL_EMPLOYED: ReasonCode.STILL_EMPLOYED,
        Scenario.PENSIONER: ReasonCode.STOP_PENSION,
    }
    if scenario in refusals:
        expected_outcome, expected_reason = Outcome.NOT_ELIGIBLE, refusals[scenario]
        expected_months = None
    if scenario is Scenario.PENSIONER:
        records.append(
            ExternalRecord(
                ExternalRecordKind.PENSION,
                separated - timedelta(days=rng.randint(-2, 200)),
                _SOURCES[ExternalRecordKind.PENSION],
                reference=f"YL{rng.randrange(10**10):010d}",
            )
        )
    if stops:
        kind = _STOP_KINDS[scenario]
        when = registration + timedelta(days=rng.randint(10, (today - registration).days))
        good = scenario is Scenario.REFUSED_JOB_WITH_GOOD_REASON
        records.append(
            ExternalRecord(
                kind,
                when,
                _SOURCES[kind],
                reference=f"R{rng.randrange(10**10):010d}",
                employer_code=rng.choice(employers).credit_code
                if kind is ExternalRecordKind.EMPLOYER_CONTRIBUTION
                else None,
                good_reason=good,
            )
        )
        if kind is ExternalRecordKind.EMPLOYER_CONTRIBUTION:
            # The new job, with premiums from the month after it began.
            hired = next(e for e in employers if e.credit_code == records[-1].employer_code)
            new_job = _Job(hired, month_index(when) + 1, month_index(today), None, None, when)
            later_jobs.append(new_job)
        expected_stop = None if good else STOP_REASON_BY_KIND[kind]

    application = ClaimApplication(
        region_code=region.code,
        registration_date=registration,
        employment=_spells(jobs + later_jobs),
        contributions=_contributions(
            jobs + [j for j in later_jobs if j.first_month <= j.last_month]
        ),
        prior_entitlements=prior,
        external_records=tuple(records),
    )
    return Claimant(
        scenario=scenario,
        person=person,
        application=application,
        claim_start=registration if stops else None,
        expected_outcome=expected_outcome,
        expected_months=expected_months,
        expected_reason=expected_reason,
        expected_stop=expected_stop,
    )


# --- public entry points ---------------------------------------------------------------------


def generate_population(
    seed: int, size: int = 200, *, reference_date: date = DEMO_REFERENCE_DATE
) -> Population:
    """`size` claimants (at least one per scenario when size ≥ the number of scenarios).

    `reference_date` is "today" for the population: new claims are made on it and every external
    record is dated on or before it. Same seed and arguments, same population.
    """
    rng = random.Random(seed)
    employers_by_region: dict[str, tuple[Employer, ...]] = {}
    seen_codes: set[str] = set()
    for region in REGIONS:
        pool: list[Employer] = []
        while len(pool) < 8:
            employer = _employer(rng, region)
            if employer.credit_code not in seen_codes and employer.name not in {
                e.name for e in pool
            }:
                seen_codes.add(employer.credit_code)
                pool.append(employer)
        employers_by_region[region.code] = tuple(pool)
    scenarios = list(Scenario)
    claimants: list[Claimant] = []
    seen_ids: set[str] = set()
    for i in range(size):
        region = rng.choice(REGIONS)
        while True:
            claimant = _build(
                scenarios[i % len(scenarios)],
                rng,
                region,
                employers_by_region[region.code],
                reference_date,
            )
            if claimant.person.id_number not in seen_ids:
                break
        seen_ids.add(claimant.person.id_number)
        claimants.append(claimant)
    return Population(
        reference_date=reference_date,
        employers=tuple(e for pool in employers_by_region.values() for e in pool),
        claimants=tuple(claimants),
        amounts=regional_amounts(),
    )


# Fixed people for demos and tests: same names and ID numbers in every release.
# (scenario, name, gender, region, birth date, sequence, mobile)
_CAST = (
    (Scenario.ELIGIBLE_12_MONTHS, "金美兰", Gender.FEMALE, "222405", date(1994, 3, 15), 2,
     "13904330001"),
    (Scenario.ELIGIBLE_18_MONTHS, "张伟", Gender.MALE, "222405", date(1985, 7, 8), 11,
     "13904330002"),
    (Scenario.ELIGIBLE_24_MONTHS, "朴成哲", Gender.MALE, "222401", date(1972, 11, 23), 31,
     "13904330003"),
    (Scenario.VOLUNTARY_RESIGNATION, "李静", Gender.FEMALE, "220102", date(1990, 5, 2), 24,
     "13904330004"),
    (Scenario.MUTUAL_AGREEMENT_BY_EMPLOYEE, "王磊", Gender.MALE, "110105", date(1988, 1, 30), 17,
     "13904330005"),
    (Scenario.TOO_FEW_MONTHS, "崔顺姬", Gender.FEMALE, "222401", date(2001, 9, 12), 8,
     "13904330006"),
    (Scenario.SEPARATION_NOT_REPORTED, "刘洋", Gender.MALE, "440305", date(1992, 4, 19), 53,
     "13904330007"),
    (Scenario.STILL_EMPLOYED, "陈丽", Gender.FEMALE, "620102", date(1987, 12, 5), 46,
     "13904330008"),
    (Scenario.REEMPLOYED_CARRY_OVER, "金光浩", Gender.MALE, "222405", date(1983, 6, 21), 15,
     "13904330009"),
    (Scenario.CARRY_OVER_CAPPED, "赵秀英", Gender.FEMALE, "220102", date(1980, 2, 14), 62,
     "13904330010"),
    (Scenario.PENSIONER, "孙国强", Gender.MALE, "222401", date(1964, 3, 3), 71,
     "13904330011"),
    (Scenario.STOP_REEMPLOYED_CONTRIBUTION, "黄鹏", Gender.MALE, "440305", date(1991, 8, 27), 39,
     "13904330012"),
    (Scenario.STOP_BUSINESS_REGISTRATION, "尹玉善", Gender.FEMALE, "222405", date(1980, 10, 10),
     26, "13904330013"),
    (Scenario.STOP_PENSION, "周建国", Gender.MALE, "110105", date(1970, 1, 18), 93,
     "13904330014"),
    (Scenario.STOP_REFUSED_JOB, "吴娟", Gender.FEMALE, "620102", date(1989, 6, 6), 58,
     "13904330015"),
    (Scenario.STOP_REFUSED_TRAINING, "郑京浩", Gender.MALE, "222401", date(1986, 12, 24), 77,
     "13904330016"),
    (Scenario.REFUSED_JOB_WITH_GOOD_REASON, "马婷", Gender.FEMALE, "220102", date(1993, 2, 9), 64,
     "13904330017"),
    (Scenario.STOP_DIED, "杨勇", Gender.MALE, "220102", date(1978, 4, 1), 85, "13904330018"),
    (Scenario.STOP_ENLISTED, "徐浩", Gender.MALE, "620102", date(2004, 7, 14), 19,
     "13904330019"),
    (Scenario.STOP_SETTLED_ABROAD, "姜美珍", Gender.FEMALE, "222405", date(1982, 8, 8), 12,
     "13904330020"),
    (Scenario.STOP_IMPRISONED, "胡斌", Gender.MALE, "110105", date(1984, 5, 25), 97,
     "13904330021"),
)  # fmt: skip


# A holder of the 2023 foreigner permanent residence card (GB 11643 layout): 9, Jilin (22),
# Republic of Korea (410), born 1988-05-12, sequence 003 (odd: male). Served like a citizen.
DEMO_PERMANENT_RESIDENT_2023 = "922410198805120034"
# A holder of the 2017 card (contract/permanent_residence.py): Republic of Korea (KOR), accepted
# by the Yanbian authority (2224), born 1985-03-14, sequence 1, check digit 9 by the likely
# (unconfirmed) rule. The agency keys the record by the 15 characters as they are.
DEMO_PERMANENT_RESIDENT_2017 = "KOR222485031419"
# As their cards print them (surname, given names): the demo's simulated card needs one.
DEMO_ENGLISH_NAMES = {
    DEMO_PERMANENT_RESIDENT_2023: "PARK, JIHOON",
    DEMO_PERMANENT_RESIDENT_2017: "KIM, MINSU",
}


def demo_permanent_residents() -> tuple[Claimant, ...]:
    """Demo claimants who log in with a foreigner permanent residence card (2023, then 2017),
    eligible for 12 months, kept apart from `demo_cast` (one person per scenario) so its keys
    stay scenarios."""
    region = {r.code: r for r in REGIONS}["222405"]
    rng = random.Random("demo:permanent_resident_2023")
    employers = tuple(_employer(rng, region) for _ in range(4))
    person = Person(
        name="朴智勋",
        id_number=DEMO_PERMANENT_RESIDENT_2023,
        gender=Gender.MALE,
        birth_date=date(1988, 5, 12),
        mobile="13904330031",
        region_code=region.code,
    )
    holder_2017 = Person(
        name="金敏洙",
        id_number=DEMO_PERMANENT_RESIDENT_2017,
        gender=Gender.MALE,
        birth_date=date(1985, 3, 14),
        mobile="13904330032",
        region_code=region.code,
    )
    rng_2017 = random.Random("demo:permanent_resident_2017")
    employers_2017 = tuple(_employer(rng_2017, region) for _ in range(4))
    return (
        _build(Scenario.ELIGIBLE_12_MONTHS, rng, region, employers, DEMO_REFERENCE_DATE, person),
        _build(
            Scenario.ELIGIBLE_12_MONTHS,
            rng_2017,
            region,
            employers_2017,
            DEMO_REFERENCE_DATE,
            holder_2017,
        ),
    )


# Re-employed after 5 months of a 12-month entitlement, two new years: 7 + 12 = 19 months;
# after 3 months of a 24-month one, two new years: 21 + 12, capped at 24.
_DEMO_CARRY_OVER = {Scenario.REEMPLOYED_CARRY_OVER: (5, 24), Scenario.CARRY_OVER_CAPPED: (3, 24)}


def demo_cast() -> MappingProxyType[Scenario, Claimant]:
    """One named claimant per scenario, with fixed ID numbers, for demos and tests.

    Histories are dated against `DEMO_REFERENCE_DATE`; a claim made later still follows the same
    path, since nothing in the rules expires.
    """
    by_region = {r.code: r for r in REGIONS}
    cast: dict[Scenario, Claimant] = {}
    for scenario, name, gender, region_code, birth, sequence, mobile in _CAST:
        region = by_region[region_code]
        rng = random.Random(f"demo:{scenario.value}")
        employers = tuple(_employer(rng, region) for _ in range(4))
        person = Person(
            name=name,
            id_number=_id_number(region_code, birth, sequence),
            gender=gender,
            birth_date=birth,
            mobile=mobile,
            region_code=region_code,
        )
        cast[scenario] = _build(
            scenario,
            rng,
            region,
            employers,
            DEMO_REFERENCE_DATE,
            person,
            carry_over=_DEMO_CARRY_OVER.get(scenario),
        )
    return MappingProxyType(cast)

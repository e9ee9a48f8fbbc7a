"""The fund pays exactly what the law allows, whatever happens in whatever order.

A hypothesis state machine drives the real server over HTTP, on SQLite and on PostgreSQL:
claimants apply at a kiosk (with their card's proof), business staff decide, finance releases
months, people find work and lose it again, registers report prison or a move abroad, regional
rates rise, and the business clock moves on. After every step an auditor's invariants are
checked against the database:

- months paid on one entitlement ≤ the months it granted ≤ 24, and months paid to a person over
  all their claims ≤ the months their contribution earned (carry-over moves months, never adds);
- no month is paid before it has begun, nor, once a stop was on record, from the stop's month on;
- every payment's amount is the regional table's amount for that region and month;
- at most one open benefit claim per person, at most one training subsidy per person and course.

CI runs a bounded number of examples; a longer run is
`CHANGTONG_INVARIANT_EXAMPLES=300 script/test --timeout=0 tests/server/test_fund_invariants.py`.
"""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from server.db import transaction
from server.ids import citizen_id_check_character
from server.models import (
    BenefitRate,
    Claim,
    Claimant,
    ContributionPeriod,
    Employer,
    EmploymentSpell,
    Entitlement,
    ExternalRecord,
    Payment,
)
from server.synthetic import card_identification_code
from tests.card_logins import (
    Card,
    card_login_body,
    new_challenge,
    offline_card_login,
    signed_post,
)
from tests.conftest import Agency

EXAMPLES = int(os.environ.get("CHANGTONG_INVARIANT_EXAMPLES", "10"))
STEPS = int(os.environ.get("CHANGTONG_INVARIANT_STEPS", "25"))
COUNTED = ("released", "sent", "paid")
OPEN = ("received", "under_review", "approved", "paying")
REGIONS = ("222401", "222405")
PEOPLE = 6


def _first(day: date) -> date:
    return day.replace(day=1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _fresh_months(contribution: int) -> int:
    """Art. 17's table, written here again on purpose: the test must not trust the server's."""
    return (
        24 if contribution >= 120 else 18 if contribution >= 60 else 12 if contribution >= 12 else 0
    )


@dataclass
class Person:
    claimant_id: int
    ssn: str
    region: str
    card_region: str
    card_number: str
    card_id: str
    contribution_months: int  # premiums before the window opened, all of them


@dataclass
class World:
    """What the machine knows, kept per server because the database outlives one example."""

    agency: Agency
    business: dict[str, str]
    finance: dict[str, str]
    people: list[Person] = field(default_factory=list)
    employer_id: int = 0
    today: date = date(2027, 1, 1)
    # (claimant_id, stop month index, payment id high-water mark when the stop was recorded)
    stops: list[tuple[int, int, date, int]] = field(default_factory=list)
    course_id: str = ""


def _staff(agency: Agency, username: str) -> dict[str, str]:
    answer = requests.post(
        f"{agency.url}/api/v1/staff/login",
        json={"username": username, "password": agency.staff_passwords[username]},
        timeout=30,
    )
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['token']}"}


BASE_DAY = date(2027, 1, 1)


def _make_people(world: World) -> list[Person]:
    """Six new insured people, each out of work since yesterday: every example starts afresh,
    so that replaying an example (hypothesis shrinks failures that way) meets the same state."""
    made: list[Person] = []
    factory = world.agency.sessions()
    with transaction(factory) as session:
        employer = session.execute(select(Employer).limit(1)).scalar_one()
        world.employer_id = employer.id
        for index in range(PEOPLE):
            region = REGIONS[index % len(REGIONS)]
            serial = (len(world.people) + index) % 1000  # ID numbers differ between examples
            first17 = f"{region}{1986 + index}0{index % 9 + 1}15{serial:03d}"
            ssn = first17 + citizen_id_check_character(first17)
            card_region = region[:4] + "00"
            card_number = f"H{secrets.randbelow(10**8):08d}"
            card_id = card_identification_code(card_region, card_number)
            months = (14, 30, 64, 130, 20, 70)[index % 6]
            claimant = Claimant(
                ssn=ssn,
                name="测试",
                gender="M" if index % 2 else "F",
                birth_date=date(1986 + index, index % 9 + 1, 15),
                region_code=region,
                mobile=f"1390000{secrets.randbelow(10**4):04d}",
                card_number=card_number,
                card_region=card_region,
                card_id=card_id,
                retirement_group="man_60" if index % 2 else "woman_55",
                payment_account="sscard:0001",
            )
            session.add(claimant)
            session.flush()
            last = _add_months(_first(world.today), -1)
            session.add(
                ContributionPeriod(
                    claimant_id=claimant.id,
                    employer_id=employer.id,
                    first_month=_add_months(last, -(months - 1)),
                    last_month=last,
                )
            )
            session.add(
                EmploymentSpell(
                    claimant_id=claimant.id,
                    employer_id=employer.id,
                    start_date=_add_months(last, -(months - 1)),
                    end_date=world.today - timedelta(days=1),
                    separation_reason="contract_expired_not_renewed",
                )
            )
            made.append(Person(claimant.id, ssn, region, card_region, card_number, card_id, months))
    factory.kw["bind"].dispose()
    world.people.extend(made)
    return made


_WORLDS: dict[str, World] = {}


def _world(agency: Agency) -> World:
    world = _WORLDS.get(agency.url)
    if world is None:
        world = World(agency, _staff(agency, "reviewer"), _staff(agency, "cashier"))
        _WORLDS[agency.url] = world
    return world


def _set_clock(world: World, day: date) -> None:
    answer = requests.post(
        f"{world.agency.url}/api/dev/clock", json={"today": day.isoformat()}, timeout=30
    )
    assert answer.status_code == 200, answer.text
    world.today = day


class FundMachine(RuleBasedStateMachine):
    agency: Agency

    @initialize()
    def start(self) -> None:
        self.world = _world(self.agency)
        _set_clock(self.world, BASE_DAY)
        self.people = _make_people(self.world)
        # (claimant, stop month index, stop day, highest payment id when it was recorded)
        self.stops: list[tuple[int, int, date, int]] = []
        self.states: dict[str, int] = {}
        self.open_people: set[int] = set()
        self.refresh()

    def refresh(self) -> None:
        """How many of our people's claims are in each state: the preconditions steer the
        machine towards steps that can do something (a minimal example otherwise applies for
        the same person thirty times over)."""
        ids = [p.claimant_id for p in self.people]
        with self._session() as session:
            rows = session.execute(
                select(Claim.claimant_id, Claim.state).where(
                    Claim.claimant_id.in_(ids), Claim.kind == "claim"
                )
            ).all()
        self.states = {}
        self.open_people = set()
        for claimant_id, state in rows:
            self.states[state] = self.states.get(state, 0) + 1
            if state in OPEN:
                self.open_people.add(claimant_id)

    def _count(self, *states: str) -> int:
        return sum(self.states.get(state, 0) for state in states)

    # ---- what claimants, staff and registers do ---------------------------------------------
    @rule(days=st.integers(1, 45))
    def a_day_at_the_agency(self, days: int) -> None:
        """Business as usual, named to sort first so that even hypothesis's simplest example
        applies, decides and pays: someone applies, staff approve what is waiting, finance
        releases every month that is due, and the clock moves on."""
        if self._count(*OPEN) < PEOPLE:
            self.apply(0)
        for reference in self._claims_in(("received", "under_review")):
            self._decide(reference, approve=True)
        for reference in self._claims_in(("approved", "paying", "stopped")):
            self._pay(reference, times=25)
        self.time_passes(days)

    @precondition(lambda self: self._count(*OPEN) < PEOPLE)
    @rule(who=st.integers(0, PEOPLE - 1))
    def apply(self, who: int) -> None:
        waiting = [p for p in self.people if p.claimant_id not in self.open_people]
        person = waiting[who % len(waiting)]
        answer = self._submit(person, "claim", None)
        assert answer.status_code in (200, 201, 422), answer.text
        if answer.status_code == 422:
            assert answer.json()["code"] in {"claim_already_active"}, answer.text

    @rule(who=st.integers(0, PEOPLE - 1), course=st.sampled_from(["TC-2224-01", "TC-2224-02"]))
    def apply_for_training(self, who: int, course: str) -> None:
        """A training subsidy (notice §8): once per person and course, whatever is sent."""
        answer = self._submit(self.people[who], "training_subsidy", course)
        assert answer.status_code in (200, 201, 422), answer.text

    @precondition(lambda self: self._count("received", "under_review") > 0)
    @rule(approve=st.booleans(), pick=st.integers(0, 50))
    def decide(self, approve: bool, pick: int) -> None:
        reference = self._claim_in(("received", "under_review"), pick)
        if reference is not None:
            self._decide(reference, approve)

    def _decide(self, reference: str, approve: bool) -> None:
        answer = requests.post(
            f"{self.agency.url}/api/v1/staff/claims/{reference}/decide",
            json={"approve": approve},
            headers=self.world.business,
            timeout=30,
        )
        assert answer.status_code in (200, 422), answer.text

    @precondition(lambda self: self._count("approved", "paying", "stopped") > 0)
    @rule(pick=st.integers(0, 50), times=st.integers(1, 3))
    def pay(self, pick: int, times: int) -> None:
        reference = self._claim_in(("approved", "paying", "stopped"), pick)
        if reference is not None:
            self._pay(reference, times)

    def _pay(self, reference: str, times: int) -> None:
        for _ in range(times):
            answer = requests.post(
                f"{self.agency.url}/api/v1/staff/claims/{reference}/pay",
                headers=self.world.finance,
                timeout=30,
            )
            assert answer.status_code in (200, 409, 422), answer.text
            if answer.status_code != 200:
                break

    @rule(days=st.integers(1, 75))
    def time_passes(self, days: int) -> None:
        _set_clock(self.world, self.world.today + timedelta(days=days))

    @rule(who=st.integers(0, PEOPLE - 1), months=st.integers(3, 16))
    def finds_work_and_loses_it(self, who: int, months: int) -> None:
        """A new employer's premiums from today (the cross-check that stops payment), and a job
        that ends `months` later against the person's will, so they may claim again then."""
        person = self.people[who]
        start = self.world.today
        with self._session() as session:
            if self._employed(session, person, start):
                return
            session.add(
                ExternalRecord(
                    claimant_id=person.claimant_id,
                    kind="employer_contribution",
                    effective_date=start,
                    source="invariants",
                    reference=str(uuid.uuid4())[:16],
                )
            )
            session.add(
                ContributionPeriod(
                    claimant_id=person.claimant_id,
                    employer_id=self.world.employer_id,
                    first_month=_first(start),
                    last_month=_add_months(_first(start), months - 1),
                )
            )
            session.add(
                EmploymentSpell(
                    claimant_id=person.claimant_id,
                    employer_id=self.world.employer_id,
                    start_date=start,
                    end_date=_add_months(_first(start), months) - timedelta(days=1),
                    separation_reason="contract_expired_not_renewed",
                )
            )
            self._note_stop(session, person, start)

    @rule(who=st.integers(0, PEOPLE - 1), kind=st.sampled_from(["imprisonment", "settled_abroad"]))
    def register_reports_a_stop(self, who: int, kind: str) -> None:
        person = self.people[who]
        with self._session() as session:
            session.add(
                ExternalRecord(
                    claimant_id=person.claimant_id,
                    kind=kind,
                    effective_date=self.world.today,
                    source="invariants",
                    reference=str(uuid.uuid4())[:16],
                )
            )
            self._note_stop(session, person, self.world.today)

    @rule(who=st.integers(0, PEOPLE - 1), back=st.integers(0, 60))
    def reports_reemployment(self, who: int, back: int) -> None:
        """The claimant reports a new job at a kiosk (issue 13 §1), dated up to two months back:
        payment stops from that month, months already paid from it on become recoveries, and
        no month from it on may be paid afterwards."""
        # Mostly someone with a claim open, so that the report has a claim to stop.
        reporting = [p for p in self.people if p.claimant_id in self.open_people] or self.people
        person = reporting[who % len(reporting)]
        on = max(self.world.today - timedelta(days=back), BASE_DAY)
        card = Card(person.card_id, person.card_region, person.card_number)
        login = signed_post(
            self.agency, "/api/v1/login/card", card_login_body(card, new_challenge(self.agency))
        )
        assert login.status_code == 200, login.text
        with self._session() as session:
            high = session.execute(select(Payment.id).order_by(Payment.id.desc()).limit(1)).scalar()
        answer = signed_post(
            self.agency,
            "/api/v1/changes",
            {
                "client_reference": str(uuid.uuid4()),
                "ssn": person.ssn,
                "login": {"method": "card", "token": login.json()["login_token"]},
                "kind": "reemployment",
                "effective_date": on.isoformat(),
            },
        )
        assert answer.status_code in (201, 409), answer.text
        if answer.status_code == 201:
            self.stops.append((person.claimant_id, _month_index(on), on, high or 0))

    @rule(region=st.sampled_from(REGIONS), rise=st.integers(500, 60_000), ahead=st.integers(0, 3))
    def rate_rises(self, region: str, rise: int, ahead: int) -> None:
        """A new regional amount from the first of a coming month, entered by business staff
        (Regulations art. 18); one above the minimum wage is refused and changes nothing."""
        starts = _add_months(_first(self.world.today), ahead + 1)
        with self._session() as session:
            current = self._rate(session, region, starts)
        if current is None:
            return
        answer = requests.post(
            f"{self.agency.url}/api/v1/staff/rates",
            json={
                "region_code": region,
                "effective_from": starts.isoformat(),
                "monthly_fen": current + rise,
            },
            headers=self.world.business,
            timeout=30,
        )
        assert answer.status_code in (200, 201, 409, 422), answer.text

    # ---- the auditor -------------------------------------------------------------------------
    @invariant()
    def a_snapshot_for_the_next_choice(self) -> None:
        self.refresh()

    @invariant()
    def months_paid_never_exceed_what_was_earned(self) -> None:
        with self._session() as session:
            for person in self.people:
                entitlements = list(
                    session.execute(
                        select(Entitlement)
                        .where(Entitlement.claimant_id == person.claimant_id)
                        .order_by(Entitlement.started, Entitlement.id)
                    ).scalars()
                )
                unused_before = 0
                for entitlement in entitlements:
                    paid = self._paid_months(session, entitlement.claim_id)
                    earned = _fresh_months(self._premium_months(session, person, entitlement))
                    assert entitlement.months_granted <= 24
                    assert paid <= entitlement.months_granted, (entitlement.claim_id, paid)
                    assert entitlement.months_from_contribution <= earned
                    assert entitlement.months_carried_over <= unused_before
                    assert entitlement.months_granted <= (
                        entitlement.months_from_contribution + entitlement.months_carried_over
                    )
                    unused_before = entitlement.months_granted - paid
                paid_total = sum(
                    self._paid_months(session, claim_id)
                    for claim_id in session.execute(
                        select(Claim.id).where(
                            Claim.claimant_id == person.claimant_id, Claim.kind == "claim"
                        )
                    ).scalars()
                )
                fresh_total = sum(e.months_from_contribution for e in entitlements)
                assert paid_total <= fresh_total, (person.claimant_id, paid_total, fresh_total)

    @invariant()
    def no_month_before_it_begins_or_after_a_stop(self) -> None:
        with self._session() as session:
            rows = session.execute(
                select(Payment, Claim)
                .join(Claim, Claim.id == Payment.claim_id)
                .where(Claim.kind == "claim", Claim.claimant_id.in_(self._ids()))
            ).all()
            for payment, claim in rows:
                assert _first(payment.period_month) <= _first(self.world.today)
                if claim.registration_date is not None:
                    assert payment.period_month >= _first(claim.registration_date)
                for claimant_id, stop_month, stop_day, high_water in self.stops:
                    if (
                        claimant_id == claim.claimant_id
                        and claim.registration_date is not None
                        and stop_day >= claim.registration_date
                        and payment.id > high_water
                        and payment.state in COUNTED
                    ):
                        assert _month_index(payment.period_month) < stop_month, (
                            payment.period_month,
                            stop_day,
                        )

    @invariant()
    def every_amount_is_the_tables_amount_for_its_month(self) -> None:
        with self._session() as session:
            rows = session.execute(
                select(Payment, Claim, Claimant)
                .join(Claim, Claim.id == Payment.claim_id)
                .join(Claimant, Claimant.id == Claim.claimant_id)
                .where(Claim.kind == "claim", Claim.claimant_id.in_(self._ids()))
            ).all()
            for payment, claim, claimant in rows:
                on = max(payment.period_month, claim.registration_date or payment.period_month)
                assert payment.amount_fen == self._rate(session, claimant.region_code, on)

    @invariant()
    def one_open_claim_per_person(self) -> None:
        with self._session() as session:
            for person in self.people:
                open_claims = session.execute(
                    select(Claim.reference).where(
                        Claim.claimant_id == person.claimant_id,
                        Claim.kind == "claim",
                        Claim.state.in_(OPEN),
                    )
                ).all()
                assert len(open_claims) <= 1

    @invariant()
    def one_subsidy_per_person_and_course(self) -> None:
        with self._session() as session:
            rows = session.execute(
                select(Claim.claimant_id, Claim.course_id).where(
                    Claim.kind == "training_subsidy",
                    Claim.state.in_(
                        ("received", "under_review", "approved", "paying", "completed")
                    ),
                )
            ).all()
            assert len(rows) == len(set(rows))

    # ---- helpers -----------------------------------------------------------------------------
    @contextmanager
    def _session(self) -> Iterator[Any]:
        factory = self.agency.sessions()
        try:
            with transaction(factory) as session:
                yield session
        finally:
            factory.kw["bind"].dispose()

    def _submit(self, person: Person, kind: str, course: str | None) -> requests.Response:
        """A kiosk submission with the card's offline proof over this very submission."""
        reference = str(uuid.uuid4())
        payload = {
            "ssn": person.ssn,
            "mobile": "on_file",
            "payment_account": "on_file",
            "commitment_accepted": True,
            "commitment_version": "2019-1",
            "language": "zh_CN",
            "course_id": course,
        }
        submission: dict[str, Any] = {
            "client_reference": reference,
            "kind": kind,
            "created_at": datetime.now(UTC).isoformat(),
            "payload": payload,
        }
        card = Card(person.card_id, person.card_region, person.card_number)
        submission["login"] = offline_card_login(submission, card=card)
        return signed_post(self.agency, "/api/v1/claims", submission)

    def _ids(self) -> list[int]:
        return [p.claimant_id for p in self.people]

    def _claims_in(self, states: tuple[str, ...]) -> list[str]:
        ids = [p.claimant_id for p in self.people]
        with self._session() as session:
            return list(
                session.execute(
                    select(Claim.reference)
                    .where(Claim.claimant_id.in_(ids), Claim.state.in_(states))
                    .order_by(Claim.id)
                ).scalars()
            )

    def _claim_in(self, states: tuple[str, ...], pick: int) -> str | None:
        references = self._claims_in(states)
        return references[pick % len(references)] if references else None

    def _paid_months(self, session: Any, claim_id: int) -> int:
        return len(
            session.execute(
                select(Payment.id).where(Payment.claim_id == claim_id, Payment.state.in_(COUNTED))
            ).all()
        )

    def _premium_months(self, session: Any, person: Person, entitlement: Entitlement) -> int:
        """Months of premiums before the entitlement's registration month: an upper bound on
        what its fresh months could be counted from (counting afresh only lowers it)."""
        periods = session.execute(
            select(ContributionPeriod).where(ContributionPeriod.claimant_id == person.claimant_id)
        ).scalars()
        limit = _month_index(entitlement.started) - 1
        return sum(
            max(0, min(_month_index(p.last_month), limit) - _month_index(p.first_month) + 1)
            for p in periods
        )

    def _employed(self, session: Any, person: Person, on: date) -> bool:
        spells = session.execute(
            select(EmploymentSpell).where(EmploymentSpell.claimant_id == person.claimant_id)
        ).scalars()
        return any(s.start_date <= on and (s.end_date is None or s.end_date >= on) for s in spells)

    def _note_stop(self, session: Any, person: Person, on: date) -> None:
        high = session.execute(select(Payment.id).order_by(Payment.id.desc()).limit(1)).scalar()
        self.stops.append((person.claimant_id, _month_index(on), on, high or 0))

    def _rate(self, session: Any, region: str, on: date) -> int | None:
        rows = session.execute(
            select(BenefitRate).where(
                BenefitRate.region_code == region, BenefitRate.effective_from <= on
            )
        ).scalars()
        live = [r for r in rows if r.effective_to is None or r.effective_to >= on]
        return max(live, key=lambda r: r.effective_from).monthly_fen if live else None


@pytest.mark.slow
def test_the_fund_pays_exactly_what_the_law_allows(any_agency: Agency) -> None:
    FundMachine.agency = any_agency
    run_state_machine_as_test(
        FundMachine,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
    # The machine must have reached the states the invariants are about, or they proved nothing.
    factory = any_agency.sessions()
    with transaction(factory) as session:
        people = [p.claimant_id for p in _WORLDS[any_agency.url].people]
        decided = session.execute(
            select(Claim.id).where(Claim.claimant_id.in_(people), Claim.decided_at.is_not(None))
        ).all()
        paid = session.execute(
            select(Payment.id)
            .join(Claim, Claim.id == Payment.claim_id)
            .where(Claim.claimant_id.in_(people))
        ).all()
    factory.kw["bind"].dispose()
    assert decided and paid, "no claim was decided and paid: the invariants were never tested"

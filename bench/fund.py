"""`python -m bench.fund --people 10000 --months 36`: replays a synthetic population through the
reference server, month by month on its business clock, and compares what the fund paid with
what the law says it must pay (bench.fund_oracle, written without the server's rules).

Each person's life arrives as it would at an agency: jobs and separations reported by employers,
the claimant applying at a kiosk (with the card's offline proof), business staff deciding, finance
releasing every month that is due on each pay day, a new employer's premiums appearing the day the
person starts work again (the cross-check that stops payment), registers reporting prison or a
move abroad, and regional rates rising mid-way. The replay calls the server's services in-process
(the same functions the HTTP routes call), so that 10,000 people fit in minutes; the API itself is
exercised by tests/server/test_fund_invariants.py.

Prints the months and fen paid, the oracle's months and fen, the difference (it must be 0) and the
run time; exit status 1 when they differ.
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bench.fund_oracle import expected_for, expected_total
from bench.fund_population import Job, Person, Population, generate
from config.schema import ReferenceServerSettings
from contract.card_proof import (
    TEST_ISSUER_KEY,
    card_key,
    cryptogram,
    offline_challenge,
    submission_content_hash,
)
from server.callers import StaffCaller
from server.clock import set_test_date
from server.db import make_engine, make_session_factory, transaction, upgrade
from server.errors import ApiError
from server.ids import citizen_id_check_character, credit_code_check_character
from server.kiosks_registry import register_kiosk
from server.ledger.schedule import COUNTED_STATES
from server.models import (
    BenefitRate,
    Claim,
    Claimant,
    ClaimState,
    ContributionPeriod,
    Employer,
    EmploymentSpell,
    ExternalRecord,
    Payment,
    Recovery,
    Region,
    StaffRole,
)
from server.schemas import Decision, Submission
from server.services import staff_workflow, submissions
from server.services.daily_checks import run_daily_checks
from server.services.staff_auth import add_staff
from server.settings import ServerConfig, resolve
from server.synthetic import card_identification_code

KIOSK_ID = "kiosk-222405-fund"
REGION_NAMES = {
    "222401": ("延吉市", "연길시"),
    "222404": ("珲春市", "훈춘시"),
    "222405": ("龙井市", "룡정시"),
}
# Stopped claims too: the months before the stop stay payable (Law art. 51).
RUNNING = (ClaimState.APPROVED, ClaimState.PAYING, ClaimState.STOPPED)


@dataclass
class Tally:
    submitted: int = 0
    approved: int = 0
    refused: int = 0
    releases: int = 0


_ID_NUMBERS: dict[int, str] = {}
_TAKEN: set[str] = set()


def id_number(person: Person) -> str:
    """A valid, unique ID number for the person: the sequence (odd for men, even for women)
    moves on past any number another synthetic person with the same region and birthday has."""
    if person.index in _ID_NUMBERS:
        return _ID_NUMBERS[person.index]
    sequence = (person.index % 499) * 2 + (1 if person.gender == "M" else 2)
    while True:
        first17 = f"{person.region}{person.birth:%Y%m%d}{sequence % 1000:03d}"
        if first17 not in _TAKEN:
            break
        sequence += 2
    _TAKEN.add(first17)
    _ID_NUMBERS[person.index] = first17 + citizen_id_check_character(first17)
    return _ID_NUMBERS[person.index]


def _card(person: Person) -> tuple[str, str, str]:
    """Card region, card number and identification code, as the card registry holds them."""
    region = person.region[:4] + "00"
    number = f"F{person.index:08d}"
    return region, number, card_identification_code(region, number)


def _employer_code(index: int) -> str:
    first17 = f"91222401MA{index:07d}X"[:17]
    return first17 + credit_code_check_character(first17)


class Replay:
    def __init__(
        self, factory: sessionmaker[Session], config: ServerConfig, population: Population
    ):
        self.factory = factory
        self.config = config
        self.population = population
        self.claimants: dict[int, int] = {}
        self.employers: dict[int, int] = {}
        self.spells: dict[tuple[int, int], int] = {}
        self.tally = Tally()
        self.business = StaffCaller(0, "fund-business", StaffRole.BUSINESS.value)
        self.finance = StaffCaller(0, "fund-finance", StaffRole.FINANCE.value)

    # ---- the agency's registers before the window opens ----------------------------------
    def load_reference_data(self) -> None:
        with transaction(self.factory) as session:
            for code, (zh, ko) in REGION_NAMES.items():
                if session.get(Region, code) is None:
                    session.add(Region(code=code, name_zh=zh, name_ko=ko))
            session.flush()
            for rate in self.population.rates:
                session.add(
                    BenefitRate(
                        region_code=rate.region,
                        monthly_fen=rate.monthly_fen,
                        effective_from=rate.effective_from,
                        effective_to=None,
                    )
                )
            for index in range(20):
                employer = Employer(
                    credit_code=_employer_code(index), name=f"模拟单位{index}", region_code="222401"
                )
                session.add(employer)
                session.flush()
                self.employers[index] = employer.id
            business = add_staff(
                session, "fund-business", secrets.token_urlsafe(12), StaffRole.BUSINESS
            )
            finance = add_staff(
                session, "fund-finance", secrets.token_urlsafe(12), StaffRole.FINANCE
            )
            self.business = StaffCaller(business.id, business.username, business.role)
            self.finance = StaffCaller(finance.id, finance.username, finance.role)
            register_kiosk(session, KIOSK_ID, secrets.token_bytes(32), "222405")
            for person in self.population.people:
                self.claimants[person.index] = self._add_claimant(session, person)

    def _add_claimant(self, session: Session, person: Person) -> int:
        region, number, card_id = _card(person)
        claimant = Claimant(
            ssn=id_number(person),
            name="模拟",
            gender=person.gender,
            birth_date=person.birth,
            region_code=person.region,
            mobile=f"139{person.index:08d}",
            card_number=number,
            card_region=region,
            card_id=card_id,
            retirement_group="man_60" if person.gender == "M" else "woman_55",
            payment_account=f"sscard:{person.index:04d}",
        )
        session.add(claimant)
        session.flush()
        first = person.jobs[0]
        self._add_job(session, claimant.id, person, 0, first, ended=True)
        return claimant.id

    def _add_job(
        self, session: Session, claimant_id: int, person: Person, number: int, job: Job, ended: bool
    ) -> None:
        session.add(
            ContributionPeriod(
                claimant_id=claimant_id,
                employer_id=self.employers[job.employer],
                first_month=job.first_month,
                last_month=job.last_month,
            )
        )
        spell = EmploymentSpell(
            claimant_id=claimant_id,
            employer_id=self.employers[job.employer],
            start_date=job.first_month,
            end_date=job.ended_on if ended else None,
            separation_reason=job.reason if ended else None,
        )
        session.add(spell)
        session.flush()
        self.spells[(person.index, number)] = spell.id

    # ---- events on the business clock ----------------------------------------------------
    def events_by_day(self) -> dict[date, list[tuple[str, Person, Any]]]:
        days: dict[date, list[tuple[str, Person, Any]]] = defaultdict(list)
        start = self.population.start
        for person in self.population.people:
            for number, job in enumerate(person.jobs[1:], start=1):
                if job.first_month >= start:
                    days[job.first_month].append(("hired", person, number))
                ended = job.ended_on + timedelta(days=1)
                if ended <= self.population.end:
                    days[ended].append(("separated", person, number))
            for stop in person.stops:
                days[stop.effective].append(("stop", person, stop))
            for day in person.applications:
                days[day].append(("apply", person, None))
        return days

    def hired(self, session: Session, person: Person, number: int) -> None:
        job = person.jobs[number]
        claimant_id = self.claimants[person.index]
        self._add_job(session, claimant_id, person, number, job, ended=False)
        session.add(
            ExternalRecord(
                claimant_id=claimant_id,
                kind="employer_contribution",
                effective_date=job.first_month,
                source="fund-simulation",
                reference=f"hired-{person.index}-{number}",
                employer_code=_employer_code(job.employer),
            )
        )

    def separated(self, session: Session, person: Person, number: int) -> None:
        job = person.jobs[number]
        spell = session.get(EmploymentSpell, self.spells[(person.index, number)])
        assert spell is not None
        spell.end_date = job.ended_on
        spell.separation_reason = job.reason

    def stopped(self, session: Session, person: Person, kind: str, on: date) -> None:
        session.add(
            ExternalRecord(
                claimant_id=self.claimants[person.index],
                kind=kind,
                effective_date=on,
                source="fund-simulation",
                reference=f"{kind}-{person.index}",
            )
        )

    def apply(self, person: Person, today: date) -> None:
        region, number, card_id = _card(person)
        reference = str(uuid.uuid4())
        payload = {
            "ssn": id_number(person),
            "mobile": "on_file",
            "payment_account": "on_file",
            "commitment_accepted": True,
            "commitment_version": "2019-1",
            "language": "zh_CN",
            "course_id": None,
        }
        challenge = offline_challenge(reference, submission_content_hash("claim", payload))
        answer = cryptogram(card_key(TEST_ISSUER_KEY, bytes.fromhex(card_id)), challenge)
        submission = Submission.model_validate(
            {
                "client_reference": reference,
                "kind": "claim",
                "created_at": datetime.combine(today, datetime.min.time(), UTC).isoformat(),
                "payload": payload,
                "login": {
                    "method": "card_offline",
                    "card_id": card_id,
                    "region": region,
                    "card_number": number,
                    "cryptogram": answer.hex(),
                },
            }
        )
        try:
            submissions.submit(self.factory, self.config, submission, KIOSK_ID)
        except ApiError as refusal:
            if refusal.code != "claim_already_active":
                raise
            return
        self.tally.submitted += 1
        try:
            staff_workflow.decide(
                self.factory, self.config, self.business, reference, Decision(approve=True)
            )
            self.tally.approved += 1
        except ApiError as refusal:
            if refusal.code not in {"rules_refuse", "entitlement_exhausted", "no_entitlement_left"}:
                raise
            staff_workflow.decide(
                self.factory, self.config, self.business, reference, Decision(approve=False)
            )
            self.tally.refused += 1

    def daily_checks(self, day: date) -> None:
        run_daily_checks(self.factory, day, "system:daily-check")

    def pay_everything_due(self) -> None:
        with transaction(self.factory) as session:
            references = list(
                session.execute(select(Claim.reference).where(Claim.state.in_(RUNNING))).scalars()
            )
        for reference in references:
            while True:
                try:
                    staff_workflow.pay(self.factory, self.config, self.finance, reference)
                except ApiError as refusal:
                    if refusal.status in (409, 422):
                        break  # not due yet, stopped, or nothing left to pay
                    raise
                self.tally.releases += 1

    def run(self) -> None:
        days = self.events_by_day()
        day = self.population.start
        pay_day = self.config.pay_day
        while day <= self.population.end:
            paying = day.day == pay_day or day == self.population.end
            if day not in days and not paying:
                day += timedelta(days=1)  # nothing happens: the clock need not stop here
                continue
            with transaction(self.factory) as session:
                set_test_date(session, day)
                for kind, person, detail in days.get(day, []):
                    if kind == "hired":
                        self.hired(session, person, detail)
                    elif kind == "separated":
                        self.separated(session, person, detail)
                    elif kind == "stop":
                        self.stopped(session, person, detail.kind, detail.effective)
            for kind, person, _ in days.get(day, []):
                if kind == "apply":
                    self.apply(person, day)
            if paying:
                # The daily cross-check (docs/bank.md) before finance releases the month: a stop
                # found now stops the claim, and months already paid past it become recoveries.
                self.daily_checks(day)
                self.pay_everything_due()
            day += timedelta(days=1)

    def paid_by_person(self) -> dict[int, tuple[int, int]]:
        """person index -> (months, fen) the server paid net of recoveries, to explain a difference."""
        index_of = {claimant_id: index for index, claimant_id in self.claimants.items()}
        result: dict[int, tuple[int, int]] = {}
        with transaction(self.factory) as session:
            rows = session.execute(
                select(Claim.claimant_id, func.count(Payment.id), func.sum(Payment.amount_fen))
                .join(Claim, Claim.id == Payment.claim_id)
                .where(Payment.state.in_([s.value for s in COUNTED_STATES]))
                .group_by(Claim.claimant_id)
            ).all()
            back = session.execute(
                select(Claim.claimant_id, func.count(Recovery.id), func.sum(Recovery.amount_fen))
                .join(Claim, Claim.id == Recovery.claim_id)
                .group_by(Claim.claimant_id)
            ).all()
        for claimant_id, months, fen in rows:
            result[index_of[claimant_id]] = (int(months), int(fen))
        for claimant_id, months, fen in back:  # net of what is asked back
            paid_months, paid_fen = result[index_of[claimant_id]]
            result[index_of[claimant_id]] = (paid_months - int(months), paid_fen - int(fen))
        return result

    def recovered(self) -> tuple[int, int]:
        """Months and fen the agency has asked back: paid before the stop was known."""
        with transaction(self.factory) as session:
            months, total = session.execute(
                select(func.count(Recovery.id), func.coalesce(func.sum(Recovery.amount_fen), 0))
            ).one()
        return int(months), int(total)

    def paid(self) -> tuple[int, int]:
        with transaction(self.factory) as session:
            months, total = session.execute(
                select(
                    func.count(Payment.id), func.coalesce(func.sum(Payment.amount_fen), 0)
                ).where(Payment.state.in_([s.value for s in COUNTED_STATES]))
            ).one()
        return int(months), int(total)


def simulate(
    people: int, months: int, seed: int, database_url: str | None, data_dir: Path
) -> dict[str, Any]:
    population = generate(people, months, seed)
    _ID_NUMBERS.clear()
    _TAKEN.clear()
    config = resolve(ReferenceServerSettings(data_dir=str(data_dir), database_url=database_url))
    engine = make_engine(config.database_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    replay = Replay(factory, config, population)
    started = time.perf_counter()
    replay.load_reference_data()
    replay.run()
    elapsed = time.perf_counter() - started
    paid_months, paid_fen = replay.paid()
    recovered_months, recovered_fen = replay.recovered()
    by_person = replay.paid_by_person()
    engine.dispose()
    oracle = expected_total(population, config.pay_day)
    differing = []
    for person in population.people:
        expected = expected_for(person, population, config.pay_day)
        got = by_person.get(person.index, (0, 0))
        if got != (expected.months_paid, expected.total_fen):
            differing.append(
                {
                    "person": person.index,
                    "paid": got,
                    "oracle": (expected.months_paid, expected.total_fen),
                    "jobs": [
                        (j.first_month.isoformat(), j.last_month.isoformat(), j.reason)
                        for j in person.jobs
                    ],
                    "applications": [d.isoformat() for d in person.applications],
                    "stops": [(s.kind, s.effective.isoformat()) for s in person.stops],
                }
            )
    return {
        "people": people,
        "months": months,
        "seed": seed,
        "claims_submitted": replay.tally.submitted,
        "approved": replay.tally.approved,
        "refused": replay.tally.refused,
        "months_paid": paid_months,
        "paid_fen": paid_fen,
        "months_to_recover": recovered_months,
        "recovery_fen": recovered_fen,
        "oracle_months": oracle.months_paid,
        "oracle_fen": oracle.total_fen,
        # What the fund keeps paid once the overpayments it found are recovered, against the law.
        "difference_fen": paid_fen - recovered_fen - oracle.total_fen,
        "run_time_s": round(elapsed, 1),
        "people_differing": len(differing),
        "first_differences": differing[:5],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--months", type=int, default=36)
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument(
        "--database-url", help="default: a fresh SQLite file in a temporary directory"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="changtong-fund-") as tmp:
        result = simulate(args.people, args.months, args.seed, args.database_url, Path(tmp))
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>18}: {value}")
    return (
        0
        if result["difference_fen"] == 0 and result["months_paid"] == result["oracle_months"]
        else 1
    )


if __name__ == "__main__":
    sys.exit(main())

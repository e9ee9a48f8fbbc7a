"""`kiosk server seed`: a deterministic synthetic agency database for development, demos and tests.

The fixed demo cast (one named person per rule path) comes first so demos and tests can rely on
their ID numbers; the generated population follows. Staff accounts get random passwords, written
to a 0600 file in the data directory, never to the console.
"""

import hashlib
import secrets
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server import rules, synthetic
from server.clock import business_today
from server.ids import Gender
from server.keys import replace_private_file
from server.models import (
    BenefitRate,
    Claim,
    Claimant,
    ClaimEvent,
    ClaimState,
    ContributionPeriod,
    Employer,
    EmploymentSpell,
    Entitlement,
    ExternalRecord,
    PriorEntitlement,
    RateBounds,
    Region,
    StaffRole,
    TrainingCourse,
)
from server.services import appointments
from server.services.staff_auth import add_staff

REGION_KO = {
    "222405": "길림성 연변조선족자치주 룡정시",
    "222401": "길림성 연변조선족자치주 연길시",
    "220102": "길림성 장춘시 남관구",
    "110105": "북경시 조양구",
    "440305": "광동성 심수시 남산구",
    "620102": "감숙성 란주시 성관구",
}

# (id, name zh, name ko, provider, region, subsidy in fen, starts in week, weeks long); the
# provider's Korean name is in PROVIDER_KO. The dates
# follow the day the database is seeded (`course_dates`), so the kiosk's course list, which offers
# only courses not yet begun, is never empty on a demo or test machine whatever its date.
COURSES = (
    ("TC-2224-01", "养老护理员（初级）", "양로간호원（초급）", "延边职业技术学院", "222405", 180000, 1, 12),
    ("TC-2224-02", "电子商务运营", "전자상거래 운영", "龙井市就业培训中心", "222405", 150000, 5, 11),
    ("TC-2224-03", "朝鲜语—汉语导游", "조선어—한어 관광안내원", "延吉市职业培训学校", "222401", 160000, 2, 12),
    ("TC-2201-01", "中式烹调师", "중식 조리사", "长春市南关区职业培训学校", "220102", 170000, 6, 12),
)  # fmt: skip


# Providers' names as Yanbian Korean writes them (docs/korean-glossary.md).
PROVIDER_KO = {
    "延边职业技术学院": "연변직업기술학원",
    "龙井市就业培训中心": "룡정시취업양성중심",
    "延吉市职业培训学校": "연길시직업양성학교",
    "长春市南关区职业培训学校": "장춘시남관구직업양성학교",
}


def course_dates(seeded_on: date, starts_in_week: int, weeks: int) -> tuple[date, date]:
    """A course's first day (a Monday, in the `starts_in_week`-th week after the seed day's week)
    and last day (the Friday of its last week). Seeded on Friday 2026-12-04, TC-2224-01 runs
    Monday 2026-12-07 to Friday 2027-02-26."""
    starts = seeded_on + timedelta(days=7 - seeded_on.weekday(), weeks=starts_in_week - 1)
    return starts, starts + timedelta(weeks=weeks, days=-3)


def card_number(id_number: str) -> str:
    """Nine characters, a letter then eight digits, stable for a person across reseeds."""
    digest = hashlib.sha256(id_number.encode("ascii")).digest()
    return chr(ord("A") + digest[0] % 26) + f"{int.from_bytes(digest[1:5], 'big') % 10**8:08d}"


def card_region(region_code: str) -> str:
    """Cards carry the issuing prefecture (protocols/social-security-card.md, EF05 tag 01)."""
    return region_code[:4] + "00"


def _add_person(
    session: Session, entry: synthetic.Claimant, employers: dict[str, Employer]
) -> Claimant:
    person = entry.person
    claimant = Claimant(
        ssn=person.id_number,
        name=person.name,
        gender="M" if person.gender is Gender.MALE else "F",
        birth_date=person.birth_date,
        region_code=person.region_code,
        mobile=person.mobile,
        card_number=card_number(person.id_number),
        card_region=card_region(person.region_code),
        card_id=synthetic.card_identification_code(
            card_region(person.region_code), card_number(person.id_number)
        ),
        payment_account=f"sscard:{person.id_number[-4:]}",
    )
    session.add(claimant)
    session.flush()
    app = entry.application
    for spell in app.employment:
        session.add(
            EmploymentSpell(
                claimant_id=claimant.id,
                employer_id=employers[spell.employer_code].id,
                start_date=spell.started,
                end_date=spell.ended,
                separation_reason=spell.reason.value if spell.reason else None,
            )
        )
    for period in app.contributions:
        employer = employers.get(period.employer_code or "")
        session.add(
            ContributionPeriod(
                claimant_id=claimant.id,
                employer_id=employer.id if employer else None,
                first_month=period.first_month,
                last_month=period.last_month,
            )
        )
    for prior in app.prior_entitlements:
        session.add(
            PriorEntitlement(
                claimant_id=claimant.id,
                started=prior.started,
                months_total=prior.months_total,
                months_used=prior.months_used,
            )
        )
    for record in app.external_records:
        session.add(
            ExternalRecord(
                claimant_id=claimant.id,
                kind=record.kind.value,
                effective_date=record.effective_date,
                source=record.source,
                reference=record.reference,
                employer_code=record.employer_code,
                good_reason=record.good_reason,
            )
        )
    if entry.claim_start is not None:
        _add_running_claim(session, claimant, entry, app)
    return claimant


def _add_running_claim(
    session: Session, claimant: Claimant, entry: synthetic.Claimant, app: rules.ClaimApplication
) -> None:
    """People in the stop scenarios already draw the benefit; the cross-checks should stop them."""
    assert entry.claim_start is not None
    start = entry.claim_start
    entitlement = rules.compute_entitlement(
        app.contributions, app.prior_entitlements, registration_date=start
    )
    amount = rules.amount_on(synthetic.regional_amounts(), claimant.region_code, start)
    when = datetime.combine(start, time(9, 30), tzinfo=UTC)
    claim = Claim(
        reference=str(
            uuid.UUID(bytes=hashlib.sha256(claimant.ssn.encode()).digest()[:16], version=4)
        ),
        kind="claim",
        claimant_id=claimant.id,
        kiosk_id=None,
        channel="counter",
        content_hash="seeded",
        state=ClaimState.PAYING,
        created_at=when,
        received_at=when,
        mobile=claimant.mobile,
        registration_date=start,
        entitlement_months=entitlement.months,
        monthly_fen=amount.monthly_fen if amount else None,
        reason_codes=["eligible"],
    )
    session.add(claim)
    session.flush()
    # The grant is in the entitlement ledger like any other (server.ledger.entitlements).
    session.add(
        Entitlement(
            claimant_id=claimant.id,
            claim_id=claim.id,
            started=start,
            contribution_months=entitlement.contribution_months_counted,
            months_from_contribution=entitlement.months_from_contribution,
            months_carried_over=entitlement.months_carried_over,
            months_granted=entitlement.months,
            granted_at=when + timedelta(days=3),
        )
    )
    session.add(
        ClaimEvent(claim_id=claim.id, at=when, kind="received", detail={"channel": "counter"})
    )
    session.add(
        ClaimEvent(claim_id=claim.id, at=when + timedelta(days=3), kind="approved", detail={})
    )


def _write_staff_credentials(data_dir: Path, lines: list[str]) -> Path:
    """0600 also when a looser file is already there (O_TRUNC alone would keep its mode)."""
    path = data_dir / "staff-credentials.txt"
    replace_private_file(path, ("\n".join(lines) + "\n").encode("utf-8"))
    return path


def seed_database(
    session: Session,
    *,
    claimants: int,
    seed: int,
    data_dir: Path,
    production: bool,
    today: date | None = None,
) -> dict[str, int]:
    """`today` (default: the agency's business date) dates the seeded training courses."""
    if production:
        raise SystemExit("refusing to put synthetic people into a production database")
    if session.execute(select(func.count()).select_from(Claimant)).scalar_one():
        raise SystemExit("the database already holds claimants; seed only an empty database")
    population = synthetic.generate_population(seed, size=claimants)
    cast = [*synthetic.demo_cast().values(), *synthetic.demo_permanent_residents()]
    for region in synthetic.REGIONS:
        session.add(
            Region(
                code=region.code,
                name_zh=region.name,
                name_ko=REGION_KO.get(region.code, region.name),
            )
        )
    session.flush()  # rates refer to regions, and no ORM relationship orders the inserts
    appointments.add_centres(session, appointments.DEMO_CENTRES)
    for amount in population.amounts:
        session.add(
            BenefitRate(
                region_code=amount.region_code,
                monthly_fen=amount.monthly_fen,
                effective_from=amount.effective_from,
                effective_to=amount.effective_to,
            )
        )
    # Regulations art. 18: the demo rates lie strictly within the demo bounds, or nothing is seeded.
    bounds = synthetic.regional_bounds()
    unlawful = rules.check_rates(population.amounts, bounds)
    if unlawful:
        raise SystemExit("the synthetic rates break their bounds: " + unlawful[0].en)
    for limit in bounds:
        session.add(
            RateBounds(
                region_code=limit.region_code,
                effective_from=limit.effective_from,
                effective_to=limit.effective_to,
                minimum_wage_fen=limit.minimum_wage_fen,
                minimum_living_fen=limit.minimum_living_fen,
            )
        )
    seeded_on = today if today is not None else business_today(session)
    for code, zh, ko, provider, region_code, fen, starts_in_week, weeks in COURSES:
        starts, ends = course_dates(seeded_on, starts_in_week, weeks)
        session.add(
            TrainingCourse(
                id=code,
                name_zh=zh,
                name_ko=ko,
                provider=provider,
                provider_ko=PROVIDER_KO[provider],
                region_code=region_code,
                subsidy_fen=fen,
                starts_on=starts,
                ends_on=ends,
            )
        )
    employers: dict[str, Employer] = {}
    all_employers = [*population.employers]
    for entry in cast:
        for spell in entry.application.employment:
            if spell.employer_code not in {e.credit_code for e in all_employers}:
                all_employers.append(
                    synthetic.Employer(
                        spell.employer_name or "未知单位",
                        spell.employer_code,
                        entry.person.region_code,
                    )
                )
    for employer in all_employers:
        if employer.credit_code not in employers:
            row = Employer(
                credit_code=employer.credit_code,
                name=employer.name,
                region_code=employer.region_code,
            )
            session.add(row)
            employers[employer.credit_code] = row
    session.flush()
    seen: set[str] = set()
    people = 0
    for entry in [*cast, *population.claimants]:
        if entry.person.id_number in seen:
            continue
        seen.add(entry.person.id_number)
        _add_person(session, entry, employers)
        people += 1
    credentials = []
    staff = (
        ("reviewer", StaffRole.BUSINESS, None),
        ("cashier", StaffRole.FINANCE, None),
        ("visitor", StaffRole.FIELD_VISITOR, "金英姬"),  # home visits (docs/field-staff.md)
    )
    for username, role, display_name in staff:
        password = secrets.token_urlsafe(12)
        add_staff(session, username, password, role, display_name=display_name)
        credentials.append(f"{username}\t{role.value}\t{password}")
    _write_staff_credentials(data_dir, credentials)
    return {
        "claimants": people,
        "employers": len(employers),
        "staff accounts": len(credentials),
        "courses": len(COURSES),
    }

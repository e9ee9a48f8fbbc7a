"""The seeded training courses begin after the day the database is seeded.

Before, they had fixed dates (the first on 2026-12-07): the kiosk offers only courses not yet
begun, so from then on a freshly seeded demo offered fewer and fewer courses, then none, and the
course listing test failed by the calendar alone.
"""

from datetime import date
from pathlib import Path

from sqlalchemy import select

from server.clock import set_test_date
from server.db import make_engine, make_session_factory, transaction, upgrade
from server.keys import open_key_ring
from server.models import TrainingCourse
from server.seed import course_dates, seed_database


def _seeded_courses(tmp_path: Path, business_date: date) -> dict[str, tuple[date, date]]:
    """Seeds a real SQLite file while the agency's business date is `business_date`."""
    engine = make_engine(f"sqlite:///{tmp_path / 'agency.db'}", keys=open_key_ring(tmp_path))
    upgrade(engine)
    sessions = make_session_factory(engine)
    with transaction(sessions) as session:
        set_test_date(session, business_date)
    with transaction(sessions) as session:
        seed_database(session, claimants=4, seed=3, data_dir=tmp_path, production=False)
    with transaction(sessions) as session:
        rows = session.execute(select(TrainingCourse)).scalars().all()
        courses = {row.id: (row.starts_on, row.ends_on) for row in rows}
    engine.dispose()
    return courses


def test_courses_seeded_years_later_have_not_begun_yet(tmp_path: Path) -> None:
    seeded_on = date(2031, 3, 5)  # a Wednesday, years after the old fixed dates
    courses = _seeded_courses(tmp_path, seeded_on)
    assert sorted(courses) == ["TC-2201-01", "TC-2224-01", "TC-2224-02", "TC-2224-03"]
    assert courses["TC-2224-01"] == (date(2031, 3, 10), date(2031, 5, 30))
    for starts, ends in courses.values():
        assert seeded_on < starts < ends
        assert (starts.weekday(), ends.weekday()) == (0, 4)  # Monday to Friday


def test_seeded_on_the_demo_day_the_courses_keep_their_published_dates() -> None:
    """The dates the demo script and screenshots show, seeded on Friday 2026-12-04."""
    demo_day = date(2026, 12, 4)
    assert course_dates(demo_day, 1, 12) == (date(2026, 12, 7), date(2027, 2, 26))
    assert course_dates(demo_day, 5, 11) == (date(2027, 1, 4), date(2027, 3, 19))
    # Seeded on a Monday, the first course begins a week later, never on the seed day itself.
    assert course_dates(date(2026, 12, 7), 1, 12)[0] == date(2026, 12, 14)

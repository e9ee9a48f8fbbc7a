"""Enrolment, heartbeat history and the fleet overview on every supported database."""

from sqlalchemy import func, select

from kiosk.api import AgencyClient
from kiosk.enrolment import Enrolled, EnrolmentProblem, enrol
from server import audit
from server.db import transaction
from server.db_types import utcnow
from server.models import KioskHeartbeat
from server.services.fleet import FleetThresholds, overview
from tests.conftest import Agency
from tests.fleet.fleet_kit import issue, seed_fleet


def test_enrol_beat_and_overview_work_on_this_database(any_agency: Agency, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kiosk_id = "kiosk-222405-061"
    code = issue(any_agency, kiosk_id)
    wrong = enrol(any_agency.url, kiosk_id, "ABCDE-FGH23", tmp_path / "s.toml")
    assert isinstance(wrong, EnrolmentProblem) and wrong.code == "enrolment_code_wrong"
    done = enrol(any_agency.url, kiosk_id, code, tmp_path / "s.toml")
    assert isinstance(done, Enrolled)

    from config import load_secrets

    client = AgencyClient(any_agency.url, kiosk_id, load_secrets(tmp_path / "s.toml").kiosk_key)
    try:
        for depth in range(3):
            client.heartbeat({"app_version": "1.0", "uptime_s": depth, "queue_depth": depth})
    finally:
        client.close()
    now = utcnow()
    seed_fleet(any_agency, now)
    with transaction(any_agency.sessions()) as session:
        beats = session.execute(
            select(func.count())
            .select_from(KioskHeartbeat)
            .where(KioskHeartbeat.kiosk_id == kiosk_id)
        ).scalar_one()
        assert beats == 3
        view = overview(session, FleetThresholds(), b"k" * 32, now)
        assert audit.verify(session).ok
    health = {k.kiosk_id: k for k in view.kiosks}
    assert health[kiosk_id].status == "online" and health[kiosk_id].queue_growing
    assert health["kiosk-222405-003"].status == "silent"
    assert {a.kind for a in view.anomalies} == {"volume", "shared_account", "shared_mobile"}
    assert view.claims_today == 20 and view.offline_today == 6

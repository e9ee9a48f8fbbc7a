"""Technician actions reported by a kiosk land in the audit chain."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from kiosk.api import AgencyClient, AgencyRejected
from server.models import AuditEntry


def test_reported_events_are_audited_under_the_kiosk(agency, kiosk_client: AgencyClient) -> None:  # type: ignore[no-untyped-def]
    body = {
        "events": [
            {"at": datetime.now(UTC).isoformat(), "kind": "technician_entry", "detail": {}},
            {
                "at": datetime.now(UTC).isoformat(),
                "kind": "settings_changed",
                "detail": {"key": "session.idle_timeout_s"},
            },
        ]
    }
    answer = kiosk_client.request("POST", "/api/v1/kiosks/events", body, retry=True).json()
    assert answer == {"accepted": 2}
    with agency.sessions()() as session:
        actions = (
            session.execute(
                select(AuditEntry.action).where(
                    AuditEntry.actor == f"kiosk:{agency.kiosk_id}",
                    AuditEntry.action.like("kiosk.%"),
                )
            )
            .scalars()
            .all()
        )
    assert actions[-2:] == ["kiosk.technician_entry", "kiosk.settings_changed"]


def test_free_text_in_event_details_is_refused(kiosk_client: AgencyClient) -> None:
    body = {
        "events": [
            {
                "at": datetime.now(UTC).isoformat(),
                "kind": "device_test",
                "detail": {"note": "张三 110105194912310021"},
            }
        ]
    }
    with pytest.raises(AgencyRejected) as refused:
        kiosk_client.request("POST", "/api/v1/kiosks/events", body, retry=False)
    assert refused.value.code == "invalid_request"

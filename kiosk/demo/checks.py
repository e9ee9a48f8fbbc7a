"""A first conversation with the agency, so the demo shows at once that the real path works."""

from collections.abc import Iterator

import requests

from config import Secrets, Settings
from kiosk.api import AgencyClient


def smoke_check(settings: Settings, secrets: Secrets) -> Iterator[str]:
    client = AgencyClient(settings.server.url, settings.kiosk.id, secrets.kiosk_key)
    try:
        ack = client.heartbeat({"app_version": "demo", "uptime_s": 0, "paper": "ok"})
        yield f"signed heartbeat accepted at {ack.server_time:%H:%M:%S} UTC"
        cast = requests.get(f"{settings.server.url}/api/dev/cast", timeout=5).json()
        for person in cast[:3]:
            answer = client.eligibility(person["ssn"])
            masked = client.lookup_by_ssn(person["ssn"]).masked_name
            if answer.eligible and answer.monthly_amount_fen is not None:
                verdict = f"eligible, {answer.entitlement_months} months at {answer.monthly_amount_fen / 100:.2f} 元/month"
            else:
                verdict = "not eligible: " + ", ".join(
                    r.code for r in answer.reasons if r.effect != "info"
                )
            yield f"demo claimant {masked} ({person['scenario']}): {verdict}"
    finally:
        client.close()

"""A first conversation with the agency, so the demo shows at once that the real path works.

Each demo claimant logs in as their simulated card would: the agency's challenge, answered with
the card key the simulators use (contract.card_proof, TEST_ISSUER_KEY), for a login token that
the look-up and the eligibility check then carry.
"""

from collections.abc import Iterator
from datetime import date
from typing import Any

import requests

from config import Secrets, Settings
from contract.card_proof import TEST_ISSUER_KEY, card_key, cryptogram
from devices.sim.card_applet import identification_code
from devices.sim.card_profile import CardProfile
from kiosk.api import AgencyClient, AgencyError
from kiosk.api.login import TokenLogin


def simulated_card_login(client: AgencyClient, person: dict[str, Any]) -> TokenLogin:
    """What the demo's simulated card of `person` and the kiosk do after its PIN."""
    profile = CardProfile(
        ssn=person["ssn"],
        card_number=person["card_number"],
        region=person["card_region"],
        birth_date=date.fromisoformat(person["birth_date"]),
    )
    card_id = identification_code(profile)
    challenge = bytes.fromhex(client.login_challenge().challenge)
    answer = cryptogram(card_key(TEST_ISSUER_KEY, card_id), challenge)
    granted = client.card_login(
        card_id.hex(), profile.region, profile.card_number, challenge.hex(), answer.hex()
    )
    return TokenLogin("card", granted.login_token)


def smoke_check(settings: Settings, secrets: Secrets) -> Iterator[str]:
    client = AgencyClient(settings.server.url, settings.kiosk.id, secrets.kiosk_key)
    try:
        ack = client.heartbeat({"app_version": "demo", "uptime_s": 0, "paper": "ok"})
        yield f"signed heartbeat accepted at {ack.server_time:%H:%M:%S} UTC"
        cast = requests.get(f"{settings.server.url}/api/dev/cast", timeout=5).json()
        for person in cast[:3]:
            try:
                login = simulated_card_login(client, person)
                answer = client.eligibility(person["ssn"], login)
                masked = client.lookup_by_ssn(person["ssn"], login).masked_name
            except AgencyError as error:
                yield f"demo claimant ({person['scenario']}): the agency answered {error.code}"
                continue
            if answer.eligible and answer.monthly_amount_fen is not None:
                verdict = f"eligible, {answer.entitlement_months} months at {answer.monthly_amount_fen / 100:.2f} 元/month"
            else:
                verdict = "not eligible: " + ", ".join(
                    r.code for r in answer.reasons if r.effect != "info"
                )
            yield f"demo claimant {masked} ({person['scenario']}): {verdict}"
    finally:
        client.close()

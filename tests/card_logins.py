"""Real claimant proofs for tests that talk to the real server (docs/api.md, "Claimant login").

What a kiosk does with a genuine card, done in Python: the card's identification code as the card
factory wrote it, its key diversified from the test issuer key, the agency's single-use challenge
answered with SM4 (contract.card_proof), and the offline proof a queued claim carries. A test that
wants a cloned card passes another `issuer_key`.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any, Protocol

import requests

from contract.card_proof import (
    TEST_ISSUER_KEY,
    card_key,
    cryptogram,
    offline_challenge,
    submission_content_hash,
)
from kiosk.api.login import TokenLogin
from kiosk.api.signing import signed_headers
from server.schemas import ClaimPayload
from server.seed import card_number, card_region
from server.synthetic import card_identification_code


class KioskServer(Protocol):
    """What the helpers need of tests.conftest.Agency."""

    url: str
    kiosk_id: str
    kiosk_key: bytes


@dataclass(frozen=True)
class Card:
    """The social security card the agency issued to a seeded person."""

    card_id: str
    region: str
    card_number: str

    @classmethod
    def of(cls, ssn: str, region_code: str | None = None) -> Card:
        region = card_region(region_code or ssn[:6])
        number = card_number(ssn)
        return cls(card_identification_code(region, number), region, number)

    def answer(self, challenge: bytes, issuer_key: bytes = TEST_ISSUER_KEY) -> str:
        """INTERNAL AUTHENTICATE after a correct PIN: the card's cryptogram, 32 hex."""
        return cryptogram(card_key(issuer_key, bytes.fromhex(self.card_id)), challenge).hex()


def signed_post(
    agency: KioskServer,
    path: str,
    body: object,
    *,
    kiosk_id: str | None = None,
    kiosk_key: bytes | None = None,
) -> requests.Response:
    """One signed kiosk request, as the kiosk's client sends it (docs/api.md, "Signing")."""
    raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    headers = signed_headers(
        kiosk_id or agency.kiosk_id, kiosk_key or agency.kiosk_key, "POST", path, raw, time.time()
    )
    return requests.post(
        agency.url + path,
        data=raw,
        headers={**headers, "Content-Type": "application/json"},
        timeout=15,
    )


def new_challenge(
    agency: KioskServer, *, kiosk_id: str | None = None, kiosk_key: bytes | None = None
) -> str:
    answer = signed_post(
        agency, "/api/v1/login/challenge", {}, kiosk_id=kiosk_id, kiosk_key=kiosk_key
    )
    assert answer.status_code == 201, answer.text
    challenge: str = answer.json()["challenge"]
    return challenge


def card_login_body(
    card: Card, challenge: str, issuer_key: bytes = TEST_ISSUER_KEY
) -> dict[str, str]:
    return {
        "method": "card",
        "card_id": card.card_id,
        "region": card.region,
        "card_number": card.card_number,
        "challenge": challenge,
        "cryptogram": card.answer(bytes.fromhex(challenge), issuer_key),
    }


def try_card_login(
    agency: KioskServer,
    ssn: str,
    *,
    issuer_key: bytes = TEST_ISSUER_KEY,
    kiosk_id: str | None = None,
    kiosk_key: bytes | None = None,
) -> requests.Response:
    """Challenge, the card's answer, /login/card: the server's answer as it came."""
    card = Card.of(ssn)
    challenge = new_challenge(agency, kiosk_id=kiosk_id, kiosk_key=kiosk_key)
    return signed_post(
        agency,
        "/api/v1/login/card",
        card_login_body(card, challenge, issuer_key),
        kiosk_id=kiosk_id,
        kiosk_key=kiosk_key,
    )


def card_token(
    agency: KioskServer,
    ssn: str,
    *,
    kiosk_id: str | None = None,
    kiosk_key: bytes | None = None,
) -> str:
    """A genuine card login of the seeded person `ssn` at the agency's test kiosk."""
    answer = try_card_login(agency, ssn, kiosk_id=kiosk_id, kiosk_key=kiosk_key)
    assert answer.status_code == 200, answer.text
    token: str = answer.json()["login_token"]
    return token


def card_login(
    agency: KioskServer,
    ssn: str,
    *,
    kiosk_id: str | None = None,
    kiosk_key: bytes | None = None,
) -> dict[str, str]:
    """The `login` object of a request made after a genuine card login."""
    return {
        "method": "card",
        "token": card_token(agency, ssn, kiosk_id=kiosk_id, kiosk_key=kiosk_key),
    }


def card_token_login(
    agency: KioskServer,
    ssn: str,
    *,
    kiosk_id: str | None = None,
    kiosk_key: bytes | None = None,
) -> TokenLogin:
    """The same, as the kiosk's API client takes it (kiosk.api.login.TokenLogin)."""
    return TokenLogin("card", card_token(agency, ssn, kiosk_id=kiosk_id, kiosk_key=kiosk_key))


def offline_card_login(
    submission: dict[str, Any], *, issuer_key: bytes = TEST_ISSUER_KEY, card: Card | None = None
) -> dict[str, str]:
    """The card's proof a queued claim carries: its cryptogram over the offline challenge of this
    reference and content hash. The hash is over the payload as the server validates it
    (defaults filled in, ID number in upper case), which is what the kiosk's domain model sends."""
    payload = ClaimPayload.model_validate(submission["payload"]).model_dump(mode="json")
    digest = submission_content_hash(submission["kind"], payload)
    card = card or Card.of(payload["ssn"])
    challenge = offline_challenge(submission["client_reference"], digest)
    return {
        "method": "card_offline",
        "card_id": card.card_id,
        "region": card.region,
        "card_number": card.card_number,
        "cryptogram": card.answer(challenge, issuer_key),
    }


def with_offline_proof(
    submission: dict[str, Any], *, issuer_key: bytes = TEST_ISSUER_KEY, card: Card | None = None
) -> dict[str, Any]:
    """The submission with a fresh offline card proof over its current reference and content
    (by the card of the person the payload names, unless `card` says another)."""
    login = offline_card_login(submission, issuer_key=issuer_key, card=card)
    return {**submission, "login": login}

"""Small builders shared by the offline-queue tests."""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping
from typing import Any

from contract.card_proof import (
    TEST_ISSUER_KEY,
    card_key,
    cryptogram,
    offline_challenge,
    submission_content_hash,
)
from devices.sim.card_applet import identification_code
from devices.sim.card_profile import CardProfile
from kiosk.adapters.batch_uploader import AgencyBatchUploader
from kiosk.api import AgencyClient
from kiosk.domain.identity import check_character

KIOSK_ID = "kiosk-222405-001"
ID_NUMBER = "22010219900101123X"


def claim_payload(n: int = 0) -> dict[str, object]:
    """A payload that follows the submission contract, numbered by its ID number's sequence
    digits (`seq_of`), so tests can tell items apart on the server; n below 1000."""
    first = f"22010219900101{n:03d}"
    return {
        "ssn": first + check_character(first),
        "mobile": "13800000000",
        "payment_account": "on_file",
        "commitment_accepted": True,
        "commitment_version": "2019-1",
        "language": "zh_CN",
        "course_id": None,
    }


def seq_of(payload: Mapping[str, Any]) -> int:
    """The number `claim_payload` was built with."""
    return int(str(payload["ssn"])[14:17])


def proven_claim(
    ssn: str, mobile: str, card_region: str, card_number: str, *, kind: str = "claim"
) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """(client reference, payload, login) of a claim proven by the holder's simulated card, as
    a kiosk queues it offline: the card answered the challenge derived from this very claim."""
    reference = str(uuid.uuid4())
    payload: dict[str, Any] = {
        "ssn": ssn,
        "mobile": mobile,
        "payment_account": "on_file",
        "commitment_accepted": True,
        "commitment_version": "2019-1",
        "language": "zh_CN",
        "course_id": None,
    }
    card_id = identification_code(CardProfile(region=card_region, card_number=card_number))
    challenge = offline_challenge(reference, submission_content_hash(kind, payload))
    login = {
        "method": "card_offline",
        "card_id": card_id.hex(),
        "region": card_region,
        "card_number": card_number,
        "cryptogram": cryptogram(card_key(TEST_ISSUER_KEY, card_id), challenge).hex(),
    }
    return reference, payload, login


def agency_client(url: str, *, timeout_s: float = 5.0) -> AgencyClient:
    """The kiosk's signed client with its own retries off, so the sync engine's backoff decides.
    The loopback server does not check the key."""
    return AgencyClient(
        url,
        KIOSK_ID,
        os.urandom(32),
        connect_timeout_s=timeout_s,
        read_timeout_s=timeout_s,
        attempts=1,
    )


def agency_uploader(url: str, *, timeout_s: float = 5.0) -> AgencyBatchUploader:
    """The production uploader, as the kiosk builds it."""
    return AgencyBatchUploader(agency_client(url, timeout_s=timeout_s))

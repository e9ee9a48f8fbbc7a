"""Small builders shared by the offline-queue tests."""

from __future__ import annotations

import os

from kiosk.adapters.batch_uploader import AgencyBatchUploader
from kiosk.api import AgencyClient

KIOSK_ID = "kiosk-222405-001"
ID_NUMBER = "22010219900101123X"


def claim_payload(n: int = 0) -> dict[str, object]:
    return {
        "ssn": f"22010219900101{n:04d}",
        "mobile": "13800000000",
        "payment_account": "on_file",
        "commitment_accepted": True,
        "commitment_version": "2019-1",
        "language": "zh_CN",
        "seq": n,
    }


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

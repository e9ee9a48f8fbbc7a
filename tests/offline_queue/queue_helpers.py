"""Small builders shared by the offline-queue tests."""

from __future__ import annotations

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

"""A minimal batch uploader for the queue tests, speaking the loopback server's batch endpoint
(tests/offline_queue/loopback_server.py), so these tests depend on no uploader of the app."""

from __future__ import annotations

from collections.abc import Sequence

import requests

from offline_queue.errors import TransientUploadError
from offline_queue.items import ItemResult, OutgoingItem, ResultKind


class LoopbackUploader:
    def __init__(self, base_url: str, kiosk_id: str = "kiosk-222405-001") -> None:
        self.base_url = base_url.rstrip("/")
        self.kiosk_id = kiosk_id

    def upload(self, items: Sequence[OutgoingItem]) -> Sequence[ItemResult]:
        body = {
            "items": [
                {
                    "client_reference": item.client_reference,
                    "kind": item.kind,
                    "created_at": item.created_at.isoformat(),
                    "kiosk_id": self.kiosk_id,
                    "payload": dict(item.payload),
                }
                for item in items
            ]
        }
        try:
            response = requests.post(self.base_url + "/api/v1/claims/batch", json=body, timeout=5)
        except requests.RequestException as exc:
            raise TransientUploadError(type(exc).__name__) from None
        if response.status_code != 200:
            raise TransientUploadError(f"answered {response.status_code}")
        return [
            ItemResult(
                client_reference=str(entry["client_reference"]),
                result=ResultKind(entry["result"]),
                code=entry.get("code"),
                message=entry.get("message"),
            )
            for entry in response.json()["results"]
        ]

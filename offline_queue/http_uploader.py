"""A `BatchUploader` speaking `POST /api/v1/claims/batch` with requests, signed as in docs/api.md.

The kiosk's own API client replaces it in production; the CLI and the benchmarks use this one so
they work before that client exists.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Sequence
from typing import Any

import requests

from offline_queue.errors import TransientUploadError
from offline_queue.items import ItemResult, OutgoingItem, ResultKind

BATCH_PATH = "/api/v1/claims/batch"
MAX_BATCH = 200


class HttpBatchUploader:
    def __init__(
        self,
        base_url: str,
        *,
        kiosk_id: str,
        kiosk_secret: bytes | None = None,
        timeout_s: float = 30.0,
        session: requests.Session | None = None,
    ) -> None:
        self._base_url = base_url.rstrip("/")
        self._kiosk_id = kiosk_id
        self._secret = kiosk_secret
        self._timeout_s = timeout_s
        self._session = session or requests.Session()

    def close(self) -> None:
        self._session.close()

    def upload(self, items: Sequence[OutgoingItem]) -> Sequence[ItemResult]:
        body = json.dumps(
            {"items": [self._submission(item) for item in items]},
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode()
        try:
            response = self._session.post(
                self._base_url + BATCH_PATH,
                data=body,
                headers=self.signed_headers("POST", BATCH_PATH, body),
                timeout=self._timeout_s,
            )
        except requests.RequestException as exc:
            raise TransientUploadError(f"network fault: {type(exc).__name__}") from None
        if response.status_code >= 500 or response.status_code in (408, 429):
            raise TransientUploadError(f"agency answered {response.status_code}")
        if response.status_code != 200:
            # A 4xx for the batch as a whole (bad signature, stale clock) is not the items'
            # fault; retrying later, after the technician fixes the kiosk, is the safe choice.
            raise TransientUploadError(f"agency refused the batch with {response.status_code}")
        try:
            return [_result(entry) for entry in response.json()["results"]]
        except (ValueError, KeyError, TypeError):
            raise TransientUploadError("agency answer is not a batch result") from None

    def probe(self) -> bool:
        """Connectivity check: any HTTP answer from the server counts as reachable."""
        try:
            self._session.head(self._base_url + "/", timeout=min(self._timeout_s, 3.0))
        except requests.RequestException:
            return False
        return True

    def _submission(self, item: OutgoingItem) -> dict[str, Any]:
        return {
            "client_reference": item.client_reference,
            "kind": item.kind,
            "created_at": item.created_at.isoformat(),
            "kiosk_id": self._kiosk_id,
            "payload": dict(item.payload),
        }

    def signed_headers(self, method: str, path: str, body: bytes = b"") -> dict[str, str]:
        """Headers of docs/api.md's kiosk authentication (unsigned when no secret is set)."""
        headers = {"Content-Type": "application/json", "X-Kiosk-Id": self._kiosk_id}
        if self._secret is None:
            return headers
        timestamp = str(int(time.time()))
        nonce = secrets.token_urlsafe(24)
        canonical = "\n".join(
            [method, path, timestamp, nonce, hashlib.sha256(body).hexdigest()]
        ).encode()
        headers["X-Timestamp"] = timestamp
        headers["X-Nonce"] = nonce
        headers["X-Signature"] = hmac.new(self._secret, canonical, hashlib.sha256).hexdigest()
        return headers


def _result(entry: dict[str, Any]) -> ItemResult:
    return ItemResult(
        client_reference=str(entry["client_reference"]),
        result=ResultKind(entry["result"]),
        code=None if entry.get("code") is None else str(entry["code"]),
        message=None if entry.get("message") is None else str(entry["message"]),
    )

"""Request signing as docs/api.md specifies; the server verifies the same canonical string."""

import hashlib
import hmac
import secrets


def canonical_request(method: str, path: str, timestamp: str, nonce: str, body: bytes) -> bytes:
    return "\n".join(
        [method.upper(), path, timestamp, nonce, hashlib.sha256(body).hexdigest()]
    ).encode("utf-8")


def signed_headers(
    kiosk_id: str, key: bytes, method: str, path: str, body: bytes, now: float
) -> dict[str, str]:
    """A fresh nonce per attempt: a retried request is a new request as far as replay goes."""
    timestamp = str(int(now))
    nonce = secrets.token_urlsafe(18)
    signature = hmac.new(
        key, canonical_request(method, path, timestamp, nonce, body), hashlib.sha256
    ).hexdigest()
    return {
        "X-Kiosk-Id": kiosk_id,
        "X-Timestamp": timestamp,
        "X-Nonce": nonce,
        "X-Signature": signature,
    }

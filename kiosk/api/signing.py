"""The kiosk's half of request signing: a fresh nonce and the corrected clock per attempt. The
canonical string and the algorithm are the contract's (contract/signing.py), shared with the server."""

import secrets

from contract.signing import (
    HEADER_KIOSK_ID,
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    sign,
)


def signed_headers(
    kiosk_id: str, key: bytes, method: str, path: str, body: bytes, now: float
) -> dict[str, str]:
    """A fresh nonce per attempt: a retried request is a new request as far as replay goes."""
    timestamp = str(int(now))
    nonce = secrets.token_urlsafe(18)
    return {
        HEADER_KIOSK_ID: kiosk_id,
        HEADER_TIMESTAMP: timestamp,
        HEADER_NONCE: nonce,
        HEADER_SIGNATURE: sign(key, method, path, timestamp, nonce, body),
    }

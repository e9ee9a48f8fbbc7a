"""The kiosk request signature (docs/api.md, "Kiosk authentication"): HMAC-SHA256 over method, path,
time, nonce and body hash.

Both ends compute the canonical string here, so a change to it cannot reach one side only: a
drift would show up as every request refused with `signature_invalid` and nothing pointing at
why. The kiosk adds the transport (fresh nonce, its corrected clock), the server the checks that
need state (clock window, nonces seen, the kiosk's stored key).
"""

from __future__ import annotations

import hashlib
import hmac
import re

HEADER_KIOSK_ID = "X-Kiosk-Id"
HEADER_TIMESTAMP = "X-Timestamp"
HEADER_NONCE = "X-Nonce"
HEADER_SIGNATURE = "X-Signature"
HEADERS = (HEADER_KIOSK_ID, HEADER_TIMESTAMP, HEADER_NONCE, HEADER_SIGNATURE)

#: 16-64 URL-safe characters; the server refuses anything else before looking at the signature.
NONCE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def canonical_request(method: str, path: str, timestamp: str, nonce: str, body: bytes) -> bytes:
    """`path` includes the query string exactly as sent; the body is hashed as sent, never
    re-serialised."""
    return "\n".join(
        [method.upper(), path, timestamp, nonce, hashlib.sha256(body).hexdigest()]
    ).encode("utf-8")


def sign(key: bytes, method: str, path: str, timestamp: str, nonce: str, body: bytes) -> str:
    """Lower-case hex, as the `X-Signature` header carries it."""
    return hmac.new(
        key, canonical_request(method, path, timestamp, nonce, body), hashlib.sha256
    ).hexdigest()


def signature_matches(
    key: bytes, signature: str, method: str, path: str, timestamp: str, nonce: str, body: bytes
) -> bool:
    """Constant-time; hex case is not part of what the key proves, so either case matches."""
    expected = sign(key, method, path, timestamp, nonce, body)
    return hmac.compare_digest(expected, signature.lower())

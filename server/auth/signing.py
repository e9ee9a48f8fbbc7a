"""The kiosk request signature (docs/api.md): HMAC-SHA256 over method, path, time, nonce, body hash.

Kept free of web-framework types so it can be tested, and read by a vendor, on its own.
"""

import hashlib
import hmac
import re

NONCE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def canonical_request(method: str, path: str, timestamp: str, nonce: str, body: bytes) -> bytes:
    return "\n".join(
        [method.upper(), path, timestamp, nonce, hashlib.sha256(body).hexdigest()]
    ).encode("utf-8")


def sign(key: bytes, method: str, path: str, timestamp: str, nonce: str, body: bytes) -> str:
    return hmac.new(
        key, canonical_request(method, path, timestamp, nonce, body), hashlib.sha256
    ).hexdigest()


def signature_matches(
    key: bytes, signature: str, method: str, path: str, timestamp: str, nonce: str, body: bytes
) -> bool:
    expected = sign(key, method, path, timestamp, nonce, body)
    return hmac.compare_digest(expected, signature.lower())

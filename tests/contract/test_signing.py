"""The request signature is the one docs/api.md describes, byte for byte: a vendor's kiosk
written from the document, and ours, are accepted by the same agency."""

import hashlib
import hmac

from contract.signing import HEADERS, NONCE_PATTERN, canonical_request, sign, signature_matches
from kiosk.api.signing import signed_headers

KEY = bytes(range(32))


def test_the_canonical_string_is_the_five_documented_lines() -> None:
    body = b'{"a":1}'
    expected = (
        "POST\n/api/v1/claims?x=1\n1700000000\nnonce-0123456789ab\n"
        + hashlib.sha256(body).hexdigest()
    ).encode()
    assert (
        canonical_request("post", "/api/v1/claims?x=1", "1700000000", "nonce-0123456789ab", body)
        == expected
    )
    assert sign(KEY, "POST", "/api/v1/claims?x=1", "1700000000", "nonce-0123456789ab", body) == (
        hmac.new(KEY, expected, hashlib.sha256).hexdigest()
    )


def test_what_the_kiosk_sends_is_what_the_agency_accepts() -> None:
    headers = signed_headers("kiosk-222405-001", KEY, "POST", "/api/v1/claims", b"{}", 1.7e9)
    assert tuple(headers) == HEADERS
    kiosk_id, timestamp, nonce, signature = (headers[name] for name in HEADERS)
    assert (kiosk_id, timestamp) == ("kiosk-222405-001", "1700000000")
    assert NONCE_PATTERN.match(nonce)
    assert signature_matches(KEY, signature, "POST", "/api/v1/claims", timestamp, nonce, b"{}")
    assert signature_matches(
        KEY, signature.upper(), "POST", "/api/v1/claims", timestamp, nonce, b"{}"
    )


def test_any_changed_part_breaks_the_signature() -> None:
    headers = signed_headers("kiosk-a", KEY, "POST", "/api/v1/claims", b"{}", 1.7e9)
    timestamp, nonce, signature = (headers[n] for n in HEADERS[1:])
    good = ("POST", "/api/v1/claims", timestamp, nonce, b"{}")
    for changed in (
        ("GET", *good[1:]),
        ("POST", "/api/v1/claims?x=1", *good[2:]),
        ("POST", "/api/v1/claims", str(int(timestamp) + 1), nonce, b"{}"),
        ("POST", "/api/v1/claims", timestamp, nonce + "x", b"{}"),
        ("POST", "/api/v1/claims", timestamp, nonce, b"{ }"),
    ):
        assert not signature_matches(KEY, signature, *changed)
    assert not signature_matches(bytes(32), signature, *good)


def test_a_fresh_nonce_per_attempt() -> None:
    nonces = {signed_headers("kiosk-a", KEY, "GET", "/", b"", 1.7e9)["X-Nonce"] for _ in range(50)}
    assert len(nonces) == 50

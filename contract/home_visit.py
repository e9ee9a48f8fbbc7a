"""Home visits (issue 13 §8): how a field-staff laptop vouches for the claims it takes at home.

A field visitor logs in on an enrolled kiosk laptop; the agency answers with a *field credential*:
an id it records (who, which kiosk, valid until when) and a *visit key* only this answer carries.
Every submission taken on that visit carries, beside the claimant's own proof, the credential id
and a MAC under the visit key over what the claim is (`visit_mac`). The agency derives the visit
key again from the credential id and its own secret, so a kiosk that never had a field visitor
log in on it (or a visitor id that is not the one logged in) cannot produce a MAC that verifies.

In the kiosk's queue and in a field-staff bundle the proof travels inside the sealed `login`
object, under `LOGIN_KEY` (the queue and the bundle format need no new field); on the API it is
three top-level fields of the submission: `channel`, `visitor` and `home_visit`. `split_login`
turns the first form into the second, for the kiosk's uploader and the agency's bundle import
alike.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from typing import Any

#: The submission's `channel` for claims taken at the claimant's home.
HOME_VISIT_CHANNEL = "home_visit"

#: Where the visit proof sits inside a queued or bundled item's `login` object.
LOGIN_KEY = "home_visit"

#: Versioned so that a later scheme can never be confused with this one.
MAC_PREFIX = b"changtong-home-visit-v1\n"

VISIT_KEY_BYTES = 32


def visit_key(credential_secret: bytes, credential_id: str) -> bytes:
    """The agency's derivation of one credential's visit key from its own secret: nothing per
    credential needs storing, and a kiosk learns only the key of its own credential."""
    return hmac.new(
        credential_secret, b"visit-key\n" + credential_id.encode("ascii"), hashlib.sha256
    ).digest()


def visit_mac(
    key: bytes,
    *,
    kiosk_id: str,
    visitor: str,
    credential_id: str,
    client_reference: str,
    content_hash: str,
) -> str:
    """HMAC-SHA256 (hex) over the claim as the agency will see it: the kiosk and visitor it is
    bound to, the client reference and the content hash the claimant's card also signs."""
    material = MAC_PREFIX + "\n".join(
        (kiosk_id, visitor, credential_id, client_reference, content_hash)
    ).encode("utf-8")
    return hmac.new(key, material, hashlib.sha256).hexdigest()


def proof_entry(visitor: str, credential_id: str, mac: str) -> dict[str, str]:
    """The object stored under `LOGIN_KEY` in a queued item's login."""
    return {"visitor": visitor, "credential": credential_id, "mac": mac}


def split_login(
    login: Mapping[str, Any] | None,
) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """A stored `login` → (the claimant's login as the API takes it, the submission's top-level
    home-visit fields, empty for an ordinary kiosk item)."""
    if login is None:
        return None, {}
    claimant = dict(login)
    if LOGIN_KEY not in claimant:
        return claimant, {}
    visit = claimant.pop(LOGIN_KEY)
    if not isinstance(visit, Mapping):  # claims a home visit but proves none: the agency refuses
        return claimant, {"channel": HOME_VISIT_CHANNEL}
    return claimant, {
        "channel": HOME_VISIT_CHANNEL,
        "visitor": visit.get("visitor"),
        "home_visit": {"credential": visit.get("credential"), "mac": visit.get("mac")},
    }

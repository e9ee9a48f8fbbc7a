"""Kiosk enrolment with a one-time code: what the kiosk and the agency each compute, byte for byte.

Why this shape (docs/fleet.md has the technician's view):
- The code is short enough to type (10 characters, 50 bits) but is never sent: the kiosk proves it
  knows the code with an HMAC under a scrypt verifier of it, bound to the public keys it sends.
  The server stores only the verifier, so a copied database does not reveal an open code.
- The request key is never sent either, not even encrypted: both sides derive it from an X25519
  exchange (an ephemeral server key and the kiosk's ephemeral key) with HKDF salted by the
  verifier. A passive listener lacks the X25519 secrets; an active one lacks the code, so it can
  neither forge the kiosk's proof nor the server's key confirmation.

Both sides compute the transcript, the proof, the key and the confirmation here: were they
copies, a drift would break every enrolment with only "the code is wrong" to show for it.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

# 32 symbols without I, O, 0 and 1, which technicians misread on a phone screen or a printout.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10

TRANSCRIPT_LABEL = b"changtong-enrolment-v1"
VERIFIER_SALT = TRANSCRIPT_LABEL + b"\n"
KEY_INFO = b"changtong kiosk request key v1\n"
KIOSK_PROOF_LABEL = b"kiosk-proof\n"
SERVER_CONFIRM_LABEL = b"server-confirm\n"


def normalize_code(text: str) -> str:
    """Technicians may type lower case, spaces or the hyphen shown between the two groups."""
    return re.sub(r"[\s-]", "", text).upper()


def is_well_formed(text: str) -> bool:
    """Checked by the kiosk before any traffic, so a typo costs no guess against the server's limit."""
    code = normalize_code(text)
    return len(code) == CODE_LENGTH and all(c in CODE_ALPHABET for c in code)


def format_code(code: str) -> str:
    return f"{code[:5]}-{code[5:]}"


def code_verifier(kiosk_id: str, code: str) -> bytes:
    """scrypt, salted by the kiosk id: guessing the code from a stolen verifier costs up to 2^50 scrypt runs."""
    return hashlib.scrypt(
        normalize_code(code).encode("ascii"),
        salt=VERIFIER_SALT + kiosk_id.encode("ascii"),
        n=2**14,
        r=8,
        p=1,
        dklen=32,
    )


def transcript(kiosk_id: str, exchange_public: bytes, signing_public: bytes) -> bytes:
    """What the kiosk's proof binds together: a code proof cannot be reused with other keys."""
    return b"\n".join(
        [
            TRANSCRIPT_LABEL,
            kiosk_id.encode("ascii"),
            exchange_public.hex().encode("ascii"),
            signing_public.hex().encode("ascii"),
        ]
    )


def kiosk_proof(verifier: bytes, binding: bytes) -> bytes:
    return hmac.new(verifier, KIOSK_PROOF_LABEL + binding, hashlib.sha256).digest()


def derive_kiosk_key(shared: bytes, verifier: bytes, binding: bytes, server_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=verifier,
        info=KEY_INFO + binding + b"\n" + server_public.hex().encode("ascii"),
    ).derive(shared)


def server_confirmation(key: bytes, binding: bytes, server_public: bytes) -> bytes:
    return hmac.new(
        key, SERVER_CONFIRM_LABEL + binding + b"\n" + server_public, hashlib.sha256
    ).digest()


def signing_key_id(public_key: bytes) -> str:
    """A short fingerprint for logs, the audit chain and the fleet page."""
    return hashlib.sha256(public_key).hexdigest()[:16]

"""Enrol this kiosk with the agency using the one-time code a technician was given.

The kiosk proves it knows the code without sending it, registers its Ed25519 bundle-signing public
key, and derives its request-signing key from an X25519 exchange, so the key never travels; the
protocol and its reasons are in server/services/enrolment.py and docs/fleet.md. The derivation is
repeated here byte for byte on purpose: the kiosk imports nothing of the server.

Expected faults (wrong code, server down) come back as an `EnrolmentProblem` value that technician
screens and the CLI show; the secrets file changes only after the server proved it derived the
same key.
"""

import hashlib
import hmac
import logging
import re
from dataclasses import dataclass, replace
from pathlib import Path

import requests
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel, ConfigDict, ValidationError

from config.secrets import ensure_secrets, save_secrets

log = logging.getLogger(__name__)

ENROL_PATH = "/api/v1/kiosks/enroll"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10
_VERIFIER_SALT = b"changtong-enrolment-v1\n"
_KEY_INFO = b"changtong kiosk request key v1\n"


@dataclass(frozen=True)
class Enrolled:
    kiosk_id: str
    region_code: str
    site_name: str
    signing_key_id: str


@dataclass(frozen=True)
class EnrolmentProblem:
    """`code` is the server's stable code (or ours for local faults) for translated messages;
    `retry_same_code` says whether trying again with the same code can help."""

    code: str
    message: str
    retry_same_code: bool = False


class _Granted(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    kiosk_id: str
    region_code: str
    site_name: str
    server_public_key: str
    confirmation: str


def normalize_code(text: str) -> str:
    return re.sub(r"[\s-]", "", text).upper()


def code_problem(text: str) -> EnrolmentProblem | None:
    """Checked before any network traffic so a typo is reported at once and costs no server try."""
    code = normalize_code(text)
    if len(code) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in code):
        return EnrolmentProblem(
            "enrolment_code_malformed",
            f"an enrolment code is {CODE_LENGTH} letters and digits like ABCDE-FGH23 "
            "(no I, O, 0 or 1); check what you typed",
            retry_same_code=True,
        )
    return None


def _verifier(kiosk_id: str, code: str) -> bytes:
    return hashlib.scrypt(
        normalize_code(code).encode("ascii"),
        salt=_VERIFIER_SALT + kiosk_id.encode("ascii"),
        n=2**14,
        r=8,
        p=1,
        dklen=32,
    )


def _transcript(kiosk_id: str, exchange_public: bytes, signing_public: bytes) -> bytes:
    return b"\n".join(
        [
            b"changtong-enrolment-v1",
            kiosk_id.encode("ascii"),
            exchange_public.hex().encode("ascii"),
            signing_public.hex().encode("ascii"),
        ]
    )


def _problem_from(response: requests.Response) -> EnrolmentProblem:
    try:
        body = response.json()
        code, message = str(body["code"]), str(body["message"])
    except (ValueError, KeyError, TypeError):
        code, message = f"http_{response.status_code}", response.reason or "error"
    return EnrolmentProblem(code, message, retry_same_code=response.status_code >= 500)


def enrol(
    server_url: str,
    kiosk_id: str,
    code: str,
    secrets_path: Path,
    *,
    verify: bool | str = True,
    timeout_s: tuple[float, float] = (5.0, 30.0),
) -> Enrolled | EnrolmentProblem:
    """Performs the exchange and, on success, writes the new request key into the secrets file
    (atomic, mode 0600). The bundle-signing key already in the file is kept: bundles exported
    before a re-enrolment must still verify."""
    malformed = code_problem(code)
    if malformed is not None:
        return malformed
    secrets = ensure_secrets(secrets_path)
    signing = Ed25519PrivateKey.from_private_bytes(secrets.signing_key)
    signing_public = signing.public_key().public_bytes_raw()
    exchange = X25519PrivateKey.generate()
    exchange_public = exchange.public_key().public_bytes_raw()
    verifier = _verifier(kiosk_id, code)
    binding = _transcript(kiosk_id, exchange_public, signing_public)
    body = {
        "kiosk_id": kiosk_id,
        "exchange_public_key": exchange_public.hex(),
        "signing_public_key": signing_public.hex(),
        "proof": hmac.new(verifier, b"kiosk-proof\n" + binding, hashlib.sha256).hexdigest(),
        "signing_key_proof": signing.sign(binding).hex(),
    }
    try:
        response = requests.post(
            server_url.rstrip("/") + ENROL_PATH, json=body, timeout=timeout_s, verify=verify
        )
    except requests.RequestException as exc:
        log.info("enrolment: agency unreachable (%s)", type(exc).__name__)
        return EnrolmentProblem(
            "unreachable",
            "cannot reach the agency server; check the network and the server URL",
            retry_same_code=True,
        )
    if response.status_code != 200:
        problem = _problem_from(response)
        log.info("enrolment refused: %s", problem.code)
        return problem
    try:
        granted = _Granted.model_validate_json(response.content)
        server_public = bytes.fromhex(granted.server_public_key)
        shared = exchange.exchange(X25519PublicKey.from_public_bytes(server_public))
        confirmation = bytes.fromhex(granted.confirmation)
    except (ValidationError, ValueError):
        return EnrolmentProblem(
            "bad_answer", "the server's answer did not match the enrolment contract"
        )
    key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=verifier,
        info=_KEY_INFO + binding + b"\n" + server_public.hex().encode("ascii"),
    ).derive(shared)
    expected = hmac.new(
        key, b"server-confirm\n" + binding + b"\n" + server_public, hashlib.sha256
    ).digest()
    if not hmac.compare_digest(expected, confirmation) or granted.kiosk_id != kiosk_id:
        # Whoever answered does not know the code: not our agency. Keep the old key.
        log.warning("enrolment: the server's key confirmation does not match")
        return EnrolmentProblem(
            "server_confirmation_invalid",
            "the answer did not prove knowledge of the code; the server URL may be wrong "
            "or the connection intercepted. Nothing was changed",
        )
    save_secrets(replace(secrets, kiosk_key=key), secrets_path)
    key_id = hashlib.sha256(signing_public).hexdigest()[:16]
    log.info("enrolled with the agency", extra={"kiosk_id": kiosk_id, "signing_key_id": key_id})
    return Enrolled(granted.kiosk_id, granted.region_code, granted.site_name, key_id)

"""Enrol this kiosk with the agency using the one-time code a technician was given.

The kiosk proves it knows the code without sending it, registers its Ed25519 bundle-signing public
key, and derives its request-signing key from an X25519 exchange, so the key never travels; the
protocol and its reasons are in contract/enrolment.py and docs/fleet.md. Every byte both sides
must agree on is computed there, by the agency too; this module adds the exchange and the secrets.

Expected faults (wrong code, server down) come back as an `EnrolmentProblem` value that technician
screens and the CLI show; the secrets file changes only after the server proved it derived the
same key.
"""

import hmac
import logging
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from pydantic import BaseModel, ConfigDict, ValidationError

from config.secrets import ensure_secrets, save_secrets
from contract.enrolment import (
    CODE_LENGTH,
    code_verifier,
    derive_kiosk_key,
    is_well_formed,
    kiosk_proof,
    server_confirmation,
    signing_key_id,
    transcript,
)
from contract.errors import ErrorCode
from kiosk.api import unsigned

log = logging.getLogger(__name__)

ENROL_PATH = unsigned.ENROL_PATH


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


def code_problem(text: str) -> EnrolmentProblem | None:
    """Checked before any network traffic so a typo is reported at once and costs no server try."""
    if not is_well_formed(text):
        return EnrolmentProblem(
            ErrorCode.ENROLMENT_CODE_MALFORMED,
            f"an enrolment code is {CODE_LENGTH} letters and digits like ABCDE-FGH23 "
            "(no I, O, 0 or 1); check what you typed",
            retry_same_code=True,
        )
    return None


def _problem_from(answer: unsigned.HttpAnswer) -> EnrolmentProblem:
    code, message = answer.error_code() or (f"http_{answer.status}", answer.reason or "error")
    return EnrolmentProblem(code, message, retry_same_code=answer.status >= 500)


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
    verifier = code_verifier(kiosk_id, code)
    binding = transcript(kiosk_id, exchange_public, signing_public)
    body = {
        "kiosk_id": kiosk_id,
        "exchange_public_key": exchange_public.hex(),
        "signing_public_key": signing_public.hex(),
        "proof": kiosk_proof(verifier, binding).hex(),
        "signing_key_proof": signing.sign(binding).hex(),
    }
    response = unsigned.post_enrolment(server_url, body, timeout_s=timeout_s, verify=verify)
    if isinstance(response, unsigned.Unreachable):
        log.info("enrolment: agency unreachable (%s)", response.error)
        return EnrolmentProblem(
            "unreachable",
            "cannot reach the agency server; check the network and the server URL",
            retry_same_code=True,
        )
    if response.status != 200:
        problem = _problem_from(response)
        log.info("enrolment refused: %s", problem.code)
        return problem
    try:
        granted = _Granted.model_validate_json(response.body)
        server_public = bytes.fromhex(granted.server_public_key)
        shared = exchange.exchange(X25519PublicKey.from_public_bytes(server_public))
        confirmation = bytes.fromhex(granted.confirmation)
    except (ValidationError, ValueError):
        return EnrolmentProblem(
            "bad_answer", "the server's answer did not match the enrolment contract"
        )
    key = derive_kiosk_key(shared, verifier, binding, server_public)
    expected = server_confirmation(key, binding, server_public)
    if not hmac.compare_digest(expected, confirmation) or granted.kiosk_id != kiosk_id:
        # Whoever answered does not know the code: not our agency. Keep the old key.
        log.warning("enrolment: the server's key confirmation does not match")
        return EnrolmentProblem(
            "server_confirmation_invalid",
            "the answer did not prove knowledge of the code; the server URL may be wrong "
            "or the connection intercepted. Nothing was changed",
        )
    save_secrets(replace(secrets, kiosk_key=key), secrets_path)
    key_id = signing_key_id(signing_public)
    log.info("enrolled with the agency", extra={"kiosk_id": kiosk_id, "signing_key_id": key_id})
    return Enrolled(granted.kiosk_id, granted.region_code, granted.site_name, key_id)

"""Enrolment computes the same bytes on both sides and across versions: a kiosk enrolling with an
agency of another release still derives the same request key.

The vectors were computed by the derivation as the kiosk and the agency each carried it before
it moved to contract/enrolment.py; a change here is a change of the enrolment protocol."""

import pytest

from contract.enrolment import (
    code_verifier,
    derive_kiosk_key,
    format_code,
    is_well_formed,
    kiosk_proof,
    normalize_code,
    server_confirmation,
    transcript,
)

KIOSK = "kiosk-222405-001"
EXCHANGE, SIGNING, SERVER, SHARED = (bytes(range(n, n + 32)) for n in (0, 32, 64, 96))


def test_the_derivation_matches_the_published_vectors() -> None:
    verifier = code_verifier(KIOSK, "abcde-fgh23")
    binding = transcript(KIOSK, EXCHANGE, SIGNING)
    assert binding == b"\n".join(
        [b"changtong-enrolment-v1", KIOSK.encode(), EXCHANGE.hex().encode(), SIGNING.hex().encode()]
    )
    assert verifier.hex() == "6e07426e16543e53cdaea3e7a740eda37ec1fc1cec79248b2831712b7985028e"
    assert kiosk_proof(verifier, binding).hex() == (
        "5a04898e0005febb1a684a67ed2fb79aaf5929f9dab2dd1cc85647cd8ce2e285"
    )
    key = derive_kiosk_key(SHARED, verifier, binding, SERVER)
    assert key.hex() == "01dd29b81ffee0f90b3179b28faf21d916f5e9cc9ee70a627b885c183786bfb6"
    assert server_confirmation(key, binding, SERVER).hex() == (
        "603c0d8e0886be211620b3d1a188eed97f74aec2e60278e0f9b759016afb07d7"
    )


def test_the_code_as_typed_and_as_printed_give_one_verifier() -> None:
    assert normalize_code(" abcde-fgh23 ") == "ABCDEFGH23"
    assert format_code("ABCDEFGH23") == "ABCDE-FGH23"
    assert code_verifier(KIOSK, "ABCDE FGH23") == code_verifier(KIOSK, "abcdefgh23")
    assert code_verifier(KIOSK, "ABCDEFGH23") != code_verifier("kiosk-222405-002", "ABCDEFGH23")


def test_the_proof_binds_the_keys_it_was_made_with() -> None:
    verifier = code_verifier(KIOSK, "ABCDEFGH23")
    proof = kiosk_proof(verifier, transcript(KIOSK, EXCHANGE, SIGNING))
    assert proof != kiosk_proof(verifier, transcript(KIOSK, SERVER, SIGNING))
    assert proof != kiosk_proof(verifier, transcript(KIOSK, EXCHANGE, SERVER))


@pytest.mark.parametrize(
    ("typed", "ok"),
    [
        ("ABCDE-FGH23", True),
        ("abcde fgh23", True),
        ("ABCDE-FGH2", False),
        ("ABCDE-FGH2I", False),
        ("ABCDE-FGH20", False),
        ("ＡBCDE-FGH23", False),
    ],
)
def test_malformed_codes_are_found_before_any_traffic(typed: str, ok: bool) -> None:
    assert is_well_formed(typed) is ok

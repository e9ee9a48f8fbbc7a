"""SM4 test crypto shared by the simulated 3.00 card and the simulated security module.

The real RKSSSE diversification is not public (social-security-card.md §8); this scheme is the
agency's card-login scheme of contract/card_proof.py, so the simulated PSAM, the simulated card
and the agency agree: card key = SM4(master, identification code), internal auth = SM4(card key,
random), external auth = SM4(card key, challenge || 0*8).
"""

from __future__ import annotations

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def sm4_ecb(key: bytes, block: bytes) -> bytes:
    encryptor = Cipher(algorithms.SM4(key), modes.ECB()).encryptor()
    return encryptor.update(block) + encryptor.finalize()


def card_key(master_key: bytes, identification_code: bytes) -> bytes:
    return sm4_ecb(master_key, identification_code[:16].ljust(16, b"\x00"))


def internal_auth_reply(key: bytes, random16: bytes) -> bytes:
    return sm4_ecb(key, random16)


def external_auth_cryptogram(key: bytes, challenge8: bytes) -> bytes:
    return sm4_ecb(key, challenge8 + bytes(8))

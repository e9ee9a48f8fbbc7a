"""What both bank file formats share: pipe-separated UTF-8 lines, a SHA-256 over the body and an
Ed25519 signature over that hash in a trailer.

The signature covers a purpose string as well as the hash, so a signature made for one kind of
file (or for a field-staff acknowledgement, which the same agency key signs) can never be
presented as a signature over another kind.
"""

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

SEPARATOR = "|"
TRAILER = "T"


class BankFileError(Exception):
    """The file is not what it claims to be: malformed, altered, or signed by someone else."""


def signed_message(purpose: str, body_sha256: str) -> bytes:
    return f"{purpose}\n{body_sha256}".encode("ascii")


def key_id(public_key: Ed25519PublicKey) -> str:
    """A short, stable name of a signing key: the first 16 hex digits of SHA-256 of its raw bytes.
    The batch header names the agency by it, so the bank picks the key to verify with."""
    raw = public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def seal(purpose: str, body_lines: list[str], signer: Ed25519PrivateKey) -> bytes:
    """Body lines, then `T|<sha256 hex of the body bytes>|<base64 signature>`, LF-terminated."""
    body = "".join(f"{line}\n" for line in body_lines).encode("utf-8")
    digest = hashlib.sha256(body).hexdigest()
    signature = base64.b64encode(signer.sign(signed_message(purpose, digest))).decode("ascii")
    return body + f"{TRAILER}{SEPARATOR}{digest}{SEPARATOR}{signature}\n".encode("ascii")


@dataclass(frozen=True)
class Opened:
    lines: list[list[str]]  # the body's lines split into fields
    body_sha256: str


def open_sealed(purpose: str, data: bytes, verifier: Ed25519PublicKey) -> Opened:
    """Checks the trailer's hash and signature; only then is the body parsed."""
    if not data.endswith(b"\n"):
        raise BankFileError("the file does not end with a line break: it is cut short")
    body, _, trailer_line = data[:-1].rpartition(b"\n")
    body = body + b"\n" if body else b""
    try:
        trailer = trailer_line.decode("ascii").split(SEPARATOR)
    except UnicodeDecodeError:
        raise BankFileError("the trailer line is not ASCII") from None
    if len(trailer) != 3 or trailer[0] != TRAILER:
        raise BankFileError("the last line is not a trailer T|<sha256>|<signature>")
    digest = hashlib.sha256(body).hexdigest()
    if trailer[1] != digest:
        raise BankFileError("the body does not match the hash in the trailer: the file was altered")
    try:
        signature = base64.b64decode(trailer[2], validate=True)
        # Only the canonical spelling: base64 leaves spare bits in the last character, and a
        # file must not have two byte-different forms that both verify.
        if base64.b64encode(signature).decode("ascii") != trailer[2]:
            raise ValueError("non-canonical base64")
        verifier.verify(signature, signed_message(purpose, digest))
    except (binascii.Error, ValueError, InvalidSignature):
        raise BankFileError("the signature does not verify with the expected key") from None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BankFileError("the body is not UTF-8") from None
    return Opened([line.split(SEPARATOR) for line in text.splitlines()], digest)


def whole_number(text: str, what: str) -> int:
    if not text.isascii() or not text.isdigit():
        raise BankFileError(f"{what} must be a whole number, not {text[:20]!r}")
    return int(text)

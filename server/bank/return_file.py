"""The bank's answer to a batch: for each line, paid, returned (e.g. account closed) or failed.

Format CTRET version 1 (docs/bank.md), UTF-8, LF line ends, fields separated by `|`:

    H|CTRET|1|<agency key id>|<batch id>|<line count>
    R|<payment id>|<paid|returned|failed>|<amount fen>|<bank reference>|<reason code>
    ...
    T|<SHA-256 hex of the H and R lines>|<base64 Ed25519 signature of the bank>

Signed by the bank over "changtong-bank-return-v1\\n" + hash, because a return file moves money:
a forged "returned" line makes a month owed again, and the next release would pay it twice. The
agency installs the bank's public key once (docs/bank.md); an unsigned file is refused.
"""

import re
from dataclasses import dataclass
from enum import StrEnum

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from server.bank.file_format import BankFileError, open_sealed, seal, whole_number

PURPOSE = "changtong-bank-return-v1"
MAGIC = "CTRET"
VERSION = "1"
TEXT_FIELD = re.compile(r"^[0-9A-Za-z_.:/-]{0,64}$")


class ReturnStatus(StrEnum):
    PAID = "paid"
    RETURNED = "returned"
    FAILED = "failed"


@dataclass(frozen=True)
class ReturnLine:
    line_number: int
    payment_id: int
    status: ReturnStatus
    amount_fen: int
    bank_reference: str
    reason: str


@dataclass(frozen=True)
class ReturnFile:
    agency_key_id: str
    batch_id: int
    lines: tuple[ReturnLine, ...]
    body_sha256: str


def render(
    agency_key_id: str, batch_id: int, lines: list[ReturnLine], signer: Ed25519PrivateKey
) -> bytes:
    """The bank's side, for its implementers and for tests that play the bank."""
    header = f"H|{MAGIC}|{VERSION}|{agency_key_id}|{batch_id}|{len(lines)}"
    rows = [
        f"R|{line.payment_id}|{line.status.value}|{line.amount_fen}|{line.bank_reference}|{line.reason}"
        for line in lines
    ]
    return seal(PURPOSE, [header, *rows], signer)


def parse(data: bytes, bank_key: Ed25519PublicKey) -> ReturnFile:
    opened = open_sealed(PURPOSE, data, bank_key)
    if not opened.lines:
        raise BankFileError("the file has no header")
    header, *rows = opened.lines
    if len(header) != 6 or header[:3] != ["H", MAGIC, VERSION]:
        raise BankFileError("the first line is not a CTRET version 1 header")
    lines = []
    for number, row in enumerate(rows, start=2):
        if len(row) != 6 or row[0] != "R":
            raise BankFileError(
                f"line {number} is not an R|payment|status|amount|reference|reason line"
            )
        try:
            status = ReturnStatus(row[2])
        except ValueError:
            raise BankFileError(f"line {number}: status must be paid, returned or failed") from None
        if not (TEXT_FIELD.match(row[4]) and TEXT_FIELD.match(row[5])):
            raise BankFileError(f"line {number}: reference or reason has characters not allowed")
        lines.append(
            ReturnLine(
                number,
                whole_number(row[1], f"line {number} payment id"),
                status,
                whole_number(row[3], f"line {number} amount"),
                row[4],
                row[5],
            )
        )
    if whole_number(header[5], "line count") != len(lines):
        raise BankFileError("the header's line count differs from the lines in the file")
    return ReturnFile(
        header[3], whole_number(header[4], "batch id"), tuple(lines), opened.body_sha256
    )

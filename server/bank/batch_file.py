"""The batch file the agency hands to the bank: one line per benefit month to transfer.

Format CTBANK version 1 (docs/bank.md), UTF-8, LF line ends, fields separated by `|`:

    H|CTBANK|1|<agency key id>|<batch id>|<YYYY-MM>|<line count>|<total fen>
    D|<payment id>|<account>|<amount fen>
    ...
    T|<SHA-256 hex of the H and D lines>|<base64 Ed25519 signature>

The signature is the agency's (server/agency_keys.py) over "changtong-bank-batch-v1\\n" + hash.
"""

import re
from dataclasses import dataclass
from datetime import date

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from server.bank.file_format import BankFileError, key_id, open_sealed, seal, whole_number

PURPOSE = "changtong-bank-batch-v1"
MAGIC = "CTBANK"
VERSION = "1"
# A bank account number, or `CARD:<card region>:<card number>` for the financial account of the
# claimant's social security card (the bank links card and account): letters, digits, `-` and
# `:` only, so that no value can carry a separator or a line break into the file.
ACCOUNT = re.compile(r"^[0-9A-Za-z:-]{6,48}$")


@dataclass(frozen=True)
class BatchLine:
    payment_id: int
    account: str
    amount_fen: int

    def __repr__(self) -> str:  # an account never reaches a log through a repr
        return f"BatchLine(payment_id={self.payment_id}, amount_fen={self.amount_fen})"


@dataclass(frozen=True)
class Batch:
    agency_key_id: str
    batch_id: int
    month: date
    lines: tuple[BatchLine, ...]
    body_sha256: str = ""

    @property
    def total_fen(self) -> int:
        return sum(line.amount_fen for line in self.lines)


def render(batch: Batch, signer: Ed25519PrivateKey) -> bytes:
    for line in batch.lines:
        if not ACCOUNT.match(line.account):
            raise BankFileError(
                f"payment {line.payment_id}: the account on file is not a bank account number"
            )
        if line.amount_fen <= 0:
            raise BankFileError(f"payment {line.payment_id}: amount must be positive")
    header = "|".join(
        (
            "H",
            MAGIC,
            VERSION,
            batch.agency_key_id,
            str(batch.batch_id),
            batch.month.strftime("%Y-%m"),
            str(len(batch.lines)),
            str(batch.total_fen),
        )
    )
    details = [f"D|{line.payment_id}|{line.account}|{line.amount_fen}" for line in batch.lines]
    return seal(PURPOSE, [header, *details], signer)


def _month(text: str) -> date:
    match = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if not match or not 1 <= int(match[2]) <= 12:
        raise BankFileError("the header's month is not YYYY-MM")
    return date(int(match[1]), int(match[2]), 1)


def parse(data: bytes, agency_key: Ed25519PublicKey) -> Batch:
    """What the bank does on receipt: verify, then read; any disagreement refuses the whole file."""
    opened = open_sealed(PURPOSE, data, agency_key)
    if not opened.lines:
        raise BankFileError("the file has no header")
    header, *rows = opened.lines
    if len(header) != 8 or header[:3] != ["H", MAGIC, VERSION]:
        raise BankFileError("the first line is not a CTBANK version 1 header")
    if header[3] != key_id(agency_key):
        raise BankFileError("the header names another agency key")
    lines = []
    for number, row in enumerate(rows, start=2):
        if len(row) != 4 or row[0] != "D":
            raise BankFileError(f"line {number} is not a D|payment|account|amount line")
        if not ACCOUNT.match(row[2]):
            raise BankFileError(f"line {number}: the account field is malformed")
        lines.append(
            BatchLine(
                whole_number(row[1], f"line {number} payment id"),
                row[2],
                whole_number(row[3], f"line {number} amount"),
            )
        )
    batch = Batch(
        header[3],
        whole_number(header[4], "batch id"),
        _month(header[5]),
        tuple(lines),
        opened.body_sha256,
    )
    if whole_number(header[6], "line count") != len(lines):
        raise BankFileError("the header's line count differs from the lines in the file")
    if whole_number(header[7], "total") != batch.total_fen:
        raise BankFileError("the header's total differs from the sum of the lines")
    if len({line.payment_id for line in lines}) != len(lines):
        raise BankFileError("a payment id appears twice in the batch")
    return batch


def agency_key_id(signer: Ed25519PrivateKey) -> str:
    return key_id(signer.public_key())

"""`kiosk server payments export`: a month's released payments become one signed batch file.

Idempotent by construction: only payments still `released` are taken, and in the same
transaction they become `sent` with the batch's id, so exporting a month again writes only the
months released since (or, with none, refuses and writes nothing). The file is created with
O_EXCL and mode 0600 before anything is read, written and synced before the transaction commits,
and removed if the transaction fails: there is never a committed batch without its file, nor a
file whose payments are still `released`. Its content (accounts) is never logged or printed.
"""

import hashlib
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from server import audit
from server.bank import batch_file
from server.bank.file_format import BankFileError
from server.db import transaction
from server.db_types import utcnow
from server.models import (
    BankBatch,
    BankBatchItem,
    BankOutcome,
    Claim,
    Claimant,
    Payment,
    PaymentState,
)

SSCARD_PREFIX = "sscard:"


class ExportRefused(Exception):
    """Nothing was written and nothing changed; the message says why."""


@dataclass(frozen=True)
class ExportReport:
    batch_id: int
    month: date
    count: int
    total_fen: int
    file_sha256: str
    path: Path


def bank_account(claimant: Claimant) -> str:
    """The account field of a batch line: the account on file, or, when the benefit goes to the
    financial account of the social security card (社银接口), the card that names it."""
    account = claimant.payment_account
    if account.startswith(SSCARD_PREFIX):
        return f"CARD:{claimant.card_region}:{claimant.card_number}"
    return account


def _build(
    session: Session, signer: Ed25519PrivateKey, month: date, actor: str
) -> tuple[BankBatch, bytes]:
    rows = session.execute(
        select(Payment, Claimant)
        .join(Claim, Claim.id == Payment.claim_id)
        .join(Claimant, Claimant.id == Claim.claimant_id)
        .where(Payment.period_month == month, Payment.state == PaymentState.RELEASED)
        .order_by(Payment.id)
        .with_for_update(of=Payment)
    ).all()
    if not rows:
        raise ExportRefused(
            f"no released payment for {month:%Y-%m} is waiting to be sent; nothing was written"
        )
    lines = tuple(
        batch_file.BatchLine(payment.id, bank_account(claimant), payment.amount_fen)
        for payment, claimant in rows
    )
    batch = BankBatch(
        month=month,
        created_at=utcnow(),
        created_by=actor,
        file_sha256="",
        payment_count=len(lines),
        total_fen=sum(line.amount_fen for line in lines),
    )
    session.add(batch)
    session.flush()
    try:
        data = batch_file.render(
            batch_file.Batch(batch_file.agency_key_id(signer), batch.id, month, lines), signer
        )
    except BankFileError as exc:
        raise ExportRefused(f"{exc}; nothing was written") from None
    batch.file_sha256 = hashlib.sha256(data).hexdigest()
    for payment, _ in rows:
        session.add(
            BankBatchItem(
                batch_id=batch.id,
                payment_id=payment.id,
                amount_fen=payment.amount_fen,
                outcome=BankOutcome.SENT,
            )
        )
        payment.state = PaymentState.SENT
        payment.batch_id = batch.id
    audit.append(
        session,
        actor=actor,
        action="bank.export",
        subject=f"bank-batch:{batch.id}",
        details={
            "month": month.strftime("%Y-%m"),
            "count": batch.payment_count,
            "total_fen": batch.total_fen,
            "file_sha256": batch.file_sha256,
        },
    )
    session.flush()
    return batch, data


def export_month(
    factory: sessionmaker[Session],
    signer: Ed25519PrivateKey,
    month: date,
    out: Path,
    actor: str,
) -> ExportReport:
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ExportRefused(f"{out} already exists; a batch file is never overwritten") from None
    except OSError as exc:
        raise ExportRefused(f"cannot create {out}: {exc.strerror}") from None
    written = False
    try:
        with os.fdopen(fd, "wb") as fh, transaction(factory) as session:
            batch, data = _build(session, signer, month, actor)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            report = ExportReport(
                batch.id, month, batch.payment_count, batch.total_fen, batch.file_sha256, out
            )
        written = True
    finally:
        if not written:
            out.unlink(missing_ok=True)
    return report

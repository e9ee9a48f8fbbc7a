"""`kiosk server payments import-return`: the bank's answer to a batch, line by line.

A line is applied only when it answers a line of that batch that is still waiting (`sent`), with
the amount that was sent. Everything else is reported and changes nothing: an id the batch does
not hold, an amount that differs, a payment named twice in the file, a line for a payment the
bank already answered. A returned or failed month goes back to the claim as owed (the ledger
counts only released, sent and paid months), for finance to release again after the account is
corrected. The whole file is refused, with nothing applied, if its hash or signature is wrong.
"""

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from server import audit
from server.bank import return_file
from server.bank.file_format import BankFileError
from server.db import transaction
from server.db_types import utcnow
from server.models import BankBatch, BankBatchItem, BankOutcome, Payment, PaymentState


class LineProblem(StrEnum):
    UNKNOWN_PAYMENT = "unknown_payment"  # not a line of this batch
    AMOUNT_DIFFERS = "amount_differs"  # not what the batch sent
    DUPLICATE = "duplicate"  # the same payment more than once in this file: none applied
    ALREADY_ANSWERED = "already_answered"  # an earlier return file settled this line


@dataclass(frozen=True)
class Problem:
    line_number: int
    payment_id: int
    problem: LineProblem


@dataclass
class ImportReport:
    batch_id: int
    applied: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    unanswered: int = 0  # lines of the batch still waiting for the bank

    @property
    def clean(self) -> bool:
        return not self.problems


_PAYMENT_STATE = {
    return_file.ReturnStatus.PAID: PaymentState.PAID,
    return_file.ReturnStatus.RETURNED: PaymentState.RETURNED,
    return_file.ReturnStatus.FAILED: PaymentState.FAILED,
}


def import_return(
    factory: sessionmaker[Session],
    data: bytes,
    bank_key: Ed25519PublicKey,
    agency_key_id: str,
    actor: str,
) -> ImportReport:
    parsed = return_file.parse(data, bank_key)
    if parsed.agency_key_id != agency_key_id:
        raise BankFileError("the return file answers another agency's batch")
    with transaction(factory) as session:
        batch = session.get(BankBatch, parsed.batch_id)
        if batch is None:
            raise BankFileError(f"the return file answers batch {parsed.batch_id}, unknown here")
        items = {
            item.payment_id: item
            for item in session.execute(
                select(BankBatchItem).where(BankBatchItem.batch_id == batch.id).with_for_update()
            ).scalars()
        }
        report = ImportReport(batch.id)
        # A payment named twice is ambiguous (which answer is the bank's?): none of its lines
        # is applied, all are reported.
        named = Counter(line.payment_id for line in parsed.lines)
        twice = {pid for pid, n in named.items() if n > 1}
        now = utcnow()
        settled: dict[str, list[int]] = {}
        for line in parsed.lines:
            item = items.get(line.payment_id)
            problem = None
            if line.payment_id in twice:
                problem = LineProblem.DUPLICATE
            elif item is None:
                problem = LineProblem.UNKNOWN_PAYMENT
            elif line.amount_fen != item.amount_fen:
                problem = LineProblem.AMOUNT_DIFFERS
            elif item.outcome != BankOutcome.SENT:
                problem = LineProblem.ALREADY_ANSWERED
            if problem is not None or item is None:
                report.problems.append(
                    Problem(
                        line.line_number, line.payment_id, problem or LineProblem.UNKNOWN_PAYMENT
                    )
                )
                continue
            item.outcome = BankOutcome(line.status.value)
            item.bank_reference = line.bank_reference or None
            item.reason = line.reason or None
            item.settled_at = now
            item.return_sha256 = parsed.body_sha256
            payment = session.get(Payment, item.payment_id, with_for_update=True)
            # The payment row follows the bank only while it is in this batch: a month already
            # released anew after an earlier return is not moved by a late answer to the old one.
            if payment is not None and payment.batch_id == batch.id:
                payment.state = _PAYMENT_STATE[line.status]
                payment.settled_at = now
                if line.status != return_file.ReturnStatus.PAID:
                    payment.return_reason = line.reason or line.status.value
            report.applied[line.status.value] = report.applied.get(line.status.value, 0) + 1
            settled.setdefault(line.status.value, []).append(line.payment_id)
        report.unanswered = sum(1 for item in items.values() if item.outcome == BankOutcome.SENT)
        audit.append(
            session,
            actor=actor,
            action="bank.return",
            subject=f"bank-batch:{batch.id}",
            details={
                "return_sha256": parsed.body_sha256,
                "applied": report.applied,
                "returned_or_failed": sorted(
                    settled.get("returned", []) + settled.get("failed", [])
                ),
                "problems": [
                    {"line": p.line_number, "payment_id": p.payment_id, "problem": p.problem.value}
                    for p in report.problems
                ],
            },
        )
    return report

"""Monthly reconciliation (notice §5): business, finance and bank records must agree, payment by
payment, for each benefit month.

- business: what the claims say is paid out for the month (payments released, sent or paid; a
  returned or failed month is owed again and counts nothing);
- finance: what the agency's batches ordered the bank to transfer, less the transfers the bank
  gave back (returned or failed);
- bank: what the bank confirmed it credited (return lines `paid`).
For every payment the three amounts must be equal. Any difference is listed with the payment id
and a problem code; nothing is averaged away, so two errors cannot hide each other in a total.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import BankBatchItem, BankOutcome, Payment, PaymentState

BUSINESS_STATES = (PaymentState.RELEASED, PaymentState.SENT, PaymentState.PAID)


class Mismatch(StrEnum):
    NOT_SENT = "released_not_sent"  # released, in no batch yet
    AWAITING_BANK = "awaiting_bank"  # in a batch, the bank has not answered
    AMOUNT_DIFFERS = "amount_differs"  # the claim's amount is not what was sent or credited
    SENT_WITHOUT_RELEASE = "sent_without_release"  # transferred, but the claim owes nothing
    SENT_TWICE = "sent_twice"  # more than one live transfer for one month
    BANK_DIFFERS = "bank_differs"  # the bank credited something other than what was sent


@dataclass(frozen=True)
class Totals:
    count: int
    total_fen: int

    @staticmethod
    def of(amounts: dict[int, int]) -> "Totals":
        live = [a for a in amounts.values() if a]
        return Totals(len(live), sum(live))


@dataclass(frozen=True)
class Difference:
    payment_id: int
    business_fen: int
    finance_fen: int
    bank_fen: int
    problem: Mismatch


@dataclass(frozen=True)
class Reconciliation:
    month: date
    business: Totals
    finance: Totals
    bank: Totals
    differences: list[Difference] = field(default_factory=list)

    @property
    def agrees(self) -> bool:
        return not self.differences and self.business == self.finance == self.bank

    def as_json(self) -> dict[str, Any]:
        return {
            "month": self.month.strftime("%Y-%m"),
            "agrees": self.agrees,
            "business": self.business.__dict__,
            "finance": self.finance.__dict__,
            "bank": self.bank.__dict__,
            "mismatches": [
                {
                    "payment_id": d.payment_id,
                    "business_fen": d.business_fen,
                    "finance_fen": d.finance_fen,
                    "bank_fen": d.bank_fen,
                    "problem": d.problem.value,
                }
                for d in self.differences
            ],
        }


def _problem(
    business: int, finance: int, bank: int, live_items: int, waiting: bool
) -> Mismatch | None:
    if live_items > 1:
        return Mismatch.SENT_TWICE
    if business and not finance:
        return Mismatch.NOT_SENT
    if finance and not business:
        return Mismatch.SENT_WITHOUT_RELEASE
    if business != finance:
        return Mismatch.AMOUNT_DIFFERS
    if bank != finance:
        return Mismatch.AWAITING_BANK if waiting and not bank else Mismatch.BANK_DIFFERS
    return None


def reconcile(session: Session, month: date) -> Reconciliation:
    payments = session.execute(
        select(Payment.id, Payment.amount_fen, Payment.state).where(Payment.period_month == month)
    ).all()
    business = {pid: amount if state in BUSINESS_STATES else 0 for pid, amount, state in payments}
    items = session.execute(
        select(BankBatchItem.payment_id, BankBatchItem.amount_fen, BankBatchItem.outcome)
        .join(Payment, Payment.id == BankBatchItem.payment_id)
        .where(Payment.period_month == month)
    ).all()
    finance: dict[int, int] = defaultdict(int)
    bank: dict[int, int] = defaultdict(int)
    live: dict[int, int] = defaultdict(int)
    waiting: set[int] = set()
    for pid, amount, outcome in items:
        if outcome in (BankOutcome.SENT, BankOutcome.PAID):
            finance[pid] += amount
            live[pid] += 1
        if outcome == BankOutcome.PAID:
            bank[pid] += amount
        if outcome == BankOutcome.SENT:
            waiting.add(pid)
    differences = []
    for pid in sorted(set(business) | set(finance) | set(bank)):
        b, f, k = business.get(pid, 0), finance.get(pid, 0), bank.get(pid, 0)
        problem = _problem(b, f, k, live.get(pid, 0), pid in waiting)
        if problem is not None:
            differences.append(Difference(pid, b, f, k, problem))
    return Reconciliation(
        month, Totals.of(business), Totals.of(dict(finance)), Totals.of(dict(bank)), differences
    )

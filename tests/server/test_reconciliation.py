"""Monthly reconciliation (notice §5): business, finance and bank totals side by side; a month
agrees only when every payment agrees, and each disagreement is named by payment id (issue 10 §7)."""

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import update

from server.models import Payment
from server.synthetic import Scenario
from tests.server.bank_kit import Bank, granted, kiosk_server, open_desk, payments_of, released


def _cycle(agency, capsys, bank: Bank, references: list[str], month: str, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    """Export the month, and let the bank pay every line of it."""
    out = tmp / f"batch-{month}.txt"
    ran = kiosk_server(agency, capsys, "payments", "export", "--month", month, "--out", str(out))
    assert ran.code == 0, ran.err
    batch = int(ran.out.split()[2])
    rows = [payments_of(agency, r)[month] for r in references]
    answer = bank.answer(
        batch, [(p.id, "paid", p.amount_fen) for p in rows], tmp / f"ret-{month}.txt"
    )
    assert kiosk_server(agency, capsys, "payments", "import-return", str(answer)).code == 0


def test_a_month_paid_as_released_reconciles(
    any_agency, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    bank = Bank(any_agency)
    with open_desk(any_agency) as desk:
        references = [
            granted(desk, Scenario.ELIGIBLE_18_MONTHS),
            granted(desk, Scenario.ELIGIBLE_24_MONTHS),
        ]
        for reference in references:
            released(desk, reference)
    _cycle(any_agency, capsys, bank, references, "2026-12", tmp_path)
    total = sum(payments_of(any_agency, r)["2026-12"].amount_fen for r in references)

    ran = kiosk_server(any_agency, capsys, "reconcile", "--month", "2026-12", "--json")
    assert ran.code == 0, ran.out
    report = json.loads(ran.out)
    assert report["agrees"] is True and report["mismatches"] == []
    expected = {"count": 2, "total_fen": total}
    assert report["business"] == report["finance"] == report["bank"] == expected
    human = kiosk_server(any_agency, capsys, "reconcile", "--month", "2026-12")
    assert human.code == 0 and "all three agree" in human.out


def test_every_disagreement_is_named_by_payment_id(
    any_agency, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    bank = Bank(any_agency)
    month = "2027-01"  # a month of its own, so the other test's month stays clean
    with open_desk(any_agency, date(2027, 1, 5)) as desk:
        tampered, waiting, unsent = (
            granted(desk, Scenario.ELIGIBLE_12_MONTHS),
            granted(desk, Scenario.REEMPLOYED_CARRY_OVER),
            granted(desk, Scenario.CARRY_OVER_CAPPED),
        )
        released(desk, tampered)
        _cycle(any_agency, capsys, bank, [tampered], month, tmp_path)
        released(desk, waiting)
        out = tmp_path / "batch-waiting.txt"
        assert (
            kiosk_server(
                any_agency, capsys, "payments", "export", "--month", month, "--out", str(out)
            ).code
            == 0
        )
        released(desk, unsent)
    planted = payments_of(any_agency, tampered)[month]
    # Someone changes the amount on the claim's side after the bank paid it.
    with any_agency.sessions()() as session, session.begin():
        session.execute(
            update(Payment)
            .where(Payment.id == planted.id)
            .values(amount_fen=planted.amount_fen + 5000)
        )

    ran = kiosk_server(any_agency, capsys, "reconcile", "--month", month, "--json")
    assert ran.code == 1
    report = json.loads(ran.out)
    problems = {m["payment_id"]: m["problem"] for m in report["mismatches"]}
    assert problems[planted.id] == "amount_differs"
    assert problems[payments_of(any_agency, waiting)[month].id] == "awaiting_bank"
    assert problems[payments_of(any_agency, unsent)[month].id] == "released_not_sent"
    row = next(m for m in report["mismatches"] if m["payment_id"] == planted.id)
    assert (row["business_fen"] - row["finance_fen"], row["finance_fen"]) == (5000, row["bank_fen"])
    assert report["agrees"] is False
    human = kiosk_server(any_agency, capsys, "reconcile", "--month", month)
    assert human.code == 1 and f"MISMATCH payment {planted.id}: amount_differs" in human.out


def test_staff_read_the_same_report_over_the_api(any_agency) -> None:  # type: ignore[no-untyped-def]
    import requests

    from tests.server.ledger_kit import staff_header

    answer = requests.get(
        f"{any_agency.url}/api/v1/staff/reconciliation",
        params={"month": "2026-11"},
        headers=staff_header(any_agency, "cashier"),
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["business"] == {"count": 0, "total_fen": 0}
    bad = requests.get(
        f"{any_agency.url}/api/v1/staff/reconciliation",
        params={"month": "2026-13"},
        headers=staff_header(any_agency, "cashier"),
        timeout=10,
    )
    assert (bad.status_code, bad.json()["code"]) == (422, "invalid_request")

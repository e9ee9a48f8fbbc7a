"""The bank's return file: paid and returned lines are recorded, a returned month is owed again
and goes out in a later batch, and what does not match what was sent is reported, not applied
(issue 10 §7)."""

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from server.models import AuditEntry, BankBatchItem, PaymentState
from server.synthetic import Scenario
from tests.server.bank_kit import Bank, granted, kiosk_server, open_desk, payments_of, released


def _export(agency, capsys, month: str, out: Path) -> int:  # type: ignore[no-untyped-def]
    ran = kiosk_server(agency, capsys, "payments", "export", "--month", month, "--out", str(out))
    assert ran.code == 0, ran.err
    return int(ran.out.split()[2])  # "bank batch <id> for ..."


def test_paid_and_returned_lines_are_recorded_and_a_returned_month_is_paid_again(
    any_agency, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    bank = Bank(any_agency)
    with open_desk(any_agency) as desk:
        kept, bounced = (
            granted(desk, Scenario.ELIGIBLE_18_MONTHS),
            granted(desk, Scenario.ELIGIBLE_24_MONTHS),
        )
        released(desk, kept)
        released(desk, bounced)
        batch = _export(any_agency, capsys, "2026-12", tmp_path / "batch.txt")
        paid, returned = (
            payments_of(any_agency, kept)["2026-12"],
            payments_of(any_agency, bounced)["2026-12"],
        )
        answer = bank.answer(
            batch,
            [(paid.id, "paid", paid.amount_fen), (returned.id, "returned", returned.amount_fen)],
            tmp_path / "return.txt",
        )
        ran = kiosk_server(any_agency, capsys, "payments", "import-return", str(answer), "--json")
        assert ran.code == 0, ran.out + ran.err
        assert json.loads(ran.out)["applied"] == {"paid": 1, "returned": 1}
        assert payments_of(any_agency, kept)["2026-12"].state == PaymentState.PAID
        bounced_row = payments_of(any_agency, bounced)["2026-12"]
        assert (bounced_row.state, bounced_row.return_reason) == (
            PaymentState.RETURNED,
            "account_closed",
        )

        # The returned month is owed again: finance releases it anew, and it goes out again.
        assert desk.ledger(bounced)  # readable by staff
        again = released(desk, bounced)
        assert [p["state"] for p in again["payments"] if p["period_month"] == "2026-12-01"] == [
            "released"
        ]
        second = _export(any_agency, capsys, "2026-12", tmp_path / "batch-2.txt")
    with any_agency.sessions()() as session:
        lines = session.execute(
            select(BankBatchItem.batch_id, BankBatchItem.outcome).where(
                BankBatchItem.payment_id == returned.id
            )
        ).all()
        recorded = (
            session.execute(select(AuditEntry.body).where(AuditEntry.action == "bank.return"))
            .scalars()
            .all()
        )
    assert sorted(lines) == [(batch, "returned"), (second, "sent")]
    assert any(str(returned.id) in body for body in recorded)

    # Importing the same file twice applies nothing twice: every line is reported as answered.
    twice = kiosk_server(any_agency, capsys, "payments", "import-return", str(answer), "--json")
    assert twice.code == 1
    assert {p["problem"] for p in json.loads(twice.out)["problems"]} == {"already_answered"}
    assert payments_of(any_agency, bounced)["2026-12"].state == PaymentState.SENT


def test_unknown_ids_changed_amounts_and_duplicates_are_reported_not_applied(
    any_agency, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    bank = Bank(any_agency)
    with open_desk(any_agency) as desk:
        one, two = (
            granted(desk, Scenario.ELIGIBLE_12_MONTHS),
            granted(desk, Scenario.REEMPLOYED_CARRY_OVER),
        )
        released(desk, one)
        released(desk, two)
        batch = _export(any_agency, capsys, "2026-12", tmp_path / "batch.txt")
    a, b = payments_of(any_agency, one)["2026-12"], payments_of(any_agency, two)["2026-12"]
    answer = bank.answer(
        batch,
        [
            (a.id, "paid", a.amount_fen + 100),  # not what was sent
            (999_999, "paid", 100),  # no such line in the batch
            (b.id, "returned", b.amount_fen),  # which of the two is the bank's answer?
            (b.id, "paid", b.amount_fen),
        ],
        tmp_path / "return.txt",
    )
    ran = kiosk_server(any_agency, capsys, "payments", "import-return", str(answer), "--json")
    assert ran.code == 1
    report = json.loads(ran.out)
    assert [(p["line"], p["payment_id"], p["problem"]) for p in report["problems"]] == [
        (2, a.id, "amount_differs"),
        (3, 999_999, "unknown_payment"),
        (4, b.id, "duplicate"),
        (5, b.id, "duplicate"),
    ]
    assert (report["applied"], report["unanswered"]) == ({}, 2)
    assert payments_of(any_agency, one)["2026-12"].state == PaymentState.SENT
    assert payments_of(any_agency, two)["2026-12"].state == PaymentState.SENT

    human = kiosk_server(any_agency, capsys, "payments", "import-return", str(answer))
    assert "line 3: payment 999999: unknown_payment (not applied)" in human.out


def test_a_return_file_not_signed_by_the_bank_changes_nothing(
    any_agency, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    bank = Bank(any_agency)
    with open_desk(any_agency) as desk:
        reference = granted(desk, Scenario.CARRY_OVER_CAPPED)
        released(desk, reference)
        batch = _export(any_agency, capsys, "2026-12", tmp_path / "batch.txt")
    sent = payments_of(any_agency, reference)["2026-12"]
    forged = bank.answer(
        batch,
        [(sent.id, "returned", sent.amount_fen)],
        tmp_path / "forged.txt",
        signer=Ed25519PrivateKey.generate(),
    )
    ran = kiosk_server(any_agency, capsys, "payments", "import-return", str(forged))
    assert ran.code == 1 and "signature" in ran.err and "nothing was recorded" in ran.err
    altered = tmp_path / "altered.txt"
    genuine = bank.answer(batch, [(sent.id, "paid", sent.amount_fen)], tmp_path / "ok.txt")
    altered.write_bytes(genuine.read_bytes().replace(b"|paid|", b"|failed|"))
    assert kiosk_server(any_agency, capsys, "payments", "import-return", str(altered)).code == 1
    assert payments_of(any_agency, reference)["2026-12"].state == PaymentState.SENT

    missing_key = kiosk_server(
        any_agency,
        capsys,
        "payments",
        "import-return",
        str(genuine),
        "--bank-key",
        str(tmp_path / "nowhere.txt"),
    )
    assert missing_key.code == 2 and "bank's public key" in missing_key.err

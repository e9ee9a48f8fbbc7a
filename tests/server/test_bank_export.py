"""The bank batch file (社银接口): a month's released payments leave as one signed, hashed file
of mode 0600, each payment exactly once, and a changed byte is caught (issue 10 §7)."""

import hashlib
import logging
import stat
import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from server.agency_keys import load_or_create
from server.bank import batch_file
from server.bank.file_format import BankFileError, seal
from server.models import AuditEntry, BankBatch, BankBatchItem, Claim, Payment, PaymentState
from server.synthetic import Scenario
from tests.server.bank_kit import granted, kiosk_server, open_desk, payments_of, released


def _agency_public_key(agency):  # type: ignore[no-untyped-def]
    return load_or_create(Path(agency.config.data_dir)).signing.public_key()


def test_export_writes_the_months_released_payments_once_signed_hashed_and_private(
    any_agency, tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    with open_desk(any_agency) as desk:
        first = granted(desk, Scenario.ELIGIBLE_18_MONTHS)
        second = granted(desk, Scenario.ELIGIBLE_24_MONTHS)
        released(desk, first)
        released(desk, second)
    out = tmp_path / "batch-2026-12.txt"
    with caplog.at_level(logging.DEBUG):
        ran = kiosk_server(
            any_agency, capsys, "payments", "export", "--month", "2026-12", "--out", str(out)
        )
    assert ran.code == 0, ran.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600

    data = out.read_bytes()
    batch = batch_file.parse(data, _agency_public_key(any_agency))
    with any_agency.sessions()() as session:
        rows = session.execute(
            select(Payment, Claim.reference)
            .join(Claim, Claim.id == Payment.claim_id)
            .where(Claim.reference.in_((first, second)))
        ).all()
        accounts = {line.account for line in batch.lines}
        assert {line.payment_id for line in batch.lines} == {p.id for p, _ in rows}
        assert {line.amount_fen for line in batch.lines} == {p.amount_fen for p, _ in rows}
        assert all(p.state == PaymentState.SENT and p.batch_id == batch.batch_id for p, _ in rows)
        stored = session.get(BankBatch, batch.batch_id)
        assert stored is not None
        assert stored.file_sha256 == hashlib.sha256(data).hexdigest()
        assert (stored.payment_count, stored.total_fen) == (len(batch.lines), batch.total_fen)
        exported = (
            session.execute(select(AuditEntry.body).where(AuditEntry.action == "bank.export"))
            .scalars()
            .all()
        )
    body, trailer = data.rstrip(b"\n").rsplit(b"\n", 1)
    assert trailer.split(b"|")[1].decode() == hashlib.sha256(body + b"\n").hexdigest()
    # The accounts are in the file and nowhere else: not on the terminal, in a log, or the audit.
    seen = ran.out + ran.err + caplog.text + "".join(exported)
    assert accounts and not any(account in seen for account in accounts)
    assert not any(account.split(":")[-1] in seen for account in accounts)
    assert stored.file_sha256 in ran.out


def test_exporting_a_month_again_writes_no_payment_twice(
    any_agency, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    args = ("payments", "export", "--month", "2026-12")
    public = _agency_public_key(any_agency)
    with open_desk(any_agency) as desk:
        first_claim = granted(desk, Scenario.ELIGIBLE_12_MONTHS)
        released(desk, first_claim)
        early = payments_of(any_agency, first_claim)["2026-12"].id
        assert kiosk_server(any_agency, capsys, *args, "--out", str(tmp_path / "a")).code == 0

        again = kiosk_server(any_agency, capsys, *args, "--out", str(tmp_path / "b"))
        assert again.code == 1 and "nothing was written" in again.err
        assert not (tmp_path / "b").exists()

        # A month released after the first file goes out in a second file, alone.
        second_claim = granted(desk, Scenario.REEMPLOYED_CARRY_OVER)
        released(desk, second_claim)
        late = payments_of(any_agency, second_claim)["2026-12"].id
        assert kiosk_server(any_agency, capsys, *args, "--out", str(tmp_path / "c")).code == 0
    first = batch_file.parse((tmp_path / "a").read_bytes(), public)
    second = batch_file.parse((tmp_path / "c").read_bytes(), public)
    assert early in {line.payment_id for line in first.lines}
    assert [line.payment_id for line in second.lines] == [late]
    with any_agency.sessions()() as session:
        items = session.execute(select(BankBatchItem.payment_id)).scalars().all()
    assert len(items) == len(set(items)), "a payment was put in two batches"


def test_an_existing_file_is_never_overwritten(
    any_agency, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "keep.txt"
    target.write_text("the operator's own file\n")
    ran = kiosk_server(
        any_agency, capsys, "payments", "export", "--month", "2026-12", "--out", str(target)
    )
    assert ran.code == 1 and "never overwritten" in ran.err
    assert target.read_text() == "the operator's own file\n"


def _signed_sample() -> tuple[bytes, Ed25519PrivateKey]:
    key = Ed25519PrivateKey.generate()
    lines = (
        batch_file.BatchLine(11, "6222020200112233", 150_000),
        batch_file.BatchLine(12, "CARD:222400:A12345678", 162_000),
    )
    batch = batch_file.Batch(batch_file.agency_key_id(key), 7, batch_file.date(2026, 12, 1), lines)
    return batch_file.render(batch, key), key


def test_the_bank_detects_a_changed_amount_a_cut_file_and_a_foreign_signature() -> None:
    data, key = _signed_sample()
    parsed = batch_file.parse(data, key.public_key())
    assert (parsed.total_fen, len(parsed.lines)) == (312_000, 2)

    altered = data.replace(b"|150000\n", b"|950000\n")
    with pytest.raises(BankFileError, match="altered"):
        batch_file.parse(altered, key.public_key())
    with pytest.raises(BankFileError, match=r"cut short|trailer"):
        batch_file.parse(data[:-40], key.public_key())
    # Re-hashed and re-signed by someone without the agency's key: the signature gives it away.
    forger = Ed25519PrivateKey.generate()
    body = [line.decode() for line in altered.splitlines()[:-1]]
    with pytest.raises(BankFileError, match="signature"):
        batch_file.parse(seal(batch_file.PURPOSE, body, forger), key.public_key())
    # A header whose totals do not add up is refused even with a valid signature.
    bad_total = [body[0].replace("|312000", "|312001"), *body[1:]]
    with pytest.raises(BankFileError, match="total"):
        batch_file.parse(seal(batch_file.PURPOSE, bad_total, key), key.public_key())


def test_a_signature_for_another_purpose_is_not_a_batch_signature() -> None:
    data, key = _signed_sample()
    body = [line.decode() for line in data.splitlines()[:-1]]
    with pytest.raises(BankFileError, match="signature"):
        batch_file.parse(seal("changtong-bank-return-v1", body, key), key.public_key())


def test_two_exports_at_once_never_put_a_payment_in_two_files(any_agency, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Two operators (or a retried timer) export the same month at the same moment."""
    from concurrent.futures import ThreadPoolExecutor

    from server.bank.export import ExportRefused, export_month

    with open_desk(any_agency) as desk:
        reference = granted(desk, Scenario.CARRY_OVER_CAPPED)
        released(desk, reference)
    signer = load_or_create(Path(any_agency.config.data_dir)).signing
    factory = any_agency.sessions()
    barrier = threading.Barrier(2)

    def export(name: str) -> str:
        barrier.wait()
        try:
            export_month(factory, signer, batch_file.date(2026, 12, 1), tmp_path / name, "test")
        except ExportRefused:
            return "refused"
        return "written"

    with ThreadPoolExecutor(2) as pool:
        outcomes = sorted(pool.map(export, ["one", "two"]))
    assert outcomes == ["refused", "written"]
    written = next(p for p in (tmp_path / "one", tmp_path / "two") if p.exists())
    lines = batch_file.parse(written.read_bytes(), _agency_public_key(any_agency)).lines
    assert payments_of(any_agency, reference)["2026-12"].id in {line.payment_id for line in lines}
    with any_agency.sessions()() as session:
        items = session.execute(select(BankBatchItem.payment_id)).scalars().all()
    assert len(items) == len(set(items))

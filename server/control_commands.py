"""`kiosk server payments ...`, `reconcile`, `cross-check` and `sample`: the fund-risk controls
an operator (or a timer) runs against the agency database (docs/bank.md).

Nothing here prints or logs personal data: bank files are written to their own 0600 file and
only their counts, totals and hashes are shown.
"""

import argparse
import base64
import binascii
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from config import Settings

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from sqlalchemy import Engine

    from server.settings import ServerConfig

BANK_KEY_FILE = "bank-public-key.txt"


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    payments = sub.add_parser("payments", help="bank batch files out, bank return files in")
    psub = payments.add_subparsers(dest="payments_command", required=True)
    export = psub.add_parser(
        "export",
        help="write the month's released payments as a signed bank batch file (mode 0600); "
        "they become 'sent'",
    )
    export.add_argument("--month", required=True, type=_month, help="benefit month, YYYY-MM")
    export.add_argument("--out", required=True, type=Path, help="new file to create")
    export.set_defaults(handler=cmd_payments_export)
    ret = psub.add_parser(
        "import-return", help="record the bank's signed answer: paid, returned or failed lines"
    )
    ret.add_argument("file", type=Path)
    ret.add_argument(
        "--bank-key",
        type=Path,
        help=f"the bank's Ed25519 public key, base64 (default: <data dir>/{BANK_KEY_FILE})",
    )
    ret.add_argument("--json", action="store_true")
    ret.set_defaults(handler=cmd_payments_import_return)

    rec = sub.add_parser(
        "reconcile",
        help="business vs finance vs bank totals for a month, every mismatch by payment id; "
        "exit 1 when anything disagrees",
    )
    rec.add_argument("--month", required=True, type=_month, help="benefit month, YYYY-MM")
    rec.add_argument("--json", action="store_true")
    rec.set_defaults(handler=cmd_reconcile)

    check = sub.add_parser(
        "cross-check",
        help="run every stop check over all running claims (daily timer); overpaid months "
        "become recovery records",
    )
    check.add_argument(
        "--date", type=date.fromisoformat, help="as of this date (default: the business date)"
    )
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=cmd_cross_check)

    sample = sub.add_parser(
        "sample", help="draw decided claims at random for re-review by another staff member"
    )
    sample.add_argument("--rate", required=True, type=_rate, help="share to draw, 0 < P <= 1")
    sample.add_argument("--seed", type=int, help="random seed, to replay a draw (default: new)")
    sample.add_argument("--json", action="store_true")
    sample.set_defaults(handler=cmd_sample)


def _month(text: str) -> date:
    try:
        year, month = text.split("-")
        if len(year) != 4 or len(month) != 2:
            raise ValueError
        return date(int(year), int(month), 1)
    except ValueError:
        raise argparse.ArgumentTypeError("expected YYYY-MM, e.g. 2026-11") from None


def _rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a number, e.g. 0.05") from None
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError("the rate must lie in (0, 1]")
    return value


def _open(settings: Settings) -> "tuple[ServerConfig, Engine]":
    from server.cli import _server_config
    from server.db import make_engine, upgrade

    config = _server_config(settings)
    engine = make_engine(config.database_url)
    upgrade(engine)
    return config, engine


def _operator() -> str:
    from server.cli import _operator as who

    return f"operator:{who()}"


def cmd_payments_export(args: argparse.Namespace, settings: Settings) -> int:
    from server.agency_keys import load_or_create
    from server.bank.export import ExportRefused, export_month
    from server.db import make_session_factory

    config, engine = _open(settings)
    try:
        report = export_month(
            make_session_factory(engine),
            load_or_create(config.data_dir).signing,
            args.month,
            args.out,
            _operator(),
        )
    except ExportRefused as exc:
        print(f"export refused: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(
        f"bank batch {report.batch_id} for {report.month:%Y-%m}: {report.count} payment(s), "
        f"{report.total_fen} fen, written to {report.path} (mode 0600), sha256 {report.file_sha256}"
    )
    return 0


def load_bank_key(path: Path) -> "Ed25519PublicKey":
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    raw = base64.b64decode(path.read_text("ascii").strip(), validate=True)
    return Ed25519PublicKey.from_public_bytes(raw)


def cmd_payments_import_return(args: argparse.Namespace, settings: Settings) -> int:
    from server.agency_keys import load_or_create
    from server.bank.batch_file import agency_key_id
    from server.bank.file_format import BankFileError
    from server.bank.returns import import_return
    from server.db import make_session_factory

    config, engine = _open(settings)
    key_path = args.bank_key or config.data_dir / BANK_KEY_FILE
    try:
        bank_key = load_bank_key(key_path)
    except (OSError, ValueError, binascii.Error) as exc:
        print(
            f"cannot read the bank's public key from {key_path} ({type(exc).__name__}); "
            "a return file is accepted only with the bank's signature",
            file=sys.stderr,
        )
        engine.dispose()
        return 2
    try:
        data = args.file.read_bytes()
        report = import_return(
            make_session_factory(engine),
            data,
            bank_key,
            agency_key_id(load_or_create(config.data_dir).signing),
            _operator(),
        )
    except OSError as exc:
        print(f"cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    except BankFileError as exc:
        print(f"{args.file}: refused: {exc}; nothing was recorded", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    problems = [
        {"line": p.line_number, "payment_id": p.payment_id, "problem": p.problem.value}
        for p in report.problems
    ]
    if args.json:
        print(
            json.dumps(
                {
                    "batch_id": report.batch_id,
                    "applied": report.applied,
                    "problems": problems,
                    "unanswered": report.unanswered,
                }
            )
        )
    else:
        applied = ", ".join(f"{n} {status}" for status, n in sorted(report.applied.items()))
        print(
            f"bank batch {report.batch_id}: recorded {applied or 'nothing'}; "
            f"{report.unanswered} line(s) still unanswered"
        )
        for p in problems:
            print(f"  line {p['line']}: payment {p['payment_id']}: {p['problem']} (not applied)")
    return 0 if report.clean else 1


def cmd_reconcile(args: argparse.Namespace, settings: Settings) -> int:
    from server.bank.reconcile import reconcile
    from server.db import make_session_factory, transaction

    _, engine = _open(settings)
    try:
        with transaction(make_session_factory(engine)) as session:
            result = reconcile(session, args.month)
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps(result.as_json()))
    else:
        print(f"reconciliation of {result.month:%Y-%m}:")
        for name, totals in (
            ("business", result.business),
            ("finance", result.finance),
            ("bank", result.bank),
        ):
            print(f"  {name:<9} {totals.count:>6} payment(s) {totals.total_fen:>14} fen")
        for d in result.differences:
            print(
                f"  MISMATCH payment {d.payment_id}: {d.problem.value} (business {d.business_fen}, "
                f"finance {d.finance_fen}, bank {d.bank_fen} fen)"
            )
        print("  all three agree" if result.agrees else f"  {len(result.differences)} mismatch(es)")
    return 0 if result.agrees else 1


def cmd_cross_check(args: argparse.Namespace, settings: Settings) -> int:
    from server.clock import business_today
    from server.db import make_session_factory, transaction
    from server.services.daily_checks import run_daily_checks

    _, engine = _open(settings)
    factory = make_session_factory(engine)
    try:
        if args.date is None:
            with transaction(factory) as session:
                as_of = business_today(session)
        else:
            as_of = args.date
        report = run_daily_checks(factory, as_of, "system:cross-check")
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps({**report.__dict__, "as_of": report.as_of.isoformat()}))
    else:
        print(
            f"cross-check as of {report.as_of}: {report.checked} claim(s) checked, "
            f"{report.stopped} stopped, {report.recoveries} recovery record(s) opened "
            f"({report.recovery_fen} fen)"
        )
    return 0


def cmd_sample(args: argparse.Namespace, settings: Settings) -> int:
    from server.db import make_session_factory
    from server.services.sampling import draw_sample

    _, engine = _open(settings)
    try:
        report = draw_sample(make_session_factory(engine), args.rate, args.seed, _operator())
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps(report.__dict__))
    else:
        print(
            f"sampled {report.drawn} of {report.candidates} decided claim(s) not sampled before "
            f"(rate {report.rate}, seed {report.seed}) for re-review by another staff member"
        )
        if report.no_reviewer:
            print(
                f"  {report.no_reviewer} drawn claim(s) left out: no business staff member other "
                "than the decider is active",
                file=sys.stderr,
            )
    return 0

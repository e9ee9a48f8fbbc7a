"""`kiosk server rates ...`: the regional benefit amounts and the bounds the law sets for them
(Regulations art. 18: below the local minimum wage, above the urban minimum living standard).

Every change goes through `server.services.rates`, which refuses an amount outside its bounds
with the reason; `rates check` and the start of `kiosk server run` catch rows written any other
way (a hand-edited database, a migrated one whose bounds were never entered).
"""

import argparse
import json
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from config import Settings

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from server.errors import ApiError
    from server.rules import RateProblem


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    rates = sub.add_parser(
        "rates", help="regional benefit amounts and their bounds (minimum wage, 低保)"
    )
    rsub = rates.add_subparsers(dest="rates_command", required=True)

    listing = rsub.add_parser("list", help="every configured rate and bounds row, by region")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_rates_list)

    add = rsub.add_parser(
        "add",
        help="a new monthly amount for a region from a date; the region's current rate ends the "
        "day before. Refused unless it lies strictly within the region's bounds",
    )
    add.add_argument("--region", required=True, help="6-digit division code, e.g. 222405")
    add.add_argument("--from", required=True, dest="effective_from", type=_day)
    add.add_argument("--monthly-yuan", required=True, type=_fen, dest="monthly_fen")
    add.set_defaults(handler=cmd_rates_add)

    bounds = rsub.add_parser(
        "bounds",
        help="the region's minimum wage and urban minimum living standard from a date; refused "
        "when a configured rate would fall outside them",
    )
    bounds.add_argument("--region", required=True, help="6-digit division code, e.g. 222405")
    bounds.add_argument("--from", required=True, dest="effective_from", type=_day)
    bounds.add_argument("--minimum-wage-yuan", required=True, type=_fen, dest="minimum_wage_fen")
    bounds.add_argument(
        "--minimum-living-yuan", required=True, type=_fen, dest="minimum_living_fen"
    )
    bounds.set_defaults(handler=cmd_rates_bounds)

    check = rsub.add_parser(
        "check", help="check every configured rate against its bounds; exit 1 naming each fault"
    )
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=cmd_rates_check)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected YYYY-MM-DD, e.g. 2027-01-01") from None


def _fen(text: str) -> int:
    from server.rules import yuan_to_fen

    try:
        fen = yuan_to_fen(Decimal(text))
    except (InvalidOperation, ValueError):
        raise argparse.ArgumentTypeError("expected yuan with at most two decimals") from None
    if fen <= 0:
        raise argparse.ArgumentTypeError("an amount must be positive")
    return fen


def _open(settings: Settings) -> "Engine":
    from server.cli import _server_config
    from server.db import make_engine, upgrade

    engine = make_engine(_server_config(settings).database_url)
    upgrade(engine)
    return engine


def _operator() -> str:
    from server.cli import _operator as who

    return f"operator:{who()}"


def unlawful_rates(engine: "Engine") -> "tuple[RateProblem, ...]":
    """Every fault of the rate table in this (migrated) database."""
    from server.db import make_session_factory, transaction
    from server.services.rates import check_table

    with transaction(make_session_factory(engine)) as session:
        return check_table(session)


def start_refusal(engine: "Engine") -> str | None:
    """Why `kiosk server run` must not serve this database, or None: a server whose rate table
    breaks art. 18 would pay every running claim an unlawful amount."""
    problems = unlawful_rates(engine)
    if not problems:
        return None
    lines = "\n".join(f"  - {p.en}" for p in problems)
    return (
        "refusing to start: the benefit rate table holds amounts the law does not allow "
        f"(Regulations art. 18):\n{lines}\n"
        "Correct them with `kiosk server rates add` or `kiosk server rates bounds`; "
        "`kiosk server rates check` lists them."
    )


def cmd_rates_list(args: argparse.Namespace, settings: Settings) -> int:
    from server.db import make_session_factory, transaction
    from server.rules import fen_to_yuan
    from server.services.rates import bounds_table, list_rates, problem_view

    engine = _open(settings)
    try:
        with transaction(make_session_factory(engine)) as session:
            rates = list_rates(session)
            bounds = sorted(bounds_table(session), key=lambda b: (b.region_code, b.effective_from))
    finally:
        engine.dispose()
    if args.json:
        print(
            json.dumps(
                {
                    "rates": [
                        {
                            "region_code": r.region_code,
                            "effective_from": r.effective_from.isoformat(),
                            "effective_to": r.effective_to and r.effective_to.isoformat(),
                            "monthly_fen": r.monthly_fen,
                            "lawful": not r.problems,
                            "problems": [problem_view(p) for p in r.problems],
                        }
                        for r in rates
                    ],
                    "bounds": [
                        {
                            "region_code": b.region_code,
                            "effective_from": b.effective_from.isoformat(),
                            "effective_to": b.effective_to and b.effective_to.isoformat(),
                            "minimum_wage_fen": b.minimum_wage_fen,
                            "minimum_living_fen": b.minimum_living_fen,
                        }
                        for b in bounds
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    print("rates (monthly, yuan):")
    for r in rates:
        until = r.effective_to.isoformat() if r.effective_to else "open"
        state = "ok" if not r.problems else "UNLAWFUL: " + "; ".join(p.en for p in r.problems)
        print(
            f"  {r.region_code}  {r.effective_from.isoformat()} .. {until:<10}  "
            f"{fen_to_yuan(r.monthly_fen):>9}  {state}"
        )
    print("bounds (monthly, yuan): minimum wage / minimum living standard")
    for b in bounds:
        until = b.effective_to.isoformat() if b.effective_to else "open"
        print(
            f"  {b.region_code}  {b.effective_from.isoformat()} .. {until:<10}  "
            f"{fen_to_yuan(b.minimum_wage_fen):>9} / {fen_to_yuan(b.minimum_living_fen)}"
        )
    return 0


def _refused(exc: "ApiError") -> int:
    print(f"refused ({exc.code}): {exc.message}", file=sys.stderr)
    for problem in exc.details.get("problems", []):
        print(f"  {problem['zh']}", file=sys.stderr)
    return 1


def cmd_rates_add(args: argparse.Namespace, settings: Settings) -> int:
    from server.db import make_session_factory, transaction
    from server.errors import ApiError
    from server.services.rates import add_rate

    engine = _open(settings)
    try:
        with transaction(make_session_factory(engine)) as session:
            add_rate(session, args.region, args.effective_from, args.monthly_fen, _operator())
    except ApiError as exc:
        return _refused(exc)
    finally:
        engine.dispose()
    print(
        f"region {args.region}: {args.monthly_fen} fen a month from "
        f"{args.effective_from.isoformat()}; the previous rate ends the day before"
    )
    return 0


def cmd_rates_bounds(args: argparse.Namespace, settings: Settings) -> int:
    from server.db import make_session_factory, transaction
    from server.errors import ApiError
    from server.services.rates import add_bounds

    engine = _open(settings)
    try:
        with transaction(make_session_factory(engine)) as session:
            add_bounds(
                session,
                args.region,
                args.effective_from,
                args.minimum_wage_fen,
                args.minimum_living_fen,
                _operator(),
            )
    except ApiError as exc:
        return _refused(exc)
    finally:
        engine.dispose()
    print(
        f"region {args.region}: minimum wage {args.minimum_wage_fen} fen, minimum living "
        f"standard {args.minimum_living_fen} fen from {args.effective_from.isoformat()}"
    )
    return 0


def cmd_rates_check(args: argparse.Namespace, settings: Settings) -> int:
    from server.services.rates import problem_view

    engine = _open(settings)
    try:
        problems = unlawful_rates(engine)
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps([problem_view(p) for p in problems], ensure_ascii=False))
    elif not problems:
        print("every configured rate lies within its region's bounds (Regulations art. 18)")
    else:
        for problem in problems:
            print(f"{problem.fault.value}: {problem.en}")
    return 1 if problems else 0

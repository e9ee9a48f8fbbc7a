"""`kiosk server ecard-code --ssn ...`: an e-card code for a test claimant, development only.

It prints what the national app would show as a QR code, minted by the reference platform with
the key in the server's data directory, so a tester can log in through a real scanner (print it
as a QR code, or type it into a scanner simulator). Refused when the settings say production:
there the codes come from the national platform, and this key must not make any.
"""

import argparse
import sys
from datetime import UTC, datetime, timedelta

from config import Settings


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = sub.add_parser(
        "ecard-code",
        help="development only: print an e-card login code for an ID number, as the national "
        "app's QR code would hold it",
    )
    parser.add_argument("--ssn", required=True, help="the holder's 18-character ID number")
    parser.add_argument(
        "--age",
        type=int,
        default=0,
        metavar="SECONDS",
        help="make the code this many seconds old (e.g. 600: an expired code)",
    )
    parser.set_defaults(handler=cmd_ecard_code)


def cmd_ecard_code(args: argparse.Namespace, settings: Settings) -> int:
    from server.ecard.registry import minting_platform
    from server.settings import resolve

    if settings.reference_server.mode == "production":
        print(
            'refusing: e-card codes are minted only when mode is not "production"', file=sys.stderr
        )
        return 2
    if args.age < 0:
        print("--age must not be negative", file=sys.stderr)
        return 2
    config = resolve(settings.reference_server)
    platform = minting_platform(config.data_dir)
    if platform is None:  # a province's platform makes its own codes
        print("refusing: the e-card platform is not the reference one", file=sys.stderr)
        return 2
    issued = datetime.now(UTC) - timedelta(seconds=args.age)
    try:
        code = platform.mint(args.ssn, issued)
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    until = issued + timedelta(seconds=platform.ttl_s)
    print(code)
    print(f"valid once, until {until:%H:%M:%S} UTC", file=sys.stderr)
    return 0

"""`kiosk technician set-pin`: set or change the technician PIN on this kiosk.

Run it in a shell on the kiosk (it needs the secrets file beside the settings). The PIN is typed
twice without echo and stored only as a salted scrypt hash; changing it also clears any lockout.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from config import Settings, default_secrets_path
from kiosk.technician.lockout import Lockout, state_path_beside
from kiosk.technician.pin import MAX_LENGTH, MIN_LENGTH, PinPolicyError, PinStore

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("technician", help="technician mode: set the PIN")
    sub = parser.add_subparsers(dest="technician_command", required=True, metavar="ACTION")
    set_pin = sub.add_parser("set-pin", help="set or change the technician PIN (asked twice)")
    set_pin.add_argument(
        "--secrets", type=Path, help="secrets file (default: secrets.toml beside the settings)"
    )
    set_pin.set_defaults(handler=cmd_set_pin, settings_optional=True)


def cmd_set_pin(
    args: argparse.Namespace,
    settings: Settings,
    *,
    ask: Callable[[str], str] = getpass.getpass,
) -> int:
    secrets_path: Path = args.secrets or default_secrets_path(args.config_path)
    first = ask(f"New technician PIN ({MIN_LENGTH}-{MAX_LENGTH} digits): ")
    second = ask("The same PIN again: ")
    if first != second:
        print("kiosk technician: the two PINs differ; nothing was changed", file=sys.stderr)
        return EXIT_REFUSED
    try:
        PinStore(secrets_path).set_pin(first)
    except PinPolicyError as exc:
        print(f"kiosk technician: {exc.code}: {exc}; nothing was changed", file=sys.stderr)
        return EXIT_REFUSED
    Lockout(state_path_beside(secrets_path)).record_success()
    print(f"technician PIN set in {secrets_path}")
    return EXIT_OK

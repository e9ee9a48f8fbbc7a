"""The `kiosk` command: one entry point with subcommands for claimants' kiosks, technicians,
field staff and the reference server.

This is a composition root: it is the only place in `kiosk` that reaches into `server` (for the
`kiosk server ...` commands), and it imports each group lazily so `kiosk config check` starts fast.
"""

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from config import ConfigError, Settings, default_config_path, load_settings

Handler = Callable[[argparse.Namespace, Settings], int]

# Each command group's module, in the order `kiosk --help` lists them.
GROUPS = (
    "kiosk.commands.app",
    "kiosk.commands.configuration",
    "kiosk.commands.devices",
    "kiosk.commands.enrolment",
    "kiosk.commands.queue",
    "kiosk.commands.technician",
    "kiosk.commands.audit",
    "kiosk.commands.service",
    "kiosk.commands.update",
    "server.cli",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Changtong (畅通) unemployment-benefit self-service kiosk",
    )
    parser.add_argument(
        "--config",
        dest="config_path",
        type=Path,
        default=None,
        help=f"settings file (default: $CHANGTONG_CONFIG or {default_config_path()})",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in GROUPS:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:  # a missing optional part must not take the whole CLI down
            print(f"kiosk: {name} unavailable: {exc}", file=sys.stderr)
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.config_path = args.config_path or default_config_path()
    try:
        settings = load_settings(
            args.config_path, missing_ok=getattr(args, "settings_missing_ok", True)
        )
    except ConfigError as exc:
        if getattr(args, "settings_optional", False):
            settings = Settings()
        else:
            print(exc, file=sys.stderr)
            return 2
    handler: Handler = args.handler
    try:
        return handler(args, settings)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

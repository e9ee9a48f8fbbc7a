"""`kiosk config show|check`: what the kiosk is running with, and whether a file would work."""

import argparse
import json
import sys
from pathlib import Path

from config import ConfigError, Settings, load_settings
from config.saving import settings_to_toml


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = subparsers.add_parser("config", help="show or check settings")
    sub = parser.add_subparsers(dest="config_command", required=True)
    show = sub.add_parser(
        "show", help="print the effective settings (defaults filled in; no secrets)"
    )
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)
    check = sub.add_parser(
        "check", help="validate a settings file; exit 0 if it is usable, 2 if not"
    )
    check.add_argument("file", type=Path)
    check.set_defaults(handler=cmd_check, settings_optional=True)


def cmd_show(args: argparse.Namespace, settings: Settings) -> int:
    if args.json:
        print(json.dumps(settings.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        print(
            f"# effective settings from {args.config_path}"
            + ("" if Path(args.config_path).exists() else " (not found: defaults)")
        )
        sys.stdout.write(settings_to_toml(settings).decode("utf-8"))
    return 0


def cmd_check(args: argparse.Namespace, _settings: Settings) -> int:
    try:
        load_settings(args.file, missing_ok=False)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"{args.file}: OK")
    return 0

"""`kiosk service record-stop` (the unit's `ExecStopPost=`) and `kiosk service restarts [--json]`:
how often the kiosk service stopped uncleanly and why (docs/deploy.md)."""

from __future__ import annotations

import argparse
import json
import os

from config import Settings
from config.paths import default_data_dir
from kiosk.service import restarts


def cmd_record_stop(args: argparse.Namespace, settings: Settings) -> int:
    record = restarts.record_stop(default_data_dir(), os.environ)
    if record.last_reason is not None:
        print(f"kiosk stopped: {record.last_reason} (unclean stops so far: {record.count})")
    return 0


def cmd_restarts(args: argparse.Namespace, settings: Settings) -> int:
    record = restarts.read(default_data_dir())
    if args.json:
        at = record.last_at.isoformat() if record.last_at else None
        print(json.dumps({"count": record.count, "last_reason": record.last_reason, "last_at": at}))
    elif record.count == 0:
        print("no unclean stop recorded")
    else:
        print(f"{record.count} unclean stop(s); last: {record.last_reason} at {record.last_at}")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = subparsers.add_parser("service", help="the kiosk as a systemd service")
    sub = group.add_subparsers(dest="service_command", required=True, metavar="ACTION")
    stop = sub.add_parser(
        "record-stop", help="record why the service stopped (run by the unit's ExecStopPost=)"
    )
    stop.set_defaults(handler=cmd_record_stop, settings_optional=True)
    shown = sub.add_parser("restarts", help="how often the kiosk stopped uncleanly, and why")
    shown.add_argument("--json", action="store_true")
    shown.set_defaults(handler=cmd_restarts, settings_optional=True)

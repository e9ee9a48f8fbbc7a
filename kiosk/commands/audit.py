"""`kiosk audit witnesses [--json]` and `kiosk audit clear-alarm`: the checkpoints of the agency's
audit log this kiosk witnessed, for an auditor's `kiosk server verify-audit --witness FILE`.

The file lives beside the queue (`queue.path`, default the data directory). Nothing personal is
in it: sizes, hashes and the agency's signatures.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from config import Settings
from kiosk.app.services import queue_path
from kiosk.witness.store import WitnessStore


def _store(args: argparse.Namespace, settings: Settings) -> WitnessStore:
    if args.file is not None:
        return WitnessStore(args.file)
    return WitnessStore.in_dir(queue_path(settings).parent)


def cmd_witnesses(args: argparse.Namespace, settings: Settings) -> int:
    store = _store(args, settings)
    witnessed = store.witnessed()
    alarm = store.alarm()
    if args.json:
        print(json.dumps([w.as_checkpoint() for w in witnessed], ensure_ascii=False, indent=1))
        return 0
    if not witnessed:
        print(f"no checkpoint witnessed yet ({store.path})")
    for w in witnessed:
        print(f"{w.witnessed_at:%Y-%m-%d %H:%M:%S} UTC  size {w.size:>8}  root {w.root[:16]}…")
    if alarm is not None:
        print(
            f"ALARM ({alarm.kind.value}) since {alarm.since:%Y-%m-%d %H:%M:%S} UTC: witnessed "
            f"{alarm.witnessed_size} entries, then a signed checkpoint of {alarm.seen_size} "
            f"({alarm.reason}). Report it to the agency's auditors with this file: {store.path}"
        )
    return 0


def cmd_clear_alarm(args: argparse.Namespace, settings: Settings) -> int:
    store = _store(args, settings)
    if store.alarm() is None:
        print("no audit alarm is raised")
        return 0
    store.clear_alarm(by=args.by)
    print("audit alarm cleared; the alarm and its evidence stay in the file")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = subparsers.add_parser(
        "audit", help="the agency audit log checkpoints this kiosk witnessed"
    )
    sub = group.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--file", type=Path, help="the witness file (default: beside the queue)")
    witnesses = sub.add_parser(
        "witnesses", parents=[common], help="list witnessed checkpoints and any alarm"
    )
    witnesses.add_argument(
        "--json", action="store_true", help="a JSON list for `kiosk server verify-audit --witness`"
    )
    witnesses.set_defaults(handler=cmd_witnesses)
    clear = sub.add_parser(
        "clear-alarm", parents=[common], help="clear the alarm once the agency has investigated"
    )
    clear.add_argument("--by", required=True, help="who cleared it (a technician's name or id)")
    clear.set_defaults(handler=cmd_clear_alarm)

"""`kiosk update …` on a kiosk and `kiosk release build` on the agency's release machine
(docs/deploy.md, "Updates"): signed releases (TUF) applied from the network or a USB stick."""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import json
import sys
from pathlib import Path

from config import Settings, default_secrets_path
from config.paths import default_data_dir

# What the kiosk app loads on start: a release that cannot import these cannot serve claimants.
SELF_TEST_MODULES = (
    "kiosk.app.main",  # and through it the flow, screens, adapters, devices and the queue
    "kiosk.api.client",
    "offline_queue",
    "devices.sscard",
    "devices.idcard.reader",
    "devices.printer.printer",
    "kiosk.i18n",
)


def _queue_path(settings: Settings) -> Path:
    return Path(settings.queue.path) if settings.queue.path else default_data_dir() / "queue.db"


def cmd_apply(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.update.fetch import UpdateRefused
    from kiosk.update.install import apply_update, install_prefix

    prefix = args.prefix or install_prefix()
    try:
        outcome = apply_update(
            args.source,
            prefix=prefix,
            data_dir=default_data_dir(),
            config_path=args.config_path,
            queue=_queue_path(settings),
            secrets=default_secrets_path(args.config_path),
            progress=lambda step: print(f"  {step}", flush=True),
        )
    except UpdateRefused as exc:
        print(f"update refused ({exc.reason}): {exc}", file=sys.stderr)
        return 1
    if outcome.status == "up_to_date":
        print(f"already up to date: {outcome.version}")
        return 0
    shared = " (sharing the running virtualenv)" if outcome.shared_venv else ""
    print(
        f"updated {outcome.previous or 'nothing'} → {outcome.version}{shared}; it runs from the "
        "next start of the kiosk (systemctl restart changtong-kiosk)"
    )
    return 0


def cmd_trust(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.update.fetch import UpdateRefused, pin_root

    try:
        path = pin_root(default_data_dir(), args.root)
    except UpdateRefused as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"update signer trusted: {path}")
    return 0


def cmd_rollback(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.update.fetch import UpdateRefused
    from kiosk.update.install import install_prefix, rollback

    try:
        version = rollback(args.prefix or install_prefix())
    except UpdateRefused as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"back to {version}; it runs from the next start of the kiosk")
    return 0


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.update.install import current_version, install_prefix

    prefix = args.prefix or install_prefix()
    previous = prefix / "previous"
    shown = {
        "running": importlib.metadata.version("changtong-kiosk"),
        "current": current_version(prefix),
        "previous": previous.resolve().name if previous.exists() else None,
    }
    print(json.dumps(shown))
    return 0


def cmd_self_test(args: argparse.Namespace, settings: Settings) -> int:
    """Run by an update with the *new* release before the switch: its code imports on this
    kiosk's virtualenv and reads this kiosk's settings."""
    failures = []
    for name in SELF_TEST_MODULES:
        try:
            importlib.import_module(name)
        except Exception as exc:
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
    if failures:
        print("self-test failed:\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    print(f"self-test passed: {importlib.metadata.version('changtong-kiosk')}")
    return 0


def cmd_release_build(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import timedelta

    from kiosk.update.repository import Lifetimes, ReleaseError, build_release

    lifetimes = Lifetimes(
        snapshot=timedelta(days=args.expires_days), timestamp=timedelta(days=args.expires_days)
    )
    try:
        built = build_release(
            args.repo, args.keys, args.wheel, tuple(args.dependency), lifetimes=lifetimes
        )
    except ReleaseError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(
        f"release {built.version} signed into {args.repo} (targets v{built.targets_version}, "
        f"valid until {built.expires:%Y-%m-%d}); kiosks trust {args.repo / 'metadata/1.root.json'}"
    )
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    update = subparsers.add_parser("update", help="signed updates: apply, trust, roll back")
    sub = update.add_subparsers(dest="update_command", required=True, metavar="ACTION")
    prefix = argparse.ArgumentParser(add_help=False)
    prefix.add_argument(
        "--prefix",
        type=Path,
        help="where releases live (default: $CHANGTONG_PREFIX or /opt/changtong)",
    )
    apply = sub.add_parser(
        "apply", parents=[prefix], help="verify and install the newest release from SOURCE"
    )
    apply.add_argument("source", help="https://… of the update repository, or a directory (USB)")
    apply.set_defaults(handler=cmd_apply)
    trust = sub.add_parser("trust", help="pin the update signer's root metadata (at install)")
    trust.add_argument("root", type=Path, help="the repository's 1.root.json from the agency")
    trust.set_defaults(handler=cmd_trust, settings_optional=True)
    back = sub.add_parser("rollback", parents=[prefix], help="go back to the previous release")
    back.set_defaults(handler=cmd_rollback)
    status = sub.add_parser(
        "status", parents=[prefix], help="running, current and previous release"
    )
    status.set_defaults(handler=cmd_status, settings_optional=True)
    self_test = sub.add_parser("self-test", help="check this release can run here (used by apply)")
    self_test.set_defaults(handler=cmd_self_test)

    release = subparsers.add_parser("release", help="sign releases for kiosks (agency side)")
    rsub = release.add_subparsers(dest="release_command", required=True, metavar="ACTION")
    build = rsub.add_parser("build", help="add a release to a TUF update repository")
    build.add_argument("wheel", type=Path, help="changtong_kiosk-VERSION-py3-none-any.whl")
    build.add_argument("--repo", type=Path, required=True, help="the repository directory")
    build.add_argument("--keys", type=Path, required=True, help="the signing keys' directory")
    build.add_argument(
        "--dependency",
        type=Path,
        action="append",
        default=[],
        help="a dependency wheel to carry (repeat), for releases whose requirements changed",
    )
    build.add_argument(
        "--expires-days",
        type=int,
        default=30,
        help="how long kiosks accept this state of the repository (default 30)",
    )
    build.set_defaults(handler=cmd_release_build, settings_optional=True)

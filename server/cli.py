"""`kiosk server ...`: seed, run and administer the reference agency server."""

import argparse
import getpass
import json
import logging
import os
import sys
from pathlib import Path

from config import Settings
from config.logs import configure_logging
from config.paths import default_secrets_path
from config.secrets import ensure_secrets
from server import audit, control_commands, ecard_commands, rate_commands
from server.db import make_engine, make_session_factory, schema_state, transaction, upgrade
from server.kiosks_registry import register_kiosk, signing_public_key_of
from server.models import StaffRole
from server.settings import ServerConfig, resolve

log = logging.getLogger(__name__)


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = subparsers.add_parser("server", help="run and administer the reference agency server")
    sub = parser.add_subparsers(dest="server_command", required=True)

    seed = sub.add_parser(
        "seed", help="create the database and fill it with synthetic, deterministic data"
    )
    seed.add_argument(
        "--claimants", type=int, default=300, help="how many synthetic claimants (default 300)"
    )
    seed.add_argument(
        "--seed", type=int, default=2019, help="random seed; the same seed gives the same people"
    )
    seed.add_argument(
        "--kiosk-secrets",
        type=Path,
        help="register this kiosk's key (default: the local secrets file)",
    )
    seed.set_defaults(handler=cmd_seed)

    run = sub.add_parser("run", help="serve the API (OpenAPI at /openapi.json, docs at /docs)")
    run.add_argument("--host", help="address to listen on (default from settings: 127.0.0.1)")
    run.add_argument("--port", type=int, help="port to listen on (default from settings: 8080)")
    run.add_argument(
        "--dev",
        action="store_true",
        help="development mode: serve /api/dev/* (demo cast, SMS outbox, test clock) and /docs; "
        "loopback addresses only",
    )
    run.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes sharing the port (default 1; PostgreSQL for more than one)",
    )
    run.add_argument(
        "--no-migrate",
        action="store_true",
        help="do not migrate the database; refuse to start unless `server migrate` already did",
    )
    run.set_defaults(handler=cmd_run)

    migrate = sub.add_parser(
        "migrate", help="bring the database schema to this version (run before `server run`)"
    )
    migrate.set_defaults(handler=cmd_migrate)

    revoke = sub.add_parser(
        "revoke-staff", help="end every API token and browser session of a staff account"
    )
    revoke.add_argument("--username", required=True)
    revoke.set_defaults(handler=cmd_revoke_staff, deactivate=False)

    deactivate = sub.add_parser(
        "deactivate-staff", help="deactivate a staff account and end all its sessions"
    )
    deactivate.add_argument("--username", required=True)
    deactivate.set_defaults(handler=cmd_revoke_staff, deactivate=True)

    staff = sub.add_parser("add-staff", help="create a staff account with exactly one role")
    staff.add_argument("--username", required=True)
    staff.add_argument("--role", required=True, choices=[r.value for r in StaffRole])
    staff.add_argument(
        "--password-env",
        default="CHANGTONG_STAFF_PASSWORD",
        help="read the password from this variable if set, else prompt",
    )
    staff.add_argument(
        "--display-name",
        help="the person's name, shown masked (e.g. a field_visitor's on the home-visit banner)",
    )
    staff.set_defaults(handler=cmd_add_staff)

    kiosk = sub.add_parser(
        "register-kiosk", help="register a kiosk id with the key from its secrets file"
    )
    kiosk.add_argument("--id", required=True, dest="kiosk_id")
    kiosk.add_argument("--region", required=True)
    kiosk.add_argument("--secrets", type=Path, required=True, help="the kiosk's secrets.toml")
    kiosk.set_defaults(handler=cmd_register_kiosk)

    enroll = sub.add_parser(
        "enroll-kiosk",
        help="issue a one-time enrolment code for a kiosk (single use, expires in 24 h)",
    )
    enroll.add_argument("--id", required=True, dest="kiosk_id", help="e.g. kiosk-222405-007")
    enroll.add_argument("--region", required=True, help="6-digit division code, e.g. 222405")
    enroll.add_argument("--site", default="", help="where the kiosk stands, as staff call it")
    enroll.add_argument(
        "--valid-hours", type=float, default=24.0, help="how long the code stays valid (default 24)"
    )
    enroll.set_defaults(handler=cmd_enroll_kiosk)

    bundle = sub.add_parser(
        "import-bundle", help="ingest a field-staff bundle and write the signed ack"
    )
    bundle.add_argument("file", type=Path)
    bundle.add_argument(
        "--ack-out", type=Path, help="ack file or directory (default: beside the bundle)"
    )
    bundle.set_defaults(handler=cmd_import_bundle)

    keys = sub.add_parser(
        "agency-keys", help="print or write the agency's public bundle keys for kiosks"
    )
    keys.add_argument("--public-out", type=Path, help="write them to this file (default: print)")
    keys.set_defaults(handler=cmd_agency_keys)

    rotate = sub.add_parser(
        "rotate-key",
        help="add a new key to the key store and re-encrypt everything sealed with the old one "
        "(stop the server first; docs/data-protection.md)",
    )
    rotate.add_argument("purpose", choices=["data", "wrap"])
    rotate.set_defaults(handler=cmd_rotate_key)

    verify = sub.add_parser(
        "verify-audit",
        help="recompute the audit log's Merkle tree and check it against its signed checkpoints "
        "and witnessed ones; exit 1 on any break",
    )
    verify.add_argument("--json", action="store_true")
    verify.add_argument(
        "--witness",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a checkpoint as a heartbeat answers it, or a JSON list of them "
        "(`kiosk audit witnesses --json`); repeatable",
    )
    verify.set_defaults(handler=cmd_verify_audit)

    control_commands.register(sub)
    rate_commands.register(sub)
    ecard_commands.register(sub)


def _server_config(settings: Settings) -> ServerConfig:
    return resolve(settings.reference_server)


def cmd_seed(args: argparse.Namespace, settings: Settings) -> int:
    from server.seed import seed_database

    config = _server_config(settings)
    engine = make_engine(config.database_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    secrets_path = args.kiosk_secrets or default_secrets_path(args.config_path)
    kiosk_secrets = ensure_secrets(secrets_path)
    with transaction(factory) as session:
        summary = seed_database(
            session,
            claimants=args.claimants,
            seed=args.seed,
            data_dir=config.data_dir,
            production=config.production,
        )
        register_kiosk(
            session,
            settings.kiosk.id,
            kiosk_secrets.kiosk_key,
            settings.kiosk.region,
            settings.kiosk.site_name,
            signing_public_key=signing_public_key_of(kiosk_secrets.signing_key),
        )
    print(
        f"seeded {config.database_url.split('///')[-1]}: "
        + ", ".join(f"{v} {k}" for k, v in summary.items())
    )
    print(f"registered kiosk {settings.kiosk.id} with the key in {secrets_path}")
    return 0


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and localhost: the only places development views may be served."""
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from server.api.app import create_app

    host = args.host or settings.reference_server.host
    port = args.port or settings.reference_server.port
    if args.dev and not is_loopback(host):
        print(
            f"refusing to start in development mode on {host}: development views show the demo "
            "people and their one-time codes, so --dev listens only on a loopback address "
            "(127.0.0.1, ::1 or localhost). Drop --dev to serve other hosts.",
            file=sys.stderr,
        )
        return 2
    if args.dev and settings.reference_server.mode == "production":
        print('refusing --dev with mode = "production" in the settings', file=sys.stderr)
        return 2
    if args.workers < 1:
        print("--workers must be at least 1", file=sys.stderr)
        return 2
    config = resolve(settings.reference_server, dev=args.dev)
    if args.workers > 1 and config.database_url.startswith("sqlite"):
        print(
            "refusing --workers with SQLite: several processes need one PostgreSQL "
            "(reference_server.database_url or CHANGTONG_DATABASE_URL)",
            file=sys.stderr,
        )
        return 2
    engine = make_engine(config.database_url)
    try:
        if args.no_migrate:
            current, head = schema_state(engine)
            if current != head:
                print(
                    f"the database is at schema {current or 'none'}, this server needs {head}: "
                    "run `kiosk server migrate` first",
                    file=sys.stderr,
                )
                return 2
        else:
            upgrade(engine)
        refused = rate_commands.start_refusal(engine)
    finally:
        engine.dispose()
    if refused:
        print(refused, file=sys.stderr)
        return 2
    configure_logging(config.data_dir / "logs", level=settings.logging.level, filename="server.log")
    log.info(
        "reference server listening",
        extra={"host": host, "port": port, "mode": config.mode, "dev": config.dev},
    )
    if args.workers > 1:
        # Each worker builds its own app (and engine) after the fork, from the same settings.
        os.environ["CHANGTONG_CONFIG"] = str(args.config_path)
        os.environ["CHANGTONG_SERVER_DEV"] = "1" if args.dev else ""
        from server.api import workers

        return workers.serve(host, port, args.workers)
    app = create_app(config, migrate=False)
    uvicorn.run(app, host=host, port=port, log_config=None, access_log=False)
    return 0


def cmd_migrate(args: argparse.Namespace, settings: Settings) -> int:
    config = resolve(settings.reference_server)
    engine = make_engine(config.database_url)
    try:
        before, head = schema_state(engine)
        upgrade(engine)
        after, _ = schema_state(engine)
    finally:
        engine.dispose()
    if before == after:
        print(f"database schema already at {after}")
    else:
        print(f"database schema migrated from {before or 'empty'} to {after} (head {head})")
    return 0


def cmd_add_staff(args: argparse.Namespace, settings: Settings) -> int:
    from server.services.staff_auth import add_staff

    password = os.environ.get(args.password_env) or getpass.getpass("password: ")
    if len(password) < 10:
        print("password must have at least 10 characters", file=sys.stderr)
        return 2
    config = _server_config(settings)
    engine = make_engine(config.database_url)
    upgrade(engine)
    with transaction(make_session_factory(engine)) as session:
        add_staff(
            session, args.username, password, StaffRole(args.role), display_name=args.display_name
        )
    print(f"created staff user {args.username} with role {args.role}")
    return 0


def cmd_revoke_staff(args: argparse.Namespace, settings: Settings) -> int:
    """For a lost laptop or a leaver: their tokens stop working at once, not when they expire."""
    from server.errors import ApiError
    from server.services.staff_auth import revoke

    config = _server_config(settings)
    engine = make_engine(config.database_url)
    upgrade(engine)
    try:
        with transaction(make_session_factory(engine)) as session:
            ended = revoke(
                session, args.username, f"operator:{_operator()}", deactivate=args.deactivate
            )
    except ApiError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    done = "deactivated; " if args.deactivate else ""
    print(f"staff user {args.username}: {done}{ended} session(s) ended")
    return 0


def cmd_register_kiosk(args: argparse.Namespace, settings: Settings) -> int:
    config = _server_config(settings)
    engine = make_engine(config.database_url)
    upgrade(engine)
    kiosk_secrets = ensure_secrets(args.secrets)
    with transaction(make_session_factory(engine)) as session:
        register_kiosk(
            session,
            args.kiosk_id,
            kiosk_secrets.kiosk_key,
            args.region,
            signing_public_key=signing_public_key_of(kiosk_secrets.signing_key),
        )
    print(f"registered kiosk {args.kiosk_id}")
    return 0


def _operator() -> str:
    """Who ran the command, for the audit chain; a service account without a name is 'unknown'."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def cmd_enroll_kiosk(args: argparse.Namespace, settings: Settings) -> int:
    """The one place a secret is printed: the code is for the technician to type into the kiosk."""
    from datetime import timedelta

    from server.clock import CST
    from server.errors import ApiError
    from server.services.enrolment import issue_code

    if not 0 < args.valid_hours <= 168:
        print("--valid-hours must be between 0 and 168 (one week)", file=sys.stderr)
        return 2
    config = _server_config(settings)
    engine = make_engine(config.database_url)
    upgrade(engine)
    try:
        with transaction(make_session_factory(engine)) as session:
            issued = issue_code(
                session,
                args.kiosk_id,
                args.region,
                args.site,
                ttl=timedelta(hours=args.valid_hours),
                actor=f"operator:{_operator()}",
            )
    except ApiError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    until = issued.expires_at.astimezone(CST).strftime("%Y-%m-%d %H:%M")
    print(f"enrolment code for {issued.kiosk_id} (region {args.region}):")
    print()
    print(f"    {issued.display}")
    print()
    print(f"valid once, until {until} China time (UTC+8). On the kiosk, in technician mode or:")
    print(f"    kiosk enroll --id {issued.kiosk_id} --code {issued.display}")
    return 0


def cmd_verify_audit(args: argparse.Namespace, settings: Settings) -> int:
    from server.auditlog.keys import load_or_create as load_log_key
    from server.auditlog.verification import witnessed_notes

    config = _server_config(settings)
    witnessed: list[str] = []
    for path in args.witness:
        try:
            witnessed += witnessed_notes(path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            print(f"cannot read witnessed checkpoints from {path}: {exc}", file=sys.stderr)
            return 2
    engine = make_engine(config.database_url)
    key = load_log_key(config.data_dir).public
    with transaction(make_session_factory(engine)) as session:
        report = audit.verify(session, key, witnessed)
    if args.json:
        print(json.dumps({**report.__dict__, "kind": report.kind and report.kind.value}))
    elif report.ok:
        print(
            f"audit log intact: {report.entries} entries ({report.queued} queued), root "
            f"{report.root[:16]}…; {report.checkpoints_checked} signed checkpoints and "
            f"{report.witnesses_checked} witnessed ones agree"
        )
    else:
        print(f"audit log BROKEN: {report.problem}")
    return 0 if report.ok else 1


def cmd_import_bundle(args: argparse.Namespace, settings: Settings) -> int:
    from contract.bundle_format import ACK_SUFFIX
    from server.agency_keys import load_or_create
    from server.errors import ApiError
    from server.services.bundle_import import import_bundle

    config = _server_config(settings)
    engine = make_engine(config.database_url)
    upgrade(engine)
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print(f"cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        report = import_bundle(
            make_session_factory(engine),
            config,
            load_or_create(config.data_dir),
            data,
            "system:import-bundle",
        )
    except ApiError as exc:
        print(
            f"{args.file}: refused ({exc.code}): {exc.message}; nothing was changed",
            file=sys.stderr,
        )
        return 1
    target = args.ack_out or args.file.parent
    if target.is_dir():
        target = target / f"changtong-ack-{report.kiosk_id}-{report.bundle_id[:8]}{ACK_SUFFIX}"
    target.write_bytes(report.ack)
    print(
        f"bundle {report.bundle_id} from {report.kiosk_id}: {report.created} new, "
        f"{report.duplicate} already received, {report.rejected} refused; ack written to {target}"
    )
    return 0


def cmd_rotate_key(args: argparse.Namespace, settings: Settings) -> int:
    from server.keys import Purpose
    from server.keys.rotation import rotate

    config = _server_config(settings)
    assert config.keys is not None  # resolve always opens the key store
    engine = make_engine(config.database_url)
    upgrade(engine)
    try:
        done = rotate(config.keys, make_session_factory(engine), Purpose(args.purpose))
    finally:
        engine.dispose()
    print(
        f"{done.purpose.value} key {done.key_id} now seals; {done.rows} rows re-encrypted. "
        f"Earlier {done.purpose.value} keys in {config.keys.location} can be moved offline."
    )
    return 0


def cmd_agency_keys(args: argparse.Namespace, settings: Settings) -> int:
    from server.agency_keys import load_or_create
    from server.auditlog.keys import load_or_create as load_log_key

    data_dir = _server_config(settings).data_dir
    text = load_or_create(data_dir).public_toml() + load_log_key(data_dir).public_toml()
    if args.public_out:
        args.public_out.write_text(text, "utf-8")
        print(f"wrote the agency's public keys to {args.public_out}")
    else:
        sys.stdout.write(text)
    return 0

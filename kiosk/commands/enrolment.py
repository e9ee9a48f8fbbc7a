"""`kiosk enroll --code CODE`: enrol this kiosk with the one-time code from `kiosk server enroll-kiosk`.

For a technician at the kiosk with a keyboard or a laptop; technician mode calls the same
`kiosk.enrolment.enrol`. Prints nothing secret: the code was typed by the person reading it, and
the derived key goes only into the secrets file.
"""

import argparse
import sys
from pathlib import Path

from config import Settings, default_secrets_path
from config.saving import save_settings
from config.schema import KioskIdentity
from contract.errors import ErrorCode
from kiosk.enrolment import Enrolled, enrol

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = subparsers.add_parser(
        "enroll", help="enrol this kiosk with the agency using a one-time code"
    )
    parser.add_argument("--code", required=True, help="the code, e.g. ABCDE-FGH23")
    parser.add_argument("--id", dest="kiosk_id", help="kiosk id (default: [kiosk] id in settings)")
    parser.add_argument("--server", help="agency URL (default: [server] url in settings)")
    parser.add_argument(
        "--secrets", type=Path, help="secrets file (default: secrets.toml beside the settings)"
    )
    parser.set_defaults(handler=cmd_enroll)


def _remember_identity(settings: Settings, config_path: Path, done: Enrolled) -> str:
    """The server's answer names the region and site the code was issued for; writing them into
    an existing settings file saves the technician typing them a second time."""
    identity = KioskIdentity(id=done.kiosk_id, region=done.region_code, site_name=done.site_name)
    if identity == settings.kiosk:
        return "settings already name this kiosk"
    if not config_path.exists():
        return (
            f"no settings file at {config_path}: set [kiosk] id = {done.kiosk_id!r}, "
            f"region = {done.region_code!r}"
        )
    save_settings(settings.model_copy(update={"kiosk": identity}), config_path)
    return f"updated [kiosk] in {config_path}"


def cmd_enroll(args: argparse.Namespace, settings: Settings) -> int:
    kiosk_id = args.kiosk_id or settings.kiosk.id
    server = args.server or settings.server.url
    secrets_path = args.secrets or default_secrets_path(args.config_path)
    verify: bool | str = settings.server.ca_bundle or settings.server.verify_tls
    outcome = enrol(
        server,
        kiosk_id,
        args.code,
        secrets_path,
        verify=verify,
        timeout_s=(settings.server.connect_timeout_s, max(30.0, settings.server.read_timeout_s)),
    )
    if not isinstance(outcome, Enrolled):
        print(f"enrolment failed ({outcome.code}): {outcome.message}", file=sys.stderr)
        return EXIT_USAGE if outcome.code == ErrorCode.ENROLMENT_CODE_MALFORMED else EXIT_REFUSED
    print(
        f"enrolled {outcome.kiosk_id} (region {outcome.region_code}) with {server}; "
        f"request key saved in {secrets_path}; bundle-signing key {outcome.signing_key_id}"
    )
    print(_remember_identity(settings, Path(args.config_path), outcome))
    return EXIT_OK

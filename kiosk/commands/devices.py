"""`kiosk devices list|read-card|read-id|scan-test|print-test`: device diagnostics for technicians.

Each failure prints one line naming the fault (never personal data) and exits with a code that
is distinct per kind of fault, so a technician or a script can tell "no reader" from "no card"
from "paper out" without reading logs. The codes are listed in docs/devices.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any, get_args

from config import Settings
from config.schema import IdReaderSettings
from contract.masking import mask_id_number
from devices import diagnostics as dx
from devices.codes import gender_name, nation_name
from devices.faults import DeviceFault
from devices.idcard.identity import LONG_TERM

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2  # as argparse answers a wrong command line
# argparse itself exits with 2 on a usage error.
EXIT_CODES: dict[str, int] = {
    "bad_printer_uri": 2,
    "no_reader": 3,
    "no_scanner": 3,
    "no_scan": 4,
    "printer_not_connected": 3,
    "no_card": 4,
    "card_removed": 5,
    "unresponsive_card": 6,
    "reader_timeout": 6,
    "not_social_security_card": 7,
    "not_an_id_card": 7,
    "expired_card": 8,
    "malformed_data": 9,
    "wrong_pin": 10,
    "invalid_pin_format": 10,
    "pin_blocked": 11,
    "card_locked": 11,
    "authentication_failed": 12,
    "security_module_fault": 12,
    "security_status_not_satisfied": 12,
    "sam_fault": 13,
    "printer_error": 13,
    "paper_out": 14,
    "cover_open": 15,
    "printer_offline": 16,
    "printer_status_unknown": 17,
    "card_command_error": 18,
    "card_status_error": 18,
    "protocol_error": 18,
    "unknown_status": 18,
    "select_failed": 19,
    "card_authentication_failed": 19,
    "read_failed": 19,
    "reader_busy": 20,
}


def exit_code_for(fault: DeviceFault) -> int:
    return EXIT_CODES.get(fault.kind, EXIT_UNEXPECTED)


def _fail(fault: DeviceFault) -> int:
    print(f"kiosk devices: {fault.kind}: {fault}", file=sys.stderr)
    return exit_code_for(fault)


def _fail_with(problem: dx.DeviceProblem) -> int:
    print(f"kiosk devices: {problem.kind}: {problem.message or problem.kind}", file=sys.stderr)
    return EXIT_CODES.get(problem.kind, EXIT_UNEXPECTED)


def _challenge(text: str) -> bytes:
    """32 hex digits: the 16-byte challenge of `POST /api/v1/login/challenge`, or any test one."""
    try:
        value = bytes.fromhex(text)
    except ValueError:
        raise argparse.ArgumentTypeError("the challenge is 32 hex digits") from None
    if len(value) != 16:
        raise argparse.ArgumentTypeError("the challenge is 32 hex digits (16 bytes)")
    return value


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _emit(payload: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(payload, ensure_ascii=False, sort_keys=True))
        return
    for key, value in payload.items():
        print(f"{key}: {'' if value is None else value}")


# The rates the reader module speaks (and the settings accept); anything else is a typo.
BAUD_RATES: tuple[int, ...] = get_args(IdReaderSettings.model_fields["baud"].annotation)


def _baud(text: str) -> int:
    """Refused here, before a port is opened: an absurd rate made pyserial raise (a traceback)
    and a negative one looked like a missing reader."""
    allowed = ", ".join(str(rate) for rate in BAUD_RATES)
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number; use one of {allowed}"
        ) from None
    if value not in BAUD_RATES:
        raise argparse.ArgumentTypeError(f"{value} is not a rate the reader supports: {allowed}")
    return value


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("devices", help="list, test-read and test-print devices")
    sub = parser.add_subparsers(dest="devices_command", required=True, metavar="ACTION")

    listing = sub.add_parser("list", help="card readers, serial ports, printer and its status")
    listing.add_argument("--printer", metavar="URI", help="printer to query (default: config)")
    listing.add_argument("--json", action="store_true", help="print one JSON object")
    listing.set_defaults(handler=cmd_list, settings_optional=True)

    card = sub.add_parser("read-card", help="read a social security card (and check a PIN)")
    card.add_argument("--reader", metavar="NAME", help="PC/SC reader name or part of it")
    card.add_argument("--pin", metavar="PIN", help="verify this PIN on the card (test cards!)")
    card.add_argument(
        "--challenge",
        metavar="HEX32",
        type=_challenge,
        help="after an accepted --pin, have the card answer this 16-byte challenge (the card "
        "login of docs/devices.md); prints the card's cryptogram and card_id",
    )
    card.add_argument("--json", action="store_true", help="print one JSON object")
    card.set_defaults(handler=cmd_read_card, settings_optional=True)

    idcard = sub.add_parser("read-id", help="read an ID card through the serial reader")
    idcard.add_argument("--port", metavar="PATH", help="serial port (default: config)")
    idcard.add_argument(
        "--baud",
        type=_baud,
        metavar="N",
        help=f"baud rate, one of {', '.join(str(r) for r in BAUD_RATES)} (default: config)",
    )
    idcard.add_argument("--json", action="store_true", help="print one JSON object")
    idcard.set_defaults(handler=cmd_read_id, settings_optional=True)

    scan = sub.add_parser(
        "scan-test",
        help="wait for one code shown to the 2D scanner; prints its length and whether it has "
        "an e-card code's shape, never the text",
    )
    scan.add_argument("--port", metavar="PATH", help="serial port (default: config)")
    scan.add_argument("--baud", type=_baud, metavar="N", help="baud rate (default: config)")
    scan.add_argument(
        "--suffix", choices=("cr", "crlf", "lf", "tab", "none"), help="(default: config)"
    )
    scan.add_argument("--timeout", type=float, default=10.0, metavar="S", help="default 10 s")
    scan.add_argument("--json", action="store_true", help="print one JSON object")
    scan.set_defaults(handler=cmd_scan_test, settings_optional=True)

    printer = sub.add_parser("print-test", help="print a test receipt (fictitious holder)")
    printer.add_argument("--printer", metavar="URI", help="serial:…, tcp://…, usb:VID:PID, file:…")
    printer.add_argument("--paper", choices=("58", "80"), help="paper width in mm")
    printer.add_argument("--raster-qr", action="store_true", help="for printers without GS ( k")
    printer.add_argument("--preview", metavar="PNG", help="also write the receipt as a PNG")
    printer.add_argument("--json", action="store_true", help="print one JSON object")
    printer.set_defaults(handler=cmd_print_test, settings_optional=True)


# -- list ------------------------------------------------------------------------------------


def _pcsc_summary(status: dx.PcscStatus) -> dict[str, Any]:
    """`service` is running, not_running (pcscd stopped: no reader can show, whatever is
    plugged in) or failed; each reader says whether a card is in it."""
    return {
        "service": status.service.value,
        "fault": status.fault or None,
        "readers": [
            {"name": reader.name, "card": reader.card.value, "role": reader.role.value}
            for reader in status.readers
        ],
    }


def cmd_list(args: argparse.Namespace, settings: Settings) -> int:
    devices = settings.devices
    uri = args.printer or devices.printer.uri
    report = dx.printer_status(uri)
    found = dx.detect(
        tuple(port for port in (devices.id_reader.port, devices.scanner.port) if port),
        devices.card_reader.reader,
        devices.card_reader.psam_reader,
    )
    payload = {
        "pcsc": _pcsc_summary(found.pcsc),
        "card_reader": devices.card_reader.reader,
        "psam_reader": devices.card_reader.psam_reader,
        "serial_ports": [port.device for port in found.serial_ports],
        "id_reader": {"port": devices.id_reader.port, "baud": devices.id_reader.baud},
        "scanner": _scanner_summary(settings),
        "printer": {"uri": uri, "status": report.summary or None},
    }
    _emit(payload, args.json)
    return EXIT_OK


# -- read-card -------------------------------------------------------------------------------


def cmd_read_card(args: argparse.Namespace, settings: Settings) -> int:
    from devices.sscard.faults import NoReader
    from devices.sscard.identity import CardIdentity
    from devices.sscard.pcsc import list_readers, resolve_reader
    from devices.sscard.pin import PinAccepted
    from devices.sscard.session import CardSession

    if args.challenge is not None and args.pin is None:
        print(
            "kiosk devices: --challenge needs --pin: the card answers only after its PIN",
            file=sys.stderr,
        )
        return EXIT_USAGE
    wanted = args.reader or settings.devices.card_reader.reader
    psam = settings.devices.card_reader.psam_reader
    reader: str | None = None
    try:
        names = list_readers()
        if wanted:
            reader = resolve_reader(names, wanted)
            if reader is None:
                return _fail(NoReader("no reader matches --reader"))
    except DeviceFault as fault:
        return _fail(fault)
    exclude = tuple(n for n in names if psam and psam in n)
    with CardSession(reader, exclude_readers=exclude) as session:
        opened = session.open()
        if opened is not None:
            return _fail(opened)
        identity = session.read_identity()
        if not isinstance(identity, CardIdentity):
            return _fail(identity)
        payload: dict[str, Any] = {
            "card_number": identity.card_number,
            "ssn": identity.ssn,
            "name": identity.name,
            "gender": gender_name(identity.gender),
            "nation": nation_name(identity.nation),
            "birth_date": _iso(identity.birth_date),
            "card_version": identity.card_version,
            "region": identity.region,
            "issued": _iso(identity.issued),
            "expires": _iso(identity.expires),
        }
        code = EXIT_OK
        if args.pin is not None:
            result = session.verify_pin(args.pin)
            if isinstance(result, DeviceFault):
                if result.kind not in ("pin_blocked", "invalid_pin_format"):
                    return _fail(result)
                payload.update(pin_ok=False, tries_left=0 if result.kind == "pin_blocked" else None)
                print(f"kiosk devices: {result.kind}: {result}", file=sys.stderr)
                code = exit_code_for(result)
            elif isinstance(result, PinAccepted):
                payload.update(pin_ok=True, tries_left=None)
                if args.challenge is not None:
                    answer = session.internal_authenticate(args.challenge)
                    if isinstance(answer, DeviceFault):
                        return _fail(answer)
                    payload.update(
                        card_id=(identity.identification_code or "").lower(),
                        cryptogram=answer.hex(),
                    )
            else:
                payload.update(pin_ok=False, tries_left=result.tries_left)
                print(f"kiosk devices: wrong_pin: {result.tries_left} tries left", file=sys.stderr)
                code = EXIT_CODES["wrong_pin"]
    _emit(payload, args.json)
    return code


# -- read-id ---------------------------------------------------------------------------------


def id_number_problem(card_type: str, number: str) -> str | None:
    """Why the number a card gave cannot be a real one, or None. A wrong check character means
    a misread (or a forged card): printing it as if valid would send the technician after the
    wrong fault."""
    from contract import permanent_residence as pr2017
    from kiosk.domain.identity import IdNumber, parse_id_number

    if card_type == "foreigner_permanent_2017" and not pr2017.looks_like_2017(number):
        # Three letters of the nationality, then twelve digits (no GB 11643 check character).
        return "is not three letters and twelve digits"
    if not number.isascii():
        return "has characters that are not ASCII digits"
    parsed = parse_id_number(number)
    if isinstance(parsed, IdNumber):
        return None
    return {
        "id.wrong_length": "is not 18 characters long",
        "id.not_digits": "has characters other than 17 digits and a final digit or X",
        "id.bad_birth_date": "has no valid birth date",
        "id.bad_check_character": "fails its check character",
        "id.bad_authority": "names no mainland accepting authority",
    }.get(parsed.value, parsed.value)


def cmd_read_id(args: argparse.Namespace, settings: Settings) -> int:
    from devices.idcard.faults import IdReaderNotConnected

    port = args.port or settings.devices.id_reader.port
    if not port:
        return _fail(IdReaderNotConnected("no --port and none configured"))
    baud = args.baud or settings.devices.id_reader.baud
    data, _sam_id = dx.read_id_card(port, baud)
    if isinstance(data, dx.DeviceProblem):
        return _fail_with(data)
    why = id_number_problem(data.card_type.value, data.id_number)
    if why is not None:
        print(
            f"kiosk devices: malformed_data: the card's ID number {mask_id_number(data.id_number)} "
            f"{why}; read the card again, then try another card to tell a bad card from a bad "
            "reader",
            file=sys.stderr,
        )
        return EXIT_CODES["malformed_data"]
    payload = {
        "name": data.name,
        "gender": gender_name(data.gender),
        "nation": nation_name(data.nation),
        "birth_date": _iso(data.birth_date),
        "address": data.full_address,
        "id_number": data.id_number,
        "authority": data.authority,
        "valid_from": _iso(data.valid_from),
        "valid_to": LONG_TERM if data.long_term else _iso(data.valid_to),
        "card_type": data.card_type.value,
    }
    if data.english_name:
        payload["english_name"] = data.english_name
    if data.nationality:
        payload["nationality"] = data.nationality
    _emit(payload, args.json)
    return EXIT_OK


# -- scanner ---------------------------------------------------------------------------------


def _scanner_summary(settings: Settings) -> dict[str, Any]:
    from devices.scanner.diagnostics import scanner_status
    from devices.scanner.framing import Suffix

    scanner = settings.devices.scanner
    status = scanner_status(scanner.port, scanner.baud, Suffix(scanner.suffix))
    return {
        "port": scanner.port,
        "baud": scanner.baud,
        "suffix": scanner.suffix,
        "status": status.words,
    }


def cmd_scan_test(args: argparse.Namespace, settings: Settings) -> int:
    from devices.scanner.diagnostics import ScannerStatus, try_scan
    from devices.scanner.faults import ScannerNotConnected
    from devices.scanner.framing import Suffix

    configured = settings.devices.scanner
    port = args.port or configured.port
    if not port:
        return _fail(ScannerNotConnected("no --port and none configured"))
    baud = args.baud or configured.baud
    suffix = Suffix(args.suffix or configured.suffix)
    result = try_scan(port, baud, suffix, args.timeout)
    if result is None:
        print(
            f"kiosk devices: no_scan: nothing was shown to the scanner in {args.timeout:g} s",
            file=sys.stderr,
        )
        return EXIT_CODES["no_scan"]
    if isinstance(result, ScannerStatus):
        print(f"kiosk devices: no_scanner: {port}: {result.words}", file=sys.stderr)
        return EXIT_CODES["no_scanner"]
    _emit(
        {"port": port, "characters": result.characters, "ecard_code": result.ecard_code},
        args.json,
    )
    return EXIT_OK


# -- print-test ------------------------------------------------------------------------------


def cmd_print_test(args: argparse.Namespace, settings: Settings) -> int:
    from devices.printer.faults import BadPrinterUri
    from devices.printer.preview import receipt_png
    from devices.printer.receipt import PAPERS

    uri = args.printer or settings.devices.printer.uri
    if not uri:
        return _fail(BadPrinterUri("no --printer and none configured"))
    paper = PAPERS[args.paper or str(settings.devices.printer.paper_width_mm)]
    receipt = dx.sample_receipt("TEST")
    if args.preview:
        with open(args.preview, "wb") as png:
            png.write(receipt_png(receipt, paper))
    result = dx.try_print(uri, "TEST", paper=paper, native_qr=not args.raster_qr, receipt=receipt)
    if isinstance(result, dx.DeviceProblem):
        return _fail_with(result)
    _emit(
        {
            "printer": uri,
            "paper": result.paper_name,
            "bytes": result.bytes_sent,
            "status_before": result.before.summary(),
            "status_after": result.after.summary(),
            "near_end": result.near_end,
        },
        args.json,
    )
    return EXIT_OK

"""Writes the settings reference (every key, type, default, allowed values) from the schema itself,
so the README cannot drift from the code. `python -m config.reference` prints it; a test checks
that the README carries the current text."""

import sys
from typing import Any

from pydantic import BaseModel

from config.describe import _allowed
from config.schema import Settings

DESCRIPTIONS = {
    "server.url": "agency API base URL",
    "server.connect_timeout_s": "seconds to wait for a connection",
    "server.read_timeout_s": "seconds to wait for an answer",
    "server.verify_tls": "check the server's TLS certificate",
    "server.ca_bundle": "CA bundle file for a private agency CA",
    "kiosk.id": "this kiosk's enrolled id",
    "kiosk.region": "6-digit administrative division of the site",
    "kiosk.site_name": "shown to technicians and on the fleet page",
    "session.idle_timeout_s": "seconds without a touch before the warning",
    "session.warning_s": "seconds of visible countdown before the session ends",
    "ui.languages": "languages offered on screen",
    "ui.default_language": "language every session starts in",
    "ui.orientation": "screen layout",
    "ui.fullscreen": "cover the whole screen, no window chrome",
    "ui.hide_cursor": "hide the pointer on touch-only kiosks",
    "ui.elderly_age": "age from which large type is on by default",
    "ui.read_aloud": "offer read-aloud where a speech engine exists",
    "ui.blank_after_s": "seconds without a touch on the idle screen before it goes black (0: never); a touch or a card wakes it",
    "devices.card_reader.reader": "PC/SC reader name (substring); empty = first with a card",
    "devices.card_reader.psam_reader": "PC/SC reader holding the security module (PSAM)",
    "devices.id_reader.port": "serial port of the ID-card reader",
    "devices.id_reader.baud": "its baud rate",
    "devices.id_reader.timeout_s": "seconds to wait for a frame",
    "devices.printer.uri": "receipt printer: serial:, tcp://, usb:VID:PID, usblp: or file:",
    "devices.printer.paper_width_mm": "receipt paper width",
    "devices.scanner.port": "serial port of the 2D barcode scanner (e-card QR codes); empty = none",
    "devices.scanner.baud": "its baud rate (ignored over USB-CDC)",
    "devices.scanner.suffix": "what the scanner sends after each code",
    "queue.path": "outbox database file (default in the data directory)",
    "queue.agency_keys": "TOML file with the agency's public bundle keys (`kiosk server agency-keys`)",
    "queue.max_items": "most submissions the outbox may hold",
    "queue.max_age_days": "oldest a queued submission may grow",
    "queue.warn_at_fraction": "warn claimants and the fleet page at this share of a limit",
    "queue.retention_days": "days acknowledged items are kept before purging to an audit stub",
    "queue.sync_interval_s": "seconds between sync attempts when idle",
    "queue.batch_size": "submissions per upload",
    "logging.dir": "log directory (default in the data directory)",
    "logging.level": "least severe level written",
    "logging.max_bytes": "size at which a log file rotates",
    "logging.backups": "rotated files kept",
    "reference_server.data_dir": "reference server's data directory",
    "reference_server.database_url": "SQLAlchemy URL; default SQLite in data_dir",
    "reference_server.host": "address `kiosk server run` listens on",
    "reference_server.port": "port `kiosk server run` listens on",
    "reference_server.mode": "production refuses seeding and `--dev` (development endpoints need `kiosk server run --dev`)",
    "reference_server.max_clock_skew_s": "accepted difference between kiosk and server clocks",
    "reference_server.public_url": "base of the status links printed on receipts",
    "reference_server.api_docs": "serve /docs and /redoc without `--dev` (/openapi.json is always served)",
    "reference_server.limits.otp_codes_per_person_hour": "new one-time codes per person per hour (429 beyond)",
    "reference_server.limits.otp_codes_per_person_day": "new one-time codes per person per China day",
    "reference_server.limits.otp_codes_per_kiosk_hour": "new one-time codes per kiosk per hour",
    "reference_server.limits.lookups_per_kiosk_minute": "claimant look-ups per kiosk per minute; over half is flagged on the fleet page",
    "reference_server.limits.enrolment_proofs_per_address_hour": "enrolment attempts per source address per hour (wrong ones never void the code)",
    "reference_server.limits.sms_queries_per_number_hour": "status queries (CX, 查询, 조회) texted from one number per hour; more get no answer",
    "reference_server.limits.verifications_per_address_minute": "registration-proof verification pages (GET /verify/registration/...) per source address per minute",
    "reference_server.key_dir": "the agency's key store; default data_dir/keys (docs/data-protection.md)",
    "reference_server.issuer_key_file": "0600 TOML/JSON file: prefecture -> card issuer SM4 key; required in production (docs/api.md)",
    "reference_server.pay_day": "day of the month a benefit month falls due (the first month: its registration date); 1-28",
    "reference_server.max_offline_age_days": "a queued or bundled submission keeps its kiosk date as registration date only if at most this many days old; else receipt date and staff review",
    "reference_server.pension_premium_fen": "pension-insurance premium the fund pays per paid month within a year of the retirement age and during an extension to it, fen by 6-digit region or * for the rest; the default is a demo figure",
    "reference_server.funeral_subsidy_fen": "dependants' one-off funeral subsidy after a death in the benefit period (Regulations art. 20), fen by 6-digit region or * for the rest; the default is a demo figure",
    "reference_server.dependants_pension_fen": "dependants' pension after a death in the benefit period (Regulations art. 20), fen by 6-digit region or * for the rest; the default is a demo figure",
    "reference_server.medical_premium_fen": "medical-insurance premium the fund pays per paid month (Law art. 48), fen by 6-digit region or * for the rest; the default is a demo figure",
    "reference_server.benefit_rules": "the province's benefit rules (RuleParameters: min_contribution_months, tiers, max_benefit_months, refusals_to_stop, ...); missing keys keep the national rules; checked at start (docs/rules.md)",
    "reference_server.training_subsidy": "training-subsidy policy: service_area (county, prefecture, province, anywhere), grace_months_after_period, stopped_period_counts; checked at start (docs/rules.md)",
    "reference_server.service_area_prefixes": "kiosk id or * -> more region-code prefixes it serves beyond its prefecture (全城通办)",
    "reference_server.sms_gateway_url": "HTTP endpoint of the SMS gateway texts to claimants go to; unset, they wait in the outbox (docs/notifications.md)",
    "reference_server.sms_gateway_token_file": "0600 file holding the token shared with the SMS gateway; default data_dir/sms-gateway.token",
    "reference_server.sms_retry_first_s": "seconds before the first retry of a text the gateway did not take; each further retry waits twice as long, up to an hour",
    "reference_server.appointment_slot_minutes": "length of a counter appointment slot, minutes; slots fill a service centre's opening hours",
    "reference_server.appointment_days_ahead": "working days (Monday to Friday, from tomorrow) a claimant may book a counter appointment",
    "reference_server.appointment_counters": "counters taking appointments, i.e. bookings per slot, at a service centre that does not set its own",
    "reference_server.complaint_answer_days": "calendar days (business clock) staff have to answer a complaint; later ones are flagged overdue",
    "reference_server.decision_days": "days the agency has to decide a claim from receipt (失业保险金申领发放办法 art. 8: 10); the status shows the due date",
    "reference_server.appeal_routes": "region-code prefix or * -> agency_zh/ko, review_body_zh/ko, court_zh/ko printed on a refusal's decision notice (docs/rules.md)",
}


def _rows(model: type[BaseModel], prefix: str = "") -> list[tuple[str, str, str, str]]:
    rows = []
    defaults = model()
    for name, info in model.model_fields.items():
        key = f"{prefix}{name}"
        ann = info.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            rows.extend(_rows(ann, f"{key}."))
            continue
        value: Any = getattr(defaults, name)
        if value is None:
            default = "(none)"
        elif isinstance(value, bool):
            default = "true" if value else "false"
        else:
            default = repr(value).replace("'", '"')
        rows.append((key, default, _allowed(info), DESCRIPTIONS.get(key, "")))
    return rows


def reference_markdown() -> str:
    lines = ["| key | default | allowed | what it does |", "| --- | --- | --- | --- |"]
    for key, default, allowed, text in _rows(Settings):
        lines.append(f"| `{key}` | `{default}` | {allowed} | {text} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(reference_markdown())

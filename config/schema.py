"""The kiosk's settings: every key, its type, its allowed range and a default that works in demo mode.

Strict typing on purpose: a TOML value of the wrong type ("90" for a number) is a technician's
mistake that must be reported, not silently converted.
"""

import re
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Language = Literal["zh_CN", "ko", "en"]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _check_http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(
            "must be an http:// or https:// URL with a host, e.g. https://si.example.gov.cn"
        )
    if parts.query or parts.fragment:
        raise ValueError("must not carry a query or fragment")
    return value.rstrip("/")


class AgencyServer(_Section):
    """How the kiosk reaches the agency API."""

    url: str = "http://127.0.0.1:8080"
    connect_timeout_s: Annotated[float, Field(ge=0.5, le=60)] = 5.0
    read_timeout_s: Annotated[float, Field(ge=1, le=300)] = 15.0
    verify_tls: bool = True
    ca_bundle: str | None = None

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        return _check_http_url(value)


class KioskIdentity(_Section):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{2,63}$")] = "kiosk-demo-001"
    region: Annotated[str, Field(pattern=r"^\d{6}$")] = "222405"
    site_name: Annotated[str, Field(max_length=80)] = ""


class SessionTiming(_Section):
    """Defaults from the claimant issue: 90 s without a touch, then a 30 s visible countdown."""

    idle_timeout_s: Annotated[int, Field(ge=15, le=900)] = 90
    warning_s: Annotated[int, Field(ge=5, le=120)] = 30


class UiSettings(_Section):
    languages: Annotated[list[Language], Field(min_length=1)] = ["zh_CN", "ko"]
    default_language: Language = "zh_CN"
    orientation: Literal["landscape", "portrait", "auto"] = "auto"
    fullscreen: bool = True
    hide_cursor: bool = True
    elderly_age: Annotated[int, Field(ge=50, le=90)] = 60
    read_aloud: bool = True
    blank_after_s: Annotated[int, Field(ge=0, le=86400)] = 600

    @model_validator(mode="after")
    def _default_is_offered(self) -> "UiSettings":
        if self.default_language not in self.languages:
            raise ValueError(
                f"default_language {self.default_language!r} must be one of languages {self.languages}"
            )
        return self


class CardReaderSettings(_Section):
    """Reader names are matched as substrings because PC/SC appends slot numbers to them."""

    reader: str | None = None
    psam_reader: str | None = None


class IdReaderSettings(_Section):
    port: str | None = None
    baud: Literal[9600, 19200, 38400, 57600, 115200] = 115200
    timeout_s: Annotated[float, Field(ge=0.1, le=30)] = 3.0


_PRINTER_URI = re.compile(
    r"^(serial:/\S+|tcp://[^\s/:]+(:\d{1,5})?|usb:[0-9a-fA-F]{4}:[0-9a-fA-F]{4}|usblp:/\S+|file:/\S+)$"
)


class PrinterSettings(_Section):
    uri: str | None = None
    paper_width_mm: Literal[58, 80] = 80

    @field_validator("uri")
    @classmethod
    def _uri(cls, value: str | None) -> str | None:
        if value is not None and not _PRINTER_URI.match(value):
            raise ValueError(
                "must be serial:/dev/ttyUSB0?baud=9600, tcp://host:9100, usb:VID:PID, "
                "usblp:/dev/usb/lp0 or file:/path"
            )
        return value


class ScannerSettings(_Section):
    """The 2D barcode scanner in serial mode (serial or USB-CDC), for the e-card's QR code."""

    port: str | None = None
    baud: Literal[9600, 19200, 38400, 57600, 115200] = 9600
    # What the scanner sends after each code: its factory setting is usually CR; "none" ends a
    # code when the line has been quiet for a moment instead.
    suffix: Literal["cr", "crlf", "lf", "tab", "none"] = "cr"


class DeviceSettings(_Section):
    card_reader: CardReaderSettings = CardReaderSettings()
    id_reader: IdReaderSettings = IdReaderSettings()
    printer: PrinterSettings = PrinterSettings()
    scanner: ScannerSettings = ScannerSettings()


class QueueSettings(_Section):
    """Limits that warn before they bite: the warning fires at `warn_at_fraction` of either limit."""

    path: str | None = None
    agency_keys: str | None = None
    max_items: Annotated[int, Field(ge=10, le=1_000_000)] = 5000
    max_age_days: Annotated[int, Field(ge=1, le=365)] = 30
    warn_at_fraction: Annotated[float, Field(gt=0, lt=1)] = 0.8
    retention_days: Annotated[int, Field(ge=1, le=3650)] = 90
    sync_interval_s: Annotated[int, Field(ge=5, le=3600)] = 30
    batch_size: Annotated[int, Field(ge=1, le=200)] = 50


class LoggingSettings(_Section):
    dir: str | None = None
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    max_bytes: Annotated[int, Field(ge=10_000, le=1_000_000_000)] = 5_000_000
    backups: Annotated[int, Field(ge=1, le=100)] = 5


class ServerLimits(_Section):
    """Rate limits of the reference server (docs/threat-model.md, "Guessing and flooding").

    Per hour and per day in fixed windows; a request over a limit answers 429 with Retry-After."""

    otp_codes_per_person_hour: Annotated[int, Field(ge=1, le=1000)] = 5
    otp_codes_per_person_day: Annotated[int, Field(ge=1, le=10000)] = 10
    otp_codes_per_kiosk_hour: Annotated[int, Field(ge=1, le=100000)] = 60
    lookups_per_kiosk_minute: Annotated[int, Field(ge=1, le=100000)] = 30
    enrolment_proofs_per_address_hour: Annotated[int, Field(ge=1, le=10000)] = 10
    # Status queries texted to the agency's number (CX, 查询, 조회), per sending number.
    sms_queries_per_number_hour: Annotated[int, Field(ge=1, le=1000)] = 5
    # Registration-proof verification pages (the proof's QR code) opened from one address.
    verifications_per_address_minute: Annotated[int, Field(ge=1, le=10000)] = 20


class AppealRoute(_Section):
    """Who decides and where a refused claimant may turn, for one region-code prefix (docs/rules.md,
    "Decision notice"). The defaults name the bodies by the law's own rule, so they are right
    everywhere but say no place name; a province sets its own.

    Administrative review (行政复议法 2023 art. 24): the people's government at the agency's level;
    a lawsuit (行政诉讼法 arts. 14, 18): the basic people's court where the agency is."""

    agency_zh: Annotated[str, Field(min_length=1, max_length=100)] = "社会保险经办机构"
    agency_ko: Annotated[str, Field(min_length=1, max_length=100)] = "사회보험 담당기관"
    review_body_zh: Annotated[str, Field(min_length=1, max_length=200)] = (
        "作出本决定的社会保险经办机构所属的县级以上地方人民政府"
    )
    review_body_ko: Annotated[str, Field(min_length=1, max_length=200)] = (
        "이 결정을 내린 사회보험 담당기관이 속한 현급 이상 지방인민정부"
    )
    court_zh: Annotated[str, Field(min_length=1, max_length=200)] = (
        "作出本决定的社会保险经办机构所在地的基层人民法院"
    )
    court_ko: Annotated[str, Field(min_length=1, max_length=200)] = (
        "이 결정을 내린 사회보험 담당기관 소재지의 기층인민법원"
    )


class ReferenceServerSettings(_Section):
    """The reference agency server's own settings, used by `kiosk server ...`."""

    data_dir: str | None = None
    database_url: str | None = None
    host: str = "127.0.0.1"
    port: Annotated[int, Field(ge=1, le=65535)] = 8080
    mode: Literal["development", "production"] = "development"
    max_clock_skew_s: Annotated[int, Field(ge=30, le=3600)] = 300
    public_url: str = "http://127.0.0.1:8080"
    # Where the agency's key files live (docs/data-protection.md); default `<data_dir>/keys`.
    key_dir: str | None = None
    # /docs and /redoc (Swagger UI, ReDoc) in production; /openapi.json is always served.
    api_docs: bool = False
    limits: ServerLimits = ServerLimits()
    # Payment schedule (docs/rules.md, "Payment schedule"): a benefit month is due on this day
    # of the month (or on the registration date, for the first month), never earlier.
    pay_day: Annotated[int, Field(ge=1, le=28)] = 1
    # A queued or bundled submission keeps the kiosk's time as registration date only when it is
    # at most this many days before receipt; otherwise the receipt date is used and staff review.
    max_offline_age_days: Annotated[int, Field(ge=1, le=365)] = 30
    # The fund pays the claimant's basic medical-insurance premium for each paid month (Law
    # art. 48): fen per month by 6-digit region code, "*" for every other region. The default is
    # a demonstration figure; set the province's amounts.
    medical_premium_fen: dict[
        Annotated[str, Field(pattern=r"^(\d{6}|\*)$")], Annotated[int, Field(ge=0, le=1_000_000)]
    ] = {"*": 10_000}
    # Within a year of the statutory retirement age (and during an extension to it) the fund
    # also pays the claimant's basic pension-insurance premium for each paid month (the 2024
    # decision's measures): fen per month by region, "*" for every other region. Demo default.
    pension_premium_fen: dict[
        Annotated[str, Field(pattern=r"^(\d{6}|\*)$")], Annotated[int, Field(ge=0, le=1_000_000)]
    ] = {"*": 45_000}
    # Death during the benefit period (Regulations art. 20): the dependants' one-off funeral
    # subsidy and pension, fen by 6-digit region code, "*" for every other region. The defaults
    # are demonstration figures; set the province's amounts.
    funeral_subsidy_fen: dict[
        Annotated[str, Field(pattern=r"^(\d{6}|\*)$")], Annotated[int, Field(ge=0, le=100_000_000)]
    ] = {"*": 500_000}
    dependants_pension_fen: dict[
        Annotated[str, Field(pattern=r"^(\d{6}|\*)$")], Annotated[int, Field(ge=0, le=100_000_000)]
    ] = {"*": 1_000_000}
    # The province's benefit rules (server.rules.RuleParameters: min_contribution_months, tiers,
    # max_benefit_months, refusals_to_stop, ...); missing keys keep the national rules. Checked
    # when the server starts: an unlawful figure is refused with the key that is wrong.
    benefit_rules: dict[str, int | bool | list[list[int] | dict[str, int]]] = {}
    # The card issuers' SM4 master keys, one per prefecture (docs/api.md, "Card login"): a TOML
    # or JSON file of mode 0600 mapping a 4-digit prefecture (or "222400"-style region) to 32 hex
    # characters. Required in production; in development the test key serves every region.
    issuer_key_file: str | None = None
    # Service area (全城通办): a kiosk acts for claimants insured in its own prefecture; this
    # widens it per kiosk id (or "*" for every kiosk) to more region-code prefixes, e.g.
    # {"*": ["22"]} for the whole province, {"kiosk-222405-001": ["2201"]} for one kiosk.
    service_area_prefixes: dict[
        Annotated[str, Field(pattern=r"^(\*|[a-z0-9][a-z0-9-]{2,63})$")],
        list[Annotated[str, Field(pattern=r"^\d{0,6}$")]],
    ] = {}
    # The training subsidy (docs/rules.md, "Training subsidy"; server.rules.TrainingSubsidyPolicy):
    # service_area ("county", "prefecture", "province", "anywhere": how far from the kiosk's
    # region a course may be), grace_months_after_period, stopped_period_counts. Missing keys
    # keep the default (same prefecture, the benefit period must cover the course's start);
    # checked when the server starts, a wrong value refused with its key.
    training_subsidy: dict[str, bool | int | str] = {}
    # Texts to claimants (docs/notifications.md): the SMS gateway's HTTP endpoint; unset, texts
    # wait in the outbox. The shared token (both ways: the server's sends and the gateway's
    # inbound posts) is read from a 0600 file, by default `<data_dir>/sms-gateway.token`.
    sms_gateway_url: str | None = None
    sms_gateway_token_file: str | None = None
    # The first retry after a failed send; each further one waits twice as long, up to an hour.
    sms_retry_first_s: Annotated[float, Field(gt=0, le=3600)] = 30.0
    # Counter appointments and complaints (docs/api.md, "Appointments", "Complaints"): slot
    # length, how many working days ahead a claimant may book, counters per slot where a
    # service centre names none, and the calendar days staff have to answer a complaint.
    appointment_slot_minutes: Annotated[int, Field(ge=10, le=240)] = 30
    appointment_days_ahead: Annotated[int, Field(ge=1, le=60)] = 10
    appointment_counters: Annotated[int, Field(ge=1, le=100)] = 2
    complaint_answer_days: Annotated[int, Field(ge=1, le=90)] = 15
    # Formal decisions (docs/rules.md, "Decision notice"): the days the agency has to decide a
    # claim (失业保险金申领发放办法 art. 8: 10), and per region-code prefix (2 to 6 digits; the
    # longest match wins; "*" for the rest) the agency's name and where a refused claimant may
    # apply for administrative review or sue.
    decision_days: Annotated[int, Field(ge=1, le=60)] = 10
    appeal_routes: dict[Annotated[str, Field(pattern=r"^(\d{2,6}|\*)$")], AppealRoute] = {}

    @field_validator("sms_gateway_url")
    @classmethod
    def _sms_gateway_url(cls, value: str | None) -> str | None:
        return None if value is None else _check_http_url(value)

    @field_validator("public_url")
    @classmethod
    def _public_url(cls, value: str) -> str:
        return _check_http_url(value)

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("sqlite", "postgresql")):
            raise ValueError("must be a sqlite:///PATH or postgresql+psycopg://… URL")
        return value


class Settings(_Section):
    server: AgencyServer = AgencyServer()
    kiosk: KioskIdentity = KioskIdentity()
    session: SessionTiming = SessionTiming()
    ui: UiSettings = UiSettings()
    devices: DeviceSettings = DeviceSettings()
    queue: QueueSettings = QueueSettings()
    logging: LoggingSettings = LoggingSettings()
    reference_server: ReferenceServerSettings = ReferenceServerSettings()

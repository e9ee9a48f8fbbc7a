"""The reference server's runtime settings, resolved from the kiosk's `[reference_server]` section."""

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from config.paths import default_data_dir
from config.schema import AppealRoute, ReferenceServerSettings, ServerLimits
from server.issuer_keys import DEVELOPMENT_KEYS, IssuerKeys, resolve_issuer_keys
from server.keys import KeyRing, Purpose, ensure_private_dir, open_key_ring, register_database
from server.rules.parameters import NATIONAL_DEFAULTS, RuleParameters
from server.rules.training_subsidy import TrainingSubsidyPolicy
from server.sms.token import gateway_token


@dataclass(frozen=True, repr=False)
class ServerConfig:
    database_url: str
    data_dir: Path
    mode: str = "development"
    max_clock_skew_s: int = 300
    public_url: str = "http://127.0.0.1:8080"
    status_key: bytes = b""
    # The agency's key store (server/keys): personal-data columns, blind indexes, kiosk keys.
    keys: KeyRing | None = None
    otp_ttl_s: int = 300
    login_ttl_s: int = 1800
    staff_token_ttl_s: int = 8 * 3600
    # Development mode (`kiosk server run --dev`): /api/dev/* served, loopback only.
    dev: bool = False
    api_docs: bool = False
    limits: ServerLimits = field(default_factory=ServerLimits)
    pay_day: int = 1
    max_offline_age_days: int = 30
    medical_premium_fen: Mapping[str, int] = field(
        default_factory=lambda: MappingProxyType({"*": 10_000})
    )
    # The pension-insurance premium the fund pays per month near the retirement age.
    pension_premium_fen: Mapping[str, int] = field(
        default_factory=lambda: MappingProxyType({"*": 45_000})
    )
    # Dependants' funeral subsidy and pension after a death in the benefit period (art. 20).
    funeral_subsidy_fen: Mapping[str, int] = field(
        default_factory=lambda: MappingProxyType({"*": 500_000})
    )
    dependants_pension_fen: Mapping[str, int] = field(
        default_factory=lambda: MappingProxyType({"*": 1_000_000})
    )
    # The province's benefit rules, checked at start (`[reference_server] benefit_rules`).
    rule_parameters: RuleParameters = NATIONAL_DEFAULTS
    # The card issuers' master keys (server/issuer_keys.py) and the widened service areas by
    # kiosk id or "*" (server/services/claimant_proofs.py, 全城通办).
    issuer_keys: IssuerKeys = DEVELOPMENT_KEYS
    service_area_prefixes: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # Who gets the training subsidy for which courses (`[reference_server] training_subsidy`).
    training_subsidy: TrainingSubsidyPolicy = field(default_factory=TrainingSubsidyPolicy)
    # The SMS gateway (server/sms, docs/notifications.md): None keeps texts in the outbox.
    sms_gateway_url: str | None = None
    sms_gateway_token: str = ""
    sms_retry_first_s: float = 30.0
    # Counter appointments and complaints (server/services/appointments.py, complaints.py).
    appointment_slot_minutes: int = 30
    appointment_days_ahead: int = 10
    appointment_counters: int = 2
    complaint_answer_days: int = 15
    # Formal decisions (server/services/decision_notices.py): the days the agency has to decide,
    # and the agency, review body and court by region-code prefix ("*" for the rest).
    decision_days: int = 10
    appeal_routes: Mapping[str, AppealRoute] = field(default_factory=lambda: MappingProxyType({}))

    def medical_premium_for(self, region_code: str) -> int:
        """The fund's medical-insurance premium per paid month for a region (Law art. 48)."""
        return self.medical_premium_fen.get(region_code, self.medical_premium_fen.get("*", 0))

    def pension_premium_for(self, region_code: str) -> int:
        """The fund's pension-insurance premium per month near the retirement age, by region."""
        return self.pension_premium_fen.get(region_code, self.pension_premium_fen.get("*", 0))

    @property
    def production(self) -> bool:
        return self.mode == "production"


def resolve(settings: ReferenceServerSettings, *, dev: bool = False) -> ServerConfig:
    """`dev` comes from the command line (`kiosk server run --dev`), never from a settings file:
    a copied production settings file must not turn development views on."""
    data_dir = Path(settings.data_dir) if settings.data_dir else default_data_dir() / "server"
    ensure_private_dir(data_dir)  # 0700, tightened with a warning if found looser
    # The environment wins over the file for the URL, which carries the database password: a
    # container or a systemd credential passes it without writing it into the settings file.
    url = (
        os.environ.get("CHANGTONG_DATABASE_URL")
        or settings.database_url
        or f"sqlite:///{data_dir / 'agency.db'}"
    )
    keys = open_key_ring(data_dir, Path(settings.key_dir) if settings.key_dir else None)
    register_database(url, keys)  # engines made for `url` in this process use these keys
    return ServerConfig(
        database_url=url,
        data_dir=data_dir,
        mode=settings.mode,
        max_clock_skew_s=settings.max_clock_skew_s,
        public_url=settings.public_url,
        status_key=keys.secret(Purpose.STATUS),  # keys the receipt verification codes
        keys=keys,
        dev=dev,
        api_docs=settings.api_docs,
        limits=settings.limits,
        pay_day=settings.pay_day,
        max_offline_age_days=settings.max_offline_age_days,
        medical_premium_fen=MappingProxyType(dict(settings.medical_premium_fen)),
        pension_premium_fen=MappingProxyType(dict(settings.pension_premium_fen)),
        funeral_subsidy_fen=MappingProxyType(dict(settings.funeral_subsidy_fen)),
        dependants_pension_fen=MappingProxyType(dict(settings.dependants_pension_fen)),
        rule_parameters=RuleParameters.from_mapping(settings.benefit_rules),
        issuer_keys=resolve_issuer_keys(
            settings.issuer_key_file, production=settings.mode == "production"
        ),
        service_area_prefixes=MappingProxyType(
            {k: tuple(v) for k, v in settings.service_area_prefixes.items()}
        ),
        training_subsidy=TrainingSubsidyPolicy.from_mapping(settings.training_subsidy),
        sms_gateway_url=settings.sms_gateway_url,
        sms_gateway_token=gateway_token(settings, data_dir),
        sms_retry_first_s=settings.sms_retry_first_s,
        appointment_slot_minutes=settings.appointment_slot_minutes,
        appointment_days_ahead=settings.appointment_days_ahead,
        appointment_counters=settings.appointment_counters,
        complaint_answer_days=settings.complaint_answer_days,
        decision_days=settings.decision_days,
        appeal_routes=MappingProxyType(dict(settings.appeal_routes)),
    )

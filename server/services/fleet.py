"""What the fleet page knows: each kiosk's health and trend, today's figures, and anomaly flags.

Everything here counts claims, never lists them: the page is for operations staff watching
machines, so it shows no names, ID numbers or phone numbers. A shared payment account appears
masked; a shared mobile number appears only as a keyed fingerprint, enough to tell two flags
apart and to look the claims up through the audited staff workflow.

Heartbeat history: `Kiosk.last_heartbeat` holds the newest beat only, so `keep_heartbeat_history`
copies every new beat into `kiosk_heartbeats` in the same flush, whichever code path stored it,
and keeps the last `history_per_kiosk` per kiosk.
"""

import hashlib
import hmac
import itertools
import os
import statistics
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from contract.masking import mask_account
from server.clock import CST, local_date
from server.db_types import utcnow
from server.models import Claim, Claimant, Kiosk, KioskHeartbeat
from server.models.base import table_of

Status = Literal["online", "silent", "never", "retired"]
OK_DEVICE_STATES = frozenset({"ok", "ready", "online", "idle", "card_present", "no_card"})
# Devices a kiosk may do without: "not_configured" is normal for them, not a fault to look at.
# The 2D scanner (e-card login) is fitted to some kiosks only; older kiosks do not report it.
OPTIONAL_DEVICES = frozenset({"scanner"})


def _device_normal(name: str, state: str) -> bool:
    return state in OK_DEVICE_STATES or (state == "not_configured" and name in OPTIONAL_DEVICES)


@dataclass(frozen=True)
class FleetThresholds:
    """Defaults follow issue 6: heartbeats every minute, silent after three missed. A kiosk's own
    rhythm, seen in its recent heartbeats, replaces the assumed interval once there are enough."""

    heartbeat_interval_s: int = 60
    silent_factor: float = 3.0
    silent_after_s: int | None = None  # a fixed threshold for every kiosk, if set
    history_per_kiosk: int = 60
    growing_beats: int = 3
    late_after_s: int = 600
    volume_factor: float = 3.0
    volume_min_claims: int = 10
    volume_baseline_days: int = 7
    shared_window_days: int = 30
    shared_min_claimants: int = 3

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> "FleetThresholds":
        """`CHANGTONG_FLEET_HEARTBEAT_INTERVAL_S` and `CHANGTONG_FLEET_SILENT_AFTER_S`, until the
        settings file has a fleet section."""
        interval = env.get("CHANGTONG_FLEET_HEARTBEAT_INTERVAL_S")
        silent = env.get("CHANGTONG_FLEET_SILENT_AFTER_S")
        return cls(
            heartbeat_interval_s=int(interval) if interval else cls.heartbeat_interval_s,
            silent_after_s=int(silent) if silent else None,
        )

    def silent_after(self, observed_interval_s: float | None) -> int:
        if self.silent_after_s is not None:
            return self.silent_after_s
        interval = observed_interval_s or self.heartbeat_interval_s
        return int(self.silent_factor * interval)


# -- heartbeat history ---------------------------------------------------------------------------


def _history_row(kiosk_id: str, beat: Mapping[str, Any]) -> dict[str, Any]:
    received = beat.get("received_at")
    at = datetime.fromisoformat(received) if isinstance(received, str) else utcnow()
    devices = beat.get("devices")
    oldest = beat.get("queue_oldest_age_s")
    error = beat.get("last_error_class")
    return {
        "kiosk_id": kiosk_id,
        "received_at": at,
        "app_version": str(beat.get("app_version", ""))[:32],
        "uptime_s": int(beat.get("uptime_s", 0)),
        "paper": str(beat.get("paper", "unknown"))[:16],
        "devices": dict(devices) if isinstance(devices, dict) else {},
        "queue_depth": int(beat.get("queue_depth", 0)),
        "queue_oldest_age_s": None if oldest is None else int(oldest),
        "queue_warning": bool(beat.get("queue_warning", False)),
        "last_error_class": None if error is None else str(error)[:64],
    }


def record_heartbeat(
    session: Session, kiosk_id: str, beat: Mapping[str, Any], keep: int = 60
) -> None:
    """Keeps the last `keep` heartbeats of a kiosk, so the fleet page can see trends (a growing
    queue, paper running out) and not only the latest state.

    The older ones are deleted by one beat in `TRIM_EVERY` (by the new row's id), not by every
    beat: the delete was the dearest of a heartbeat's statements, and a kiosk's history may run
    a few rows over `keep` in between; the fleet page reads only the newest `keep`."""
    # Plain rows on the table, not objects through the ORM's unit of work: this runs for every
    # heartbeat of every kiosk, and nothing reads the new row back in this transaction.
    added = session.execute(
        insert(_heartbeats).returning(_heartbeats.c.id), _history_row(kiosk_id, beat)
    ).scalar_one()
    if added % TRIM_EVERY:
        return
    newest = (
        select(_heartbeats.c.id)
        .where(_heartbeats.c.kiosk_id == kiosk_id)
        .order_by(_heartbeats.c.id.desc())
        .limit(keep)
    )
    session.execute(
        delete(_heartbeats).where(
            _heartbeats.c.kiosk_id == kiosk_id, _heartbeats.c.id.not_in(newest)
        )
    )


_heartbeats = table_of(KioskHeartbeat)
#: One heartbeat in this many (by row id, so spread over the fleet) trims its kiosk's history.
TRIM_EVERY = 8


# -- the overview --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditAlarmView:
    kind: Literal["fork", "shrunk"]
    witnessed_size: int
    seen_size: int
    since: datetime | None


def _audit_alarm(beat: Mapping[str, Any]) -> AuditAlarmView | None:
    alarm = beat.get("audit_alarm")
    if not isinstance(alarm, dict) or alarm.get("kind") not in ("fork", "shrunk"):
        return None
    since = alarm.get("since")
    try:
        at = datetime.fromisoformat(since) if isinstance(since, str) else None
    except ValueError:
        at = None
    return AuditAlarmView(
        "fork" if alarm["kind"] == "fork" else "shrunk",
        int(alarm.get("witnessed_size") or 0),
        int(alarm.get("seen_size") or 0),
        at,
    )


@dataclass(frozen=True)
class KioskHealth:
    kiosk_id: str
    site_name: str
    region_code: str
    status: Status
    last_seen: datetime | None
    silent_for_s: int | None
    silent_after_s: int
    paper: str
    devices_attention: list[tuple[str, str]]
    queue_depth: int | None
    queue_oldest_age_s: int | None
    queue_warning: bool
    queue_growing: bool
    queue_trend: list[int]
    app_version: str | None
    uptime_s: int | None
    last_error_class: str | None
    signing_key_id: str | None
    # The kiosk saw the agency's audit log fork or shrink (docs/audit-log.md): it reports the
    # alarm in every heartbeat until a technician clears it there.
    audit_alarm: AuditAlarmView | None = None
    # Unclean stops of the kiosk service (watchdog, crash; docs/deploy.md) and the last reason.
    restart_count: int = 0
    last_restart_reason: str | None = None

    @property
    def needs_attention(self) -> bool:
        return (
            self.audit_alarm is not None
            or self.status == "silent"
            or self.paper in ("out", "near_end")
            or self.queue_growing
            or self.queue_warning
            or bool(self.devices_attention)
        )


@dataclass(frozen=True)
class KioskDay:
    kiosk_id: str
    claims: int
    offline: int
    median_7d: float

    @property
    def offline_share(self) -> float | None:
        return self.offline / self.claims if self.claims else None


@dataclass(frozen=True)
class Anomaly:
    kind: Literal["volume", "shared_account", "shared_mobile"]
    kiosk_ids: list[str]
    count: int
    label: str  # masked account, a fingerprint, or the baseline; never a personal datum


@dataclass(frozen=True)
class FleetOverview:
    generated_at: datetime
    day: date
    thresholds: FleetThresholds
    kiosks: list[KioskHealth]
    days: list[KioskDay]
    anomalies: list[Anomaly] = field(default_factory=list)

    @property
    def claims_today(self) -> int:
        return sum(d.claims for d in self.days)

    @property
    def offline_today(self) -> int:
        return sum(d.offline for d in self.days)

    @property
    def audit_alarms(self) -> list[KioskHealth]:
        return [k for k in self.kiosks if k.audit_alarm is not None]


def fingerprint(key: bytes, value: str) -> str:
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()[:8].upper()


def _observed_interval(beats: list[KioskHeartbeat]) -> float | None:
    """Median gap between recent beats: robust against the long gaps of an offline spell."""
    if len(beats) < 3:
        return None
    times = sorted(b.received_at for b in beats)
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(times)]
    gaps = [g for g in gaps if g > 0]
    return min(max(statistics.median(gaps), 5.0), 3600.0) if gaps else None


def _growing(depths: list[int], beats: int) -> bool:
    """Grows: each of the last `beats` heartbeats holds at least as much as the one before,
    and the newest more than the first of them."""
    recent = depths[-beats:]
    if len(recent) < beats:
        return False
    return all(b >= a for a, b in itertools.pairwise(recent)) and recent[-1] > recent[0]


def _health(
    kiosk: Kiosk, beats: list[KioskHeartbeat], now: datetime, limits: FleetThresholds
) -> KioskHealth:
    beats = sorted(beats, key=lambda b: b.id)
    latest = beats[-1] if beats else None
    last = kiosk.last_heartbeat or {}
    silent_after = limits.silent_after(_observed_interval(beats))
    silent_for = int((now - kiosk.last_seen).total_seconds()) if kiosk.last_seen else None
    status: Status
    if not kiosk.active:
        status = "retired"
    elif silent_for is None:
        status = "never"
    else:
        status = "silent" if silent_for > silent_after else "online"
    stored = last.get("devices")
    devices = latest.devices if latest else (stored if isinstance(stored, dict) else {})
    depths = [b.queue_depth for b in beats]
    key = kiosk.signing_public_key
    return KioskHealth(
        kiosk_id=kiosk.id,
        site_name=kiosk.site_name,
        region_code=kiosk.region_code,
        status=status,
        last_seen=kiosk.last_seen,
        silent_for_s=silent_for,
        silent_after_s=silent_after,
        paper=latest.paper if latest else str(last.get("paper", "unknown")),
        devices_attention=sorted(
            (str(name), str(state))
            for name, state in devices.items()
            if not _device_normal(str(name), str(state))
        ),
        queue_depth=latest.queue_depth if latest else None,
        queue_oldest_age_s=latest.queue_oldest_age_s if latest else None,
        queue_warning=latest.queue_warning if latest else False,
        queue_growing=_growing(depths, limits.growing_beats),
        queue_trend=depths[-8:],
        app_version=latest.app_version if latest else None,
        uptime_s=latest.uptime_s if latest else None,
        last_error_class=latest.last_error_class if latest else None,
        signing_key_id=hashlib.sha256(key).hexdigest()[:16] if key else None,
        audit_alarm=_audit_alarm(last),
        restart_count=_count(last.get("restart_count")),
        last_restart_reason=_text(last.get("last_restart_reason")),
    )


def _count(value: object) -> int:
    return value if isinstance(value, int) and value > 0 else 0


def _text(value: object) -> str | None:
    return value[:64] if isinstance(value, str) and value else None


def _day_start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=CST)


def _days(
    session: Session, today: date, limits: FleetThresholds
) -> tuple[list[KioskDay], list[Anomaly]]:
    since = _day_start(today - timedelta(days=limits.volume_baseline_days))
    until = _day_start(today + timedelta(days=1))
    rows = session.execute(
        select(Claim.kiosk_id, Claim.channel, Claim.created_at, Claim.received_at).where(
            Claim.created_at >= since, Claim.created_at < until
        )
    ).all()
    per_day: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    offline: dict[str, int] = defaultdict(int)
    late = timedelta(seconds=limits.late_after_s)
    for kiosk_id, channel, created, received in rows:
        who = kiosk_id or "（未知终端）"
        day = local_date(created)
        per_day[who][day] += 1
        if day == today and (channel != "online" or received - created > late):
            offline[who] += 1
    days, anomalies = [], []
    baseline_days = [today - timedelta(days=n) for n in range(1, limits.volume_baseline_days + 1)]
    for who in sorted(per_day):
        counts = per_day[who]
        median = statistics.median(counts.get(d, 0) for d in baseline_days)
        claims = counts.get(today, 0)
        if claims:
            days.append(KioskDay(who, claims, offline[who], median))
        if claims >= limits.volume_min_claims and claims > limits.volume_factor * max(median, 1):
            anomalies.append(Anomaly("volume", [who], claims, f"{median:g}"))
    return days, anomalies


def _shared(session: Session, now: datetime, limits: FleetThresholds, key: bytes) -> list[Anomaly]:
    """Notice §5 asks to watch for one account or one phone behind several people's claims."""
    since = now - timedelta(days=limits.shared_window_days)
    rows = session.execute(
        select(Claim.claimant_id, Claim.kiosk_id, Claim.mobile, Claimant.payment_account)
        .join(Claimant, Claimant.id == Claim.claimant_id)
        .where(Claim.created_at >= since)
    ).all()
    accounts: dict[str, tuple[set[int], set[str]]] = defaultdict(lambda: (set(), set()))
    mobiles: dict[str, tuple[set[int], set[str]]] = defaultdict(lambda: (set(), set()))
    for claimant_id, kiosk_id, mobile, account in rows:
        for index, value in ((accounts, account), (mobiles, mobile)):
            if value:
                people, kiosks = index[value]
                people.add(claimant_id)
                if kiosk_id:
                    kiosks.add(kiosk_id)
    found = []
    for account, (people, kiosks) in accounts.items():
        if len(people) >= limits.shared_min_claimants:
            found.append(
                Anomaly("shared_account", sorted(kiosks), len(people), mask_account(account))
            )
    for mobile, (people, kiosks) in mobiles.items():
        if len(people) >= limits.shared_min_claimants:
            found.append(
                Anomaly("shared_mobile", sorted(kiosks), len(people), fingerprint(key, mobile))
            )
    return sorted(found, key=lambda a: (a.kind, -a.count, a.label))


def overview(
    session: Session,
    limits: FleetThresholds,
    fingerprint_key: bytes,
    now: datetime | None = None,
) -> FleetOverview:
    now = now or utcnow()
    today = local_date(now)
    kiosks = list(session.execute(select(Kiosk).order_by(Kiosk.id)).scalars())
    beats: dict[str, list[KioskHeartbeat]] = defaultdict(list)
    for beat in session.execute(select(KioskHeartbeat).order_by(KioskHeartbeat.id)).scalars():
        beats[beat.kiosk_id].append(beat)
    keep = limits.history_per_kiosk  # the history is trimmed now and then, not at every beat
    health = [_health(k, beats[k.id][-keep:], now, limits) for k in kiosks]
    days, volume = _days(session, today, limits)
    return FleetOverview(
        generated_at=now,
        day=today,
        thresholds=limits,
        kiosks=health,
        days=days,
        anomalies=volume + _shared(session, now, limits, fingerprint_key),
    )

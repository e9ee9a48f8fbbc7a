"""The kiosk's non-Qt parts built from Settings and Secrets: agency client, outbox and sync,
the adapters behind the flow's ports, device supervision and the heartbeat.

`start()`/`stop()` bring the background threads (sync engine, heartbeat, card presence, ID-card
watcher) up and down with the app. Nothing here touches a widget.
"""

from __future__ import annotations

import importlib.metadata
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from config import Secrets, Settings, default_data_dir
from devices.idcard.reader import IdCardReader
from devices.sscard.monitor import CardPresenceMonitor, ReaderState
from kiosk.adapters.agency import AgencyAdapter
from kiosk.adapters.batch_uploader import AgencyBatchUploader
from kiosk.adapters.card import CardAdapter
from kiosk.adapters.id_card_watcher import IdCardWatcher
from kiosk.adapters.outbox import OutboxAdapter
from kiosk.adapters.printer import PrinterAdapter
from kiosk.api import AgencyClient
from kiosk.domain.claimant import IdCardIdentity
from kiosk.domain.language import Language
from kiosk.flow.ports import Ports
from kiosk.flow.settings import FlowSettings
from kiosk.heartbeat import HeartbeatService, HeartbeatSources, QueueSnapshot
from kiosk.service import restarts
from kiosk.witness.store import WitnessStore
from kiosk.witness.witness import AuditWitness, load_log_key
from offline_queue import Outbox, QueueLimits, SyncEngine

log = logging.getLogger(__name__)

DAY_S = 24 * 3600.0


def app_version() -> str:
    try:
        return importlib.metadata.version("changtong-kiosk")
    except importlib.metadata.PackageNotFoundError:
        return "0.0.0"


def flow_settings(settings: Settings) -> FlowSettings:
    return FlowSettings(
        idle_warning_after_s=float(settings.session.idle_timeout_s),
        countdown_s=float(settings.session.warning_s),
        default_language=Language(settings.ui.default_language),
        elderly_age=settings.ui.elderly_age,
        # The receipt's QR leads to the agency's public status page on the same host.
        status_page_base_url=settings.server.url,
    )


def queue_path(settings: Settings) -> Path:
    return Path(settings.queue.path) if settings.queue.path else default_data_dir() / "queue.db"


def agency_client(settings: Settings, secrets: Secrets) -> AgencyClient:
    server = settings.server
    verify: bool | str = server.ca_bundle or server.verify_tls
    return AgencyClient(
        server.url,
        settings.kiosk.id,
        secrets.kiosk_key,
        connect_timeout_s=server.connect_timeout_s,
        read_timeout_s=server.read_timeout_s,
        verify=verify,
    )


def audit_witness(settings: Settings) -> AuditWitness:
    """Witnessed checkpoints live beside the queue; the log key comes with the agency's other
    public keys (`queue.agency_keys`)."""
    keys = Path(settings.queue.agency_keys) if settings.queue.agency_keys else None
    return AuditWitness(WitnessStore.in_dir(queue_path(settings).parent), load_log_key(keys))


def queue_limits(settings: Settings) -> QueueLimits:
    queue = settings.queue
    return QueueLimits(
        max_items=queue.max_items,
        max_age_s=queue.max_age_days * DAY_S,
        warn_fraction=queue.warn_at_fraction,
        retention_s=queue.retention_days * DAY_S,
    )


@dataclass
class DeviceStates:
    """The last state each device reported, written by device threads, read by the heartbeat."""

    # "unknown" until the presence monitor has looked: the first heartbeat goes out at start-up
    # and must not report a healthy kiosk as having no reader.
    card_reader: str = "unknown"


class KioskServices:
    def __init__(self, settings: Settings, secrets: Secrets) -> None:
        self.settings = settings
        self.flow_settings = flow_settings(settings)
        self.client = agency_client(settings, secrets)
        path = queue_path(settings)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.outbox = Outbox(path, secrets.queue_data_key, limits=queue_limits(settings))
        self.uploader = AgencyBatchUploader(self.client)
        self.engine = SyncEngine(
            self.outbox,
            self.uploader,
            check=self.uploader.check,
            probe=self.client.reachable,
            batch_size=settings.queue.batch_size,
            idle_poll_s=float(settings.queue.sync_interval_s),
        )
        devices = settings.devices
        self.card = CardAdapter.for_reader(
            devices.card_reader.reader,
            devices.card_reader.psam_reader,
        )
        self.printer = PrinterAdapter.from_uri(
            devices.printer.uri, devices.printer.paper_width_mm, settings.kiosk.id
        )
        self.ports = Ports(
            card=self.card,
            agency=AgencyAdapter(self.client),
            outbox=OutboxAdapter(self.outbox, self.engine),
            printer=self.printer,
        )
        self.device_states = DeviceStates()
        self.audit_witness = audit_witness(settings)
        self.heartbeat = HeartbeatService.from_settings(
            settings,
            self.client,
            HeartbeatSources(
                devices=self._device_health,
                paper=self.printer.paper,
                queue=self._queue,
                restarts=lambda: restarts.read(default_data_dir()),
            ),
            app_version=app_version(),
            witness=self.audit_witness,
        )
        self.card_monitor: CardPresenceMonitor | None = None
        self.id_watcher: IdCardWatcher | None = None
        self._device_callbacks: tuple[CardPresenceMonitorCallback, IdCardCallback] | None = None

    def supervise_devices(
        self,
        on_reader_state: CardPresenceMonitorCallback,
        on_id_card: IdCardCallback,
    ) -> None:
        """Creates the device threads (started by `start`), reporting to the given callbacks."""
        self._device_callbacks = (on_reader_state, on_id_card)
        devices = self.settings.devices
        exclude = (devices.card_reader.psam_reader,) if devices.card_reader.psam_reader else ()

        def reader_state(state: ReaderState, reader: str | None) -> None:
            self.device_states.card_reader = state.value
            on_reader_state(state, reader)

        self.card_monitor = CardPresenceMonitor(
            reader_state, devices.card_reader.reader, exclude_readers=exclude
        )
        if devices.id_reader.port is not None:
            reader = IdCardReader(devices.id_reader.port, devices.id_reader.baud)
            self.id_watcher = IdCardWatcher(reader, on_id_card)

    def start(self) -> None:
        self.engine.start()
        if self.card_monitor is not None:
            self.card_monitor.start()
        if self.id_watcher is not None:
            self.id_watcher.start()
        self.heartbeat.start()

    def pause_devices(self) -> None:
        """A technician is about to use the same readers: the app lets go of them."""
        if self.id_watcher is not None:
            self.id_watcher.stop()
        if self.card_monitor is not None:
            self.card_monitor.stop()
        self.card.close()

    def resume_devices(self) -> None:
        """Device threads cannot be restarted once stopped, so fresh ones take over."""
        if self._device_callbacks is None:
            return
        self.supervise_devices(*self._device_callbacks)
        if self.card_monitor is not None:
            self.card_monitor.start()
        if self.id_watcher is not None:
            self.id_watcher.start()

    def stop(self) -> None:
        if self.id_watcher is not None:
            self.id_watcher.stop()
        if self.card_monitor is not None:
            self.card_monitor.stop()
        self.heartbeat.stop()
        self.engine.stop()
        self.card.close()
        self.outbox.close()
        self.client.close()

    def _device_health(self) -> dict[str, str]:
        id_state = "not_configured"
        if self.id_watcher is not None:
            id_state = self.id_watcher.last_fault or "ok"
        return {
            "card_reader": self.device_states.card_reader,
            "id_reader": id_state,
            "printer": "not_configured" if self.settings.devices.printer.uri is None else "ok",
        }

    def _queue(self) -> QueueSnapshot:
        health = self.outbox.health()
        age = None if health.oldest_age_s is None else int(health.oldest_age_s)
        return QueueSnapshot(depth=health.depth, oldest_age_s=age, warning=health.warning)


CardPresenceMonitorCallback = Callable[[ReaderState, str | None], None]
IdCardCallback = Callable[[IdCardIdentity], None]

"""The kiosk's non-Qt parts built from Settings and Secrets: agency client, outbox and sync,
the adapters behind the flow's ports, device supervision and the heartbeat.

`start()`/`stop()` bring the background threads (sync engine, heartbeat, card presence, ID-card
watcher) up and down with the app. Nothing here touches a widget.
"""

from __future__ import annotations

import importlib.metadata
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from config import Secrets, Settings, default_data_dir
from devices.sscard.monitor import CardPresenceMonitor
from devices.sscard.reader_state import ReaderState
from kiosk.domain.claimant import IdCardIdentity
from kiosk.domain.language import Language
from kiosk.flow.settings import FlowSettings

if TYPE_CHECKING:
    # The idle screen needs none of these: SQLAlchemy (the queue), requests (the agency client),
    # the printer's raster code and the witness's crypto load after the first paint (`warm_up`)
    # or when first used, whichever comes first; the card adapter (it speaks the flow's port
    # types) with the session, right after the first paint.
    from kiosk.adapters.batch_uploader import AgencyBatchUploader
    from kiosk.adapters.card import CardAdapter
    from kiosk.adapters.id_card_watcher import IdCardWatcher
    from kiosk.adapters.outbox import VisitStamp
    from kiosk.adapters.printer import PrinterAdapter
    from kiosk.adapters.scanner_watcher import ScannerWatcher
    from kiosk.api import AgencyClient
    from kiosk.flow.ports import Ports
    from kiosk.heartbeat import HeartbeatService, QueueSnapshot
    from kiosk.witness.witness import AuditWitness
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
        ecard_scanner=settings.devices.scanner.port is not None,
    )


def queue_path(settings: Settings) -> Path:
    return Path(settings.queue.path) if settings.queue.path else default_data_dir() / "queue.db"


def agency_client(settings: Settings, secrets: Secrets) -> AgencyClient:
    from kiosk.api import AgencyClient

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
    from kiosk.witness.store import WitnessStore
    from kiosk.witness.witness import AuditWitness, load_log_key

    keys = Path(settings.queue.agency_keys) if settings.queue.agency_keys else None
    return AuditWitness(WitnessStore.in_dir(queue_path(settings).parent), load_log_key(keys))


def queue_limits(settings: Settings) -> QueueLimits:
    from offline_queue import QueueLimits

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


@dataclass(frozen=True)
class _Parts:
    """What the first claimant (and the sync engine) needs, but the idle screen does not."""

    client: AgencyClient
    outbox: Outbox
    uploader: AgencyBatchUploader
    engine: SyncEngine
    printer: PrinterAdapter
    ports: Ports
    audit_witness: AuditWitness
    heartbeat: HeartbeatService


class KioskServices:
    """The card adapter and the device threads come up with the app; the agency client, the
    queue (SQLAlchemy), the sync engine, the printer and the heartbeat come up in `warm_up`,
    which the app runs right after the idle screen's first paint, or on first use of any of them
    (a property below), whichever is first. Either way a submission is in the fsynced queue file
    before the claimant is told it was received: the queue opens before the first enqueue."""

    def __init__(self, settings: Settings, secrets: Secrets) -> None:
        self.settings = settings
        self._secrets = secrets
        self.flow_settings = flow_settings(settings)
        self._card: CardAdapter | None = None
        self._card_lock = threading.Lock()
        self.device_states = DeviceStates()
        self.card_monitor: CardPresenceMonitor | None = None
        self.id_watcher: IdCardWatcher | None = None
        self.scanner_watcher: ScannerWatcher | None = None
        self._on_scan: ScanCallback | None = None
        self._device_callbacks: tuple[CardPresenceMonitorCallback, IdCardCallback] | None = None
        self._parts_lock = threading.Lock()
        self._parts: _Parts | None = None
        # On a home-visit laptop (kiosk/app/home_visit_mode.py): the visit proof for each claim.
        self.visit_stamp: VisitStamp | None = None
        self._started = False
        self._stopped = False
        self._running = False  # the sync engine and the heartbeat

    # -- the parts built on first use -------------------------------------------------------

    @property
    def card(self) -> CardAdapter:
        """The card adapter the session and the ports share (its own worker thread)."""
        with self._card_lock:
            if self._card is None:
                from kiosk.adapters.card import CardAdapter

                readers = self.settings.devices.card_reader
                self._card = CardAdapter.for_reader(readers.reader, readers.psam_reader)
            return self._card

    def _close_card(self) -> None:
        card = self._card
        if card is not None:
            card.close()

    def warm_up(self) -> None:
        """Builds (and, once `start` ran, starts) the sync engine and the rest; idempotent,
        safe from any thread."""
        if not self._stopped:
            self._built()

    @property
    def warm(self) -> bool:
        return self._parts is not None

    def _built(self) -> _Parts:
        parts = self._parts
        if parts is not None:
            return parts
        with self._parts_lock:
            if self._parts is None:
                self._parts = self._build()
                if self._started and not self._stopped:
                    self._start_parts(self._parts)
            return self._parts

    def _build(self) -> _Parts:
        from kiosk.adapters.agency import AgencyAdapter
        from kiosk.adapters.batch_uploader import AgencyBatchUploader
        from kiosk.adapters.outbox import OutboxAdapter
        from kiosk.adapters.printer import PrinterAdapter
        from kiosk.flow.ports import Ports
        from kiosk.heartbeat import HeartbeatService, HeartbeatSources
        from kiosk.service import restarts
        from offline_queue import Outbox, SyncEngine

        settings = self.settings
        client = agency_client(settings, self._secrets)
        path = queue_path(settings)
        path.parent.mkdir(parents=True, exist_ok=True)
        outbox = Outbox(path, self._secrets.queue_data_key, limits=queue_limits(settings))
        uploader = AgencyBatchUploader(client)
        engine = SyncEngine(
            outbox,
            uploader,
            check=uploader.check,
            probe=client.reachable,
            batch_size=settings.queue.batch_size,
            idle_poll_s=float(settings.queue.sync_interval_s),
        )
        devices = settings.devices
        printer = PrinterAdapter.from_uri(
            devices.printer.uri, devices.printer.paper_width_mm, settings.kiosk.id
        )
        ports = Ports(
            card=self.card,
            agency=AgencyAdapter(client),
            outbox=OutboxAdapter(outbox, engine, visit_stamp=self.visit_stamp),
            printer=printer,
        )
        witness = audit_witness(settings)
        heartbeat = HeartbeatService.from_settings(
            settings,
            client,
            HeartbeatSources(
                devices=self._device_health,
                paper=printer.paper,
                queue=self._queue,
                restarts=lambda: restarts.read(default_data_dir()),
            ),
            app_version=app_version(),
            witness=witness,
        )
        return _Parts(client, outbox, uploader, engine, printer, ports, witness, heartbeat)

    @property
    def client(self) -> AgencyClient:
        return self._built().client

    @property
    def outbox(self) -> Outbox:
        return self._built().outbox

    @property
    def uploader(self) -> AgencyBatchUploader:
        return self._built().uploader

    @property
    def engine(self) -> SyncEngine:
        return self._built().engine

    @property
    def printer(self) -> PrinterAdapter:
        return self._built().printer

    @property
    def ports(self) -> Ports:
        return self._built().ports

    @property
    def audit_witness(self) -> AuditWitness:
        return self._built().audit_witness

    @property
    def heartbeat(self) -> HeartbeatService:
        return self._built().heartbeat

    def online(self) -> bool:
        """The sync engine's view of the network; online (its first guess) until it exists."""
        parts = self._parts
        return True if parts is None else parts.engine.online

    def supervise_devices(
        self,
        on_reader_state: CardPresenceMonitorCallback,
        on_id_card: IdCardCallback,
        on_scan: ScanCallback | None = None,
    ) -> None:
        """Creates the device threads (started by `start`), reporting to the given callbacks."""
        self._device_callbacks = (on_reader_state, on_id_card)
        if on_scan is not None:
            self._on_scan = on_scan
        devices = self.settings.devices
        exclude = (devices.card_reader.psam_reader,) if devices.card_reader.psam_reader else ()

        def reader_state(state: ReaderState, reader: str | None) -> None:
            self.device_states.card_reader = state.value
            on_reader_state(state, reader)

        self.card_monitor = CardPresenceMonitor(
            reader_state, devices.card_reader.reader, exclude_readers=exclude
        )
        if devices.id_reader.port is not None:
            from devices.idcard.reader import IdCardReader
            from kiosk.adapters.id_card_watcher import IdCardWatcher

            reader = IdCardReader(devices.id_reader.port, devices.id_reader.baud)
            self.id_watcher = IdCardWatcher(reader, on_id_card)
        if devices.scanner.port is not None and self._on_scan is not None:
            from devices.scanner.framing import Suffix
            from devices.scanner.reader import BarcodeScanner
            from kiosk.adapters.scanner_watcher import ScannerWatcher

            scanner = BarcodeScanner(
                devices.scanner.port, devices.scanner.baud, Suffix(devices.scanner.suffix)
            )
            self.scanner_watcher = ScannerWatcher(scanner, self._on_scan)

    def start(self) -> None:
        """The device threads now; the sync engine and the heartbeat as soon as they are built."""
        if self.card_monitor is not None:
            self.card_monitor.start()
        if self.id_watcher is not None:
            self.id_watcher.start()
        if self.scanner_watcher is not None:
            self.scanner_watcher.start()
        with self._parts_lock:
            self._started = True
            if self._parts is not None:
                self._start_parts(self._parts)

    def _start_parts(self, parts: _Parts) -> None:
        if not self._running:
            self._running = True
            parts.engine.start()
            parts.heartbeat.start()

    def pause_devices(self) -> None:
        """A technician is about to use the same readers: the app lets go of them."""
        if self.id_watcher is not None:
            self.id_watcher.stop()
        if self.scanner_watcher is not None:
            self.scanner_watcher.stop()
        if self.card_monitor is not None:
            self.card_monitor.stop()
        self._close_card()

    def resume_devices(self) -> None:
        """Device threads cannot be restarted once stopped, so fresh ones take over."""
        if self._device_callbacks is None:
            return
        self.supervise_devices(*self._device_callbacks)
        if self.card_monitor is not None:
            self.card_monitor.start()
        if self.id_watcher is not None:
            self.id_watcher.start()
        if self.scanner_watcher is not None:
            self.scanner_watcher.start()

    def stop(self) -> None:
        if self.id_watcher is not None:
            self.id_watcher.stop()
        if self.scanner_watcher is not None:
            self.scanner_watcher.stop()
        if self.card_monitor is not None:
            self.card_monitor.stop()
        with self._parts_lock:  # waits for a warm-up in progress
            self._stopped = True
            parts, running = self._parts, self._running
        self._close_card()
        if parts is None:
            return
        if running:
            parts.heartbeat.stop()
            parts.engine.stop()
        parts.outbox.close()
        parts.client.close()

    def _device_health(self) -> dict[str, str]:
        id_state = "not_configured"
        if self.id_watcher is not None:
            id_state = self.id_watcher.last_fault or "ok"
        # The scanner watcher's last fault (no_scanner while unplugged), as for the ID reader.
        scanner_state = "not_configured"
        if self.scanner_watcher is not None:
            scanner_state = self.scanner_watcher.last_fault or "ok"
        return {
            "card_reader": self.device_states.card_reader,
            "id_reader": id_state,
            "printer": "not_configured" if self.settings.devices.printer.uri is None else "ok",
            "scanner": scanner_state,
        }

    def _queue(self) -> QueueSnapshot:
        from kiosk.heartbeat import QueueSnapshot

        health = self.outbox.health()
        age = None if health.oldest_age_s is None else int(health.oldest_age_s)
        return QueueSnapshot(depth=health.depth, oldest_age_s=age, warning=health.warning)


CardPresenceMonitorCallback = Callable[[ReaderState, str | None], None]
IdCardCallback = Callable[[IdCardIdentity], None]
ScanCallback = Callable[[str], None]  # the text a 2D scanner read (may be a live credential)

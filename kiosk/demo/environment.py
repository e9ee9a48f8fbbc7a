"""Starts what a demo kiosk talks to: its own settings, a seeded reference server on loopback,
and (with `simulators=True`) the simulated devices and the cuttable network proxy.

The server runs as a separate process through the same `kiosk server` commands an agency would
use, so the kiosk reaches it only over HTTP, exactly as in production. The settings written for
the kiosk point at the proxy and at the simulators' real transports (vpcd reader, pty, TCP).
"""

import logging
import os
import secrets
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

from config import Settings, load_settings
from config.saving import save_settings
from config.secrets import Secrets, ensure_secrets
from kiosk.demo.simulators import DemoDevices
from server.sms.simulator import SmsGatewaySim

log = logging.getLogger(__name__)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class DemoEnvironment:
    """Owns a demo data directory; `start()` brings the agency up, `stop()` takes it down."""

    root: Path
    port: int = field(default_factory=free_port)
    simulators: bool = False
    _server: subprocess.Popen[bytes] | None = None
    devices: DemoDevices | None = None
    # The SMS gateway the server texts claimants through (docs/notifications.md).
    sms_gateway: SmsGatewaySim | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def config_path(self) -> Path:
        return self.root / "kiosk.toml"

    @property
    def server_log(self) -> Path:
        return self.root / "server-stdout.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def settings(self) -> Settings:
        return load_settings(self.config_path)

    def secrets(self) -> Secrets:
        return ensure_secrets(self.config_path.with_name("secrets.toml"))

    @property
    def kiosk_url(self) -> str:
        """Where the kiosk reaches the agency: through the proxy when the demo owns one."""
        return self.devices.proxy.url if self.devices is not None else self.url

    def _write_settings(self) -> None:
        devices: dict[str, object] = {}
        if self.devices is not None:
            devices = {
                "card_reader": {"reader": self.devices.card_reader},
                "id_reader": {"port": self.devices.id_reader_port},
                "scanner": {"port": self.devices.scanner.path, "suffix": "cr"},
                "printer": {"uri": self.devices.printer.uri, "paper_width_mm": 80},
            }
        data = {
            "server": {"url": self.kiosk_url, "connect_timeout_s": 2.0, "read_timeout_s": 10.0},
            "kiosk": {
                "id": "kiosk-demo-001",
                "region": "222405",
                "site_name": "龙井市安民街道社区服务中心",
            },
            "ui": {"fullscreen": False, "hide_cursor": False},
            "queue": {"path": str(self.root / "queue.db"), "sync_interval_s": 10},
            "devices": devices,
            "logging": {"dir": str(self.root / "logs")},
            "reference_server": {
                "data_dir": str(self.root / "agency"),
                "port": self.port,
                "public_url": self.url,
                **(
                    {
                        "sms_gateway_url": self.sms_gateway.url,
                        "sms_gateway_token_file": str(self.sms_token_file),
                    }
                    if self.sms_gateway is not None
                    else {}
                ),
            },
        }
        save_settings(Settings.model_validate(data), self.config_path)

    @property
    def sms_token_file(self) -> Path:
        return self.root / "sms-gateway.token"

    def _sms_token(self) -> str:
        if not self.sms_token_file.exists():
            fd = os.open(self.sms_token_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as out:
                out.write(secrets.token_urlsafe(24) + "\n")
        return self.sms_token_file.read_text(encoding="utf-8").strip()

    def _kiosk(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "kiosk.cli", "--config", str(self.config_path), *args]

    def start(self, timeout_s: float = 60.0) -> list[str]:
        """Returns one line per simulated device for the console (none without simulators).

        Whatever fails half-way, everything already started is stopped again.
        """
        try:
            return self._start(timeout_s)
        except BaseException:
            self.stop()
            raise

    def _start(self, timeout_s: float) -> list[str]:
        self.root.mkdir(parents=True, exist_ok=True)
        notes: list[str] = []
        if self.simulators:
            self.devices = DemoDevices(self.root, "127.0.0.1", self.port)
            notes = self.devices.start()
        self.sms_gateway = SmsGatewaySim(self._sms_token()).start()
        if self.simulators:
            notes.append(f"SMS gateway simulator at {self.sms_gateway.url}")
        self._write_settings()
        self.secrets()
        if not (self.root / "agency" / "agency.db").exists():
            subprocess.run(self._kiosk("server", "seed"), check=True, stdout=subprocess.DEVNULL)
        with self.server_log.open("ab") as out:
            self._server = subprocess.Popen(
                self._kiosk("server", "run", "--dev"),  # the demo needs /api/dev (cast, codes)
                stdout=out,
                stderr=subprocess.STDOUT,
                env={**os.environ},
            )
        deadline = time.monotonic() + timeout_s
        while True:
            if self._server.poll() is not None:
                raise RuntimeError(f"the reference server exited; see {self.server_log}")
            try:
                if requests.get(f"{self.url}/health", timeout=1).ok:
                    if self.devices is not None:
                        self.devices.load_cast(self.url)
                    return notes
            except (requests.ConnectionError, requests.Timeout):  # starting, or a busy host
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the reference server did not answer within {timeout_s:.0f} s")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.devices is not None:
            self.devices.stop()
            self.devices = None
        if self.sms_gateway is not None:
            self.sms_gateway.stop()
            self.sms_gateway = None
        if self._server is not None and self._server.poll() is None:
            self._server.terminate()
            try:
                self._server.wait(10)
            except subprocess.TimeoutExpired:
                self._server.kill()
        self._server = None

    def __enter__(self) -> "DemoEnvironment":
        self.notes = self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

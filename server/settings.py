"""The reference server's runtime settings, resolved from the kiosk's `[reference_server]` section."""

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from config.paths import default_data_dir
from config.schema import ReferenceServerSettings


@dataclass(frozen=True, repr=False)
class ServerConfig:
    database_url: str
    data_dir: Path
    mode: str = "development"
    max_clock_skew_s: int = 300
    public_url: str = "http://127.0.0.1:8080"
    status_key: bytes = b""
    otp_ttl_s: int = 300
    login_ttl_s: int = 1800
    staff_token_ttl_s: int = 8 * 3600

    @property
    def production(self) -> bool:
        return self.mode == "production"


def _status_key(data_dir: Path) -> bytes:
    """Keys the receipt verification codes; kept beside the data so codes survive restarts."""
    path = data_dir / "status-key.bin"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_bytes(32))
    return path.read_bytes()


def resolve(settings: ReferenceServerSettings) -> ServerConfig:
    data_dir = Path(settings.data_dir) if settings.data_dir else default_data_dir() / "server"
    data_dir.mkdir(parents=True, exist_ok=True)
    url = settings.database_url or f"sqlite:///{data_dir / 'agency.db'}"
    return ServerConfig(
        database_url=url,
        data_dir=data_dir,
        mode=settings.mode,
        max_clock_skew_s=settings.max_clock_skew_s,
        public_url=settings.public_url,
        status_key=_status_key(data_dir),
    )

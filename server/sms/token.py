"""The token the agency shares with its SMS gateway, read from a file only the server may read.

The same token authenticates both directions: the server's sends to the gateway and the
gateway's inbound posts to the server (`POST /api/v1/sms/inbound`). It never appears in the
settings file, which technicians copy around; a file of mode 0600 holds it.
"""

import secrets
import stat
from pathlib import Path

from config.errors import ConfigError
from config.schema import ReferenceServerSettings
from server.keys.files import create_private_file

DEFAULT_FILE = "sms-gateway.token"


class GatewayTokenError(ConfigError):
    """The token file is missing, open to others or empty; `kiosk server run` prints it and
    exits 2 instead of starting."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(where, [problem])


def gateway_token(settings: ReferenceServerSettings, data_dir: Path) -> str:
    """The token, or "" when no gateway is configured (then the inbound webhook opens nothing).
    Without a named file, one is created in the data directory with a fresh random token, for
    the gateway's operator to copy."""
    if settings.sms_gateway_url is None and settings.sms_gateway_token_file is None:
        return ""
    if settings.sms_gateway_token_file:
        path = Path(settings.sms_gateway_token_file)
    else:
        path = data_dir / DEFAULT_FILE
        create_private_file(path, (secrets.token_urlsafe(32) + "\n").encode("ascii"))
    try:
        mode = path.stat().st_mode
        text = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise GatewayTokenError(str(path), f"SMS gateway token cannot be read ({exc})") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise GatewayTokenError(
            str(path),
            f"SMS gateway token file is open to others (mode {stat.S_IMODE(mode):04o}); "
            f"run `chmod 600 {path}`",
        )
    if len(text) < 16:
        raise GatewayTokenError(str(path), "SMS gateway token must be at least 16 characters")
    return text

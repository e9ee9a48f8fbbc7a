"""The sd_notify protocol (sd_notify(3)): datagrams of `KEY=value` lines to `$NOTIFY_SOCKET`.

Written out rather than taken from a library: the protocol is one datagram on a Unix socket, and
the bindings (python-systemd) build against libsystemd, which a kiosk image need not carry.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)


class ServiceNotifier:
    """Talks to the service manager when there is one (`$NOTIFY_SOCKET` set); otherwise every call
    is a no-op, so `kiosk run` from a terminal or in tests behaves as before."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        self._address = _socket_address(env.get("NOTIFY_SOCKET", ""))
        self.watchdog_interval_s = watchdog_interval_s(env)
        self._sock: socket.socket | None = None

    @property
    def enabled(self) -> bool:
        return self._address is not None

    def notify(self, **fields: str | int) -> bool:
        """Sends one datagram; returns whether it went. Never raises: a service manager that went
        away must not take the kiosk with it."""
        if self._address is None:
            return False
        message = "\n".join(f"{key.upper()}={value}" for key, value in fields.items())
        try:
            if self._sock is None:
                self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
            self._sock.sendto(message.encode(), self._address)
        except OSError as exc:
            log.warning("service manager notification failed: %s", exc.strerror or exc)
            return False
        return True

    def ready(self, status: str) -> bool:
        return self.notify(ready=1, status=status)

    def ping(self) -> bool:
        return self.notify(watchdog=1)

    def stopping(self) -> bool:
        return self.notify(stopping=1)

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None


def _socket_address(value: str) -> str | bytes | None:
    """`@name` is Linux's abstract namespace (a leading NUL byte); anything else is a path."""
    if not value:
        return None
    if value.startswith("@"):
        return b"\0" + value[1:].encode()
    if value.startswith("/"):
        return value
    return None  # vsock and other transports are not used by systemd for services


def watchdog_interval_s(environ: Mapping[str, str]) -> float | None:
    """Half of `WatchdogSec=` (systemd's advice), or None when the unit has no watchdog.

    `WATCHDOG_PID` is deliberately not compared with our own pid: under cage the service's main
    process is the compositor, and the unit's `NotifyAccess=all` lets the app, its child, ping."""
    raw = environ.get("WATCHDOG_USEC", "")
    try:
        usec = int(raw)
    except ValueError:
        return None
    return usec / 2_000_000 if usec > 0 else None

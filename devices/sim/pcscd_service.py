"""Start pcscd for tests and the benchmark when it is not already running, and wait on readers.

In a container there is no systemd or socket activation, so the first user starts
`pcscd --foreground` itself and stops only that process. `--auto-exit` is not used: it would
quit after 60 s without clients, in the middle of a long test run.
"""

from __future__ import annotations

import shutil
import subprocess
import time

from smartcard import scard

VPCD_READER = "Virtual PCD 00 00"
VPCD_PSAM_READER = "Virtual PCD 00 01"


def _vpcd_readers() -> list[str]:
    rc, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if rc != scard.SCARD_S_SUCCESS:
        return []
    try:
        rc, names = scard.SCardListReaders(context, [])
        return [str(n) for n in names] if rc == scard.SCARD_S_SUCCESS else []
    finally:
        scard.SCardReleaseContext(context)


def pcscd_with_vpcd_running() -> bool:
    return VPCD_READER in _vpcd_readers()


class PcscdService:
    """`start()` returns True when it launched pcscd; `stop()` stops only that one."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, timeout_s: float = 10.0) -> bool:
        if pcscd_with_vpcd_running():
            return False
        binary = shutil.which("pcscd") or "/usr/sbin/pcscd"
        self._process = subprocess.Popen(
            [binary, "--foreground"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"pcscd exited with {self._process.returncode}")
            if pcscd_with_vpcd_running():
                return True
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("pcscd did not show the vpcd readers in time")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def wait_card_state(reader: str, present: bool, timeout_s: float = 5.0) -> float:
    """Block until pcscd reports the card present/absent; returns the seconds waited."""
    started = time.perf_counter()
    rc, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if rc != scard.SCARD_S_SUCCESS:
        raise RuntimeError("no PC/SC context")
    try:
        state = scard.SCARD_STATE_UNAWARE
        while True:
            remaining = timeout_s - (time.perf_counter() - started)
            if remaining <= 0:
                raise TimeoutError(f"{reader}: card {'present' if present else 'absent'}?")
            rc, states = scard.SCardGetStatusChange(
                context, int(remaining * 1000), [(reader, state)]
            )
            if rc == scard.SCARD_E_TIMEOUT:
                continue
            if rc != scard.SCARD_S_SUCCESS:
                raise RuntimeError(scard.SCardGetErrorMessage(rc))
            _name, event, _atr = states[0]
            is_present = bool(event & scard.SCARD_STATE_PRESENT)
            if (is_present == present and not event & scard.SCARD_STATE_MUTE) or (
                present and event & scard.SCARD_STATE_MUTE
            ):
                return time.perf_counter() - started
            state = event & ~scard.SCARD_STATE_CHANGED
    finally:
        scard.SCardReleaseContext(context)

"""Lockout after wrong technician PINs, with a delay that doubles and survives a power cut.

Three wrong PINs are free; the third and every later one locks entry for 30 s, 60 s, 120 s …
up to an hour. A right PIN starts the count again. The count lives in a small file beside the
secrets (written atomically, mode 0600), so pulling the plug does not give an attacker fresh tries.
Wall-clock time is stored because the monotonic clock restarts with the machine; a clock set
backwards cannot lengthen a lockout beyond its own delay.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from config.saving import write_atomically

log = logging.getLogger(__name__)

STATE_FILE_NAME = "technician-lockout.json"


@dataclass(frozen=True)
class LockoutPolicy:
    free_tries: int = 3
    first_delay_s: float = 30.0
    max_delay_s: float = 3600.0

    def delay_after(self, failures: int) -> float:
        """Seconds locked after the `failures`-th wrong PIN in a row (0: not locked)."""
        if failures < self.free_tries:
            return 0.0
        return float(min(self.max_delay_s, self.first_delay_s * 2 ** (failures - self.free_tries)))


@dataclass(frozen=True)
class LockoutState:
    failures: int = 0
    locked_until: float = 0.0  # wall clock, seconds since the epoch
    delay_s: float = 0.0  # the delay that `locked_until` was set from


def state_path_beside(secrets_path: Path) -> Path:
    return secrets_path.with_name(STATE_FILE_NAME)


class Lockout:
    def __init__(
        self,
        path: Path,
        policy: LockoutPolicy | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = path
        self.policy = policy or LockoutPolicy()
        self._clock = clock
        self._state = self._load()

    def _load(self) -> LockoutState:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return LockoutState(
                failures=max(0, int(raw["failures"])),
                locked_until=float(raw["locked_until"]),
                delay_s=max(0.0, float(raw["delay_s"])),
            )
        except FileNotFoundError:
            return LockoutState()
        except (OSError, ValueError, KeyError, TypeError):
            # Damaged: do not hand out fresh tries; one more wrong PIN locks.
            log.warning("technician lockout state unreadable; assuming the free tries are used")
            return LockoutState(failures=self.policy.free_tries - 1)

    def _save(self) -> None:
        data = json.dumps(asdict(self._state), sort_keys=True).encode("utf-8")
        write_atomically(self.path, data, mode=0o600)

    @property
    def failures(self) -> int:
        return self._state.failures

    def seconds_left(self) -> float:
        """0 when a PIN may be tried now."""
        state = self._state
        left = state.locked_until - self._clock()
        if left <= 0:
            return 0.0
        return min(left, state.delay_s)

    def tries_before_lock(self) -> int:
        return max(0, self.policy.free_tries - self._state.failures)

    def record_failure(self) -> float:
        """Counts a wrong PIN; returns the seconds now locked (0 if still free)."""
        failures = self._state.failures + 1
        delay = self.policy.delay_after(failures)
        until = self._clock() + delay if delay else 0.0
        self._state = LockoutState(failures=failures, locked_until=until, delay_s=delay)
        self._save()
        return delay

    def record_success(self) -> None:
        if self._state != LockoutState():
            self._state = LockoutState()
            self._save()

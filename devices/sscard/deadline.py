"""Runs the PC/SC calls of one context on a thread of their own, each awaited with a deadline.

pcsc-lite gives a card exchange no deadline of its own: SCardTransmit waits as long as the
reader driver does, and a driver without a timeout (vpcd, some contactless and serial readers)
waits for a hung chip until it is pulled. SCardCancel wakes only SCardGetStatusChange, and
SCardDisconnect or SCardReleaseContext on the same context queue behind the blocked call. So a
call that outlives its deadline is abandoned: the caller gets `CardStoppedAnswering` (an
`UnresponsiveCard`) at once, the thread stays blocked inside pcscd, and the clean-up queued
behind it (disconnect, release) runs when the reader lets go, usually when the card is pulled.
The next session opens a new context.

The thread is a daemon so a stuck card never keeps the process (the `kiosk` command) from
exiting; `concurrent.futures` would join it at exit.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from devices.sscard.faults import CardStoppedAnswering

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass
class _Call(Generic[T]):
    function: Callable[[], T]
    done: threading.Event = field(default_factory=threading.Event)
    result: T | None = None
    error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.function()
        except BaseException as exc:  # handed to the caller, who decides
            self.error = exc
        finally:
            self.done.set()


class CallThread:
    """One thread per PC/SC context; `stuck` once a call missed its deadline."""

    def __init__(self, name: str = "pcsc-calls") -> None:
        self._calls: queue.SimpleQueue[_Call[object] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()
        self.stuck = False

    def call(self, function: Callable[[], T], what: str, deadline_s: float) -> T:
        """`function()` on the thread; `CardStoppedAnswering` when it has not returned in time."""
        if self.stuck:
            raise CardStoppedAnswering(f"{what}: the reader still waits on an earlier command")
        pending: _Call[T] = _Call(function)
        self._calls.put(pending)  # type: ignore[arg-type]
        if not pending.done.wait(deadline_s):
            self.stuck = True
            log.warning("%s: no answer within %.1f s, abandoned", what, deadline_s)
            raise CardStoppedAnswering(f"{what}: no answer within {deadline_s:.1f} s")
        if pending.error is not None:
            raise pending.error
        return pending.result  # type: ignore[return-value]

    def later(self, function: Callable[[], object]) -> None:
        """Queues `function` without waiting: clean-up behind a call that may never return."""
        self._calls.put(_Call(function))

    def stop(self) -> None:
        """The thread ends after what is queued (at once unless it is stuck)."""
        self._calls.put(None)

    def _serve(self) -> None:
        while (pending := self._calls.get()) is not None:
            pending.run()

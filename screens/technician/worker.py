"""Runs the console's blocking calls off the GUI thread and hands results back on it.

A device test or a network check can take seconds; the screen keeps painting (and the lockout
countdown keeps counting) meanwhile. Results arrive through a queued signal, so the callback
always runs on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)


class Jobs(QObject):
    _finished = Signal(object, object, object)  # callback, result, error
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, workers: int = 2) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="technician")
        self._running = 0
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        future = self._pool.submit(work)

        def finished(f: Future[Any]) -> None:
            error = f.exception()
            callback = failed if error is not None else done
            self._finished.emit(callback, None if error else f.result(), error)

        future.add_done_callback(finished)

    @Slot(object, object, object)
    def _deliver(self, callback: Any, result: Any, error: Any) -> None:
        self._running -= 1
        if self._running == 0:
            self.busy_changed.emit(False)
        if error is not None:
            log.error("technician action failed: %s", type(error).__name__)
            if callback is not None:
                callback(error)
            return
        callback(result)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

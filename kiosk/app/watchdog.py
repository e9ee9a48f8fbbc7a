"""Readiness and watchdog pings from the GUI thread (docs/deploy.md, "Watchdog").

READY=1 goes once the shell has painted its first frame (the idle screen), so systemd's start
timeout covers imports, devices and the first paint. WATCHDOG=1 comes from a timer on the GUI
thread's event loop: when that thread is blocked, the pings stop and systemd restarts the kiosk,
which is the failure a claimant sees as a frozen screen. A ping from a background thread would
keep a frozen kiosk alive.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from kiosk.service.notify import ServiceNotifier


class GuiWatchdog(QObject):
    def __init__(self, window: QWidget, notifier: ServiceNotifier | None = None) -> None:
        super().__init__(window)
        self.notifier = notifier or ServiceNotifier()
        self._window = window
        self._ready_sent = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.notifier.ping)
        interval = self.notifier.watchdog_interval_s
        if interval is not None:
            self._timer.setInterval(max(100, int(interval * 1000)))

    def start(self) -> None:
        """Arms the first-paint hook and the ping timer; without a service manager, nothing."""
        if not self.notifier.enabled:
            return
        self._window.installEventFilter(self)
        if self.notifier.watchdog_interval_s is not None:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self.notifier.enabled:
            self.notifier.stopping()
        self.notifier.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint and not self._ready_sent:
            self._ready_sent = True
            self._window.removeEventFilter(self)
            # After this paint event is handled, so the frame is really on screen.
            QTimer.singleShot(0, lambda: self.notifier.ready("idle screen shown"))
        return False

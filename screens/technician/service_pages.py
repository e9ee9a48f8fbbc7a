"""Network check, queue status with "sync now", and the redacted log."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QScroller, QWidget

from kiosk.technician.intents import (
    CheckNetwork,
    LoadSettings,
    LogLines,
    LogName,
    NetworkReport,
    QueueReport,
    SettingsForm,
    ShowLog,
    ShowQueue,
    SyncNow,
    TechnicianResult,
)
from kiosk.technician.views import HeartbeatView, QueueStatus, StepResult, SyncReport
from screens.icons import IconKind
from screens.technician.i18n import tt
from screens.technician.page import TechPage, button, clear_layout, result_label
from screens.technician.words import outcome_text, step_text
from screens.widgets import text_label


class NetworkPage(TechPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run_button = button("primary", IconKind.GLOBE, self)
        self.run_button.clicked.connect(self.run_check)
        self.action_row.addWidget(self.run_button)
        self.action_row.addStretch(1)
        self.server = text_label("body", parent=self)
        self.column.addWidget(self.server)
        self.body = self.add_scroll()
        self.steps: list[StepResult] = []
        self.server_url = "—"
        self.retranslate()

    def title(self) -> str:
        return tt("Network check")

    def retranslate(self) -> None:
        super().retranslate()
        self.run_button.setText(tt("Run the check"))
        self.server.setText(tt("Server: {url}").replace("{url}", self.server_url))
        if self.steps:
            self.present(self.steps)

    def load(self) -> None:
        """The server URL from the settings, before any check is run."""
        self.intent.emit(LoadSettings())

    def run_check(self) -> None:
        self.ask(CheckNetwork())

    def take(self, result: TechnicianResult) -> None:
        if isinstance(result, SettingsForm):
            self._show_server(result.value("server.url"))
        elif isinstance(result, NetworkReport):
            self._show_server(result.server_url)
            self.present(list(result.steps))

    def _show_server(self, url: str) -> None:
        self.server_url = url
        self.server.setText(tt("Server: {url}").replace("{url}", url))

    def present(self, steps: list[StepResult]) -> None:
        self.steps = steps
        failed = any(step.outcome == "failed" for step in steps)
        self.show_status(
            tt("Something is wrong; see the first failed step.")
            if failed
            else tt("The agency can be reached.")
        )
        clear_layout(self.body)
        for step in steps:
            row = QHBoxLayout()
            name = text_label("strong", parent=self)
            name.setText(step_text(step.step))
            name.setMinimumWidth(620)
            state = "ok" if step.ok else "bad" if step.outcome == "failed" else "neutral"
            words = f"{outcome_text(step.outcome)} · {step.ms:.0f} ms"
            if step.code:
                words += f" · {step.code}"
            if step.detail:
                words += f" · {step.detail}"
            row.addWidget(name)
            row.addWidget(result_label(words, state, self), 1)
            self.body.addLayout(row)
        self.body.addStretch(1)


class QueuePage(TechPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refresh_button = button("secondary", IconKind.STATUS, self)
        self.refresh_button.clicked.connect(self.refresh)
        self.sync_button = button("primary", IconKind.CHECK, self)
        self.sync_button.clicked.connect(self.sync)
        self.action_row.addWidget(self.sync_button)
        self.action_row.addWidget(self.refresh_button)
        self.action_row.addStretch(1)
        self.body = self.add_scroll()
        self.last: QueueStatus | None = None
        self.heartbeat: HeartbeatView | None = None
        self.retranslate()

    def title(self) -> str:
        return tt("Queue and sync")

    def retranslate(self) -> None:
        super().retranslate()
        self.sync_button.setText(tt("Sync now"))
        self.refresh_button.setText(tt("Check again"))
        if self.last is not None:
            self.present(self.last)

    def refresh(self) -> None:
        self.ask(ShowQueue())

    def take(self, result: TechnicianResult) -> None:
        if not isinstance(result, QueueReport):
            return
        self.heartbeat = result.heartbeat
        if result.sync is not None:
            self.synced(result.sync)
        else:
            self.present(result.status)

    def _heartbeat_line(self) -> None:
        beat = self.heartbeat
        if beat is None:
            return
        words = (
            tt("Heartbeats sent: {sent}, missed while offline: {missed}")
            .replace("{sent}", str(beat.sent))
            .replace("{missed}", str(beat.missed))
        )
        if beat.last_problem:
            words += " · " + beat.last_problem
        self.body.addWidget(result_label(words, "bad" if beat.last_problem else "ok", self))
        if beat.audit_alarm:
            alarm = tt("Audit log alarm: the agency's records changed after this kiosk saw them.")
            self.body.addWidget(result_label(alarm + " · " + beat.audit_alarm, "bad", self))

    def sync(self) -> None:
        self.ask(SyncNow())

    def synced(self, report: SyncReport | None) -> None:
        if report is None:
            self.show_status(tt("This kiosk has no queue attached."))
            return
        self.present(report.status)
        words = (
            tt("Sent: {acked} accepted, {rejected} refused.")
            .replace("{acked}", str(report.acknowledged))
            .replace("{rejected}", str(report.rejected))
        )
        if report.offline:
            words += "\n" + tt(
                "The agency could not be reached; the rest waits. Run the network check."
            )
        self.show_status(words)

    def present(self, status: QueueStatus | None) -> None:
        self.show_status("")
        clear_layout(self.body)
        if status is None:
            self.show_status(tt("This kiosk has no queue attached."))
            return
        self.last = status
        names = {
            "pending": tt("waiting to be sent"),
            "sending": tt("being sent"),
            "acknowledged": tt("received by the agency"),
            "rejected": tt("refused by the agency"),
            "exported": tt("exported to USB"),
        }
        for state, count in status.counts.items():
            row = QHBoxLayout()
            label = text_label("body", parent=self)
            label.setText(names.get(state, state))
            label.setMinimumWidth(520)
            number = text_label("strong", parent=self)
            number.setText(str(count))
            row.addWidget(label)
            row.addWidget(number, 1)
            self.body.addLayout(row)
        age = (
            "—"
            if status.oldest_age_s is None
            else tt("{h} h {m} min")
            .replace("{h}", str(int(status.oldest_age_s // 3600)))
            .replace("{m}", str(int(status.oldest_age_s % 3600 // 60)))
        )
        self.body.addWidget(
            result_label(
                tt("Oldest waiting item: {age}").replace("{age}", age),
                "bad" if status.warning else "ok",
                self,
            )
        )
        if status.warning:
            self.body.addWidget(
                result_label(
                    tt("Queue near its limit: send field staff or fix the network."), "bad", self
                )
            )
        if status.online is not None:
            self.body.addWidget(
                result_label(
                    tt("Agency reachable") if status.online else tt("Agency not reachable"),
                    "ok" if status.online else "bad",
                    self,
                )
            )
        self._heartbeat_line()
        self.body.addStretch(1)


class LogPage(TechPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kiosk_button = button("primary", IconKind.GUIDE, self)
        self.kiosk_button.clicked.connect(self.show_kiosk_log)
        self.technician_button = button("secondary", IconKind.STATUS, self)
        self.technician_button.clicked.connect(self.show_technician_log)
        self.action_row.addWidget(self.kiosk_button)
        self.action_row.addWidget(self.technician_button)
        self.action_row.addStretch(1)
        self.note = text_label("muted", parent=self)
        self.column.addWidget(self.note)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont("Noto Sans Mono CJK SC")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.text.setFont(font)
        QScroller.grabGesture(self.text.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.column.addWidget(self.text, 1)
        self.retranslate()

    def title(self) -> str:
        return tt("Log")

    def retranslate(self) -> None:
        super().retranslate()
        self.kiosk_button.setText(tt("Kiosk log"))
        self.technician_button.setText(tt("Technician log"))
        self.note.setText(
            tt("The last 200 lines, newest at the bottom. Personal data is hidden as [redacted].")
        )

    def show_kiosk_log(self) -> None:
        self.ask(ShowLog(LogName.KIOSK, 200))

    def show_technician_log(self) -> None:
        self.ask(ShowLog(LogName.TECHNICIAN, 200))

    def take(self, result: TechnicianResult) -> None:
        if isinstance(result, LogLines):
            self.present(list(result.lines))

    def present(self, lines: list[str]) -> None:
        self.show_status("" if lines else tt("The log is empty."))
        self.text.setPlainText("\n".join(lines))
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.maximum())

"""The settings form (validated by config, saved atomically) and enrolment with a one-time code."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from contract.errors import ErrorCode
from kiosk.technician import settings_edit
from kiosk.technician.intents import (
    Enrol,
    LoadSettings,
    SaveSettings,
    SettingsForm,
    SettingsSaved,
    TechnicianResult,
)
from kiosk.technician.settings_edit import FIELDS, FieldSpec
from kiosk.technician.views import EnrolView
from screens.icons import IconKind
from screens.technician.i18n import tt
from screens.technician.keyboard import OnScreenKeyboard
from screens.technician.page import TechPage, button
from screens.widgets import TouchButton, text_label


def field_label(key: str) -> str:
    return {
        "server.url": tt("Agency server URL"),
        "kiosk.id": tt("Kiosk id"),
        "kiosk.region": tt("Region code"),
        "ui.languages": tt("Languages offered"),
        "ui.default_language": tt("Default language"),
        "session.idle_timeout_s": tt("Idle timeout (seconds)"),
        "devices.printer.paper_width_mm": tt("Paper width (mm)"),
        "devices.printer.uri": tt("Printer address"),
        "devices.card_reader.reader": tt("Card reader name"),
        "devices.card_reader.psam_reader": tt("PSAM reader name"),
        "devices.id_reader.port": tt("ID reader port"),
        "devices.id_reader.baud": tt("ID reader baud rate"),
        "devices.scanner.port": tt("Barcode scanner port"),
        "devices.scanner.baud": tt("Barcode scanner baud rate"),
    }.get(key, key)


def choice_label(value: str) -> str:
    return {"zh_CN": "中文", "ko": "조선어", "en": "English"}.get(value, value)


class _ChoiceField(QWidget):
    """A row of buttons: one may be on (a choice) or several (languages)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        row = QGridLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.group = QButtonGroup(self)
        self.group.setExclusive(spec.kind == "choice")
        self.buttons: dict[str, TouchButton] = {}
        for index, value in enumerate(spec.choices):
            choice = TouchButton("choice", checkable=True, parent=self)
            choice.setText(choice_label(value))
            self.group.addButton(choice)
            self.buttons[value] = choice
            row.addWidget(choice, index // 3, index % 3)

    def set_text(self, text: str) -> None:
        chosen = {part.strip() for part in text.split(",")}
        for value, choice in self.buttons.items():
            choice.setChecked(value in chosen)

    def text(self) -> str:
        return ",".join(v for v, b in self.buttons.items() if b.isChecked())


class SettingsPage(TechPage):
    saved = Signal(object)  # settings_edit.Saved
    restart_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded = False  # the form holds what the settings file says (not before)
        self.save_button = button("primary", IconKind.CHECK, self)
        self.save_button.clicked.connect(self.save)
        self.reset_button = button("secondary", IconKind.BACK, self)
        self.reset_button.clicked.connect(self.load)
        self.restart_button = button("secondary", IconKind.CLOCK, self)
        self.restart_button.clicked.connect(self.restart_requested.emit)
        self.restart_button.hide()
        for item in (self.save_button, self.reset_button, self.restart_button):
            self.action_row.addWidget(item)
        self.action_row.addStretch(1)
        self.problems = QFrame(self)
        self.problems.setObjectName("TechCard")
        self.problems.setProperty("result", "bad")
        problem_column = QGridLayout(self.problems)
        self.problems_heading = text_label("strong", parent=self.problems)
        self.problems_text = text_label("body", parent=self.problems)
        self.problems_text.setProperty("result", "bad")
        problem_column.addWidget(self.problems_heading, 0, 0)
        problem_column.addWidget(self.problems_text, 1, 0)
        self.problems.hide()
        # The form scrolls on the left, the keyboard stays on the right: both fit 1080 px.
        row = QHBoxLayout()
        row.setSpacing(40)
        self.column.addLayout(row, 1)
        body = self.add_scroll(into=row)
        body.addWidget(self.problems)
        self.labels: dict[str, QWidget] = {}
        self.fields: dict[str, QLineEdit | _ChoiceField] = {}
        for spec in FIELDS:
            label = text_label("body", parent=self)
            self.labels[spec.key] = label
            field: QLineEdit | _ChoiceField
            if spec.kind in ("choice", "languages"):
                field = _ChoiceField(spec, self)
            else:
                field = QLineEdit(self)
                field.setObjectName(spec.key)
                if spec.kind == "int":
                    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            self.fields[spec.key] = field
            body.addWidget(label)
            body.addWidget(field)
        body.addStretch(1)
        self.keyboard = OnScreenKeyboard(self)
        row.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def title(self) -> str:
        return tt("Settings")

    def retranslate(self) -> None:
        super().retranslate()
        self.save_button.setText(tt("Check and save"))
        self.reset_button.setText(tt("Undo changes"))
        self.restart_button.setText(tt("Restart now"))
        self.problems_heading.setText(tt("Not saved. Please correct:"))
        for key, label in self.labels.items():
            label.setProperty("text", field_label(key))
        self.keyboard.retranslate()

    def load(self) -> None:
        """Asks for the saved values; until they come, nothing can be saved over them."""
        self.loaded = False
        self.save_button.setEnabled(False)
        self.ask(LoadSettings())

    def take(self, result: TechnicianResult) -> None:
        if isinstance(result, SettingsForm):
            self.fill(result)
        elif isinstance(result, SettingsSaved):
            self.show_result(result.outcome)

    def fill(self, form: SettingsForm) -> None:
        for key, text in form.values:
            field = self.fields.get(key)
            if isinstance(field, QLineEdit):
                field.setText(text)
            elif field is not None:
                field.set_text(text)
        self.problems.hide()
        self.show_status("")
        self.loaded = True
        self.save_button.setEnabled(True)

    def form(self) -> dict[str, str]:
        return {key: field.text() for key, field in self.fields.items()}

    def save(self) -> None:
        if self.loaded:
            self.ask(SaveSettings(tuple(self.form().items())))

    def show_result(self, result: settings_edit.Saved | settings_edit.Refused) -> None:
        if isinstance(result, settings_edit.Refused):
            self.show_status("")
            self.problems_text.setText("\n".join(result.problems))
            self.problems.show()
            self.scroll_area.verticalScrollBar().setValue(0)
            return
        self.problems.hide()
        if not result.changed:
            self.show_status(tt("Nothing was changed."))
        else:
            parts = [tt("Saved.")]
            if result.live:
                parts.append(
                    tt("In use now: {keys}").replace(
                        "{keys}", ", ".join(field_label(k) for k in result.live)
                    )
                )
            if result.need_restart:
                parts.append(
                    tt("After a restart: {keys}").replace(
                        "{keys}", ", ".join(field_label(k) for k in result.need_restart)
                    )
                )
            self.show_status("\n".join(parts))
        self.restart_button.setVisible(bool(result.need_restart))
        self.saved.emit(result)


class EnrolPage(TechPage):
    enrolled = Signal(object)  # EnrolView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enrol_button = button("primary", IconKind.CHECK, self)
        self.enrol_button.clicked.connect(self.enrol)
        self.action_row.addWidget(self.enrol_button)
        self.action_row.addStretch(1)
        self.explain = text_label("body", parent=self)
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.explain)
        self.id_label = text_label("body", parent=self)
        self.code_label = text_label("body", parent=self)
        self.kiosk_id = QLineEdit(self)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("ABCDE-FGH23")
        for widget in (self.id_label, self.kiosk_id, self.code_label, self.code):
            left.addWidget(widget)
        left.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(40)
        row.addLayout(left, 1)
        self.keyboard = OnScreenKeyboard(self)
        row.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignTop)
        self.column.addLayout(row, 1)
        self.retranslate()

    def title(self) -> str:
        return tt("Enrolment")

    def retranslate(self) -> None:
        super().retranslate()
        self.enrol_button.setText(tt("Enrol this kiosk"))
        self.explain.setText(
            tt(
                "Type the one-time code the agency issued for this kiosk id "
                "(kiosk server enroll-kiosk). The kiosk makes its own key; nothing secret is typed."
            )
        )
        self.id_label.setText(tt("Kiosk id"))
        self.code_label.setText(tt("Enrolment code"))
        self.keyboard.retranslate()

    def load(self) -> None:
        self.code.clear()
        self.intent.emit(LoadSettings())  # the kiosk id in use, as the field's starting value

    def take(self, result: TechnicianResult) -> None:
        if isinstance(result, SettingsForm):
            self.kiosk_id.setText(result.value("kiosk.id"))
        elif isinstance(result, EnrolView):
            self.show_result(result)

    def enrol(self) -> None:
        code, kiosk_id = self.code.text(), self.kiosk_id.text().strip()
        self.ask(Enrol(code, kiosk_id or None))

    def show_result(self, result: EnrolView) -> None:
        outcome = result
        self.code.clear()
        if outcome.enrolled:
            self.show_status(
                tt("Enrolled as {id} (region {region}). Restart the kiosk app to use the new key.")
                .replace("{id}", outcome.kiosk_id)
                .replace("{region}", outcome.region_code)
            )
        else:
            words = {
                ErrorCode.ENROLMENT_CODE_MALFORMED: tt(
                    "The code is 10 letters and digits like ABCDE-FGH23. Check what you typed."
                ),
                ErrorCode.ENROLMENT_CODE_WRONG: tt(
                    "The code does not match this kiosk id. Check the code and the kiosk id."
                ),
                ErrorCode.ENROLMENT_CODE_VOIDED: tt(
                    "This code was voided. Ask the agency for a new one."
                ),
                ErrorCode.ENROLMENT_CODE_EXPIRED: tt(
                    "This code has expired. Ask the agency for a new one."
                ),
                ErrorCode.ENROLMENT_CODE_USED: tt(
                    "This code was already used. Ask the agency for a new one."
                ),
                ErrorCode.ENROLMENT_CODE_UNKNOWN: tt(
                    "No code was issued for this kiosk id. Check the kiosk id."
                ),
                "unreachable": tt("The agency server cannot be reached. Run the network check."),
                "server_confirmation_invalid": tt(
                    "The answer did not come from the agency. Check the server URL. Nothing was changed."
                ),
            }
            self.show_status(
                tt("Not enrolled: {why}").replace(
                    "{why}", words.get(outcome.problem, outcome.problem)
                )
            )
        self.enrolled.emit(result)

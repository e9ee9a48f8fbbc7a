"""Device status, detection (pick by touch) and test read / test print."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.technician import settings_edit
from kiosk.technician import views as vw
from kiosk.technician.intents import (
    SCAN_TEST_S,
    CheckDevices,
    ChooseDevice,
    DetectDevices,
    DeviceChosen,
    DeviceTested,
    DeviceTestKind,
    TechnicianResult,
    TryDevice,
)
from screens.icons import IconKind
from screens.technician.i18n import tt
from screens.technician.page import TechPage, button, clear_layout, result_label
from screens.technician.words import card_type_text, fault_text, paper_text, yes_no
from screens.widgets import text_label


def _state(kind: str) -> str:
    return "ok" if kind == "ok" else "neutral" if kind == "not_configured" else "bad"


def _suffix_text(suffix: str) -> str:
    return {"cr": "CR", "crlf": "CR LF", "lf": "LF", "tab": "TAB"}.get(
        suffix, tt("no suffix") if suffix == "none" else suffix
    )


def _scanner_state_text(state: str) -> str:
    """A scanner in serial mode answers nothing until it scans: "ok" means only that its port
    opens, and the words say so."""
    if state == "ok":
        return tt("port opens; a test scan shows that it reads")
    if state == "port_missing":
        return tt("port not found (scanner unplugged?)")
    return fault_text(state)


class StatusPage(TechPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refresh_button = button("primary", IconKind.STATUS, self)
        self.refresh_button.clicked.connect(self.refresh)
        self.action_row.addWidget(self.refresh_button)
        self.action_row.addStretch(1)
        self.body = self.add_scroll()
        self.snapshot: vw.StatusView | None = None
        self.retranslate()

    def title(self) -> str:
        return tt("Device status")

    def retranslate(self) -> None:
        super().retranslate()
        self.refresh_button.setText(tt("Check again"))
        if self.snapshot is not None:
            self.present(self.snapshot)

    def refresh(self) -> None:
        self.ask(CheckDevices())

    def take(self, result: TechnicianResult) -> None:
        if isinstance(result, vw.StatusView):
            self.present(result)

    def present(self, status: vw.StatusView) -> None:
        self.snapshot = status
        self.show_status("")
        clear_layout(self.body)
        _, card = self.card(self.body)
        card.addWidget(self._heading(tt("Social security card readers (PC/SC)")))
        pcsc = status.pcsc
        if pcsc.problem:
            card.addWidget(result_label(fault_text(pcsc.problem), "bad", self))
        elif not pcsc.readers:
            card.addWidget(result_label(tt("no reader"), "bad", self))
        for reader in pcsc.readers:
            role = {"card": tt("card reader"), "psam": tt("PSAM slot")}.get(
                reader.role, tt("not used")
            )
            line = f"{reader.name} · {role} · " + (
                tt("card present") if reader.card_present else tt("no card")
            )
            card.addWidget(result_label(line, "ok" if reader.role else "neutral", self))
        _, card = self.card(self.body)
        id_reader = status.id_reader
        card.addWidget(self._heading(tt("ID card reader")))
        words = f"{id_reader.port or '—'} · {id_reader.baud} · {fault_text(id_reader.state)}"
        card.addWidget(result_label(words, _state(id_reader.state), self))
        if id_reader.sam_ok is not None:
            sam = tt("SAM: {state}").replace(
                "{state}", tt("OK") if id_reader.sam_ok else tt("FAILED")
            )
            card.addWidget(
                result_label(
                    f"{sam} · {id_reader.sam_id}" if id_reader.sam_id else sam,
                    "ok" if id_reader.sam_ok else "bad",
                    self,
                )
            )
        _, card = self.card(self.body)
        printer = status.printer
        card.addWidget(self._heading(tt("Receipt printer")))
        card.addWidget(
            result_label(
                f"{printer.uri or '—'} · {fault_text(printer.state)}",
                _state(printer.state),
                self,
            )
        )
        if printer.online is not None:
            details = " · ".join(
                [
                    tt("online: {v}").replace("{v}", yes_no(printer.online)),
                    paper_text(printer.paper),
                    tt("cover open: {v}").replace("{v}", yes_no(printer.cover_open)),
                ]
            )
            card.addWidget(result_label(details, _state(printer.state), self))
        _, card = self.card(self.body)
        scanner = status.scanner
        card.addWidget(self._heading(tt("2D barcode scanner (e-card)")))
        words = " · ".join(
            [
                scanner.port or "—",
                str(scanner.baud),
                _suffix_text(scanner.suffix),
                _scanner_state_text(scanner.state),
            ]
        )
        card.addWidget(result_label(words, _state(scanner.state), self))
        self.body.addStretch(1)

    def _heading(self, text: str) -> QWidget:
        label = text_label("strong", parent=self)
        label.setText(text)
        return label


class DetectPage(TechPage):
    chosen = Signal(object)  # settings_edit.Saved | settings_edit.Refused

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refresh_button = button("primary", IconKind.GUIDE, self)
        self.refresh_button.clicked.connect(self.refresh)
        self.action_row.addWidget(self.refresh_button)
        self.action_row.addStretch(1)
        self.body = self.add_scroll()
        self.found: vw.DetectView | None = None
        self.retranslate()

    def title(self) -> str:
        return tt("Detect devices")

    def retranslate(self) -> None:
        super().retranslate()
        self.refresh_button.setText(tt("Search again"))
        if self.found is not None:
            self.present(self.found)

    def refresh(self) -> None:
        self.ask(DetectDevices())

    def take(self, result: TechnicianResult) -> None:
        if isinstance(result, vw.DetectView):
            self.present(result)
        elif isinstance(result, DeviceChosen):
            self._chosen(result.outcome, result.choices)

    def present(self, found: vw.DetectView) -> None:
        self.found = found
        self.show_status(tt("Touch a button to use that device. The choice is saved at once."))
        clear_layout(self.body)
        _, card = self.card(self.body)
        card.addWidget(self._words("strong", tt("Card readers (PC/SC)")))
        if found.pcsc.problem:
            card.addWidget(result_label(fault_text(found.pcsc.problem), "bad", self))
        current = found.choices
        for name in found.readers:
            row = QHBoxLayout()
            used = name in (current.card_reader, current.psam_reader)
            row.addWidget(result_label(name, "ok" if used else "neutral", self), 1)
            row.addWidget(self._pick(tt("Use for cards"), "devices.card_reader.reader", name))
            row.addWidget(self._pick(tt("Use as PSAM"), "devices.card_reader.psam_reader", name))
            card.addLayout(row)
        _, card = self.card(self.body)
        card.addWidget(self._words("strong", tt("Serial ports")))
        if not found.ports:
            card.addWidget(result_label(tt("no serial port found"), "neutral", self))
        for port in found.ports:
            path = port.stable_path or port.device
            usb = tt("USB {id}").replace("{id}", port.usb_id) if port.usb_id else tt("not USB")
            words = f"{port.device} · {usb} · {port.description}".rstrip(" ·")
            row = QHBoxLayout()
            used = path in (current.id_reader_port, current.scanner_port)
            row.addWidget(result_label(words, "ok" if used else "neutral", self), 1)
            row.addWidget(self._pick(tt("Use for ID cards"), "devices.id_reader.port", path))
            row.addWidget(self._pick(tt("Use for the scanner"), "devices.scanner.port", path))
            row.addWidget(
                self._pick(tt("Use as printer"), "devices.printer.uri", f"serial:{path}?baud=9600")
            )
            card.addLayout(row)
        self.body.addStretch(1)

    def _words(self, role: str, text: str) -> QWidget:
        label = text_label(role, parent=self)
        label.setText(text)
        return label

    def _pick(self, words: str, key: str, value: str) -> QWidget:
        pick = button("secondary", None, self)
        pick.setText(words)
        pick.clicked.connect(lambda: self.choose(key, value))
        return pick

    def choose(self, key: str, value: str) -> None:
        self.ask(ChooseDevice(key, value))

    def _chosen(
        self, result: settings_edit.Saved | settings_edit.Refused, choices: vw.DeviceChoices
    ) -> None:
        if isinstance(result, settings_edit.Refused):
            self.show_status("\n".join(result.problems))
        elif result.need_restart:
            self.show_status(tt("Saved. Restart the kiosk app to use it."))
        else:
            self.show_status(tt("Saved and in use."))
        self.chosen.emit(result)
        if self.found is not None and isinstance(result, settings_edit.Saved):
            status = self.status.text()
            self.present(replace(self.found, choices=choices))
            self.show_status(status)


class DeviceTestPage(TechPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_button = button("primary", IconKind.SOCIAL_SECURITY_CARD, self)
        self.card_button.clicked.connect(self.read_card)
        self.id_button = button("primary", IconKind.ID_CARD, self)
        self.id_button.clicked.connect(self.read_id)
        self.scan_button = button("primary", IconKind.ECARD_QR, self)
        self.scan_button.clicked.connect(self.scan_test)
        self.print_button = button("primary", IconKind.APPLY, self)
        self.print_button.clicked.connect(self.print_test)
        for item in (self.card_button, self.id_button, self.scan_button, self.print_button):
            self.action_row.addWidget(item)
        self.action_row.addStretch(1)
        self.note = text_label("muted", parent=self)
        self.column.addWidget(self.note)
        self.body = self.add_scroll()
        self.tried: DeviceTestKind | None = None  # the device of the answer awaited or shown
        self.retranslate()

    def title(self) -> str:
        return tt("Test the devices")

    def retranslate(self) -> None:
        super().retranslate()
        self.card_button.setText(tt("Read social security card"))
        self.id_button.setText(tt("Read ID card"))
        self.scan_button.setText(tt("Test scan"))
        self.print_button.setText(tt("Print a test receipt"))
        self.note.setText(
            tt("Only masked values are shown. The card PIN is not checked, so no try is used.")
            + "\n"
            + tt("A test scan shows how long the code was, never what it says.")
        )

    def _try(self, device: DeviceTestKind) -> None:
        self.tried = device
        self.ask(TryDevice(device))

    def read_card(self) -> None:
        self._try(DeviceTestKind.SOCIAL_SECURITY_CARD)

    def read_id(self) -> None:
        self._try(DeviceTestKind.ID_CARD)

    def scan_test(self) -> None:
        self._try(DeviceTestKind.SCANNER)
        self.show_status(
            tt("Show a barcode to the scanner within {s} seconds.").replace(
                "{s}", f"{SCAN_TEST_S:g}"
            )
        )

    def print_test(self) -> None:
        self._try(DeviceTestKind.PRINTER)

    def take(self, result: TechnicianResult) -> None:
        if isinstance(result, DeviceTested):
            self.present(result.outcome)

    def present(self, result: vw.TestView) -> None:
        self.show_status("")
        clear_layout(self.body)
        rows: list[tuple[str, str]] = []
        if isinstance(result, vw.DeviceProblemView):
            scanner = self.tried is DeviceTestKind.SCANNER and result.kind == "port_missing"
            why = _scanner_state_text(result.kind) if scanner else fault_text(result.kind)
            self.body.addWidget(
                result_label(tt("Test failed: {why}").replace("{why}", why), "bad", self)
            )
        elif isinstance(result, vw.CardTestView):
            self.body.addWidget(result_label(tt("Social security card read"), "ok", self))
            rows = [
                (tt("Reader"), result.reader or tt("first reader with a card")),
                (tt("Card version"), result.card_version or "—"),
                (tt("Region"), result.region or "—"),
                (tt("Card number"), result.card_number or "—"),
                (tt("Social security number"), result.ssn or "—"),
                (tt("Name"), result.name or "—"),
                (tt("Valid until"), result.expires or "—"),
                (tt("Commands sent"), str(result.apdus)),
            ]
        elif isinstance(result, vw.IdTestView):
            self.body.addWidget(result_label(tt("ID card read"), "ok", self))
            rows = [
                (tt("Card type"), card_type_text(result.card_type)),
                (tt("Name"), result.name),
                (tt("ID number"), result.id_number),
                (tt("Valid until"), result.valid_to or "—"),
                (tt("SAM id"), result.sam_id or "—"),
            ]
        elif isinstance(result, vw.ScanTestView):
            self.body.addWidget(result_label(tt("Code scanned"), "ok", self))
            rows = [
                (tt("Characters"), str(result.characters)),
                (tt("Shaped like an e-card code"), yes_no(result.ecard_code)),
            ]
        elif isinstance(result, vw.PrintTestView):
            self.body.addWidget(result_label(tt("Test receipt printed"), "ok", self))
            rows = [
                (tt("Printer"), result.uri),
                (tt("Paper"), result.paper_name),
                (tt("Bytes sent"), str(result.bytes_sent)),
                (
                    tt("Status after printing"),
                    paper_text("near_end")
                    if result.after == "near_end"
                    else fault_text(result.after),
                ),
            ]
        for name, value in rows:
            row = QHBoxLayout()
            key = text_label("body", parent=self)
            key.setText(name)
            key.setMinimumWidth(420)
            shown = text_label("strong", parent=self)
            shown.setText(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            row.addWidget(key)
            row.addWidget(shown, 1)
            self.body.addLayout(row)
        self.body.addStretch(1)

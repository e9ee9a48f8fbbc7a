"""The presenter's window beside the demo kiosk: cards in and out, ID card, network, paper.

It drives only the simulators (kiosk/demo/simulators.py); the kiosk notices every change through
its real device and network paths, exactly as it would in a service centre. Simulator calls can
block for a moment (a virtual card waits for vpcd), so they run on a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.demo.simulators import CLONE_MASTER_KEY, DEMO_PIN, CastMember, DemoDevices

log = logging.getLogger(__name__)


class _Done(QObject):
    finished = Signal(str)


class ControlPanel(QWidget):
    def __init__(self, devices: DemoDevices) -> None:
        super().__init__()
        self.setWindowTitle("畅通 demo — control panel")
        self._devices = devices
        self._worker = ThreadPoolExecutor(1, thread_name_prefix="demo-panel")
        self._done = _Done()
        self._done.finished.connect(self._show_status, Qt.ConnectionType.QueuedConnection)

        self.person = QComboBox()
        for member in devices.cast:
            self.person.addItem(f"{member.name} — {member.scenario}", member)
        self.status = QLabel(f"Demo PIN for every card: {DEMO_PIN}")
        self.status.setWordWrap(True)

        card = QGroupBox("Social security card")
        card_grid = QGridLayout(card)
        self.insert_button = self._button("Insert card", self._insert)
        self.insert_v3_button = self._button("Insert 3rd-gen card", self._insert_v3)
        self.insert_clone_button = self._button("Insert a cloned card", self._insert_clone)
        self.remove_button = self._button("Remove card", self._remove)
        card_grid.addWidget(self.insert_button, 0, 0)
        card_grid.addWidget(self.insert_v3_button, 0, 1)
        card_grid.addWidget(self.insert_clone_button, 1, 0)
        card_grid.addWidget(self.remove_button, 1, 1)
        card.setEnabled(devices.card_reader is not None)

        id_card = QGroupBox("ID card")
        id_grid = QGridLayout(id_card)
        self.tap_button = self._button("Tap ID card", self._tap)
        self.lift_button = self._button("Lift ID card", self._lift)
        self.sms_button = self._button("Show the texted code", self._show_sms)
        id_grid.addWidget(self.tap_button, 0, 0)
        id_grid.addWidget(self.lift_button, 0, 1)
        id_grid.addWidget(self.sms_button, 1, 0, 1, 2)

        ecard = QGroupBox("Electronic social security card (scanner)")
        ecard_grid = QGridLayout(ecard)
        self.ecard_button = self._button("Show e-card QR code", self._show_ecard)
        self.ecard_again_button = self._button("Show the same code again", self._show_ecard_again)
        self.ecard_old_button = self._button("Show an old screenshot", self._show_old_ecard)
        self.barcode_button = self._button("Show another barcode", self._show_barcode)
        ecard_grid.addWidget(self.ecard_button, 0, 0)
        ecard_grid.addWidget(self.ecard_again_button, 0, 1)
        ecard_grid.addWidget(self.ecard_old_button, 1, 0)
        ecard_grid.addWidget(self.barcode_button, 1, 1)

        world = QGroupBox("Network and printer")
        world_grid = QGridLayout(world)
        self.network_button = self._button("Cut network", self._toggle_network)
        self.paper_button = self._button("Empty paper", self._toggle_paper)
        world_grid.addWidget(self.network_button, 0, 0)
        world_grid.addWidget(self.paper_button, 0, 1)

        column = QVBoxLayout(self)
        column.addWidget(QLabel("Demo claimant"))
        column.addWidget(self.person)
        for group in (card, id_card, ecard, world):
            column.addWidget(group)
        column.addWidget(self.status)
        column.addStretch(1)

    def _button(self, text: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(action)
        return button

    def member(self) -> CastMember | None:
        data = self.person.currentData()
        return data if isinstance(data, CastMember) else None

    def _run(self, job: Callable[[], None], done: str) -> None:
        def work() -> None:
            try:
                job()
            except Exception as error:  # a simulator hiccup must not end the demo
                log.error("demo control failed with %s", type(error).__name__)
                self._done.finished.emit(f"Failed: {type(error).__name__}")
            else:
                self._done.finished.emit(done)

        self._worker.submit(work)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)

    def _insert(self) -> None:
        member = self.member()
        if member is not None:
            self._run(lambda: self._devices.insert_card(member), f"Card of {member.name} in")

    def _insert_v3(self) -> None:
        member = self.member()
        if member is not None:
            self._run(
                lambda: self._devices.insert_card(member, card_version="3.00"),
                f"3rd-generation card of {member.name} in",
            )

    def _insert_clone(self) -> None:
        """The person's data and PIN on a card with another key: the agency refuses its login."""
        member = self.member()
        if member is not None:
            self._run(
                lambda: self._devices.insert_card(member, master_key=CLONE_MASTER_KEY),
                f"Cloned card of {member.name} in",
            )

    def _remove(self) -> None:
        self._run(self._devices.remove_card, "Card removed")

    def _tap(self) -> None:
        member = self.member()
        if member is not None:
            self._run(lambda: self._devices.tap_id_card(member), f"ID card of {member.name} on")

    def _show_sms(self) -> None:
        member = self.member()
        if member is None:
            return

        def fetch() -> None:
            text = self._devices.last_text_message(member)
            self._done.finished.emit(f"Phone of {member.name}: {text or 'no message yet'}")

        self._worker.submit(fetch)

    def _show_ecard(self) -> None:
        member = self.member()
        if member is not None:
            self._run(lambda: self._devices.show_ecard(member), f"E-card of {member.name} shown")

    def _show_ecard_again(self) -> None:
        def again() -> None:
            if not self._devices.show_ecard_again():
                raise LookupError("no e-card code shown yet")

        self._run(again, "The same e-card code shown again (a replay)")

    def _show_old_ecard(self) -> None:
        member = self.member()
        if member is not None:
            self._run(
                lambda: self._devices.show_ecard(member, age_s=600),
                f"A 10-minute-old screenshot of {member.name}'s e-card shown",
            )

    def _show_barcode(self) -> None:
        self._run(
            lambda: self._devices.show_barcode("https://example.org/receipt/R-2026-0001"),
            "A receipt's QR code shown to the scanner",
        )

    def _lift(self) -> None:
        self._run(self._devices.lift_id_card, "ID card lifted")

    def _toggle_network(self) -> None:
        if self._devices.proxy.connected:
            self._devices.cut_network()
            self.network_button.setText("Restore network")
            self.status.setText("Network cut")
        else:
            self._devices.restore_network()
            self.network_button.setText("Cut network")
            self.status.setText("Network restored")

    def _toggle_paper(self) -> None:
        out = not self._devices.printer.state.paper_out
        self._devices.set_paper_out(out)
        self.paper_button.setText("Refill paper" if out else "Empty paper")
        self.status.setText("Printer out of paper" if out else "Paper refilled")

    def shutdown(self) -> None:
        self._worker.shutdown(wait=True)

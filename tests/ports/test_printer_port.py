"""PrinterPort: the same checks against PrinterAdapter printing to the ESC/POS simulator over TCP
and against the FakePrinter the flow tests use, so the fake cannot promise what the printer
does not do."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

import pytest

from devices.sim.printer_sim import TcpPrinterSim
from kiosk.adapters.printer import PrinterAdapter
from kiosk.domain.claims import ClaimKind, Delivery
from kiosk.domain.faults import PrinterFault
from kiosk.domain.language import Language
from kiosk.flow.effects import GuideDocument, ReceiptContent
from kiosk.flow.ports import PrinterPort
from tests.doubles import FakePrinter

REFERENCE = "3f0c2b8e-1d6a-4c55-9b0e-7d2f4a9c1e11"


class PrinterRig(Protocol):
    port: PrinterPort

    def outputs(self, count: int) -> list[str]:
        """The text of what came out, once `count` jobs did (or what there is)."""
        ...

    def set_paper_out(self, out: bool) -> None: ...

    def set_cover_open(self, open_: bool) -> None: ...

    def set_offline(self, offline: bool) -> None: ...


class SimulatorRig:
    def __init__(self, sim: TcpPrinterSim) -> None:
        self.sim = sim
        self.port: PrinterPort = PrinterAdapter.from_uri(sim.uri, 80, "kiosk-test-001")

    def outputs(self, count: int) -> list[str]:
        if count == 0:
            return [job.text for job in self.sim.jobs]
        return [job.text for job in self.sim.wait_for_jobs(count)]

    def set_paper_out(self, out: bool) -> None:
        self.sim.state.paper_out = out

    def set_cover_open(self, open_: bool) -> None:
        self.sim.state.cover_open = open_

    def set_offline(self, offline: bool) -> None:
        self.sim.state.offline = offline


class FakeRig:
    def __init__(self) -> None:
        self.fake = FakePrinter()
        self.port: PrinterPort = self.fake
        self._faults: dict[PrinterFault, bool] = {}

    def outputs(self, count: int) -> list[str]:
        return list(self.fake.printed)

    def _set(self, fault: PrinterFault, on: bool) -> None:
        self._faults[fault] = on
        self.fake.fault = next((f for f, active in self._faults.items() if active), None)

    def set_paper_out(self, out: bool) -> None:
        self._set(PrinterFault.PAPER_OUT, out)

    def set_cover_open(self, open_: bool) -> None:
        self._set(PrinterFault.COVER_OPEN, open_)

    def set_offline(self, offline: bool) -> None:
        self._set(PrinterFault.OFFLINE, offline)


@pytest.fixture(params=["simulator", "fake"])
def rig(request: pytest.FixtureRequest) -> Iterator[PrinterRig]:
    if request.param == "fake":
        yield FakeRig()
        return
    sim = TcpPrinterSim().start()
    try:
        yield SimulatorRig(sim)
    finally:
        sim.stop()


def receipt() -> ReceiptContent:
    return ReceiptContent(
        kind=ClaimKind.CLAIM,
        reference=REFERENCE,
        delivery=Delivery.RECEIVED_ONLINE,
        masked_name="金**",
        language=Language.ZH_CN,
        verification_code="ABCDEFGH",
        qr_text=None,
        masked_id_number="2224**********002X",
    )


def test_a_ready_printer_prints_the_receipt(rig: PrinterRig) -> None:
    assert rig.port.check() is None
    assert rig.port.print_receipt(receipt()) is None
    (output,) = rig.outputs(1)
    assert REFERENCE in output


def test_a_ready_printer_prints_the_guide_sheet(rig: PrinterRig) -> None:
    assert rig.port.print_guide(GuideDocument.CLAIM_GUIDE, Language.ZH_CN) is None
    assert len(rig.outputs(1)) == 1


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        ("paper_out", PrinterFault.PAPER_OUT),
        ("cover_open", PrinterFault.COVER_OPEN),
        ("offline", PrinterFault.OFFLINE),
    ],
)
def test_a_printer_that_cannot_print_says_why_and_prints_nothing(
    rig: PrinterRig, fault: str, expected: PrinterFault
) -> None:
    getattr(rig, f"set_{fault}")(True)
    assert rig.port.check() is expected
    assert rig.port.print_receipt(receipt()) is expected
    assert rig.port.print_guide(GuideDocument.CLAIM_GUIDE, Language.KO) is expected
    assert not any(REFERENCE in output for output in rig.outputs(0))


def test_checking_the_printer_prints_nothing(rig: PrinterRig) -> None:
    assert rig.port.check() is None
    rig.set_paper_out(True)
    assert rig.port.check() is PrinterFault.PAPER_OUT
    assert rig.outputs(0) == []


def test_after_the_paper_is_refilled_the_printer_prints_again(rig: PrinterRig) -> None:
    rig.set_paper_out(True)
    assert rig.port.print_receipt(receipt()) is PrinterFault.PAPER_OUT
    rig.set_paper_out(False)
    assert rig.port.check() is None
    assert rig.port.print_receipt(receipt()) is None
    assert any(REFERENCE in output for output in rig.outputs(1))

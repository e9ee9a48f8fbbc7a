"""EffectExecutor and the thread discipline: effects run off the GUI thread, results come back
on it, in order; a failing port yields the flow's fallback; stale generations are dropped.

The ports here are small fakes on purpose: they stand for a bug (a port that raises) or record
the thread they ran on, which no real device can be asked to do.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from pytestqt.qtbot import QtBot

from devices.printer.printer import ReceiptPrinter
from devices.thread_guard import BlockingIoOnGuiThread
from kiosk.app.executor import EffectExecutor
from kiosk.app.threads import (
    WrongThread,
    assert_on_gui_thread,
    register_gui_thread,
    runs_off_gui_thread,
    unregister_gui_thread,
)
from kiosk.domain.claimant import CardCredentials
from kiosk.domain.faults import CardFault, ServiceFault
from kiosk.flow import effects as fx
from kiosk.flow import events as ev
from kiosk.flow.ports import CardReading, PinAccepted, PinVerdict, Ports
from tests.doubles import Unused


@dataclass
class RecordingCard:
    threads: list[str] = field(default_factory=list)
    fail: bool = False

    def read_card(self) -> CardReading | CardFault:
        self.threads.append(threading.current_thread().name)
        if self.fail:
            raise RuntimeError("a bug in a port")
        return CardFault.UNREADABLE

    def verify_pin(self, pin: str) -> PinVerdict | CardFault:
        self.threads.append(threading.current_thread().name)
        return PinAccepted()

    def answer_challenge(self, challenge: bytes) -> bytes | CardFault:
        self.threads.append(threading.current_thread().name)
        return CardFault.REMOVED


class StubAgency:
    """Gives a challenge, then is unreachable: enough to see the card asked on its lane."""

    def login_challenge(self) -> bytes:
        return bytes(16)

    def card_login(self, *_: object) -> ServiceFault:
        return ServiceFault.UNREACHABLE


@pytest.fixture
def gui_thread() -> Iterator[None]:
    register_gui_thread()
    yield
    unregister_gui_thread()


def executor_with(card: RecordingCard) -> EffectExecutor:
    return EffectExecutor(Ports(card=card, agency=Unused(), outbox=Unused(), printer=Unused()))  # type: ignore[arg-type]


def test_effects_run_on_workers_and_results_arrive_on_the_gui_thread(
    qtbot: QtBot, gui_thread: None
) -> None:
    card = RecordingCard()
    executor = executor_with(card)
    received: list[tuple[ev.Event, bool]] = []
    executor.result.connect(
        lambda e: received.append((e, threading.current_thread() is threading.main_thread()))
    )
    executor.run(fx.ReadCard(ticket=1))
    executor.run(fx.VerifyPin(ticket=2, pin="123456"))
    qtbot.waitUntil(lambda: len(received) == 2)
    assert [e for e, _ in received] == [
        ev.CardReadFailed(1, CardFault.UNREADABLE),
        ev.PinAccepted(2),
    ]
    assert all(on_gui for _, on_gui in received)
    assert all(name.startswith("effects-card") for name in card.threads)
    executor.shutdown()


def test_the_card_login_runs_on_the_card_lane_like_every_card_command(
    qtbot: QtBot, gui_thread: None
) -> None:
    """pcsc handles are used from one thread, in order: the card login asks the card too."""
    card = RecordingCard()
    ports = Ports(card=card, agency=StubAgency(), outbox=Unused(), printer=Unused())  # type: ignore[arg-type]
    executor = EffectExecutor(ports)
    received: list[ev.Event] = []
    executor.result.connect(received.append)
    credentials = CardCredentials("00" * 16, "222405", "A8277")
    executor.run(fx.LogInWithCard(ticket=3, card=credentials))
    qtbot.waitUntil(lambda: bool(received))
    assert received == [ev.CardLoginFailed(3, CardFault.REMOVED)]
    assert card.threads and all(name.startswith("effects-card") for name in card.threads)
    executor.shutdown()


def test_a_port_that_raises_is_answered_with_the_fallback(qtbot: QtBot, gui_thread: None) -> None:
    executor = executor_with(RecordingCard(fail=True))
    received: list[ev.Event] = []
    executor.result.connect(received.append)
    executor.run(fx.ReadCard(ticket=7))
    qtbot.waitUntil(lambda: bool(received))
    assert received == [ev.CardReadFailed(7, CardFault.READER_FAULT)]
    executor.shutdown()


def test_results_of_a_dropped_generation_never_arrive(qtbot: QtBot, gui_thread: None) -> None:
    executor = executor_with(RecordingCard())
    received: list[ev.Event] = []
    executor.result.connect(received.append)
    executor.run(fx.ReadCard(ticket=1))
    executor.drop_in_flight()
    assert executor.wait_idle(5)
    qtbot.wait(100)
    assert received == []
    executor.shutdown()


def test_device_io_on_the_gui_thread_is_refused(gui_thread: None) -> None:
    printer = ReceiptPrinter("tcp://127.0.0.1:9")
    with pytest.raises(BlockingIoOnGuiThread):
        printer.status()

    @runs_off_gui_thread
    def slow() -> int:
        return 1

    with pytest.raises(BlockingIoOnGuiThread):
        slow()
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(slow()))
    worker.start()
    worker.join()
    assert outcome == [1]


def test_session_code_off_the_gui_thread_is_refused(gui_thread: None) -> None:
    failures: list[BaseException] = []

    def touch_session() -> None:
        try:
            assert_on_gui_thread("post")
        except WrongThread as error:
            failures.append(error)

    worker = threading.Thread(target=touch_session)
    worker.start()
    worker.join()
    assert len(failures) == 1

"""Device I/O refuses to run on the registered GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from devices.idcard.reader import IdCardReader
from devices.printer.printer import ReceiptPrinter
from devices.sscard.session import CardSession
from devices.thread_guard import BlockingIoOnGuiThread, forbid_blocking_io_on


@pytest.fixture
def this_thread_is_the_gui() -> Iterator[None]:
    forbid_blocking_io_on(threading.current_thread())
    yield
    forbid_blocking_io_on(None)


def test_device_calls_on_the_gui_thread_are_a_bug(this_thread_is_the_gui: None) -> None:
    with pytest.raises(BlockingIoOnGuiThread):
        CardSession().open()
    with pytest.raises(BlockingIoOnGuiThread):
        IdCardReader("/dev/nonexistent").read_card()
    with pytest.raises(BlockingIoOnGuiThread):
        ReceiptPrinter("file:/dev/null").status()


def test_device_calls_on_a_worker_thread_run(this_thread_is_the_gui: None) -> None:
    results: list[object] = []
    worker = threading.Thread(
        target=lambda: results.append(IdCardReader("/dev/nonexistent").read_card())
    )
    worker.start()
    worker.join(5)
    assert results and results[0].__class__.__name__ == "IdReaderNotConnected"

"""IdCardWatcher against the ID-reader simulator on a pty: one report per card placement."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from devices.idcard.identity import IdCardData, IdCardType
from devices.idcard.reader import IdCardReader
from devices.sim.id_reader_pty import PtyIdReader
from devices.sim.id_text_block import ResidentCard
from kiosk.adapters.id_card_watcher import IdCardWatcher, id_card_identity
from kiosk.domain.claimant import IdCardIdentity
from kiosk.domain.identity import IdNumber

NUMBER = "222405199403150028"
OTHER = "222401199003070015"  # 5 is the check character of 22240119900307001
SUPERSCRIPT_TWO = OTHER.replace("4", "\u00b2", 1)  # "²" in the region code: isdigit() says yes
FULL_WIDTH = OTHER.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})


class Reports:
    """What the watcher told the kiosk, in order; lets a test wait for the next report."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.identities: list[IdCardIdentity] = []
        self._changed = threading.Condition()

    def on_read(self, identity: IdCardIdentity) -> None:
        with self._changed:
            self.identities.append(identity)
            self.seen.append(identity.id_number.value)
            self._changed.notify_all()

    def on_lifted(self) -> None:
        with self._changed:
            self.seen.append("lifted")
            self._changed.notify_all()

    def wait_for(self, count: int, timeout_s: float = 5.0) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: len(self.seen) >= count, timeout_s)


def wait_until(condition: Callable[[], bool], timeout_s: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_a_card_laid_on_the_reader_is_reported_once_until_lifted(
    pty_reader: PtyIdReader,
) -> None:
    seen: list[IdCardIdentity] = []
    arrived = threading.Event()

    def on_read(identity: IdCardIdentity) -> None:
        seen.append(identity)
        arrived.set()

    watcher = IdCardWatcher(IdCardReader(pty_reader.path), on_read, poll_s=0.05)
    watcher.start()
    try:
        pty_reader.card = ResidentCard(name="金美兰", id_number=NUMBER, birth_date="19940315")
        assert arrived.wait(5)
        arrived.clear()
        assert not arrived.wait(0.5)  # still lying there: no second report
        pty_reader.card = None
        threading.Event().wait(0.3)
        pty_reader.card = ResidentCard(name="金美兰", id_number=NUMBER, birth_date="19940315")
        assert arrived.wait(5)
    finally:
        watcher.stop()
    assert [s.id_number for s in seen] == [IdNumber(NUMBER), IdNumber(NUMBER)]
    assert seen[0].name == "金美兰"


def test_a_card_swapped_for_another_within_one_poll_is_reported(pty_reader: PtyIdReader) -> None:
    """The reader never sees an empty field: only the card's identity tells the two apart."""
    reports = Reports()
    reader = IdCardReader(pty_reader.path)
    watcher = IdCardWatcher(reader, reports.on_read, on_lifted=reports.on_lifted)  # 0.3 s polls
    watcher.start()
    try:
        pty_reader.card = ResidentCard(name="金美兰", id_number=NUMBER, birth_date="19940315")
        assert reports.wait_for(1)
        pty_reader.card = ResidentCard(name="李明", id_number=OTHER)  # one assignment: a swap
        assert reports.wait_for(3)
        pty_reader.card = None
        assert reports.wait_for(4)
    finally:
        watcher.stop()
    assert reports.seen == [NUMBER, "lifted", OTHER, "lifted"]
    assert reports.identities[1].name == "李明"


def test_an_id_number_with_a_non_ascii_digit_is_a_read_fault_and_the_watcher_goes_on(
    pty_reader: PtyIdReader,
) -> None:
    reports = Reports()
    watcher = IdCardWatcher(IdCardReader(pty_reader.path), reports.on_read, poll_s=0.05)
    watcher.start()
    try:
        pty_reader.card = ResidentCard(id_number=SUPERSCRIPT_TWO)
        # The watcher keeps reading the card lying there: its thread survived the first read.
        assert wait_until(lambda: pty_reader.commands.count((0x30, 0x01)) >= 2)
        assert watcher.last_fault == "malformed_data"
        pty_reader.card = None
        pty_reader.card = ResidentCard(id_number=OTHER)
        assert reports.wait_for(1)
    finally:
        watcher.stop()
    assert reports.seen == [OTHER]


def _card_data(number: str) -> IdCardData:
    return IdCardData(
        card_type=IdCardType.RESIDENT,
        name="李明",
        gender="1",
        birth_date=None,
        id_number=number,
        valid_from=None,
        valid_to=None,
        long_term=True,
    )


@pytest.mark.parametrize("number", [SUPERSCRIPT_TWO, FULL_WIDTH])
def test_id_numbers_with_non_ascii_digits_are_refused_not_passed_on(number: str) -> None:
    """The agency accepts ASCII digits only: what it would refuse never leaves the kiosk."""
    assert id_card_identity(_card_data(number)) is None
    assert id_card_identity(_card_data(OTHER)) == IdCardIdentity(IdNumber(OTHER), "李明")

"""IdCardWatcher against the ID-reader simulator on a pty: one report per card placement."""

from __future__ import annotations

import threading

from devices.idcard.reader import IdCardReader
from devices.sim.id_reader_pty import PtyIdReader
from devices.sim.id_text_block import ResidentCard
from kiosk.adapters.id_card_watcher import IdCardWatcher
from kiosk.domain.claimant import IdCardIdentity
from kiosk.domain.identity import IdNumber

NUMBER = "222405199403150028"


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

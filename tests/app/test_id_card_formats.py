"""Every GB 11643 card the reader reads reaches the flow with its end date (real pty simulator)."""

from __future__ import annotations

from datetime import date

from devices.idcard.reader import IdCardReader
from devices.sim.id_reader_pty import PtyIdReader, SimIdCard
from devices.sim.id_text_block import ForeignerCard2023, ResidentCard
from kiosk.adapters.id_card_watcher import IdCardWatcher
from tests.app.test_id_card_watcher import Reports

FOREIGNER_2023 = "933250199202200024"  # 9, Zhejiang (33), France (250), 1992-02-20, 002, check 4
HMT_PERMIT = "810000199001010019"
RESIDENT = "222401199003070015"


def _watch(pty_reader: PtyIdReader, card: SimIdCard) -> Reports:
    reports = Reports()
    watcher = IdCardWatcher(IdCardReader(pty_reader.path), reports.on_read, poll_s=0.05)
    watcher.start()
    try:
        pty_reader.card = card
        assert reports.wait_for(1)
    finally:
        watcher.stop()
    return reports


def test_a_2023_foreigner_permanent_residence_card_is_passed_on(pty_reader: PtyIdReader) -> None:
    card = ForeignerCard2023(card_number=FOREIGNER_2023, expiry_date="20331201")
    identity = _watch(pty_reader, card).identities[0]
    assert identity.id_number.value == FOREIGNER_2023
    assert identity.name == "玛丽" and identity.valid_to == date(2033, 12, 1)


def test_an_expired_resident_card_carries_its_end_date_for_the_flow_to_refuse(
    pty_reader: PtyIdReader,
) -> None:
    card = ResidentCard(id_number=RESIDENT, valid_from="20100101", valid_to="20200101")
    identity = _watch(pty_reader, card).identities[0]
    assert identity.valid_to == date(2020, 1, 1)
    assert identity.expired_on(date(2020, 1, 2)) and not identity.expired_on(date(2020, 1, 1))


def test_a_long_term_card_has_no_end_date(pty_reader: PtyIdReader) -> None:
    identity = _watch(pty_reader, ResidentCard(id_number=RESIDENT, valid_to="长期")).identities[0]
    assert identity.valid_to is None and not identity.expired_on(date(2099, 1, 1))


def test_hmt_residence_permits_still_read(pty_reader: PtyIdReader) -> None:
    card = ResidentCard(id_number=HMT_PERMIT, hmt=True, valid_to="20300101")
    identity = _watch(pty_reader, card).identities[0]
    assert identity.id_number.value == HMT_PERMIT and identity.valid_to == date(2030, 1, 1)

"""The social security card read through real pcscd, the vpcd driver and the virtual card."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import date

import pytest

from contract.card_proof import TEST_ISSUER_KEY, card_key, cryptogram, verify_cryptogram
from devices.sim.card_profile import SIM_MASTER_KEY, CardProfile
from devices.sim.pcscd_service import PcscdService, wait_card_state
from devices.sim.sim_security_module import SimSecurityModule
from devices.sim.vpcd_card import VirtualCard
from devices.sscard import faults
from devices.sscard.identity import CardIdentity
from devices.sscard.monitor import CardPresenceMonitor
from devices.sscard.pcsc import list_readers
from devices.sscard.pin import PinAccepted, PinRejected
from devices.sscard.reader_state import ReaderState
from devices.sscard.session import CardSession

pytestmark = pytest.mark.pcsc

InsertCard = Callable[..., VirtualCard]


class StateRecorder:
    """The monitor's listener in tests: records states, lets the test wait for one."""

    def __init__(self) -> None:
        self.states: list[ReaderState] = []
        self._changed = threading.Condition()

    def __call__(self, state: ReaderState, reader: str | None) -> None:
        with self._changed:
            self.states.append(state)
            self._changed.notify_all()

    def wait_for(self, state: ReaderState, timeout_s: float = 5.0) -> bool:
        with self._changed:
            return self._changed.wait_for(
                lambda: bool(self.states) and self.states[-1] is state, timeout_s
            )


def read(reader: str, **kwargs: object) -> CardIdentity | faults.CardFault:
    with CardSession(reader, **kwargs) as session:  # type: ignore[arg-type]
        opened = session.open()
        if opened is not None:
            return opened
        return session.read_identity(today=date(2026, 1, 1))


def test_vpcd_readers_are_listed(pcscd: str) -> None:
    assert pcscd in list_readers()


def test_second_generation_card_gives_the_whole_identity(
    pcscd: str, insert_card: InsertCard
) -> None:
    insert_card(CardProfile(card_version="2.00"))
    identity = read(pcscd)
    assert isinstance(identity, CardIdentity)
    assert identity.card_number == "S12345678"
    assert identity.region == "222400"
    assert identity.card_version == "2.00"
    assert identity.card_type == "1"
    assert identity.issued == date(2020, 3, 7)
    assert identity.expires == date(2030, 3, 7)
    assert identity.ssn == "22240119900307001X"
    assert identity.name == "金哲"
    assert identity.gender == "1"
    assert identity.nation == "10"
    assert identity.birthplace == "222401"
    assert identity.birth_date == date(1990, 3, 7)
    assert identity.atr == CardProfile().atr
    # 15 APDUs of §5 plus one GET RESPONSE for the FCI the T=0 card holds back.
    assert identity.apdu_count == 16


def test_long_name_is_joined_with_its_extension(pcscd: str, insert_card: InsertCard) -> None:
    insert_card(CardProfile(name="阿卜杜热合曼·买买提", name_extension="艾力"))
    identity = read(pcscd)
    assert isinstance(identity, CardIdentity)
    assert identity.name == "阿卜杜热合曼·买买提艾力"


def test_first_generation_card_without_name_extension_reads(
    pcscd: str, insert_card: InsertCard
) -> None:
    insert_card(CardProfile(card_version="1.00"))
    identity = read(pcscd)
    assert isinstance(identity, CardIdentity)
    assert identity.name == "金哲" and identity.card_version == "1.00"


def test_card_without_t0_quirks_reads_the_same(pcscd: str, insert_card: InsertCard) -> None:
    insert_card(CardProfile(t0_get_response=False, t0_wrong_le=False))
    identity = read(pcscd)
    assert isinstance(identity, CardIdentity)
    assert identity.ssn == "22240119900307001X"
    assert identity.apdu_count == 15


def test_third_generation_card_without_security_module_gives_region_and_number_only(
    pcscd: str, insert_card: InsertCard
) -> None:
    insert_card(CardProfile(card_version="3.00"))
    identity = read(pcscd)
    assert isinstance(identity, CardIdentity)
    assert (identity.region, identity.card_version, identity.card_number) == (
        "222400",
        "3.00",
        "S12345678",
    )
    assert identity.ssn is None and identity.name is None and identity.birth_date is None
    assert identity.expires is None and identity.issued is None
    assert not identity.authenticated and not identity.holder_data_complete


def test_third_generation_card_with_security_module_gives_everything(
    pcscd: str, insert_card: InsertCard
) -> None:
    insert_card(CardProfile(card_version="3.00"))
    module = SimSecurityModule()
    identity = read(pcscd, security_module=module)
    assert isinstance(identity, CardIdentity)
    assert identity.authenticated and identity.name == "金哲"
    assert identity.ssn == "22240119900307001X" and identity.expires == date(2030, 3, 7)
    assert module.authentications == 1


def test_third_generation_card_refuses_a_module_with_the_wrong_key(
    pcscd: str, insert_card: InsertCard
) -> None:
    insert_card(CardProfile(card_version="3.00"))
    result = read(pcscd, security_module=SimSecurityModule(bytes(16)))
    assert isinstance(result, faults.AuthenticationFailed)


def test_foreign_card_is_not_a_social_security_card(pcscd: str, insert_card: InsertCard) -> None:
    insert_card(CardProfile(foreign=True))
    assert isinstance(read(pcscd), faults.NotSocialSecurityCard)


def test_locked_card_says_see_staff(pcscd: str, insert_card: InsertCard) -> None:
    insert_card(CardProfile(locked=True))
    assert isinstance(read(pcscd), faults.CardLocked)


def test_expired_card_is_reported_with_its_identity(pcscd: str, insert_card: InsertCard) -> None:
    insert_card(CardProfile(expires=date(2025, 12, 31)))
    result = read(pcscd)
    assert isinstance(result, faults.ExpiredCard)
    assert result.identity is not None and result.identity.card_number == "S12345678"
    assert "S12345678" not in str(result)


def test_empty_reader_reports_no_card(pcscd: str) -> None:
    wait_card_state(pcscd, present=False)
    assert isinstance(read(pcscd), faults.NoCard)


def test_unknown_reader_reports_no_reader(pcscd: str) -> None:
    assert isinstance(read("Nonexistent Reader 99"), faults.NoReader)


def test_card_pulled_during_the_read_reports_card_removed(
    pcscd: str, insert_card: InsertCard
) -> None:
    insert_card(CardProfile(remove_after_apdus=6))
    assert isinstance(read(pcscd), faults.CardRemoved)


def test_mute_card_reports_unresponsive_card(pcscd: str, insert_card: InsertCard) -> None:
    insert_card(CardProfile(mute=True))
    assert isinstance(read(pcscd), faults.UnresponsiveCard)


def test_card_that_stops_answering_mid_read_ends_unresponsive(
    pcscd: str, insert_card: InsertCard
) -> None:
    """A hung chip stays in the reader and never answers; without a deadline the read waits on
    pcscd forever (vpcd, like some readers, has no timeout of its own)."""
    card = insert_card(CardProfile(mute_after_apdus=3))
    result = read(pcscd, deadline_s=1.0)
    assert isinstance(result, faults.CardStoppedAnswering)
    assert result.kind == "unresponsive_card"  # the same outcome (and exit code) as a mute card
    assert card.unanswered == 1 and card.applet.apdu_count == 3


def test_card_that_stops_answering_at_the_pin_ends_unresponsive_and_the_reader_recovers(
    pcscd: str, insert_card: InsertCard
) -> None:
    hung = insert_card(CardProfile(mute_after_apdus=16))  # the whole identity, then silence
    with CardSession(pcscd, deadline_s=1.0) as session:
        assert session.open() is None
        assert isinstance(session.read_identity(today=date(2026, 1, 1)), CardIdentity)
        assert isinstance(session.verify_pin("123456"), faults.CardStoppedAnswering)
        # Everything after the unanswered command ends at once, the same way.
        again = session.read_identity(today=date(2026, 1, 1))
        assert isinstance(again, faults.UnresponsiveCard)
    assert hung.unanswered == 1  # the second read never reached the card
    hung.remove()
    wait_card_state(pcscd, present=False)
    insert_card(CardProfile())
    assert isinstance(read(pcscd, deadline_s=1.0), CardIdentity)


def test_card_that_hangs_while_powering_up_ends_unresponsive(
    pcscd: str, insert_card: InsertCard
) -> None:
    card = insert_card(CardProfile(hang_at_power_on=2))
    assert card.wait_powered_off()
    result = read(pcscd, deadline_s=1.0)
    assert isinstance(result, faults.CardStoppedAnswering) and "SCardConnect" in result.detail


def test_card_pulled_while_powering_up_reports_card_removed(
    pcscd: str, insert_card: InsertCard
) -> None:
    """Not "unresponsive, inserted the wrong way round": the card left during power-up."""
    card = insert_card(CardProfile(remove_at_power_on=2))
    assert card.wait_powered_off()  # pcscd unpowers the idle card; our connect powers it again
    result = read(pcscd)
    assert isinstance(result, faults.CardRemoved), result


def test_wrong_pin_reports_tries_left_and_right_pin_restores_them(
    pcscd: str, insert_card: InsertCard
) -> None:
    card = insert_card(CardProfile(pin="123456", tries_left=3, max_tries=3))
    with CardSession(pcscd) as session:
        assert session.open() is None
        assert session.verify_pin("000000") == PinRejected(2)
        assert session.verify_pin("111111") == PinRejected(1)
        assert session.verify_pin("123456") == PinAccepted()
    assert card.profile.tries_left == 3


def test_last_wrong_pin_blocks_the_card(pcscd: str, insert_card: InsertCard) -> None:
    insert_card(CardProfile(tries_left=1))
    with CardSession(pcscd) as session:
        assert session.open() is None
        assert isinstance(session.verify_pin("000000"), faults.PinBlocked)
        assert isinstance(session.verify_pin("123456"), faults.PinBlocked)


def test_pin_of_wrong_shape_is_refused_without_using_a_try(
    pcscd: str, insert_card: InsertCard
) -> None:
    card = insert_card(CardProfile(tries_left=3))
    with CardSession(pcscd) as session:
        assert session.open() is None
        assert isinstance(session.verify_pin("12a"), faults.InvalidPinFormat)
    assert card.profile.tries_left == 3


def test_pin_and_personal_data_never_reach_the_log(
    pcscd: str, insert_card: InsertCard, caplog: pytest.LogCaptureFixture
) -> None:
    insert_card(CardProfile(pin="975310"))
    caplog.set_level(logging.DEBUG)
    with CardSession(pcscd) as session:
        assert session.open() is None
        assert isinstance(session.read_identity(today=date(2026, 1, 1)), CardIdentity)
        session.verify_pin("975310")
        session.verify_pin("864200")
    text = caplog.text + repr([r.args for r in caplog.records])
    for secret in ("975310", "864200", "97 53 10", "金哲", "22240119900307001X", "S12345678"):
        assert secret not in text


def test_monitor_reports_insertion_and_removal_without_polling(
    pcscd: str, insert_card: InsertCard
) -> None:
    recorder = StateRecorder()
    monitor = CardPresenceMonitor(recorder, pcscd)
    wait_card_state(pcscd, present=False)
    monitor.start()
    try:
        assert recorder.wait_for(ReaderState.NO_CARD)
        card = insert_card(wait=False)
        assert recorder.wait_for(ReaderState.CARD_PRESENT)
        card.remove()
        assert recorder.wait_for(ReaderState.NO_CARD)
        time.sleep(0.5)
        assert recorder.states == [
            ReaderState.NO_CARD,
            ReaderState.CARD_PRESENT,
            ReaderState.NO_CARD,
        ]
        assert monitor.wakeups <= 4  # one per real change, not one per poll
    finally:
        started = time.monotonic()
        monitor.stop()
        assert time.monotonic() - started < 1.0


def test_monitor_reports_a_card_already_present_at_start(
    pcscd: str, insert_card: InsertCard
) -> None:
    insert_card()
    recorder = StateRecorder()
    monitor = CardPresenceMonitor(recorder, pcscd)
    monitor.start()
    try:
        assert recorder.wait_for(ReaderState.CARD_PRESENT)
        assert recorder.states[0] is ReaderState.CARD_PRESENT
    finally:
        monitor.stop()


def test_monitor_maps_pcsc_reader_states_to_the_closed_set() -> None:
    from smartcard import scard

    from devices.sscard.monitor import state_from_event

    assert state_from_event(scard.SCARD_STATE_PRESENT) is ReaderState.CARD_PRESENT
    assert state_from_event(scard.SCARD_STATE_EMPTY) is ReaderState.NO_CARD
    mute = scard.SCARD_STATE_PRESENT | scard.SCARD_STATE_MUTE
    assert state_from_event(mute) is ReaderState.CARD_ERROR
    assert state_from_event(scard.SCARD_STATE_UNKNOWN) is ReaderState.NO_READER
    assert state_from_event(0) is ReaderState.UNKNOWN_ERROR


def test_stopped_pcscd_reports_no_reader_service() -> None:
    # A separate process pointed at a socket nobody serves: pcscd "not running" for it alone.
    code = (
        "from devices.sscard.session import CardSession\n"
        "r = CardSession().open()\n"
        "print(type(r).__name__, r.kind)\n"
    )
    env = dict(os.environ, PCSCLITE_CSOCK_NAME="/nonexistent/pcscd.comm")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=30
    )
    assert out.stdout.split() == ["ReaderServiceDown", "no_reader"], out.stderr


def test_simulators_use_the_agency_test_issuer_key() -> None:
    assert SIM_MASTER_KEY == TEST_ISSUER_KEY == b"Changtong-issuer"


CHALLENGE = bytes.fromhex("00112233445566778899AABBCCDDEEFF")


def _pin_then_challenge(
    reader: str, challenge: bytes = CHALLENGE
) -> tuple[CardIdentity, bytes | faults.CardFault, int]:
    with CardSession(reader) as session:
        assert session.open() is None
        identity = session.read_identity(today=date(2026, 1, 1))
        assert isinstance(identity, CardIdentity)
        assert session.verify_pin("123456") == PinAccepted()
        before = session.apdus.count
        answer = session.internal_authenticate(challenge)
        return identity, answer, session.apdus.count - before


def test_card_answers_the_agency_challenge_with_its_diversified_key_after_the_pin(
    pcscd: str, insert_card: InsertCard
) -> None:
    insert_card(CardProfile())  # T=0: INTERNAL AUTHENTICATE answers 61 10, then GET RESPONSE
    identity, answer, apdus = _pin_then_challenge(pcscd)
    assert identity.identification_code is not None
    card_id = bytes.fromhex(identity.identification_code)
    assert isinstance(answer, bytes)
    assert answer == cryptogram(card_key(TEST_ISSUER_KEY, card_id), CHALLENGE)
    assert verify_cryptogram(TEST_ISSUER_KEY, card_id, CHALLENGE, answer)
    assert apdus == 2


def test_t1_card_answers_the_challenge_in_one_exchange(pcscd: str, insert_card: InsertCard) -> None:
    insert_card(
        CardProfile(atr=bytes.fromhex("3B800181"), t0_get_response=False, t0_wrong_le=False)
    )
    identity, answer, apdus = _pin_then_challenge(pcscd)
    card_id = bytes.fromhex(identity.identification_code or "")
    assert isinstance(answer, bytes) and verify_cryptogram(
        TEST_ISSUER_KEY, card_id, CHALLENGE, answer
    )
    assert apdus == 1


def test_cloned_card_with_the_right_data_and_another_key_fails_the_agency_check(
    pcscd: str, insert_card: InsertCard
) -> None:
    insert_card(CardProfile(master_key=b"not-the-issuer!!"))
    identity, answer, _ = _pin_then_challenge(pcscd)
    card_id = bytes.fromhex(identity.identification_code or "")
    assert identity.ssn == CardProfile().ssn  # the readable files are all right
    assert isinstance(answer, bytes) and len(answer) == 16
    assert not verify_cryptogram(TEST_ISSUER_KEY, card_id, CHALLENGE, answer)


def test_challenge_before_a_verified_pin_is_refused_without_asking_the_card(
    pcscd: str, insert_card: InsertCard
) -> None:
    card = insert_card(CardProfile())
    with CardSession(pcscd) as session:
        assert session.open() is None
        assert isinstance(session.read_identity(today=date(2026, 1, 1)), CardIdentity)
        before = card.applet.apdu_count
        refused = session.internal_authenticate(CHALLENGE)
        assert isinstance(refused, faults.SecurityStatusNotSatisfied)
        assert card.applet.apdu_count == before
        assert session.verify_pin("000000") == PinRejected(2)
        sent = card.applet.apdu_count
        again = session.internal_authenticate(CHALLENGE)  # a wrong PIN proves nothing either
        assert isinstance(again, faults.SecurityStatusNotSatisfied)
        assert card.applet.apdu_count == sent


def test_card_pulled_before_the_challenge_reports_card_removed(
    pcscd: str, insert_card: InsertCard
) -> None:
    card = insert_card(CardProfile())
    with CardSession(pcscd) as session:
        assert session.open() is None
        assert session.verify_pin("123456") == PinAccepted()
        card.remove()
        wait_card_state(pcscd, present=False)
        answer = session.internal_authenticate(CHALLENGE)
    assert isinstance(answer, faults.CardRemoved | faults.NoCard | faults.UnresponsiveCard)


def test_third_generation_card_unlocked_by_a_psam_in_the_second_slot(
    pcscd: str, insert_card: InsertCard
) -> None:
    from devices.sim.pcscd_service import VPCD_PSAM_READER
    from devices.sim.psam_applet import PsamApplet, SimPsamCommands
    from devices.sim.vpcd_card import VPCD_PORT
    from devices.sscard.psam import PcscPsam

    psam_card = VirtualCard(applet=PsamApplet(), port=VPCD_PORT + 1)
    psam_card.insert()
    try:
        wait_card_state(VPCD_PSAM_READER, present=True)
        insert_card(CardProfile(card_version="3.00"))
        psam = PcscPsam(VPCD_PSAM_READER, SimPsamCommands())
        try:
            identity = read(pcscd, security_module=psam)
        finally:
            psam.close()
        assert isinstance(identity, CardIdentity)
        assert identity.authenticated and identity.ssn == "22240119900307001X"
        assert psam_card.applet.apdu_count >= 3  # select + internal + external
    finally:
        psam_card.remove()
        wait_card_state(VPCD_PSAM_READER, present=False)


def test_missing_psam_is_a_security_module_fault(pcscd: str, insert_card: InsertCard) -> None:
    from devices.sim.pcscd_service import VPCD_PSAM_READER
    from devices.sim.psam_applet import SimPsamCommands
    from devices.sscard.psam import PcscPsam

    insert_card(CardProfile(card_version="3.00"))
    psam = PcscPsam(VPCD_PSAM_READER, SimPsamCommands())
    try:
        assert isinstance(read(pcscd, security_module=psam), faults.SecurityModuleFault)
    finally:
        psam.close()


def test_t1_card_reads_with_the_same_sequence(pcscd: str, insert_card: InsertCard) -> None:
    # TS 3B, T0 80 (TD1 follows), TD1 01 (T=1), TCK 81.
    atr = bytes.fromhex("3B800181")
    insert_card(CardProfile(atr=atr, t0_get_response=False, t0_wrong_le=False))
    with CardSession(pcscd) as session:
        assert session.open() is None
        assert session.protocol == "T=1"
        identity = session.read_identity(today=date(2026, 1, 1))
    assert isinstance(identity, CardIdentity) and identity.atr == atr
    assert identity.apdu_count == 15


def test_monitor_for_a_missing_reader_reports_no_reader(pcscd: str) -> None:
    recorder = StateRecorder()
    monitor = CardPresenceMonitor(recorder, "Reader That Is Not Plugged In")
    monitor.start()
    try:
        assert recorder.wait_for(ReaderState.NO_READER, 3)
        assert recorder.states == [ReaderState.NO_READER]
    finally:
        monitor.stop()


def test_monitor_survives_a_pcscd_restart(
    pcscd: str, pcscd_service: tuple[PcscdService, bool]
) -> None:
    service, started_here = pcscd_service
    if not started_here:
        pytest.skip("pcscd belongs to someone else; not restarting it")
    recorder = StateRecorder()
    monitor = CardPresenceMonitor(recorder, pcscd, retry_delay_s=0.2)
    monitor.start()
    try:
        assert recorder.wait_for(ReaderState.NO_CARD, 10)
        service.stop()
        assert recorder.wait_for(ReaderState.NO_READER, 10)
        service.start()
        assert recorder.wait_for(ReaderState.NO_CARD, 10)
    finally:
        monitor.stop()

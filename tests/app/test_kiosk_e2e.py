"""The composition root end to end: real server (behind the demo's cuttable proxy), real queue,
pcscd + vpcd card, ID reader on a pty, printer simulator on TCP.

Device events and effect results take the real paths (monitor thread → queued signal → flow →
worker → queued signal), and the claimant's part is played by tapping the real screens from
`screens.registry`: the PIN keypad, "yes, this is me", the home tiles, "apply now", the apply
steps, the print button and the bottom bar's finish. Only the clock is the test's: ticks are
sent after moving it, so the idle timeout takes no real time.
"""

from __future__ import annotations

import gc
import re
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from devices.sim.id_reader_pty import PtyIdReader
from devices.sim.id_text_block import ResidentCard
from devices.sim.printer_sim import TcpPrinterSim
from devices.sim.vpcd_card import VirtualCard
from kiosk.api import AgencyClient
from kiosk.api.login import TokenLogin
from kiosk.demo.network_proxy import NetworkProxy
from kiosk.domain.claims import Delivery
from kiosk.flow.states import EndReason, PrintProgress
from kiosk.flow.view_models import (
    ApplyView,
    EligibilityView,
    EndingView,
    HomeView,
    IdentityView,
    IdleView,
    OtpView,
    PinView,
    ReceiptView,
    ResultView,
)
from offline_queue import ItemState
from server.models import Claim
from tests.app.conftest import card_login, card_of_person
from tests.app.harness import AppDriver, card_of, kiosk_settings, make_kiosk
from tests.conftest import Agency

pytestmark = [pytest.mark.pcsc, pytest.mark.gui]

InsertCard = Callable[..., VirtualCard]
Cast = dict[str, dict[str, Any]]
PIN = "123456"


@pytest.fixture
def proxy(agency: Agency) -> Iterator[NetworkProxy]:
    target = urlsplit(agency.url)
    assert target.hostname is not None and target.port is not None
    running = NetworkProxy(target.hostname, target.port).start()
    yield running
    running.stop()


@pytest.fixture
def kiosk(
    qtbot: QtBot,
    agency: Agency,
    proxy: NetworkProxy,
    pcscd: str,
    pty_reader: PtyIdReader,
    printer_sim: TcpPrinterSim,
    tmp_path: Path,
    data_key: bytes,
) -> Iterator[AppDriver]:
    settings = kiosk_settings(
        proxy, agency.kiosk_id, tmp_path / "queue.db", pcscd, pty_reader.path, printer_sim.uri
    )
    running = make_kiosk(qtbot, settings, agency.kiosk_key, data_key)
    running.app.start()
    yield running
    running.app.stop()


def sign_in_with_card(kiosk: AppDriver, insert_card: InsertCard, person: dict[str, Any]) -> None:
    kiosk.wait_for(IdleView)
    insert_card(card_of(person))
    kiosk.wait_for(PinView)
    kiosk.type_on("pin", PIN)
    kiosk.wait_for(IdentityView)


def confirm_identity(kiosk: AppDriver) -> None:
    kiosk.tap(kiosk.widget("identity").yes_button)
    kiosk.wait_for(HomeView)


def apply_and_submit(kiosk: AppDriver, mobile: str) -> ResultView:
    kiosk.tap(kiosk.widget("home").apply_tile)
    kiosk.wait_for(EligibilityView)
    kiosk.tap(kiosk.widget("eligibility").apply_button)
    kiosk.wait_for(ApplyView)
    apply = kiosk.widget("apply")
    kiosk.type_on("apply", mobile)
    kiosk.qtbot.waitUntil(lambda: apply.confirm_account_button.isVisible())
    kiosk.tap(apply.confirm_account_button)
    kiosk.qtbot.waitUntil(lambda: apply.accept_button.isVisible())
    kiosk.tap(apply.accept_button)
    kiosk.qtbot.waitUntil(lambda: apply.submit_button.isVisible())
    kiosk.tap(apply.submit_button)
    result: ResultView = kiosk.wait_for(ResultView, timeout_ms=30000)
    return result


def test_card_claim_online_from_insertion_to_printed_receipt(
    kiosk: AppDriver,
    insert_card: InsertCard,
    printer_sim: TcpPrinterSim,
    kiosk_client: AgencyClient,
    cast: Cast,
) -> None:
    person = cast["eligible_12_months"]
    sign_in_with_card(kiosk, insert_card, person)
    identity = kiosk.screen
    assert isinstance(identity, IdentityView) and not identity.from_card_only
    assert identity.masked_name.startswith(person["name"][0])
    confirm_identity(kiosk)

    result = apply_and_submit(kiosk, person["mobile"])
    assert result.delivery is Delivery.RECEIVED_ONLINE
    claim = kiosk_client.claim(result.reference)
    assert claim.state == "received"

    kiosk.tap(kiosk.widget("result").print_button)
    kiosk.qtbot.waitUntil(
        lambda: (
            isinstance(kiosk.screen, ReceiptView) and kiosk.screen.progress is PrintProgress.PRINTED
        ),
        timeout=10000,
    )
    (job,) = printer_sim.wait_for_jobs(1)
    text = "".join(line.strip() for line in job.lines)
    assert result.reference in text
    assert f"姓名：{person['name'][0]}*" in text
    assert person["name"][1:] not in text
    assert job.qr_codes == [
        f"{kiosk.app.settings.server.url}/status/{result.reference}?v={claim.verification_code}"
    ]


def test_claim_with_the_network_cut_is_queued_then_synced_once(
    kiosk: AppDriver,
    insert_card: InsertCard,
    proxy: NetworkProxy,
    printer_sim: TcpPrinterSim,
    kiosk_client: AgencyClient,
    cast: Cast,
) -> None:
    person = cast["eligible_18_months"]
    kiosk.wait_for(IdleView)
    proxy.cut()
    sign_in_with_card(kiosk, insert_card, person)
    identity = kiosk.screen
    assert isinstance(identity, IdentityView) and identity.from_card_only
    confirm_identity(kiosk)
    assert kiosk.app.controller.view.chrome.offline_banner is not None
    assert kiosk.app.shell.offline_banner.isVisible()

    result = apply_and_submit(kiosk, person["mobile"])
    assert result.delivery is Delivery.STORED_ON_KIOSK
    outbox = kiosk.app.services.outbox
    summary = outbox.summary(result.reference)
    assert summary is not None and summary.state is ItemState.PENDING
    # The card, still in the reader, proved this very claim when the claimant confirmed it.
    (queued,) = [i for i in outbox.bundles.exportable() if i.client_reference == result.reference]
    assert queued.login is not None and queued.login["method"] == "card_offline"
    assert queued.login["card_id"] == card_of_person(person).card_id
    assert len(queued.login["cryptogram"]) == 32

    kiosk.tap(kiosk.widget("result").print_button)
    (job,) = printer_sim.wait_for_jobs(1)
    assert job.qr_codes == [result.reference]

    proxy.restore()
    kiosk.app.services.engine.wake()
    kiosk.qtbot.waitUntil(
        lambda: (
            (s := outbox.summary(result.reference)) is not None
            and s.state is ItemState.ACKNOWLEDGED
        ),
        timeout=30000,
    )
    login = TokenLogin("card", card_login(kiosk_client, person).token)
    references = [c.reference for c in kiosk_client.claims_of(person["ssn"], login)]
    assert references.count(result.reference) == 1
    assert len(references) == 1


def test_card_pulled_mid_session_wipes_everything_and_returns_to_idle(
    kiosk: AppDriver, insert_card: InsertCard, pcscd: str, cast: Cast
) -> None:
    from devices.sim.pcscd_service import wait_card_state

    person = cast["eligible_24_months"]
    kiosk.wait_for(IdleView)
    card = insert_card(card_of(person))
    kiosk.wait_for(PinView)
    kiosk.type_on("pin", PIN)
    identity = kiosk.wait_for(IdentityView)
    shown = identity.masked_name
    assert [label for label in kiosk.app.shell.findChildren(QLabel) if shown in label.text()]
    confirm_identity(kiosk)
    personal = kiosk.app.controller.session.personal
    assert personal is not None
    gone = weakref.ref(personal)
    del personal

    card.remove()
    wait_card_state(pcscd, present=False)
    ending = kiosk.wait_for(EndingView)
    assert ending.reason is EndReason.CARD_REMOVED
    kiosk.settle()
    assert kiosk.app.controller.session.personal is None
    labels = kiosk.app.shell.findChildren(QLabel)
    assert not [label for label in labels if shown in label.text()]
    assert kiosk.app.router.current_view is None or not isinstance(
        kiosk.app.router.current_view.screen, HomeView
    )
    kiosk.tick_after(6)
    kiosk.wait_for(IdleView)
    gc.collect()
    assert gone() is None, gc.get_referrers(gone())


def test_idle_timeout_warns_then_ends_the_session_and_returns_to_idle(
    kiosk: AppDriver, insert_card: InsertCard, cast: Cast
) -> None:
    person = cast["pensioner"]
    sign_in_with_card(kiosk, insert_card, person)
    confirm_identity(kiosk)

    kiosk.tick_after(91)
    assert kiosk.app.controller.view.chrome.countdown_seconds is not None
    assert kiosk.app.shell.chrome().countdown_seconds is not None
    kiosk.tick_after(31)
    ending = kiosk.wait_for(EndingView)
    assert ending.reason is EndReason.TIMED_OUT
    assert kiosk.app.controller.session.personal is None
    kiosk.tick_after(6)
    kiosk.wait_for(IdleView)


def test_id_card_login_with_the_texted_code(
    kiosk: AppDriver, pty_reader: PtyIdReader, agency: Agency, cast: Cast
) -> None:
    person = cast["too_few_months"]
    _id_card_and_code(kiosk, pty_reader, agency, person)
    kiosk.tap(kiosk.app.shell.bottom_bar.finish_button)
    kiosk.wait_for(EndingView)


def test_id_card_and_code_to_a_claim_the_agency_received(
    kiosk: AppDriver,
    pty_reader: PtyIdReader,
    agency: Agency,
    kiosk_client: AgencyClient,
    cast: Cast,
) -> None:
    """The one-time-code token proves the look-up, the eligibility check and the claim."""
    person = cast["reemployed_carry_over"]
    _id_card_and_code(kiosk, pty_reader, agency, person)
    confirm_identity(kiosk)
    result = apply_and_submit(kiosk, person["mobile"])
    assert result.delivery is Delivery.RECEIVED_ONLINE
    assert kiosk_client.claim(result.reference).state == "received"


def _id_card_and_code(
    kiosk: AppDriver, pty_reader: PtyIdReader, agency: Agency, person: dict[str, Any]
) -> None:
    kiosk.wait_for(IdleView)
    pty_reader.card = ResidentCard(
        name=person["name"],
        id_number=person["ssn"],
        birth_date=person["birth_date"].replace("-", ""),
    )
    otp = kiosk.wait_for(OtpView)
    assert "****" in otp.masked_mobile
    sms = requests.get(f"{agency.url}/api/dev/sms-outbox/{person['mobile']}", timeout=5).json()
    code = re.search(r"\d{6}", sms["text"])
    assert code is not None
    kiosk.type_on("otp", code.group())
    identity = kiosk.wait_for(IdentityView)
    assert identity.masked_name.startswith(person["name"][0])


def test_paper_out_keeps_the_result_safe_and_offers_the_qr_on_screen(
    kiosk: AppDriver, insert_card: InsertCard, printer_sim: TcpPrinterSim, cast: Cast
) -> None:
    person = cast["eligible_24_months"]
    printer_sim.state.paper_out = True
    sign_in_with_card(kiosk, insert_card, person)
    confirm_identity(kiosk)
    result = apply_and_submit(kiosk, person["mobile"])
    kiosk.tap(kiosk.widget("result").print_button)
    kiosk.qtbot.waitUntil(
        lambda: (
            isinstance(kiosk.screen, ReceiptView) and kiosk.screen.progress is PrintProgress.FAILED
        ),
        timeout=10000,
    )
    receipt = kiosk.screen
    assert isinstance(receipt, ReceiptView)
    assert receipt.reassurance is not None
    assert receipt.qr_text is not None and result.reference in receipt.qr_text
    assert not any(result.reference in job.text for job in printer_sim.jobs)
    assert kiosk.app.services.printer.paper() == "out"


def test_third_generation_card_with_the_number_on_file_to_a_receipt_with_the_id_number(
    kiosk: AppDriver,
    insert_card: InsertCard,
    printer_sim: TcpPrinterSim,
    agency: Agency,
    cast: Cast,
) -> None:
    """The card names no one; after the PIN the agency does. "Use this number" sends on_file."""
    person = cast["carry_over_capped"]
    kiosk.wait_for(IdleView)
    insert_card(card_of(person, card_version="3.00"))
    kiosk.wait_for(PinView)
    kiosk.type_on("pin", PIN)
    identity = kiosk.wait_for(IdentityView)
    assert isinstance(identity, IdentityView) and not identity.from_card_only
    masked_id = person["ssn"][:4] + "*" * 10 + person["ssn"][-4:]
    assert identity.masked_id_number == masked_id
    confirm_identity(kiosk)

    kiosk.tap(kiosk.widget("home").apply_tile)
    kiosk.wait_for(EligibilityView)
    kiosk.tap(kiosk.widget("eligibility").apply_button)
    on_file = kiosk.wait_for(ApplyView)
    assert isinstance(on_file, ApplyView)
    assert on_file.masked_mobile_on_file == person["mobile"][:3] + "****" + person["mobile"][-4:]
    apply = kiosk.widget("apply")
    kiosk.qtbot.waitUntil(lambda: apply.on_file_button.isVisible())
    kiosk.tap(apply.on_file_button)
    kiosk.qtbot.waitUntil(lambda: apply.confirm_account_button.isVisible())
    kiosk.tap(apply.confirm_account_button)
    kiosk.qtbot.waitUntil(lambda: apply.accept_button.isVisible())
    kiosk.tap(apply.accept_button)
    kiosk.qtbot.waitUntil(lambda: apply.submit_button.isVisible())
    kiosk.tap(apply.submit_button)
    result = kiosk.wait_for(ResultView, timeout_ms=30000)
    assert isinstance(result, ResultView) and result.delivery is Delivery.RECEIVED_ONLINE
    with agency.sessions()() as session:  # type: ignore[no-untyped-call]
        mobile = session.execute(
            select(Claim.mobile).where(Claim.reference == result.reference)
        ).scalar_one()
    assert mobile == person["mobile"]

    kiosk.tap(kiosk.widget("result").print_button)
    kiosk.qtbot.waitUntil(
        lambda: (
            isinstance(kiosk.screen, ReceiptView) and kiosk.screen.progress is PrintProgress.PRINTED
        ),
        timeout=10000,
    )
    (job,) = printer_sim.wait_for_jobs(1)
    assert f"证件号码：{masked_id}" in "".join(line.strip() for line in job.lines)
    assert person["ssn"] not in job.text

"""Receipt: printing with progress; a printer fault shows the QR on screen. The claim is safe."""

from __future__ import annotations

import pytest

from contract.masking import mask_id_number
from kiosk.domain.claims import Delivery
from kiosk.domain.faults import PrinterFault
from kiosk.flow import events as ev
from kiosk.flow.effects import CheckPrinter, Print
from kiosk.flow.messages import Msg
from kiosk.flow.states import Ending, EndReason, Home, PrintingReceipt, PrintProgress
from kiosk.flow.view_models import Action, ReceiptView
from tests.flow.flow_kit import CLAIMANT_NAME, YOUNG_ID, FlowDriver


def _received(k: FlowDriver, verification_code: str | None = "AB12CD34") -> None:
    k.sign_in_with_card()
    k.open_eligibility()
    k.fill_application()
    k.send(ev.SubmitApplication())
    k.answer(ev.SubmissionStored, reference="ref-1")
    if verification_code is None:
        k.answer(ev.SubmissionQueued, reference="ref-1")
    else:
        k.answer(ev.SubmissionSent, reference="ref-1", verification_code=verification_code)


def _receipt_view(k: FlowDriver) -> ReceiptView:
    view = k.view.screen
    assert isinstance(view, ReceiptView)
    return view


def test_print_receipt_sends_a_masked_receipt_to_the_printer(k: FlowDriver) -> None:
    _received(k)
    k.send(ev.PrintReceipt())
    receipt = k.effect(Print).receipt
    assert receipt.reference == "ref-1" and receipt.delivery is Delivery.RECEIVED_ONLINE
    assert receipt.masked_name == "金**" and CLAIMANT_NAME not in repr(receipt)
    assert receipt.masked_id_number == mask_id_number(YOUNG_ID.value)
    assert receipt.masked_id_number == YOUNG_ID.value[:4] + "*" * 10 + YOUNG_ID.value[-4:]
    assert YOUNG_ID.value not in repr(receipt)
    assert receipt.qr_text == "https://si.example.cn/status/ref-1?v=AB12CD34"
    assert _receipt_view(k).message is Msg.RECEIPT_PRINTING
    assert k.view.actions == frozenset()


def test_result_stays_on_screen_until_the_printer_confirms(k: FlowDriver) -> None:
    _received(k)
    k.send(ev.PrintReceipt())
    assert _receipt_view(k).result.reference == "ref-1"
    k.answer(ev.PrintFinished)
    view = _receipt_view(k)
    assert view.progress is PrintProgress.PRINTED and view.message is Msg.RECEIPT_PRINTED
    assert view.result.reference == "ref-1"


def test_paper_out_shows_the_qr_and_says_the_application_is_safe(k: FlowDriver) -> None:
    _received(k)
    k.send(ev.PrintReceipt())
    k.answer(ev.PrintFailed, fault=PrinterFault.PAPER_OUT)
    view = _receipt_view(k)
    assert view.progress is PrintProgress.FAILED
    assert view.fault is Msg.PRINTER_PAPER_OUT
    assert view.reassurance is Msg.APPLICATION_IS_SAFE
    assert view.qr_text == "https://si.example.cn/status/ref-1?v=AB12CD34"
    # Only staff can add paper: printing again is not offered, and not taken.
    assert k.view.actions == frozenset()
    assert not k.send(ev.PrintReceipt()).accepted


@pytest.mark.parametrize("fault", [PrinterFault.PAPER_OUT, PrinterFault.COVER_OPEN])
def test_print_again_comes_back_only_when_the_printer_reports_ready(
    k: FlowDriver, fault: PrinterFault
) -> None:
    _received(k)
    k.send(ev.PrintReceipt())
    k.answer(ev.PrintFailed, fault=fault)
    k.wait(k.settings.printer_check_s)
    k.effect(CheckPrinter)
    k.answer(ev.PrinterChecked, fault=fault)  # staff have not come yet
    assert k.view.actions == frozenset() and _receipt_view(k).fault is not None
    k.wait(k.settings.printer_check_s)
    k.answer(ev.PrinterChecked, fault=None)
    view = _receipt_view(k)
    assert view.fault is Msg.PRINTER_READY_AGAIN and view.reassurance is Msg.APPLICATION_IS_SAFE
    assert k.view.actions == {Action.PRINT_RECEIPT}
    k.send(ev.PrintReceipt())
    assert isinstance(k.screen, PrintingReceipt) and k.screen.progress is PrintProgress.PRINTING
    assert k.effect(Print)


def test_asking_the_printer_does_not_keep_the_session_alive(k: FlowDriver) -> None:
    _received(k)
    k.send(ev.PrintReceipt())
    k.answer(ev.PrintFailed, fault=PrinterFault.PAPER_OUT)
    for _ in range(40):  # nobody touches the screen while the kiosk keeps asking
        k.wait(k.settings.printer_check_s)
        if k.session.awaiting is not None:
            k.answer(ev.PrinterChecked, fault=PrinterFault.PAPER_OUT)
        if not k.session.in_session:
            break
    assert isinstance(k.screen, Ending) and k.screen.reason is EndReason.TIMED_OUT


def test_printing_again_after_a_fault_the_claimant_may_retry(k: FlowDriver) -> None:
    _received(k)
    k.send(ev.PrintReceipt())
    k.answer(ev.PrintFailed, fault=PrinterFault.OFFLINE)
    assert k.view.actions == {Action.PRINT_RECEIPT}
    k.send(ev.PrintReceipt())
    assert isinstance(k.screen, PrintingReceipt) and k.screen.progress is PrintProgress.PRINTING
    assert k.effect(Print)


def test_a_claim_stored_on_this_kiosk_has_no_qr_yet_but_its_reference(k: FlowDriver) -> None:
    _received(k, verification_code=None)
    k.send(ev.PrintReceipt())
    assert k.effect(Print).receipt.qr_text is None
    k.answer(ev.PrintFailed, fault=PrinterFault.OFFLINE)
    view = _receipt_view(k)
    assert view.qr_text is None and view.result.reference == "ref-1"
    assert view.fault is Msg.PRINTER_OFFLINE


def test_no_qr_without_a_configured_status_page(k: FlowDriver) -> None:
    from tests.flow.flow_kit import kiosk

    bare = kiosk(status_page_base_url="")
    _received(bare)
    bare.send(ev.PrintReceipt())
    assert bare.effect(Print).receipt.qr_text is None


def test_finish_from_the_receipt_ends_the_session(k: FlowDriver) -> None:
    _received(k)
    k.send(ev.PrintReceipt())
    k.answer(ev.PrintFinished)
    k.send(ev.Finish())
    assert not k.session.in_session


def test_home_from_the_receipt_allows_another_service(k: FlowDriver) -> None:
    _received(k)
    k.send(ev.GoHome())
    assert isinstance(k.screen, Home)

"""Receipt: printing with progress; a printer fault shows the QR on screen. The claim is safe."""

from __future__ import annotations

from kiosk.domain.claims import Delivery
from kiosk.domain.faults import PrinterFault
from kiosk.domain.masking import mask_id_number
from kiosk.flow import events as ev
from kiosk.flow.effects import Print
from kiosk.flow.messages import Msg
from kiosk.flow.states import Home, PrintingReceipt, PrintProgress
from kiosk.flow.view_models import Action, ReceiptView
from tests.flow.flow_kit import CLAIMANT_NAME, YOUNG_ID, Kiosk


def _received(k: Kiosk, verification_code: str | None = "AB12CD34") -> None:
    k.sign_in_with_card()
    k.open_eligibility()
    k.fill_application()
    k.send(ev.SubmitApplication())
    k.answer(ev.SubmissionStored, reference="ref-1")
    if verification_code is None:
        k.answer(ev.SubmissionQueued, reference="ref-1")
    else:
        k.answer(ev.SubmissionSent, reference="ref-1", verification_code=verification_code)


def _receipt_view(k: Kiosk) -> ReceiptView:
    view = k.view.screen
    assert isinstance(view, ReceiptView)
    return view


def test_print_receipt_sends_a_masked_receipt_to_the_printer(k: Kiosk) -> None:
    _received(k)
    k.send(ev.PrintReceipt())
    receipt = k.effect(Print).receipt
    assert receipt.reference == "ref-1" and receipt.delivery is Delivery.RECEIVED_ONLINE
    assert receipt.masked_name == "金**" and CLAIMANT_NAME not in repr(receipt)
    assert receipt.masked_id_number == mask_id_number(YOUNG_ID)
    assert receipt.masked_id_number == YOUNG_ID.value[:4] + "*" * 10 + YOUNG_ID.value[-4:]
    assert YOUNG_ID.value not in repr(receipt)
    assert receipt.qr_text == "https://si.example.cn/status/ref-1?v=AB12CD34"
    assert _receipt_view(k).message is Msg.RECEIPT_PRINTING
    assert k.view.actions == frozenset()


def test_result_stays_on_screen_until_the_printer_confirms(k: Kiosk) -> None:
    _received(k)
    k.send(ev.PrintReceipt())
    assert _receipt_view(k).result.reference == "ref-1"
    k.answer(ev.PrintFinished)
    view = _receipt_view(k)
    assert view.progress is PrintProgress.PRINTED and view.message is Msg.RECEIPT_PRINTED
    assert view.result.reference == "ref-1"


def test_paper_out_shows_the_qr_and_says_the_application_is_safe(k: Kiosk) -> None:
    _received(k)
    k.send(ev.PrintReceipt())
    k.answer(ev.PrintFailed, fault=PrinterFault.OUT_OF_PAPER)
    view = _receipt_view(k)
    assert view.progress is PrintProgress.FAILED
    assert view.fault is Msg.PRINTER_OUT_OF_PAPER
    assert view.reassurance is Msg.APPLICATION_IS_SAFE
    assert view.qr_text == "https://si.example.cn/status/ref-1?v=AB12CD34"
    assert k.view.actions == {Action.PRINT_RECEIPT}


def test_printing_again_after_a_fault(k: Kiosk) -> None:
    _received(k)
    k.send(ev.PrintReceipt())
    k.answer(ev.PrintFailed, fault=PrinterFault.COVER_OPEN)
    k.send(ev.PrintReceipt())
    assert isinstance(k.screen, PrintingReceipt) and k.screen.progress is PrintProgress.PRINTING
    assert k.effect(Print)


def test_a_claim_stored_on_this_kiosk_has_no_qr_yet_but_its_reference(k: Kiosk) -> None:
    _received(k, verification_code=None)
    k.send(ev.PrintReceipt())
    assert k.effect(Print).receipt.qr_text is None
    k.answer(ev.PrintFailed, fault=PrinterFault.OFFLINE)
    view = _receipt_view(k)
    assert view.qr_text is None and view.result.reference == "ref-1"
    assert view.fault is Msg.PRINTER_OFFLINE


def test_no_qr_without_a_configured_status_page(k: Kiosk) -> None:
    from tests.flow.flow_kit import kiosk

    bare = kiosk(status_page_base_url="")
    _received(bare)
    bare.send(ev.PrintReceipt())
    assert bare.effect(Print).receipt.qr_text is None


def test_finish_from_the_receipt_ends_the_session(k: Kiosk) -> None:
    _received(k)
    k.send(ev.PrintReceipt())
    k.answer(ev.PrintFinished)
    k.send(ev.Finish())
    assert not k.session.in_session


def test_home_from_the_receipt_allows_another_service(k: Kiosk) -> None:
    _received(k)
    k.send(ev.GoHome())
    assert isinstance(k.screen, Home)

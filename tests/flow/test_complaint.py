"""A complaint or suggestion (issue 13 §5): from the "other services" menu through category,
a ready-made sentence or the claimant's own words, review and the agency's receipt; earlier
complaints with their answers; every way it stops short; and nothing of the text left once the
session ends."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kiosk.domain.complaints import (
    READY_TEXTS,
    ComplaintCategory,
    ComplaintFault,
    ComplaintRecord,
    ComplaintState,
)
from kiosk.domain.faults import PrinterFault
from kiosk.domain.language import Language
from kiosk.flow import complaint_types as ct
from kiosk.flow import events as ev
from kiosk.flow.complaint_types import ComplaintReceipt
from kiosk.flow.complaint_views import ComplaintReceiptView, ComplaintView
from kiosk.flow.effect_runner import fallback_event, run_effect
from kiosk.flow.effects import CheckPrinter
from kiosk.flow.messages import Msg
from kiosk.flow.ports import Ports
from kiosk.flow.states import (
    ChoosingService,
    Connectivity,
    Ending,
    PrintProgress,
    Service,
)
from kiosk.flow.view_models import Action, BusyView, MoreServicesView
from tests.doubles import FakeAgency, FakeCard, FakeOutbox, FakePrinter
from tests.flow.flow_kit import FlowDriver, kiosk

SECRET = "窗口的张师傅态度很差"  # what a claimant might write: must never outlive the session


def filed(
    reference: str = "0b9c7d1e-2f3a-4b5c-8d9e-0a1b2c3d4e5f", **fields: object
) -> ComplaintRecord:
    values: dict[str, object] = {
        "reference": reference,
        "category": ComplaintCategory.WAITING_TIME,
        "text": "排队等候时间太长，希望增加窗口。",
        "filed_on": date(2026, 12, 4),
        "due_by": date(2026, 12, 19),
        "state": ComplaintState.OPEN,
        "overdue": False,
    }
    values.update(fields)
    return ComplaintRecord(**values)  # type: ignore[arg-type]


def open_complaints(k: FlowDriver, *earlier: ComplaintRecord) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseMoreServices())
    k.send(ev.ChooseService(Service.COMPLAINT))
    load = k.effect(ct.LoadComplaints)
    assert load.ssn == k.session.personal.claimant.ssn  # type: ignore[union-attr]
    k.answer(ct.ComplaintsLoaded, complaints=earlier)


def screen(k: FlowDriver) -> ct.FilingComplaint:
    assert isinstance(k.screen, ct.FilingComplaint)
    return k.screen


def view(k: FlowDriver) -> ComplaintView:
    shown = k.view.screen
    assert isinstance(shown, ComplaintView)
    return shown


def receipt_view(k: FlowDriver) -> ComplaintReceiptView:
    shown = k.view.screen
    assert isinstance(shown, ComplaintReceiptView)
    return shown


def test_the_menu_offers_complaints() -> None:
    k = kiosk()
    k.sign_in_with_card()
    k.send(ev.ChooseMoreServices())
    shown = k.view.screen
    assert isinstance(shown, MoreServicesView)
    assert Service.COMPLAINT in shown.services


def test_the_earlier_complaints_are_asked_for_first() -> None:
    k = kiosk()
    k.sign_in_with_card()
    k.send(ev.ChooseMoreServices())
    k.send(ev.ChooseService(Service.COMPLAINT))
    assert screen(k).step is ct.ComplaintStep.LOADING
    assert isinstance(k.view.screen, BusyView)
    assert k.view.screen.message is Msg.COMPLAINT_LOADING


def test_without_earlier_complaints_it_starts_with_the_category() -> None:
    k = kiosk()
    open_complaints(k)
    assert screen(k).step is ct.ComplaintStep.CATEGORY
    assert view(k).categories == tuple(ComplaintCategory)
    assert k.view.actions == frozenset({Action.CHOOSE_COMPLAINT_CATEGORY})


def test_earlier_complaints_show_with_the_answer_or_the_day_it_is_due() -> None:
    k = kiosk()
    answered = filed(
        "r-2",
        state=ComplaintState.ANSWERED,
        answer="已增加两个窗口。",
        answered_on=date(2026, 12, 10),
    )
    late = filed("r-1", overdue=True)
    open_complaints(k, answered, late)
    shown = view(k)
    assert shown.step is ct.ComplaintStep.MINE
    assert [(i.reference, i.answered, i.overdue) for i in shown.mine] == [
        ("r-2", True, False),
        ("r-1", False, True),
    ]
    assert shown.mine[0].answer == "已增加两个窗口。"
    assert k.view.actions == frozenset({Action.NEW_COMPLAINT})
    k.send(ct.NewComplaint())
    assert screen(k).step is ct.ComplaintStep.CATEGORY
    k.send(ev.GoBack())
    assert screen(k).step is ct.ComplaintStep.MINE


def test_a_ready_made_sentence_is_sent_in_the_session_language() -> None:
    k = kiosk()
    open_complaints(k)
    k.send(ct.ChooseComplaintCategory(ComplaintCategory.WAITING_TIME))
    assert screen(k).step is ct.ComplaintStep.TEXT
    assert view(k).ready_texts == READY_TEXTS[ComplaintCategory.WAITING_TIME]
    k.send(ct.ChooseReadyText(0))
    assert view(k).step is ct.ComplaintStep.REVIEW
    assert view(k).text == READY_TEXTS[ComplaintCategory.WAITING_TIME][0].zh_cn
    k.send(ev.ChangeLanguage(Language.KO))
    korean = READY_TEXTS[ComplaintCategory.WAITING_TIME][0].ko
    assert view(k).text == korean  # the review shows exactly what will be sent
    k.send(ct.SendComplaint())
    sent = k.effect(ct.FileComplaint)
    assert (sent.text, sent.language, sent.category) == (
        korean,
        Language.KO,
        ComplaintCategory.WAITING_TIME,
    )
    assert sent.client_reference is None


def test_own_words_are_checked_then_reviewed_then_sent() -> None:
    k = kiosk()
    open_complaints(k)
    k.send(ct.ChooseComplaintCategory(ComplaintCategory.STAFF_CONDUCT))
    k.send(ct.WriteOwnText())
    assert view(k).step is ct.ComplaintStep.WRITING
    assert view(k).max_length == 500
    k.send(ct.ComplaintTextEntered("   "))
    assert view(k).problem is Msg.COMPLAINT_TEXT_EMPTY
    assert screen(k).step is ct.ComplaintStep.WRITING
    k.send(ct.ComplaintTextEntered("长" * 501))
    assert view(k).problem is Msg.COMPLAINT_TEXT_TOO_LONG
    k.send(ct.ComplaintTextEntered(f"  {SECRET}\n"))
    assert view(k).step is ct.ComplaintStep.REVIEW
    assert view(k).text == SECRET
    k.send(ev.GoBack())
    assert view(k).step is ct.ComplaintStep.WRITING
    assert view(k).text == SECRET  # put back in the keyboard to edit
    k.send(ct.ComplaintTextEntered(SECRET))
    k.send(ct.SendComplaint())
    assert k.effect(ct.FileComplaint).text == SECRET
    assert isinstance(k.view.screen, BusyView)
    assert Action.SEND_COMPLAINT not in k.view.actions
    assert not k.view.chrome.can_go_back and not k.view.chrome.can_go_home


def test_other_has_no_ready_sentences_and_goes_straight_to_the_keyboard() -> None:
    k = kiosk()
    open_complaints(k)
    k.send(ct.ChooseComplaintCategory(ComplaintCategory.OTHER))
    assert screen(k).step is ct.ComplaintStep.WRITING
    k.send(ev.GoBack())
    assert screen(k).step is ct.ComplaintStep.CATEGORY
    k.send(ev.GoBack())
    assert isinstance(k.screen, ChoosingService)


def test_the_receipt_has_the_reference_and_due_day_and_prints() -> None:
    k = kiosk()
    open_complaints(k)
    k.send(ct.ChooseComplaintCategory(ComplaintCategory.PAYMENT))
    k.send(ct.ChooseReadyText(1))
    k.send(ct.SendComplaint())
    k.answer(ct.ComplaintFiled, record=filed(category=ComplaintCategory.PAYMENT))
    assert isinstance(k.screen, ComplaintReceipt)
    shown = k.view.screen
    assert isinstance(shown, ComplaintReceiptView)
    assert (shown.reference, shown.due_by, shown.message) == (
        "0b9c7d1e-2f3a-4b5c-8d9e-0a1b2c3d4e5f",
        date(2026, 12, 19),
        Msg.COMPLAINT_FILED,
    )
    assert k.session.connectivity is Connectivity.ONLINE
    assert not k.view.chrome.can_go_back
    k.send(ev.PrintReceipt())
    paper = k.effect(ct.PrintComplaintReceipt).paper
    assert paper.masked_name != k.session.personal.claimant.name  # type: ignore[union-attr]
    assert "*" in paper.masked_id_number
    assert not hasattr(paper, "text")  # the words stay off paper
    k.answer(ev.PrintFinished)
    assert receipt_view(k).printing is PrintProgress.PRINTED


def test_paper_out_waits_for_the_printer_like_every_receipt() -> None:
    k = kiosk()
    open_complaints(k)
    k.send(ct.ChooseComplaintCategory(ComplaintCategory.KIOSK))
    k.send(ct.ChooseReadyText(0))
    k.send(ct.SendComplaint())
    k.answer(ct.ComplaintFiled, record=filed())
    k.send(ev.PrintReceipt())
    k.answer(ev.PrintFailed, fault=PrinterFault.PAPER_OUT)
    assert k.view.actions == frozenset()
    assert receipt_view(k).fault is Msg.PRINTER_PAPER_OUT
    k.wait(5)
    assert isinstance(k.effects[-1], CheckPrinter)
    k.answer(ev.PrinterChecked, fault=None)
    assert k.view.actions == frozenset({Action.PRINT_RECEIPT})
    assert receipt_view(k).fault is Msg.PRINTER_READY_AGAIN


def test_a_failed_send_keeps_its_reference_and_a_retry_reuses_it() -> None:
    k = kiosk()
    open_complaints(k)
    k.send(ct.ChooseComplaintCategory(ComplaintCategory.DECISION))
    k.send(ct.ChooseReadyText(0))
    k.send(ct.SendComplaint())
    k.answer(
        ct.ComplaintNotFiled, fault=ComplaintFault.UNREACHABLE, client_reference="ref-first-try"
    )
    assert view(k).step is ct.ComplaintStep.REVIEW
    assert view(k).problem is Msg.COMPLAINT_NEEDS_NETWORK
    assert k.session.connectivity is Connectivity.OFFLINE
    k.send(ct.SendComplaint())
    assert k.effect(ct.FileComplaint).client_reference == "ref-first-try"


def test_a_changed_text_is_a_new_complaint_with_a_new_reference() -> None:
    k = kiosk()
    open_complaints(k)
    k.send(ct.ChooseComplaintCategory(ComplaintCategory.DECISION))
    k.send(ct.WriteOwnText())
    k.send(ct.ComplaintTextEntered("第一次"))
    k.send(ct.SendComplaint())
    k.answer(ct.ComplaintNotFiled, fault=ComplaintFault.REFUSED, client_reference="ref-1")
    assert view(k).problem is Msg.COMPLAINT_REFUSED
    k.send(ev.GoBack())
    k.send(ct.ComplaintTextEntered("改过了"))
    k.send(ct.SendComplaint())
    assert k.effect(ct.FileComplaint).client_reference is None


def test_a_login_the_agency_no_longer_takes_ends_the_service() -> None:
    k = kiosk()
    open_complaints(k)
    k.send(ct.ChooseComplaintCategory(ComplaintCategory.DECISION))
    k.send(ct.ChooseReadyText(0))
    k.send(ct.SendComplaint())
    k.answer(ct.ComplaintNotFiled, fault=ComplaintFault.SIGN_IN_AGAIN, client_reference="r")
    assert view(k).message is Msg.SIGN_IN_AGAIN
    assert k.view.actions == frozenset()


def test_offline_nothing_can_be_filed_and_retry_asks_again() -> None:
    k = kiosk()
    k.sign_in_with_card()
    k.send(ev.ChooseMoreServices())
    k.send(ev.ChooseService(Service.COMPLAINT))
    k.answer(ct.ComplaintsUnavailable, fault=ComplaintFault.UNREACHABLE)
    assert view(k).message is Msg.COMPLAINT_NEEDS_NETWORK
    assert k.view.actions == frozenset({Action.RETRY})
    k.send(ev.Retry())
    k.effect(ct.LoadComplaints)


def test_the_text_is_gone_once_the_session_ends() -> None:
    k = kiosk()
    open_complaints(k)
    k.send(ct.ChooseComplaintCategory(ComplaintCategory.STAFF_CONDUCT))
    k.send(ct.WriteOwnText())
    k.send(ct.ComplaintTextEntered(SECRET))
    k.send(ev.Finish())
    assert isinstance(k.screen, Ending)
    assert SECRET not in repr(k.session)
    assert SECRET not in str(k.session.__dict__)
    assert SECRET not in repr(k.view)


def test_the_text_never_appears_in_a_repr() -> None:
    draft = ct.ComplaintDraft(ComplaintCategory.OTHER, text=SECRET)
    assert SECRET not in repr(ct.FilingComplaint(ct.ComplaintStep.REVIEW, draft))
    assert SECRET not in repr(ct.ComplaintTextEntered(SECRET))
    assert SECRET not in repr(filed(text=SECRET, answer=SECRET))


def ports(agency: FakeAgency, printer: FakePrinter | None = None) -> Ports:
    return Ports(
        card=FakeCard(), agency=agency, outbox=FakeOutbox(), printer=printer or FakePrinter()
    )


def test_the_runner_files_once_per_reference_and_lists_newest_first() -> None:
    k = kiosk()
    open_complaints(k)
    k.send(ct.ChooseComplaintCategory(ComplaintCategory.SUGGESTION))
    k.send(ct.ChooseReadyText(1))
    k.send(ct.SendComplaint())
    effect = k.effect(ct.FileComplaint)
    agency = FakeAgency()
    first = list(run_effect(effect, ports(agency)))
    assert isinstance(first[0], ct.ComplaintFiled)
    again = replace(effect, client_reference=first[0].record.reference)
    second = list(run_effect(again, ports(agency)))
    assert second == first
    assert len(agency.complaints) == 1
    listed = list(run_effect(ct.LoadComplaints(9, effect.ssn, effect.login), ports(agency)))
    assert listed == [ct.ComplaintsLoaded(9, (first[0].record,))]


def test_the_runner_reports_faults_with_the_reference_it_used() -> None:
    k = kiosk()
    open_complaints(k)
    k.send(ct.ChooseComplaintCategory(ComplaintCategory.OTHER))
    k.send(ct.ComplaintTextEntered(SECRET))
    k.send(ct.SendComplaint())
    effect = k.effect(ct.FileComplaint)
    [answer] = run_effect(effect, ports(FakeAgency(reachable=False)))
    assert isinstance(answer, ct.ComplaintNotFiled)
    assert answer.fault is ComplaintFault.UNREACHABLE and answer.client_reference
    assert fallback_event(effect) == ct.ComplaintNotFiled(
        effect.ticket, ComplaintFault.UNREACHABLE, ""
    )
    load = ct.LoadComplaints(3, effect.ssn, effect.login)
    assert list(run_effect(load, ports(FakeAgency(reachable=False)))) == [
        ct.ComplaintsUnavailable(3, ComplaintFault.UNREACHABLE)
    ]


def test_the_runner_prints_the_receipt() -> None:
    paper = ct.ComplaintPaper(
        reference="r-9",
        category=ComplaintCategory.KIOSK,
        filed_on=date(2026, 12, 4),
        due_by=date(2026, 12, 19),
        masked_name="*明",
        masked_id_number="2224**********1234",
        language=Language.ZH_CN,
    )
    printer = FakePrinter()
    assert list(run_effect(ct.PrintComplaintReceipt(4, paper), ports(FakeAgency(), printer))) == [
        ev.PrintFinished(4)
    ]
    assert printer.printed == ["complaint:r-9"]
    jammed = FakePrinter(fault=PrinterFault.COVER_OPEN)
    assert list(run_effect(ct.PrintComplaintReceipt(5, paper), ports(FakeAgency(), jammed))) == [
        ev.PrintFailed(5, PrinterFault.COVER_OPEN)
    ]

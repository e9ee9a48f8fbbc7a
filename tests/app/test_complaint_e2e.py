"""A complaint end to end (issue 13 §5), on SQLite and PostgreSQL: the real session flow, run by
its effect runner through the kiosk's AgencyAdapter and signed AgencyClient to the reference
server on loopback, the receipt printed through the real printer adapter to the ESC/POS
printer simulator. What the claimant would notice: the text typed on the keyboard engine is
what the agency files, once however often it is sent; the receipt says when the answer is due
and carries neither the words nor the name; the staff's answer shows at the next visit; and
with no network a clear message, nothing filed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
import requests

from devices.printer.printer import ReceiptPrinter
from devices.sim.printer_sim import TcpPrinterSim
from kiosk.adapters.agency import AgencyAdapter
from kiosk.adapters.outbox import OutboxAdapter
from kiosk.adapters.printer import PrinterAdapter
from kiosk.api import AgencyClient
from kiosk.domain.claimant import CardLogin
from kiosk.domain.complaints import ComplaintCategory, ComplaintState
from kiosk.domain.identity import IdNumber
from kiosk.domain.language import Language
from kiosk.flow import complaint_types as ct
from kiosk.flow import events as ev
from kiosk.flow.complaint_views import ComplaintView
from kiosk.flow.effect_runner import run_effect
from kiosk.flow.effects import Effect
from kiosk.flow.messages import Msg
from kiosk.flow.ports import Ports
from kiosk.flow.states import Service
from kiosk.text_input.hangul import HangulComposer, keys_of
from kiosk.text_input.pinyin import PinyinComposer
from tests.app.conftest import card_login, dead_url
from tests.conftest import Agency
from tests.doubles import FakeCard, Unused
from tests.flow.flow_kit import FlowDriver, claimant_for, kiosk
from tests.server.ledger_kit import staff_header

Cast = dict[str, dict[str, Any]]


@pytest.fixture(scope="module")
def client(any_agency: Agency) -> Iterator[AgencyClient]:
    made = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key, backoff_s=0.01)
    yield made
    made.close()


@pytest.fixture(scope="module")
def cast(any_agency: Agency) -> Cast:
    rows = requests.get(f"{any_agency.url}/api/dev/cast", timeout=10).json()
    return {row["scenario"]: row for row in rows}


def _ports(client: AgencyClient, printer: PrinterAdapter) -> Ports:
    references = OutboxAdapter(Unused(), Unused())  # type: ignore[arg-type]
    return Ports(FakeCard(), AgencyAdapter(client), references, printer)


def _run(k: FlowDriver, ports: Ports, login: CardLogin) -> None:
    """Run what the flow asked for, as the composition root does, with the person's genuine card
    login in place of the flow kit's made-up one."""
    effects: list[Effect] = list(k.effects)
    while effects:
        effect = effects.pop(0)
        if hasattr(effect, "login"):
            effect = replace(effect, login=login)  # type: ignore[arg-type]
        for event in run_effect(effect, ports):
            k.send(event)
            effects.extend(k.effects)


def _open(person: dict[str, Any], ports: Ports, login: CardLogin, lang: Language) -> FlowDriver:
    k = kiosk()
    k.sign_in_with_card(claimant_for(IdNumber(person["ssn"]), person["name"]))
    k.send(ev.ChangeLanguage(lang))
    k.send(ev.ChooseMoreServices())
    k.send(ev.ChooseService(Service.COMPLAINT))
    _run(k, ports, login)
    return k


def _view(k: FlowDriver) -> ComplaintView:
    view = k.view.screen
    assert isinstance(view, ComplaintView)
    return view


def test_typed_in_korean_filed_once_printed_and_answered_at_the_next_visit(
    any_agency: Agency, client: AgencyClient, cast: Cast, printer_sim: TcpPrinterSim
) -> None:
    person = cast["eligible_18_months"]
    login = card_login(client, person)
    printer = PrinterAdapter(ReceiptPrinter(printer_sim.uri), any_agency.kiosk_id)
    ports = _ports(client, printer)
    k = _open(person, ports, login, Language.KO)
    step = _view(k).step
    assert step in (ct.ComplaintStep.CATEGORY, ct.ComplaintStep.MINE)
    if step is ct.ComplaintStep.MINE:
        k.send(ct.NewComplaint())
    k.send(ct.ChooseComplaintCategory(ComplaintCategory.KIOSK))
    k.send(ct.WriteOwnText())
    typed = HangulComposer(max_length=_view(k).max_length)
    for key in keys_of("화면 글자가 너무 작습니다"):
        typed = typed.press(key)
    k.send(ct.ComplaintTextEntered(typed.finish().text))
    assert _view(k).text == "화면 글자가 너무 작습니다"
    k.send(ct.SendComplaint())
    sent = k.effect(ct.FileComplaint)
    # The answer of the first try is lost: the retry carries the same reference.
    reference = ports.outbox.new_reference()
    first = run_effect(replace(sent, login=login, client_reference=reference), ports)
    assert isinstance(next(iter(first)), ct.ComplaintFiled)
    k.send(ct.ComplaintNotFiled(sent.ticket, fault=_unreachable(), client_reference=reference))
    assert _view(k).problem is Msg.COMPLAINT_NEEDS_NETWORK
    k.send(ct.SendComplaint())
    assert k.effect(ct.FileComplaint).client_reference == reference
    _run(k, ports, login)
    receipt = k.session.screen
    assert isinstance(receipt, ct.ComplaintReceipt)
    record = receipt.record
    assert record.reference == reference and record.state is ComplaintState.OPEN
    # Due 15 days after the agency's business date (its clock may run ahead of the wall's).
    assert record.due_by - record.filed_on >= timedelta(days=15)

    k.send(ev.PrintReceipt())
    _run(k, ports, login)
    (paper,) = printer_sim.wait_for_jobs(1)
    # A Korean session: the official Chinese lines as text, the Korean ones (the due day with
    # them) as a raster the printer draws.
    assert "投诉建议回执" in paper.text
    assert "本回执证明经办机构已收到您的投诉或建议" in paper.text.replace("\n", "")
    assert person["name"] not in paper.text and person["ssn"] not in paper.text
    assert "화면" not in paper.text and paper.qr_codes == [reference]

    # Staff answer it; the claimant sees the answer on the next visit, filed once only.
    answer = requests.post(
        f"{any_agency.url}/api/v1/staff/complaints/{reference}/answer",
        json={"answer": "已把字体调大，谢谢您的意见。"},
        headers=staff_header(any_agency, "reviewer"),
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    k.send(ev.Finish())
    later = _open(person, ports, card_login(client, person), Language.KO)
    mine = _view(later).mine
    assert [item.reference for item in mine].count(reference) == 1
    ours = next(item for item in mine if item.reference == reference)
    assert ours.answered and ours.answer == "已把字体调大，谢谢您的意见。"
    assert ours.text == "화면 글자가 너무 작습니다"
    assert ours.answered_on is not None and ours.answered_on >= date(2000, 1, 1)


def test_a_ready_sentence_in_chinese_and_pinyin_typing_file_in_chinese(
    any_agency: Agency, client: AgencyClient, cast: Cast
) -> None:
    person = cast["eligible_18_months"]
    login = card_login(client, person)
    ports = _ports(client, PrinterAdapter(None, any_agency.kiosk_id))
    k = _open(person, ports, login, Language.ZH_CN)
    if _view(k).step is ct.ComplaintStep.MINE:
        k.send(ct.NewComplaint())
    k.send(ct.ChooseComplaintCategory(ComplaintCategory.SUGGESTION))
    k.send(ct.WriteOwnText())
    composer = PinyinComposer()
    for letter in "jianyi":
        composer = composer.press(letter)
    composer = composer.choose(composer.candidates()[0])
    k.send(ct.ComplaintTextEntered(composer.finish().text + "多开窗口"))
    k.send(ct.SendComplaint())
    _run(k, ports, login)
    receipt = k.session.screen
    assert isinstance(receipt, ct.ComplaintReceipt)
    assert receipt.record.text == "建议多开窗口"
    assert receipt.record.category is ComplaintCategory.SUGGESTION


def test_without_the_network_nothing_is_filed_and_the_claimant_is_told(
    any_agency: Agency, cast: Cast
) -> None:
    person = cast["eligible_18_months"]
    offline = AgencyClient(dead_url(), any_agency.kiosk_id, any_agency.kiosk_key, backoff_s=0.01)
    try:
        live = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key)
        login = card_login(live, person)
        live.close()
        ports = _ports(offline, PrinterAdapter(None, any_agency.kiosk_id))
        k = _open(person, ports, login, Language.ZH_CN)
        assert _view(k).step is ct.ComplaintStep.CANNOT
        assert _view(k).message is Msg.COMPLAINT_NEEDS_NETWORK
    finally:
        offline.close()


def _unreachable() -> Any:
    from kiosk.domain.complaints import ComplaintFault

    return ComplaintFault.UNREACHABLE


@pytest.mark.parametrize(
    ("language", "due", "about"),
    [
        (Language.ZH_CN, ("答复期限", "2026年12月11日"), ("事项类别", "等候时间过长")),
        (Language.KO, ("답복기한", "2026년 12월 11일"), ("내용구분", "기다리는 시간이 너무 김")),
    ],
)
def test_the_receipt_names_the_due_day_in_the_claimants_language(
    language: Language, due: tuple[str, str], about: tuple[str, str]
) -> None:
    from datetime import datetime

    from kiosk.adapters.complaint_receipt_text import complaint_receipt_model

    paper = ct.ComplaintPaper(
        reference="r-1",
        category=ComplaintCategory.WAITING_TIME,
        filed_on=date(2026, 11, 26),
        due_by=date(2026, 12, 11),
        masked_name="*英哲",
        masked_id_number="2224**********0111",
        language=language,
    )
    receipt = complaint_receipt_model(paper, "YJ-KIOSK-07", datetime(2026, 11, 26, 10, 0))
    assert due in receipt.items and about in receipt.items
    assert receipt.title == "投诉建议回执" and receipt.status_url == "r-1"

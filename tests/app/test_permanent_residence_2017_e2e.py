"""A 2017 foreign permanent residence card (flag 'I', 15-character number) through the
composition root: the pty reader, the flow, the screens, the real server and the printer. It
signs in with a texted code like any ID card, applies, and the number is masked on the screen
and on the receipt."""

from __future__ import annotations

import re

import pytest
import requests
from sqlalchemy import select

from devices.sim.id_reader_pty import PtyIdReader
from devices.sim.id_text_block import ForeignerCard2017
from devices.sim.printer_sim import TcpPrinterSim
from kiosk.api import AgencyClient, AgencyRejected
from kiosk.flow.messages import Msg
from kiosk.flow.states import PrintProgress
from kiosk.flow.view_models import IdentityView, IdleView, OtpView, ProblemView, ReceiptView
from server.models import Claim
from server.services.claimant_index import claimant_by_ssn
from server.synthetic import DEMO_PERMANENT_RESIDENT_2017, demo_permanent_residents
from tests.app.harness import AppDriver
from tests.app.test_kiosk_e2e import apply_and_submit, confirm_identity, kiosk, proxy
from tests.conftest import Agency

__all__ = ["kiosk", "proxy"]

MASKED = "KOR2*********19"


def _card(**fields: str) -> ForeignerCard2017:
    who = demo_permanent_residents()[1].person
    return ForeignerCard2017(
        **{
            "english_name": "KIM, MINSU",
            "gender": "1",
            "card_number": DEMO_PERMANENT_RESIDENT_2017,
            "nationality": "KOR",
            "chinese_name": who.name,
            "birth_date": "19850314",
            "authority_code": "2224",
            **fields,
        }
    )


def test_a_2017_card_signs_in_applies_and_is_masked_on_screen_and_receipt(
    kiosk: AppDriver, pty_reader: PtyIdReader, agency: Agency, printer_sim: TcpPrinterSim
) -> None:
    who = demo_permanent_residents()[1].person
    kiosk.wait_for(IdleView)
    pty_reader.card = _card()
    kiosk.wait_for(OtpView)
    sms = requests.get(f"{agency.url}/api/dev/sms-outbox/{who.mobile}", timeout=5).json()
    code = re.search(r"\d{6}", sms["text"] or "")
    assert code is not None
    kiosk.type_on("otp", code.group())
    identity = kiosk.wait_for(IdentityView)
    assert isinstance(identity, IdentityView)
    assert identity.masked_id_number == MASKED and identity.masked_name == "金**"
    confirm_identity(kiosk)
    result = apply_and_submit(kiosk, who.mobile)
    with agency.sessions()() as session:  # type: ignore[no-untyped-call]
        claimant = claimant_by_ssn(session, DEMO_PERMANENT_RESIDENT_2017)
        assert claimant is not None
        owner = session.execute(
            select(Claim.claimant_id).where(Claim.reference == result.reference)
        ).scalar_one()
        assert owner == claimant.id

    kiosk.tap(kiosk.widget("result").print_button)
    kiosk.qtbot.waitUntil(
        lambda: (
            isinstance(kiosk.screen, ReceiptView) and kiosk.screen.progress is PrintProgress.PRINTED
        ),
        timeout=10000,
    )
    (job,) = printer_sim.wait_for_jobs(1)
    assert MASKED in "".join(line.strip() for line in job.lines)
    assert DEMO_PERMANENT_RESIDENT_2017 not in job.text


def test_an_expired_2017_card_is_refused_before_any_code(
    kiosk: AppDriver, pty_reader: PtyIdReader
) -> None:
    kiosk.wait_for(IdleView)
    pty_reader.card = _card(issue_date="20100101", expiry_date="20200101")
    problem = kiosk.wait_for(ProblemView)
    assert isinstance(problem, ProblemView) and problem.message is Msg.LOGIN_ID_CARD_EXPIRED


def test_the_agency_refuses_a_malformed_2017_number(kiosk_client: AgencyClient) -> None:
    for number in ("KOR712485031419", "KOR222485023119"):  # Taiwan authority; 31 February
        with pytest.raises(AgencyRejected) as refused:
            kiosk_client.request_code(number)
        assert refused.value.status == 422

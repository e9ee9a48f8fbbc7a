"""ID cards through the composition root: the pty reader, the flow, the screens and the real
server. A 2023 foreigner permanent residence card signs in like a resident card; an expired card
is refused on the kiosk and no code is texted."""

from __future__ import annotations

import re

import requests

from devices.sim.id_reader_pty import PtyIdReader
from devices.sim.id_text_block import ForeignerCard2023, ResidentCard
from kiosk.flow.messages import Msg
from kiosk.flow.view_models import IdentityView, IdleView, OtpView, ProblemView
from server.synthetic import DEMO_PERMANENT_RESIDENT_2023, demo_permanent_residents
from tests.app.harness import AppDriver
from tests.app.test_kiosk_e2e import kiosk, proxy
from tests.conftest import Agency

__all__ = ["kiosk", "proxy"]


def _outbox(agency: Agency, mobile: str) -> str | None:
    answer = requests.get(f"{agency.url}/api/dev/sms-outbox/{mobile}", timeout=5).json()
    text: str | None = answer.get("text")
    return text


def test_a_2023_permanent_residence_card_signs_in_with_a_code(
    kiosk: AppDriver, pty_reader: PtyIdReader, agency: Agency
) -> None:
    who = demo_permanent_residents()[0].person
    kiosk.wait_for(IdleView)
    pty_reader.card = ForeignerCard2023(
        chinese_name=who.name,
        gender="1",
        birth_date="19880512",
        english_name="PARK, JIHOON",
        card_number=DEMO_PERMANENT_RESIDENT_2023,
        nationality="KOR",
    )
    kiosk.wait_for(OtpView)
    code = re.search(r"\d{6}", _outbox(agency, who.mobile) or "")
    assert code is not None
    kiosk.type_on("otp", code.group())
    identity = kiosk.wait_for(IdentityView)
    assert identity.masked_name.startswith(who.name[0])


def test_an_expired_card_is_refused_and_no_code_is_sent(
    kiosk: AppDriver, pty_reader: PtyIdReader, agency: Agency
) -> None:
    who = demo_permanent_residents()[0].person
    kiosk.wait_for(IdleView)
    before = _outbox(
        agency, who.mobile
    )  # the agency outlives one test: an earlier code may be there
    pty_reader.card = ForeignerCard2023(
        chinese_name=who.name,
        card_number=DEMO_PERMANENT_RESIDENT_2023,
        issue_date="20100101",
        expiry_date="20200101",
    )
    problem = kiosk.wait_for(ProblemView)
    assert problem.message is Msg.LOGIN_ID_CARD_EXPIRED
    assert _outbox(agency, who.mobile) == before  # no new code texted


def test_an_expired_resident_card_is_refused_too(kiosk: AppDriver, pty_reader: PtyIdReader) -> None:
    kiosk.wait_for(IdleView)
    pty_reader.card = ResidentCard(
        id_number="222401199003070015", valid_from="20000101", valid_to="20200101"
    )
    problem = kiosk.wait_for(ProblemView)
    assert problem.message is Msg.LOGIN_ID_CARD_EXPIRED

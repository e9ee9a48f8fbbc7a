"""A new mobile number and the payment account end to end (issue 13 §2): the real session flow
driven by its effect runner through the kiosk's AgencyAdapter and signed AgencyClient to the
reference server on loopback (SQLite and PostgreSQL). The claimant signs in with an ID card and
the code the server texts (read from the development SMS outbox, where the server puts every
text), as at a kiosk.

What is checked is what the claimant and the agency would notice: the code goes to the NEW
number, a wrong code changes nothing, the right one puts the number on file and the OLD number
is told; accounts are listed masked with the card's account first, and the one chosen is where
payments go, from the application's payment step too; without the network each says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
import requests
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.adapters.agency import AgencyAdapter
from kiosk.api import AgencyClient
from kiosk.domain.claimant import AccountKind, IdCardIdentity
from kiosk.domain.identity import IdNumber
from kiosk.flow import events as ev
from kiosk.flow.details_types import SelectPaymentAccount
from kiosk.flow.details_views import (
    AccountChosenView,
    MobileCodeView,
    MobileUpdatedView,
    NewMobileView,
    PaymentAccountsView,
)
from kiosk.flow.effect_runner import run_effect
from kiosk.flow.messages import Msg
from kiosk.flow.ports import Ports
from kiosk.flow.states import Applying, ApplyStep, Home, Service
from kiosk.flow.view_models import ApplyView
from server.models import SmsOutbox
from server.services.accounts import add_account
from server.services.claimant_index import claimant_by_ssn
from server.synthetic import Scenario
from tests.app.conftest import dead_url
from tests.conftest import Agency
from tests.doubles import Unused
from tests.flow.flow_kit import FlowDriver, kiosk
from tests.server.factories import person

BANK_NUMBER = "6217000010012345678"


class Visit:
    """One claimant at the kiosk: the flow, and the real ports it runs its effects on."""

    def __init__(self, agency: Agency, client: AgencyClient) -> None:
        self.agency = agency
        self.k: FlowDriver = kiosk()
        self.ports = Ports(
            card=Unused(),  # type: ignore[arg-type]
            agency=AgencyAdapter(client),
            outbox=Unused(),  # type: ignore[arg-type]
            printer=Unused(),  # type: ignore[arg-type]
        )

    def send(self, event: ev.Event) -> None:
        """Send one event, then run every effect it asked for, feeding the answers back."""
        self.k.send(event)
        pending = list(self.k.effects)
        while pending:
            for answer in run_effect(pending.pop(0), self.ports):
                self.k.send(answer)
                pending.extend(self.k.effects)

    def texted(self, mobile: str) -> str:
        url = f"{self.agency.url}/api/dev/sms-outbox/{mobile}"
        return str(requests.get(url, timeout=10).json()["text"] or "")

    def sign_in(self, scenario: Scenario) -> None:
        who = person(scenario)
        self.send(ev.IdCardRead(IdCardIdentity(IdNumber(who.id_number), who.name)))
        code = re.search(r"\d{6}", self.texted(who.mobile))
        assert code is not None
        self.send(ev.OtpEntered(code.group()))
        self.send(ev.ConfirmIdentity())
        assert isinstance(self.k.screen, Home)

    def open(self, service: Service) -> None:
        self.send(ev.ChooseMoreServices())
        self.send(ev.ChooseService(service))


@pytest.fixture
def client(any_agency: Agency) -> Iterator[AgencyClient]:
    made = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key, backoff_s=0.01)
    yield made
    made.close()


def _db(agency: Agency) -> sessionmaker[Session]:
    factory: sessionmaker[Session] = agency.sessions()  # type: ignore[no-untyped-call]
    return factory


def _claimant(agency: Agency, scenario: Scenario) -> Any:
    with _db(agency)() as session:
        found = claimant_by_ssn(session, person(scenario).id_number)
        assert found is not None
        session.expunge(found)
        return found


def test_a_new_mobile_number_is_proven_by_a_code_to_it_and_the_old_one_is_told(
    any_agency: Agency, client: AgencyClient
) -> None:
    scenario = Scenario.ELIGIBLE_12_MONTHS
    old, new = person(scenario).mobile, "13712340987"
    visit = Visit(any_agency, client)
    visit.sign_in(scenario)
    visit.open(Service.UPDATE_MOBILE)
    number_view = visit.k.view.screen
    assert isinstance(number_view, NewMobileView)
    assert number_view.masked_on_file == f"{old[:3]}****{old[-4:]}"

    visit.send(ev.MobileEntered(new))
    code_view = visit.k.view.screen
    assert isinstance(code_view, MobileCodeView) and code_view.masked_new == "137****0987"
    sent = re.search(r"\d{6}", visit.texted(new))
    assert sent is not None and "更换手机号码" in visit.texted(new)
    assert sent.group() not in visit.texted(old)  # the code went to the new number only

    wrong = f"{(int(sent.group()) + 1) % 10**6:06d}"
    visit.send(ev.OtpEntered(wrong))
    code_view = visit.k.view.screen
    assert isinstance(code_view, MobileCodeView)
    assert (code_view.message, code_view.tries_left) == (Msg.UPDATE_MOBILE_CODE_WRONG, 4)
    assert _claimant(any_agency, scenario).mobile == old  # a wrong code changes nothing

    visit.send(ev.OtpEntered(sent.group()))
    done = visit.k.view.screen
    assert isinstance(done, MobileUpdatedView)
    assert (done.masked_new, done.old_number_told) == ("137****0987", True)
    assert _claimant(any_agency, scenario).mobile == new
    assert "137****0987" in visit.texted(old)  # the old number is told of the change
    with _db(any_agency)() as session:
        told = session.execute(
            select(SmsOutbox.template).where(SmsOutbox.masked_mobile == f"{old[:3]}****{old[-4:]}")
        ).scalars()
        assert "mobile_changed_v1" in set(told)


def test_the_same_number_again_is_refused_in_its_own_words(
    any_agency: Agency, client: AgencyClient
) -> None:
    scenario = Scenario.ELIGIBLE_18_MONTHS
    visit = Visit(any_agency, client)
    visit.sign_in(scenario)
    visit.open(Service.UPDATE_MOBILE)
    visit.send(ev.MobileEntered(person(scenario).mobile))
    view = visit.k.view.screen
    assert isinstance(view, NewMobileView) and view.problem is Msg.UPDATE_MOBILE_SAME_NUMBER


def test_the_account_chosen_among_those_on_file_is_where_payments_go(
    any_agency: Agency, client: AgencyClient
) -> None:
    scenario = Scenario.STOP_PENSION
    with _db(any_agency)() as session, session.begin():
        found = claimant_by_ssn(session, person(scenario).id_number)
        assert found is not None
        add_account(session, found, BANK_NUMBER, "中国建设银行")
    visit = Visit(any_agency, client)
    visit.sign_in(scenario)
    visit.open(Service.PAYMENT_ACCOUNT)
    listed = visit.k.view.screen
    assert isinstance(listed, PaymentAccountsView) and listed.message is Msg.PAYMENT_ACCOUNT_CHOOSE
    card, bank = listed.accounts
    assert (card.kind, card.default, card.in_use) == (AccountKind.SOCIAL_SECURITY_CARD, True, True)
    assert (bank.bank_name, bank.masked_number) == ("中国建设银行", "****5678")
    assert BANK_NUMBER not in repr(visit.k.session) and BANK_NUMBER not in repr(listed)

    visit.send(SelectPaymentAccount(bank.account_id))
    visit.send(ev.ConfirmPaymentAccount())
    done = visit.k.view.screen
    assert isinstance(done, AccountChosenView) and done.message is Msg.PAYMENT_ACCOUNT_DONE
    assert done.applies_from is Msg.PAYMENT_ACCOUNT_APPLIES_FROM
    assert _claimant(any_agency, scenario).payment_account == BANK_NUMBER


def test_the_applications_payment_step_proposes_the_card_account_among_several(
    any_agency: Agency, client: AgencyClient
) -> None:
    scenario = Scenario.ELIGIBLE_24_MONTHS
    with _db(any_agency)() as session, session.begin():
        found = claimant_by_ssn(session, person(scenario).id_number)
        assert found is not None
        card_account = found.payment_account
        add_account(session, found, card_account)  # the card registry's account (社银)
        add_account(session, found, BANK_NUMBER, "中国建设银行")
        found.payment_account = BANK_NUMBER  # paid into the bank until now
    visit = Visit(any_agency, client)
    visit.sign_in(scenario)
    visit.send(ev.ChooseApply())
    visit.send(ev.StartApplication())
    visit.send(ev.UseMobileOnFile())
    step = visit.k.view.screen
    assert isinstance(step, ApplyView) and step.message is Msg.APPLY_CHOOSE_PAYMENT_ACCOUNT
    proposed = next(a for a in step.accounts if a.account_id == step.chosen_account)
    assert proposed.kind is AccountKind.SOCIAL_SECURITY_CARD and proposed.default
    visit.send(ev.ConfirmPaymentAccount())
    screen = visit.k.screen
    assert isinstance(screen, Applying) and screen.step is ApplyStep.COMMITMENT
    assert _claimant(any_agency, scenario).payment_account == card_account


def test_without_the_network_each_service_says_it_needs_it(
    any_agency: Agency, client: AgencyClient
) -> None:
    visit = Visit(any_agency, client)
    visit.sign_in(Scenario.STOP_ENLISTED)
    cut = AgencyClient(
        dead_url(), any_agency.kiosk_id, any_agency.kiosk_key, backoff_s=0.01, connect_timeout_s=0.5
    )
    visit.ports = replace(visit.ports, agency=AgencyAdapter(cut))
    try:
        visit.open(Service.PAYMENT_ACCOUNT)
        listed = visit.k.view.screen
        assert isinstance(listed, PaymentAccountsView)
        assert listed.message is Msg.PAYMENT_ACCOUNT_NEEDS_NETWORK
        visit.send(ev.GoBack())
        visit.send(ev.ChooseService(Service.UPDATE_MOBILE))
        visit.send(ev.MobileEntered("13712340999"))
        view = visit.k.view.screen
        assert isinstance(view, NewMobileView) and view.problem is Msg.UPDATE_MOBILE_NEEDS_NETWORK
        assert visit.k.view.chrome.offline_banner is Msg.OFFLINE_BANNER
    finally:
        cut.close()

"""The claimant's own changes after applying (issue 13 §1, §2), through the real server and the
kiosk's client: a reported change stops payment from its month and asks back months already
paid; an undecided application can be withdrawn and a new one filed; a new mobile number is
proven by a code sent to it and the old number is told; the payment account is chosen among the
accounts on file, never typed."""

import re
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import requests
from sqlalchemy import select, update

from kiosk.api import AgencyClient, AgencyRejected
from kiosk.api.login import TokenLogin
from server.models import (
    Claim,
    Claimant,
    ClaimantChange,
    MobileChangeCode,
    Recovery,
    SmsNotification,
    SmsOutbox,
)
from server.services.accounts import add_account
from server.services.claimant_index import claimant_by_ssn
from server.synthetic import Scenario
from tests.card_logins import (
    Card,
    card_login,
    card_login_body,
    card_token_login,
    new_challenge,
    signed_post,
)
from tests.server.factories import person
from tests.server.ledger_kit import Desk, staff_header

START = date(2026, 12, 4)


@pytest.fixture
def desk(any_agency) -> Iterator[Desk]:  # type: ignore[no-untyped-def]
    client = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key, backoff_s=0.01)
    d = Desk(
        any_agency,
        client,
        staff_header(any_agency, "reviewer"),
        staff_header(any_agency, "cashier"),
    )
    d.set_today(START)
    yield d
    d.set_today(None)
    client.close()


def _ssn(scenario: Scenario) -> str:
    return person(scenario).id_number


def _login(desk: Desk, scenario: Scenario) -> TokenLogin:
    return card_token_login(desk.agency, _ssn(scenario))


def _applied(desk: Desk, scenario: Scenario) -> str:
    applied = desk.apply(scenario)
    assert applied["status"] == 201, applied
    reference: str = applied["body"]["claim"]["reference"]
    return reference


def _granted(desk: Desk, scenario: Scenario) -> str:
    reference = _applied(desk, scenario)
    desk.grant(reference)
    return reference


def _change(scenario: Scenario, kind: str, on: date, **extra: Any) -> dict[str, Any]:
    return {
        "client_reference": str(uuid.uuid4()),
        "ssn": _ssn(scenario),
        "kind": kind,
        "effective_date": on.isoformat(),
        **extra,
    }


def _report(desk: Desk, body: dict[str, Any]) -> dict[str, Any]:
    who = Scenario(next(s for s in Scenario if _ssn(s) == body["ssn"]))
    return desk.send("/api/v1/changes", {**body, "login": card_login(desk.agency, _ssn(who))})


def _claim(desk: Desk, reference: str) -> dict[str, Any]:
    view = desk.kiosk.request("GET", f"/api/v1/claims/{reference}", retry=False)
    result: dict[str, Any] = view.json()
    return result


def test_reemployment_mid_claim_stops_from_its_month_and_asks_back_the_later_paid_months(
    desk: Desk,
) -> None:
    reference = _granted(desk, Scenario.ELIGIBLE_18_MONTHS)
    paid = []
    for today in (START, date(2027, 1, 1), date(2027, 2, 1)):
        desk.set_today(today)
        answer = desk.pay(reference)
        assert answer.status_code == 200, answer.text
        paid.append(answer.json()["payments"][-1]["amount_fen"])
    desk.set_today(date(2027, 2, 20))

    body = _change(
        Scenario.ELIGIBLE_18_MONTHS,
        "reemployment",
        date(2027, 1, 15),
        employer_name="延吉市某某食品有限公司",
    )
    first = _report(desk, body)
    assert first["status"] == 201, first
    receipt = first["body"]
    assert (receipt["result"], receipt["effect"], receipt["stops_from"]) == (
        "created",
        "stopped",
        "2027-01-01",
    )
    assert receipt["claim_reference"] == reference
    assert receipt["stop_reason"] == "stop_reemployed_contribution"
    # January and February were paid but not owed: each is now a recovery record.
    assert (receipt["overpaid_months"], receipt["overpaid_fen"]) == (2, paid[1] + paid[2])
    with desk.agency.sessions()() as session:
        rows = session.execute(
            select(Recovery.period_month, Recovery.amount_fen)
            .join(Claim, Claim.id == Recovery.claim_id)
            .where(Claim.reference == reference)
        ).all()
        assert sorted(rows) == [(date(2027, 1, 1), paid[1]), (date(2027, 2, 1), paid[2])]
        # The claimant is texted that the change was recorded, and that payment stopped.
        texts = session.execute(
            select(SmsNotification.template)
            .join(Claim, Claim.id == SmsNotification.claim_id)
            .where(Claim.reference == reference)
        ).scalars()
        assert {"change_recorded", "stopped"} <= set(texts)

    view = _claim(desk, reference)
    assert (view["state"], view["stop_date"]) == ("stopped", "2027-01-15")
    assert [e["kind"] for e in view["timeline"]][-2:] == ["stopped", "change_reported"]
    refused = desk.pay(reference)
    assert (refused.status_code, refused.json()["code"]) == (409, "claim_stopped")

    # The kiosk resends after a lost answer: the same receipt, nothing recorded twice.
    again = _report(desk, body)
    assert again["status"] == 200
    assert {**again["body"], "result": "created"} == receipt
    assert again["body"]["result"] == "duplicate"
    # The same reference with other content is a bug or an attack.
    reused = _report(desk, {**body, "effective_date": "2027-02-01"})
    assert (reused["status"], reused["body"]["code"]) == (422, "reference_conflict")


@pytest.mark.parametrize(
    ("scenario", "kind", "reason"),
    [
        (Scenario.ELIGIBLE_12_MONTHS, "pension", "stop_pension"),
        (Scenario.ELIGIBLE_24_MONTHS, "settled_abroad", "stop_settled_abroad"),
        (Scenario.CARRY_OVER_CAPPED, "enlistment", "stop_enlisted"),
        (Scenario.REEMPLOYED_CARRY_OVER, "self_employment", "stop_reemployed_business"),
    ],
)
def test_each_change_a_claimant_reports_stops_the_claim_from_its_month(
    desk: Desk, scenario: Scenario, kind: str, reason: str
) -> None:
    reference = _granted(desk, scenario)
    assert desk.pay(reference).status_code == 200  # December
    desk.set_today(date(2027, 1, 20))
    receipt = desk.kiosk.report_change(
        _ssn(scenario),
        _login(desk, scenario),
        client_reference=str(uuid.uuid4()),
        kind=kind,
        effective_date=date(2027, 1, 10),
    )
    assert (receipt.effect, receipt.stops_from, receipt.stop_reason) == (
        "stopped",
        date(2027, 1, 1),
        reason,
    )
    assert (receipt.overpaid_fen, receipt.overpaid_months) == (0, 0)
    assert desk.pay(reference).json()["code"] == "claim_stopped"


def test_family_reports_imprisonment_at_a_counter_not_at_a_kiosk(desk: Desk) -> None:
    scenario = Scenario.REFUSED_JOB_WITH_GOOD_REASON  # a claim running since before the test
    (running,) = desk.kiosk.claims_of(_ssn(scenario), _login(desk, scenario))
    assert running.state in ("approved", "paying") and running.registration_date is not None
    desk.set_today(date(2027, 1, 3))
    body = _change(scenario, "imprisonment", date(2026, 12, 28))
    at_kiosk = _report(desk, body)
    assert (at_kiosk["status"], at_kiosk["body"]["code"]) == (422, "change_kind_counter_only")

    cashier = desk.staff("POST", "/changes", desk.cashier, body)
    assert (cashier.status_code, cashier.json()["code"]) == (403, "role_required")
    counter = desk.staff("POST", "/changes", desk.reviewer, body)
    assert counter.status_code == 201, counter.text
    receipt = counter.json()
    assert (receipt["channel"], receipt["claim_reference"], receipt["stops_from"]) == (
        "counter",
        running.reference,
        "2026-12-01",
    )
    assert receipt["stop_reason"] == "stop_imprisoned"
    assert _claim(desk, running.reference)["state"] == "stopped"


def test_a_change_to_an_undecided_claim_waits_for_the_decision(desk: Desk) -> None:
    scenario = Scenario.MUTUAL_AGREEMENT_BY_EMPLOYEE
    reference = _applied(desk, scenario)
    desk.set_today(date(2026, 12, 10))
    answer = _report(desk, _change(scenario, "reemployment", date(2026, 12, 8)))
    assert answer["status"] == 201, answer
    assert (answer["body"]["effect"], answer["body"]["stops_from"]) == (
        "at_decision",
        "2026-12-01",
    )
    assert _claim(desk, reference)["state"] == "received"


def test_a_change_dated_after_today_or_without_a_claim_or_proof_is_refused(desk: Desk) -> None:
    scenario = Scenario.STILL_EMPLOYED  # no claim
    future = _report(desk, _change(scenario, "pension", date(2026, 12, 5)))
    assert (future["status"], future["body"]["code"]) == (422, "change_date_in_future")
    none = _report(desk, _change(scenario, "pension", date(2026, 12, 1)))
    assert (none["status"], none["body"]["code"]) == (409, "no_claim_to_change")
    unproven = desk.send("/api/v1/changes", _change(scenario, "pension", date(2026, 12, 1)))
    assert (unproven["status"], unproven["body"]["code"]) == (401, "login_proof_required")
    other = desk.send(
        "/api/v1/changes",
        {
            **_change(scenario, "pension", date(2026, 12, 1)),
            "login": card_login(desk.agency, _ssn(Scenario.TOO_FEW_MONTHS)),
        },
    )
    assert (other["status"], other["body"]["code"]) == (401, "login_invalid")


def test_withdrawn_application_makes_room_for_a_new_one(desk: Desk) -> None:
    scenario = Scenario.TOO_FEW_MONTHS
    reference = _applied(desk, scenario)
    blocked = desk.apply(scenario)
    assert (blocked["status"], blocked["body"]["code"]) == (422, "claim_already_active")

    receipt = desk.kiosk.withdraw_claim(reference, _ssn(scenario), _login(desk, scenario))
    assert (receipt.reference, receipt.state) == (reference, "withdrawn")
    assert _claim(desk, reference)["timeline"][-1]["kind"] == "withdrawn"
    # A decision can no longer be taken on it, and it blocks no new claim.
    decided = desk.staff("POST", f"/claims/{reference}/decide", desk.reviewer, {"approve": False})
    assert decided.status_code == 409
    assert _applied(desk, scenario) != reference

    with pytest.raises(AgencyRejected) as twice:
        desk.kiosk.withdraw_claim(reference, _ssn(scenario), _login(desk, scenario))
    assert (twice.value.code, twice.value.details) == (
        "claim_not_withdrawable",
        {"state": "withdrawn"},
    )


def test_a_decided_or_anothers_claim_cannot_be_withdrawn(desk: Desk) -> None:
    scenario = Scenario.VOLUNTARY_RESIGNATION
    reference = _applied(desk, scenario)
    stranger = Scenario.SEPARATION_NOT_REPORTED
    with pytest.raises(AgencyRejected) as foreign:
        desk.kiosk.withdraw_claim(reference, _ssn(stranger), _login(desk, stranger))
    assert (foreign.value.status, foreign.value.code) == (404, "claim_unknown")
    unproven = desk.send(f"/api/v1/claims/{reference}/withdraw", {"ssn": _ssn(scenario)})
    assert (unproven["status"], unproven["body"]["code"]) == (401, "login_proof_required")

    refused = desk.staff("POST", f"/claims/{reference}/decide", desk.reviewer, {"approve": False})
    assert refused.status_code == 200, refused.text
    with pytest.raises(AgencyRejected) as decided:
        desk.kiosk.withdraw_claim(reference, _ssn(scenario), _login(desk, scenario))
    assert (decided.value.status, decided.value.code, decided.value.details) == (
        409,
        "claim_not_withdrawable",
        {"state": "refused"},
    )


def _texted(desk: Desk, mobile: str) -> str:
    answer = requests.get(f"{desk.agency.url}/api/dev/sms-outbox/{mobile}", timeout=10)
    return str(answer.json()["text"] or "")


def test_a_new_mobile_number_is_proven_by_a_code_sent_to_it_and_the_old_one_is_told(
    desk: Desk,
) -> None:
    scenario = Scenario.SEPARATION_NOT_REPORTED
    ssn, old, new = _ssn(scenario), person(scenario).mobile, "13912345670"
    login = _login(desk, scenario)
    sent = desk.kiosk.request_mobile_code(ssn, login, new)
    assert sent.masked_mobile == "139****5670"
    match = re.search(r"\d{6}", _texted(desk, new))
    assert match
    code = match.group(0)

    wrong = f"{(int(code) + 1) % 10**6:06d}"
    with pytest.raises(AgencyRejected) as refused:
        desk.kiosk.change_mobile(ssn, login, new, wrong)
    assert (refused.value.code, refused.value.details) == ("mobile_code_wrong", {"tries_left": 4})
    # The code proves this number only.
    with pytest.raises(AgencyRejected) as elsewhere:
        desk.kiosk.change_mobile(ssn, login, "13912345671", code)
    assert elsewhere.value.code == "mobile_code_wrong"

    changed = desk.kiosk.change_mobile(ssn, login, new, code)
    assert (changed.masked_mobile, changed.old_number_notified) == ("139****5670", True)
    assert "139****5670" in _texted(desk, old)
    with desk.agency.sessions()() as session:
        found = claimant_by_ssn(session, ssn)
        assert found is not None and found.mobile == new
        templates = session.execute(
            select(SmsOutbox.template).where(SmsOutbox.masked_mobile == old[:3] + "****" + old[-4:])
        ).scalars()
        assert "mobile_changed_v1" in set(templates)
    # The ID-card login's code now goes to the new number.
    otp = desk.kiosk.request_code(ssn)
    assert otp.masked_mobile == "139****5670"

    with pytest.raises(AgencyRejected) as spent:
        desk.kiosk.change_mobile(ssn, login, new, code)
    assert spent.value.code == "mobile_code_expired"


def test_an_expired_mobile_code_is_refused(desk: Desk) -> None:
    scenario = Scenario.PENSIONER
    ssn, new = _ssn(scenario), "13712345678"
    login = _login(desk, scenario)
    desk.kiosk.request_mobile_code(ssn, login, new)
    match = re.search(r"\d{6}", _texted(desk, new))
    assert match
    with desk.agency.sessions()() as session, session.begin():
        session.execute(
            update(MobileChangeCode).values(expires_at=datetime(2000, 1, 1, tzinfo=UTC))
        )
    with pytest.raises(AgencyRejected) as late:
        desk.kiosk.change_mobile(ssn, login, new, match.group(0))
    assert late.value.code == "mobile_code_expired"


def test_the_claimant_chooses_among_accounts_on_file_the_card_account_first(desk: Desk) -> None:
    scenario = Scenario.STOP_REFUSED_TRAINING
    ssn, login = _ssn(scenario), _login(desk, scenario)
    with desk.agency.sessions()() as session, session.begin():
        claimant = session.execute(
            select(Claimant).where(Claimant.id == _id(session, ssn))
        ).scalar_one()
        add_account(session, claimant, "6217000010012345678", "中国建设银行")

    accounts = desk.kiosk.payment_accounts(ssn, login)
    assert [(a.kind, a.default, a.in_use) for a in accounts] == [
        ("sscard", True, True),
        ("bank", False, False),
    ]
    assert accounts[1].masked_account == "****5678"
    assert "6217" not in accounts[1].masked_account

    chosen = desk.kiosk.choose_payment_account(ssn, login, accounts[1].id)
    assert [(a.kind, a.in_use) for a in chosen] == [("sscard", False), ("bank", True)]
    with desk.agency.sessions()() as session:
        found = claimant_by_ssn(session, ssn)
        assert found is not None and found.payment_account == "6217000010012345678"

    stranger = Scenario.STOP_DIED
    with pytest.raises(AgencyRejected) as foreign:
        desk.kiosk.choose_payment_account(_ssn(stranger), _login(desk, stranger), accounts[1].id)
    assert (foreign.value.status, foreign.value.code) == (404, "account_unknown")


def _id(session: Any, ssn: str) -> int:
    found = claimant_by_ssn(session, ssn)
    assert found is not None
    return found.id


@pytest.mark.parametrize(
    "extra",
    [
        {"account_number": "6217000010012345678"},
        {"account_id": 1, "bank_card": "6217 0000 1001 2345 678"},
    ],
)
def test_a_typed_bank_card_number_is_refused(desk: Desk, extra: dict[str, Any]) -> None:
    scenario = Scenario.STOP_REFUSED_TRAINING
    body = {"ssn": _ssn(scenario), "login": card_login(desk.agency, _ssn(scenario)), **extra}
    answer = desk.send("/api/v1/claimants/accounts/choose", body)
    assert (answer["status"], answer["body"]["code"]) == (422, "card_number_refused")
    assert "6217" not in str(answer["body"])


def test_a_card_number_hidden_in_a_change_report_is_refused(desk: Desk) -> None:
    body = _change(
        Scenario.STILL_EMPLOYED,
        "reemployment",
        date(2026, 12, 1),
        employer_name="6217-0000-1001-2345",
    )
    answer = _report(desk, body)
    assert (answer["status"], answer["body"]["code"]) == (422, "card_number_refused")


def test_reemployment_before_the_claim_began_stops_it_from_its_first_month(desk: Desk) -> None:
    """Working again before registering means the benefit was never owed (the rules bar such a
    claim): every month paid is asked back."""
    cast = {p.id_number for p in (person(s) for s in Scenario)}
    with desk.agency.sessions()() as session:
        rows = session.execute(
            select(Claim, Claimant)
            .join(Claimant, Claimant.id == Claim.claimant_id)
            .where(Claim.kind == "claim", Claim.state.in_(("approved", "paying")))
            .order_by(Claim.id)
        ).all()
        claim, claimant = next((c, p) for c, p in rows if p.ssn not in cast)
        reference, ssn, region = claim.reference, claimant.ssn, claimant.region_code
        started = claim.registration_date
        paid = sum(1 for p in claim.payments if p.state in ("released", "sent", "paid"))
    assert started is not None and started < START
    card = Card.of(ssn, region)
    granted = signed_post(
        desk.agency, "/api/v1/login/card", card_login_body(card, new_challenge(desk.agency))
    )
    assert granted.status_code == 200, granted.text
    login = {"method": "card", "token": granted.json()["login_token"]}
    body = {
        "client_reference": str(uuid.uuid4()),
        "ssn": ssn,
        "login": login,
        "kind": "reemployment",
        "effective_date": (started - timedelta(days=1)).isoformat(),
    }
    answer = desk.send("/api/v1/changes", body)
    assert answer["status"] == 201, answer
    receipt = answer["body"]
    assert (receipt["effect"], receipt["stops_from"], receipt["overpaid_months"]) == (
        "stopped",
        started.replace(day=1).isoformat(),
        paid,
    )
    view = _claim(desk, reference)
    assert (view["state"], view["stop_date"], view["months_left"]) == (
        "stopped",
        started.isoformat(),
        0,
    )


def test_one_change_sent_twice_at_once_is_recorded_once(desk: Desk) -> None:
    """A kiosk retrying while its first try is still in flight: both answers carry the same
    receipt, and the change exists once."""
    scenario = Scenario.STOP_ENLISTED  # a claim running since before the test
    body = {
        **_change(scenario, "reemployment", START),
        "login": card_login(desk.agency, _ssn(scenario)),
    }
    with ThreadPoolExecutor(max_workers=2) as pool:
        answers = list(pool.map(lambda _: desk.send("/api/v1/changes", body), range(2)))
    assert sorted(a["status"] for a in answers) == [200, 201], answers
    assert answers[0]["body"]["stops_from"] == answers[1]["body"]["stops_from"]
    with desk.agency.sessions()() as session:
        rows = session.execute(
            select(ClaimantChange.id).where(
                ClaimantChange.client_reference == body["client_reference"]
            )
        ).all()
        assert len(rows) == 1

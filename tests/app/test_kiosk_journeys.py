"""The claimant journeys beyond applying, end to end: status after the agency acted (and while a
claim still waits on this kiosk), the guide with its flowchart and printed sheet, a refusal with
its rule, a card locked by wrong PINs, a training-subsidy application, and a session in Korean.

As in `test_kiosk_e2e.py`: the real KioskApp and screens, the reference server behind the demo's
cuttable proxy, pcscd + vpcd, the ID reader on a pty and the printer simulator; the staff's part
is played through the server's staff API.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from devices.sim.printer_sim import TcpPrinterSim
from devices.sim.vpcd_card import VirtualCard
from kiosk.api import AgencyClient
from kiosk.demo.network_proxy import NetworkProxy
from kiosk.domain.claims import ClaimSituation, Delivery, StatusSource
from kiosk.flow.messages import Msg
from kiosk.flow.states import ApplyStep, PrintProgress
from kiosk.flow.view_models import (
    ApplyView,
    CoursesView,
    EligibilityView,
    EndingView,
    GuideView,
    HomeView,
    IdleView,
    PinView,
    ProblemView,
    ResultView,
    StatusView,
)
from kiosk.i18n import current_language, install_language
from server.models import Claim
from server.services.claimant_index import claimant_by_ssn
from server.synthetic import Scenario
from tests.app.harness import AppDriver, card_of, kiosk_settings, make_kiosk
from tests.app.test_kiosk_e2e import (
    PIN,
    apply_and_submit,
    confirm_identity,
    kiosk,
    proxy,
    sign_in_with_card,
)
from tests.conftest import Agency
from tests.server.factories import submission

__all__ = ["kiosk", "proxy"]

pytestmark = [pytest.mark.pcsc, pytest.mark.gui]

InsertCard = Callable[..., VirtualCard]
Cast = dict[str, dict[str, Any]]
HANGUL = re.compile(r"[\uac00-\ud7a3]")
HAN = re.compile(r"[\u4e00-\u9fff]")


def staff_headers(agency: Agency, username: str) -> dict[str, str]:
    answer = requests.post(
        f"{agency.url}/api/v1/staff/login",
        json={"username": username, "password": agency.staff_passwords[username]},
        timeout=10,
    )
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def staff_post(agency: Agency, path: str, headers: dict[str, str], json: object = None) -> Any:
    answer = requests.post(
        f"{agency.url}/api/v1/staff{path}", headers=headers, json=json, timeout=10
    )
    answer.raise_for_status()
    return answer.json()


def open_status(kiosk: AppDriver) -> StatusView:
    kiosk.tap(kiosk.widget("home").status_tile)
    status: StatusView = kiosk.wait_for(StatusView)
    return status


# -- status ----------------------------------------------------------------------------------


def test_status_of_a_paid_claim_shows_the_timeline_next_steps_and_months(
    kiosk: AppDriver,
    insert_card: InsertCard,
    kiosk_client: AgencyClient,
    agency: Agency,
    cast: Cast,
) -> None:
    person = cast["eligible_18_months"]
    reference = kiosk_client.submit(submission(Scenario.ELIGIBLE_18_MONTHS)).claim.reference
    reviewer, cashier = staff_headers(agency, "reviewer"), staff_headers(agency, "cashier")
    staff_post(agency, f"/claims/{reference}/review", reviewer)
    staff_post(agency, f"/claims/{reference}/decide", reviewer, {"approve": True})
    paid = staff_post(agency, f"/claims/{reference}/pay", cashier)
    assert (paid["months_paid"], paid["months_left"]) == (1, 17)

    sign_in_with_card(kiosk, insert_card, person)
    confirm_identity(kiosk)
    status = open_status(kiosk)
    assert status.source is StatusSource.AGENCY and not status.may_be_out_of_date
    (claim,) = [c for c in status.claims if c.reference == reference]
    assert claim.situation is ClaimSituation.PAYING
    assert [entry.situation for entry in claim.timeline] == [
        ClaimSituation.RECEIVED,
        ClaimSituation.UNDER_REVIEW,
        ClaimSituation.APPROVED,
        ClaimSituation.PAYING,
    ]
    assert len(claim.payments) == 1 and claim.months_left == 17

    screen = kiosk.widget("status")
    assert screen.you_title.isVisible() and screen.agency_title.isVisible()
    assert screen.you_text.text() and screen.agency_text.text()
    assert "17" in screen.months_left.text() and screen.months_left.isVisible()
    assert any(label.isVisible() and label.text() for label in screen.payments)
    shown = [label.text() for label in screen.timeline if label.isVisible()]
    assert shown and all(text.startswith("✓") for text in shown)


def test_status_of_a_claim_still_queued_here_shows_it_as_stored_on_this_kiosk(
    kiosk: AppDriver, insert_card: InsertCard, proxy: NetworkProxy, cast: Cast
) -> None:
    person = cast["eligible_12_months"]
    kiosk.wait_for(IdleView)
    proxy.cut()
    sign_in_with_card(kiosk, insert_card, person)
    confirm_identity(kiosk)
    result = apply_and_submit(kiosk, person["mobile"])
    assert result.delivery is Delivery.STORED_ON_KIOSK

    kiosk.tap(kiosk.app.shell.bottom_bar.home_button)
    kiosk.wait_for(HomeView)
    status = open_status(kiosk)
    assert status.source is StatusSource.THIS_KIOSK and status.may_be_out_of_date
    (claim,) = [c for c in status.claims if c.reference == result.reference]
    assert claim.situation is ClaimSituation.WAITING_ON_KIOSK
    screen = kiosk.widget("status")
    assert screen.out_of_date.isVisible()
    assert screen.you_title.isVisible() and screen.agency_title.isVisible()
    assert screen.you_text.text() and screen.agency_text.text()


# -- guide -----------------------------------------------------------------------------------


def _samples(image: QImage, step: int = 7) -> list[int]:
    return [
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    ]


def _colours(image: QImage) -> set[int]:
    return set(_samples(image))


def test_guide_opens_from_home_shows_a_drawn_flowchart_and_prints(
    kiosk: AppDriver, insert_card: InsertCard, printer_sim: TcpPrinterSim, cast: Cast
) -> None:
    person = cast["eligible_24_months"]
    sign_in_with_card(kiosk, insert_card, person)
    confirm_identity(kiosk)
    kiosk.tap(kiosk.widget("home").guide_tile)
    guide = kiosk.wait_for(GuideView, timeout_ms=3000)
    assert guide.printing is None

    screen = kiosk.widget("guide")
    chart = screen.flowchart
    kiosk.qtbot.waitUntil(lambda: chart.isVisible() and chart.width() > 100)
    assert len(chart.node_texts()) >= 4 and all(chart.node_texts())
    picture = chart.grab().toImage()
    colours = _colours(picture)
    assert len(colours) >= 3  # boxes, lines and words, not a blank panel
    background = picture.pixel(0, 0)
    painted = sum(colour != background for colour in _samples(picture))
    assert painted > len(_samples(picture)) // 20

    kiosk.tap(screen.print_button)
    kiosk.qtbot.waitUntil(
        lambda: (
            isinstance(kiosk.screen, GuideView) and kiosk.screen.printing is PrintProgress.PRINTED
        ),
        timeout=10000,
    )
    (job,) = printer_sim.wait_for_jobs(1)
    assert HAN.search(job.text) and "12333" in job.text


# -- not eligible ----------------------------------------------------------------------------


def test_voluntary_resignation_is_refused_with_the_rule_and_what_to_do(
    kiosk: AppDriver, insert_card: InsertCard, cast: Cast
) -> None:
    person = cast["voluntary_resignation"]
    sign_in_with_card(kiosk, insert_card, person)
    confirm_identity(kiosk)
    kiosk.tap(kiosk.widget("home").apply_tile)
    view = kiosk.wait_for(EligibilityView)
    assert isinstance(view, EligibilityView)
    assert view.reasons and view.for_written_decision
    reason = view.reasons[0]
    assert reason.rule and reason.explanation and reason.what_to_do

    screen = kiosk.widget("eligibility")
    # Applying anyway is offered, for a written decision that can be appealed (issue 13 §3).
    assert screen.apply_button.isVisible() and screen.written_decision.isVisible()
    shown = [label.text() for label in screen.findChildren(QLabel) if label.isVisible()]
    assert any(reason.rule in text for text in shown)
    assert any(reason.what_to_do in text for text in shown)


# -- wrong PIN -------------------------------------------------------------------------------


def test_wrong_pins_count_down_then_the_confirmed_last_try_blocks_the_card(
    kiosk: AppDriver, insert_card: InsertCard, cast: Cast
) -> None:
    person = cast["too_few_months"]
    kiosk.wait_for(IdleView)
    card = insert_card(card_of(person))
    kiosk.wait_for(PinView)
    wrong = "000000" if PIN != "000000" else "111111"
    screen = kiosk.widget("pin")

    kiosk.type_on("pin", wrong)
    kiosk.qtbot.waitUntil(
        lambda: isinstance(kiosk.screen, PinView) and kiosk.screen.tries_left == 2, timeout=10000
    )
    first = kiosk.screen
    assert isinstance(first, PinView) and not first.last_try_warning
    assert "2" in screen.tries.text() and screen.tries.isVisible()

    kiosk.type_on("pin", wrong)
    kiosk.qtbot.waitUntil(
        lambda: isinstance(kiosk.screen, PinView) and kiosk.screen.tries_left == 1, timeout=10000
    )
    last = kiosk.screen
    assert isinstance(last, PinView) and last.last_try_warning and not last.keypad_enabled
    assert screen.warning.isVisible() and not screen.pad.isEnabled()
    assert card.profile.tries_left == 1

    kiosk.tap(screen.confirm_button)
    kiosk.qtbot.waitUntil(
        lambda: isinstance(kiosk.screen, PinView) and kiosk.screen.keypad_enabled, timeout=5000
    )
    kiosk.type_on("pin", wrong)
    blocked = kiosk.wait_for(ProblemView)
    assert isinstance(blocked, ProblemView) and blocked.message is Msg.PIN_CARD_BLOCKED
    assert card.profile.tries_left == 0


# -- training subsidy ------------------------------------------------------------------------


def finish_application(kiosk: AppDriver, mobile: str) -> ResultView:
    """Walks the apply steps, whichever of them this application has."""
    apply = kiosk.widget("apply")
    for _ in range(8):
        view = kiosk.screen
        if isinstance(view, ResultView):
            return view
        assert isinstance(view, ApplyView), view
        step = view.step
        if step is ApplyStep.MOBILE:
            kiosk.qtbot.waitUntil(lambda: apply.pad.isVisible())
            kiosk.type_on("apply", mobile)
        elif step is ApplyStep.PAYMENT_ACCOUNT:
            kiosk.qtbot.waitUntil(lambda: apply.confirm_account_button.isVisible())
            kiosk.tap(apply.confirm_account_button)
        elif step is ApplyStep.COMMITMENT:
            kiosk.qtbot.waitUntil(lambda: apply.accept_button.isVisible())
            kiosk.tap(apply.accept_button)
        else:
            kiosk.qtbot.waitUntil(lambda: apply.submit_button.isVisible())
            kiosk.tap(apply.submit_button)
            result: ResultView = kiosk.wait_for(ResultView, timeout_ms=30000)
            return result
        kiosk.qtbot.waitUntil(
            lambda step=step: (  # type: ignore[misc]
                not isinstance(kiosk.screen, ApplyView) or kiosk.screen.step is not step
            ),
            timeout=10000,
        )
    raise AssertionError("the application never reached its result")


def test_training_subsidy_for_an_approved_course_is_held_by_the_agency(
    kiosk: AppDriver,
    insert_card: InsertCard,
    kiosk_client: AgencyClient,
    agency: Agency,
    cast: Cast,
) -> None:
    """The subsidy is for people receiving the benefit (art. 10(4)): the claim comes first."""
    person = cast["reemployed_carry_over"]
    assert person["card_region"].startswith("2224")
    claim = kiosk_client.submit(submission(Scenario.REEMPLOYED_CARRY_OVER)).claim.reference
    reviewer = staff_headers(agency, "reviewer")
    staff_post(agency, f"/claims/{claim}/review", reviewer)
    staff_post(agency, f"/claims/{claim}/decide", reviewer, {"approve": True})
    sign_in_with_card(kiosk, insert_card, person)
    confirm_identity(kiosk)
    kiosk.tap(kiosk.widget("home").training_tile)
    courses = kiosk.wait_for(CoursesView)
    assert isinstance(courses, CoursesView) and courses.courses
    chosen = courses.courses[0]
    tile = next(t for t in kiosk.widget("courses").tiles if t.course_id == chosen.course_id)
    kiosk.tap(tile)
    applying = kiosk.wait_for(ApplyView)
    assert isinstance(applying, ApplyView) and applying.course_name == chosen.name

    result = finish_application(kiosk, person["mobile"])
    refused = kiosk.app.services.outbox.summary(result.reference)
    assert result.delivery is Delivery.RECEIVED_ONLINE, refused
    assert result.course_name == chosen.name
    with agency.sessions()() as session:  # type: ignore[no-untyped-call]
        kind, course_id = session.execute(
            select(Claim.kind, Claim.course_id).where(Claim.reference == result.reference)
        ).one()
    assert (str(getattr(kind, "value", kind)), course_id) == ("training_subsidy", chosen.course_id)


# -- Korean ----------------------------------------------------------------------------------


def test_korean_chosen_on_the_idle_screen_lasts_the_session_and_resets_after(
    kiosk: AppDriver, insert_card: InsertCard, cast: Cast
) -> None:
    person = cast["stop_settled_abroad"]
    kiosk.wait_for(IdleView)
    idle = kiosk.widget("idle")
    kiosk.tap(idle.other_language_button)
    kiosk.qtbot.waitUntil(lambda: current_language() == "ko", timeout=5000)
    kiosk.qtbot.waitUntil(lambda: bool(HANGUL.search(idle.headline.text())), timeout=5000)

    insert_card(card_of(person))
    kiosk.wait_for(PinView)
    assert HANGUL.search(kiosk.widget("pin").heading.text())
    kiosk.type_on("pin", PIN)
    kiosk.qtbot.waitUntil(lambda: kiosk.widget("identity").yes_button.isVisible())
    assert HANGUL.search(kiosk.widget("identity").yes_button.text())
    confirm_identity(kiosk)
    home = kiosk.widget("home")
    assert kiosk.app.controller.view.chrome.language.value == "ko"
    for tile in (home.apply_tile, home.status_tile, home.guide_tile, home.training_tile):
        assert HANGUL.search(tile.name.text()), tile.name.text()
    assert HANGUL.search(kiosk.app.shell.bottom_bar.finish_button.text())

    kiosk.tap(kiosk.app.shell.bottom_bar.finish_button)
    kiosk.wait_for(EndingView)
    kiosk.tick_after(6)
    kiosk.wait_for(IdleView)
    kiosk.qtbot.waitUntil(lambda: current_language() == "zh_CN", timeout=5000)
    assert kiosk.app.controller.view.chrome.language.value == "zh_CN"
    kiosk.qtbot.waitUntil(lambda: bool(HAN.search(idle.headline.text())), timeout=5000)
    assert not HANGUL.search(idle.headline.text())


# -- a cloned card ---------------------------------------------------------------------------

CLONE_KEY = b"not-the-issuer!!"  # right data, right PIN, any key but the issuer's


def _claims_in_the_agency(agency: Agency, ssn: str) -> int:
    with agency.sessions()() as session:  # type: ignore[no-untyped-call]
        claimant = claimant_by_ssn(session, ssn)
        assert claimant is not None
        return len(session.execute(select(Claim).where(Claim.claimant_id == claimant.id)).all())


def test_a_cloned_card_is_refused_after_its_pin_and_shows_no_one(
    kiosk: AppDriver, insert_card: InsertCard, agency: Agency, cast: Cast
) -> None:
    person = cast["mutual_agreement_by_employee"]
    before = _claims_in_the_agency(agency, person["ssn"])
    kiosk.wait_for(IdleView)
    app = QCoreApplication.instance()
    assert app is not None
    install_language(app, "zh_CN")  # as `run_app` does at start; the harness leaves it out
    insert_card(card_of(person, master_key=CLONE_KEY))
    kiosk.wait_for(PinView)
    kiosk.type_on("pin", PIN)
    refused = kiosk.wait_for(ProblemView)
    assert isinstance(refused, ProblemView)
    assert refused.message is Msg.LOGIN_CARD_NOT_GENUINE and refused.take_card
    assert kiosk.app.controller.session.personal is not None
    assert kiosk.app.controller.session.personal.claimant is None

    screen = kiosk.widget("problem")
    shown = [label.text() for label in kiosk.app.shell.findChildren(QLabel) if label.isVisible()]
    assert HAN.search(screen.heading.text()) and "12333" in screen.heading.text()
    masked = person["name"][0] + "*"
    assert not [text for text in shown if masked in text or person["ssn"][-4:] in text]
    assert _claims_in_the_agency(agency, person["ssn"]) == before


def test_a_cloned_card_is_refused_in_korean_too(
    kiosk: AppDriver, insert_card: InsertCard, cast: Cast
) -> None:
    person = cast["still_employed"]
    kiosk.wait_for(IdleView)
    kiosk.tap(kiosk.widget("idle").other_language_button)
    kiosk.qtbot.waitUntil(lambda: current_language() == "ko", timeout=5000)
    insert_card(card_of(person, master_key=CLONE_KEY))
    kiosk.wait_for(PinView)
    kiosk.type_on("pin", PIN)
    refused = kiosk.wait_for(ProblemView)
    assert isinstance(refused, ProblemView) and refused.message is Msg.LOGIN_CARD_NOT_GENUINE
    heading = kiosk.widget("problem").heading.text()
    assert HANGUL.search(heading) and "12333" in heading


# -- outside the service area ----------------------------------------------------------------


@pytest.fixture
def far_kiosk_app(
    qtbot: QtBot,
    proxy: NetworkProxy,
    pcscd: str,
    far_kiosk_key: tuple[str, bytes],
    tmp_path: Path,
    data_key: bytes,
) -> Iterator[AppDriver]:
    kiosk_id, key = far_kiosk_key
    settings = kiosk_settings(proxy, kiosk_id, tmp_path / "far.db", pcscd, None, None)
    running = make_kiosk(qtbot, settings, key, data_key)
    running.app.start()
    yield running
    running.app.stop()


def test_at_a_kiosk_of_another_prefecture_the_claimant_is_told_where_to_apply(
    far_kiosk_app: AppDriver, insert_card: InsertCard, cast: Cast
) -> None:
    kiosk = far_kiosk_app
    person = cast["eligible_12_months"]  # insured in Yanbian; this kiosk stands in Beijing
    kiosk.wait_for(IdleView)
    insert_card(card_of(person))
    kiosk.wait_for(PinView)
    kiosk.type_on("pin", PIN)
    refused = kiosk.wait_for(ProblemView)
    assert isinstance(refused, ProblemView)
    assert refused.message is Msg.LOGIN_OUTSIDE_SERVICE_AREA
    assert refused.where is not None and refused.where.code.startswith("2224")
    heading = kiosk.widget("problem").heading.text()
    assert refused.where.name_zh and refused.where.name_zh in heading
    assert "{where}" not in heading and "12333" in heading

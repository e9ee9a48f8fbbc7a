"""The "other services" menu: offered only with services behind it, one tap to each, back home."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.flow import events as ev
from kiosk.flow import more_services
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import ChoosingService, Home, Service, Session, ShowingGuide
from kiosk.flow.step import Step, moved
from kiosk.flow.view_models import Action, MoreServicesView
from tests.flow.flow_kit import FlowDriver


def _open_guide(session: Session, now: Moment, settings: FlowSettings) -> Step | None:
    """A stand-in service that leads somewhere real: the guide."""
    return moved(session.settled(ShowingGuide()))


@pytest.fixture
def only_one_service(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(more_services, "STARTERS", {Service.COMPLAINT: _open_guide})
    yield


@pytest.fixture
def no_services(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(more_services, "STARTERS", {})
    yield


def test_home_offers_the_menu_only_when_a_service_is_behind_it(
    k: FlowDriver, no_services: None
) -> None:
    k.sign_in_with_card()
    assert Action.MORE_SERVICES not in k.view.actions
    k.send(ev.ChooseMoreServices())
    assert k.screen == Home()


def test_the_menu_lists_the_services_that_have_a_starter(
    k: FlowDriver, only_one_service: None
) -> None:
    k.sign_in_with_card()
    assert Action.MORE_SERVICES in k.view.actions
    k.send(ev.ChooseMoreServices())
    assert k.screen == ChoosingService()
    assert k.view.screen == MoreServicesView(k.view.screen.message, (Service.COMPLAINT,))  # type: ignore[union-attr]


def test_choosing_a_service_runs_its_starter_and_an_absent_one_does_nothing(
    k: FlowDriver, only_one_service: None
) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseMoreServices())
    k.send(ev.ChooseService(Service.APPOINTMENT))
    assert k.screen == ChoosingService()
    k.send(ev.ChooseService(Service.COMPLAINT))
    assert k.screen == ShowingGuide()


def test_back_from_the_menu_goes_home(k: FlowDriver, only_one_service: None) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseMoreServices())
    k.send(ev.GoBack())
    assert k.screen == Home()


def test_back_to_menu_settles_on_the_menu(k: FlowDriver, only_one_service: None) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseMoreServices())
    k.send(ev.ChooseService(Service.COMPLAINT))
    step = more_services.back_to_menu(k.session)
    assert step.session.screen == ChoosingService()
    assert step.session.awaiting is None

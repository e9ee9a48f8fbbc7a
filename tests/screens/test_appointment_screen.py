"""The appointment page's tiles: a purpose already booked (or a full day or time) looks off and
cannot be chosen, every other one looks and acts choosable, whatever order the router hands the
page its view and its actions in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from contract.appointments import AppointmentPurpose
from kiosk.domain.language import LocalizedText
from kiosk.flow.appointment_types import ChooseAppointmentPurpose
from kiosk.flow.appointment_views import (
    AppointmentChoiceView,
    AppointmentStep,
    BookingLine,
    PurposeOption,
)
from kiosk.flow.messages import Msg
from kiosk.flow.view_models import Action
from screens.appointments import AppointmentChoiceScreen, ChoiceTile
from screens.shell import LANDSCAPE_SIZE, KioskShell
from tests.screens.screen_kit import settle

pytestmark = pytest.mark.gui

CENTRE = LocalizedText(zh_cn="龙井市社会保险服务大厅", ko="룡정시 사회보험봉사청", en="Longjing")
BOOKED = BookingLine(
    reference="0D4E5A",
    purpose=AppointmentPurpose.ACCOUNT,
    day=date(2026, 12, 2),
    starts_at="14:00",
    ends_at="14:30",
    centre_name=CENTRE,
    centre_address=CENTRE,
)


@pytest.fixture
def shell(qtbot: QtBot) -> Iterator[KioskShell]:
    window = KioskShell()
    qtbot.addWidget(window)
    window.resize(*LANDSCAPE_SIZE)
    window.show()
    settle()
    yield window


def _purposes() -> AppointmentChoiceView:
    return AppointmentChoiceView(
        message=Msg.APPOINTMENT_CHOOSE_PURPOSE,
        step=AppointmentStep.PURPOSE,
        centre_name=CENTRE,
        purpose=None,
        day=None,
        purposes=tuple(
            PurposeOption(p, BOOKED if p is BOOKED.purpose else None) for p in AppointmentPurpose
        ),
        mine=(BOOKED,),
    )


def test_only_the_purpose_already_booked_looks_off_after_the_routers_view_then_actions(
    qtbot: QtBot, shell: KioskShell
) -> None:
    screen = AppointmentChoiceScreen()
    shell.add_screen("appointment_choice", screen)
    screen.set_view(_purposes())  # the router's order: the view first, then what may be done
    screen.set_actions(frozenset({Action.CHOOSE_APPOINTMENT, Action.CANCEL_APPOINTMENT}))
    shell.show_screen("appointment_choice")
    settle()
    tiles = {t.key: t for t in screen.findChildren(ChoiceTile) if t.key is not None}
    assert set(tiles) == set(AppointmentPurpose)
    for purpose, tile in tiles.items():
        booked = purpose is BOOKED.purpose
        assert tile.isEnabled() is not booked, purpose
        assert (tile.objectName() == "FullChoice") is booked, purpose
    events: list[object] = []
    screen.intent.connect(events.append)
    free = next(p for p in AppointmentPurpose if p is not BOOKED.purpose)
    qtbot.mouseClick(tiles[free], Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert events == [ChooseAppointmentPurpose(free)]


def test_without_the_choose_action_no_tile_answers_a_touch(qtbot: QtBot, shell: KioskShell) -> None:
    screen = AppointmentChoiceScreen()
    shell.add_screen("appointment_choice", screen)
    screen.set_view(_purposes())
    screen.set_actions(frozenset())
    shell.show_screen("appointment_choice")
    settle()
    events: list[object] = []
    screen.intent.connect(events.append)
    for tile in screen.findChildren(ChoiceTile):
        if tile.key is not None:
            qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert events == []

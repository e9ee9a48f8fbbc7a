"""The "other services" menu: reporting a change, updating details, proofs, appointments,
complaints. Home keeps the four things most visitors come for; the rest sit one tap away so the
home tiles stay large enough for an elderly claimant in portrait with larger text.

Each service registers a starter here. The menu offers exactly the services that have one, so
nothing is ever shown that leads nowhere.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.flow import appointments, complaint, registration_proof, report_change
from kiosk.flow.events import ChooseService, Event
from kiosk.flow.menu import back_to_menu
from kiosk.flow.payment_account import start as start_payment_account
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import ChoosingService, Service, Session
from kiosk.flow.step import Step, moved
from kiosk.flow.update_mobile import start as start_update_mobile

__all__ = ["STARTERS", "Service", "Starter", "back_to_menu", "offered", "on_menu", "open_menu"]

Starter = Callable[[Session, Moment, FlowSettings], Step | None]

STARTERS: dict[Service, Starter] = {
    Service.REPORT_CHANGE: report_change.start,
    Service.UPDATE_MOBILE: start_update_mobile,
    Service.PAYMENT_ACCOUNT: start_payment_account,
    Service.REGISTRATION_PROOF: registration_proof.start,
    Service.APPOINTMENT: appointments.start,
    Service.COMPLAINT: complaint.start,
}


def offered() -> tuple[Service, ...]:
    """The services with a starter, in the menu's order (the enum's)."""
    return tuple(service for service in Service if service in STARTERS)


def open_menu(session: Session) -> Step | None:
    if not offered():
        return None
    return moved(session.settled(ChoosingService()))


def on_menu(session: Session, event: Event, now: Moment, settings: FlowSettings) -> Step | None:
    if not isinstance(event, ChooseService):
        return None
    starter = STARTERS.get(event.service)
    return starter(session, now, settings) if starter is not None else None

"""What the status screen shows of the claimant's complaints and counter appointments: plain
frozen values built in status_desk.py and carried by `StatusView.desk`. The screen words them
and decides nothing. The staff's answer stays out of repr."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kiosk.domain.complaints import ComplaintCategory
from kiosk.flow.appointment_views import BookingLine


class DeskProblem(StrEnum):
    """Why one half is missing; the screen says which half and this, in one short line."""

    NO_NETWORK = "no_network"  # the agency is out of reach: later, or at a counter
    NOT_LOADED = "not_loaded"  # the agency would not list it now (any other considered "no")


@dataclass(frozen=True)
class ComplaintLine:
    """One complaint or suggestion: waiting for an answer (due by a day, maybe late already) or
    answered (the staff's words and the day). The claimant's own text is not repeated here."""

    reference: str
    category: ComplaintCategory
    filed_on: date
    due_by: date
    answered: bool
    overdue: bool
    answer: str | None = field(default=None, repr=False)
    answered_on: date | None = None


@dataclass(frozen=True)
class StatusDeskView:
    loading: bool
    complaints: tuple[ComplaintLine, ...] = ()
    complaints_problem: DeskProblem | None = None
    appointments: tuple[BookingLine, ...] = ()  # upcoming only, soonest first
    appointments_problem: DeskProblem | None = None

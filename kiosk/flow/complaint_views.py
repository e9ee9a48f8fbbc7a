"""View models of the complaint screens; joined to `ScreenView` in view_models.py. Plain frozen
values: the screens word them and decide nothing. The claimant's text and the staff's answer
are out of repr, as in the states."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kiosk.domain.complaints import ComplaintCategory
from kiosk.domain.language import LocalizedText
from kiosk.flow.complaint_types import ComplaintStep
from kiosk.flow.messages import Msg
from kiosk.flow.states import PrintProgress


@dataclass(frozen=True)
class ComplaintItem:
    """One earlier complaint in the claimant's list."""

    reference: str
    category: ComplaintCategory
    filed_on: date
    due_by: date
    answered: bool
    overdue: bool  # still open after its due day: the screen says so plainly
    text: str = field(repr=False)
    answer: str | None = field(default=None, repr=False)
    answered_on: date | None = None


@dataclass(frozen=True)
class ComplaintView:
    message: Msg
    step: ComplaintStep  # CANNOT, MINE, CATEGORY, TEXT, WRITING or REVIEW
    categories: tuple[ComplaintCategory, ...] = ()
    category: ComplaintCategory | None = None
    ready_texts: tuple[LocalizedText, ...] = ()  # for the chosen category
    text: str = field(default="", repr=False)  # the draft; on review, exactly what is sent
    max_length: int = 500
    mine: tuple[ComplaintItem, ...] = ()
    problem: Msg | None = None


@dataclass(frozen=True)
class ComplaintReceiptView:
    message: Msg
    reference: str
    category: ComplaintCategory
    filed_on: date
    due_by: date
    printing: PrintProgress | None
    fault: Msg | None

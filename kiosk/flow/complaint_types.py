"""The screens, events and effects of filing a complaint or suggestion (issue 13 §5). Plain
values importing only the domain, so the flow's shared unions (states.Screen, events.Intent /
ServiceResult, effects.Effect) can name them without an import cycle; the rules live in
complaint.py.

The receipt's printing fields name states.PrintProgress and states.PrinterWait for the type
checker only (annotations are not evaluated at run time), since states.py imports this module.

Every field holding the claimant's text is out of repr: states and events are logged by name
in places, and the text is theirs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from kiosk.domain.claimant import LoginProof
from kiosk.domain.complaints import ComplaintCategory, ComplaintFault, ComplaintRecord, TextProblem
from kiosk.domain.faults import PrinterFault
from kiosk.domain.identity import IdNumber
from kiosk.domain.language import Language

if TYPE_CHECKING:
    from kiosk.flow.states import PrinterWait, PrintProgress

# --- screens --------------------------------------------------------------------------------


class ComplaintStep(StrEnum):
    LOADING = "loading"  # the claimant's earlier complaints
    CANNOT = "cannot"  # the agency is out of reach (complaints are not queued) or refused
    MINE = "mine"  # earlier complaints and their answers, and "new"
    CATEGORY = "category"
    TEXT = "text"  # a ready-made text, or "write my own"
    WRITING = "writing"  # the on-screen keyboard
    REVIEW = "review"
    SENDING = "sending"


@dataclass(frozen=True)
class ComplaintDraft:
    category: ComplaintCategory | None = None
    text: str = field(default="", repr=False)
    ready: int | None = None  # which ready-made text, when one was chosen
    client_reference: str | None = None  # kept across a retry: the agency's idempotency key


@dataclass(frozen=True)
class FilingComplaint:
    step: ComplaintStep
    draft: ComplaintDraft = ComplaintDraft()
    mine: tuple[ComplaintRecord, ...] = ()
    problem: ComplaintFault | TextProblem | None = None


@dataclass(frozen=True)
class ComplaintReceipt:
    """Filed: the reference and the day the answer is due; prints and waits for the printer
    like the other receipts (printer_wait.PRINT_SCREENS)."""

    record: ComplaintRecord
    printing: PrintProgress | None = None
    fault: PrinterFault | None = None
    waiting: PrinterWait | None = None
    ready_again: bool = False


# --- intents from screens -------------------------------------------------------------------


@dataclass(frozen=True)
class NewComplaint:
    """From the list of earlier complaints: start a new one."""


@dataclass(frozen=True)
class ChooseComplaintCategory:
    category: ComplaintCategory


@dataclass(frozen=True)
class ChooseReadyText:
    index: int


@dataclass(frozen=True)
class WriteOwnText:
    pass


@dataclass(frozen=True)
class ComplaintTextEntered:
    """ "Next" under the keyboard, with what it holds."""

    text: str = field(repr=False)


@dataclass(frozen=True)
class SendComplaint:
    pass


ComplaintIntent = (
    NewComplaint
    | ChooseComplaintCategory
    | ChooseReadyText
    | WriteOwnText
    | ComplaintTextEntered
    | SendComplaint
)

# --- results --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ComplaintsLoaded:
    ticket: int
    complaints: tuple[ComplaintRecord, ...]


@dataclass(frozen=True)
class ComplaintsUnavailable:
    ticket: int
    fault: ComplaintFault


@dataclass(frozen=True)
class ComplaintFiled:
    ticket: int
    record: ComplaintRecord


@dataclass(frozen=True)
class ComplaintNotFiled:
    """Nothing filed. `client_reference` is the one this try used, sent again on a retry."""

    ticket: int
    fault: ComplaintFault
    client_reference: str


ComplaintResult = ComplaintsLoaded | ComplaintsUnavailable | ComplaintFiled | ComplaintNotFiled

# --- effects --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadComplaints:
    """`POST /api/v1/complaints/mine`. Answers ComplaintsLoaded or ComplaintsUnavailable."""

    ticket: int
    ssn: IdNumber
    login: LoginProof


@dataclass(frozen=True)
class FileComplaint:
    """`POST /api/v1/complaints`. `client_reference` None on the first try (the runner makes
    one), the failed try's on a retry. Answers ComplaintFiled or ComplaintNotFiled."""

    ticket: int
    ssn: IdNumber
    login: LoginProof
    category: ComplaintCategory
    text: str = field(repr=False)
    language: Language
    client_reference: str | None = None


@dataclass(frozen=True)
class ComplaintPaper:
    """What the printed receipt says: no text of the complaint (it may be read by whoever finds
    the paper), the claimant masked."""

    reference: str
    category: ComplaintCategory
    filed_on: date
    due_by: date
    masked_name: str
    masked_id_number: str
    language: Language


@dataclass(frozen=True)
class PrintComplaintReceipt:
    ticket: int
    paper: ComplaintPaper


ComplaintEffect = LoadComplaints | FileComplaint | PrintComplaintReceipt

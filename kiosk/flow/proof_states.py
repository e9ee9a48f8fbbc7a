"""Screen states of the written decision and the registration proof (kiosk/flow/decision_notice.py,
kiosk/flow/registration_proof.py); joined to the `Screen` union in states.py.

The types they hold from states.py are named for the type checker only (annotations are not
evaluated at run time), so states.py can import this module without a cycle.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.domain.decisions import ProofProblem, RegistrationProof
from kiosk.domain.faults import PrinterFault

if TYPE_CHECKING:
    from kiosk.flow.states import PrinterWait, PrintProgress, ShowingStatus


@dataclass(frozen=True)
class ShowingDecision:
    """A refused claim's written decision, whole, from the status screen; printed on request.
    `status` is the status screen it came from, where "back" returns."""

    status: ShowingStatus
    reference: str
    printing: PrintProgress | None = None
    fault: PrinterFault | None = None
    waiting: PrinterWait | None = None
    ready_again: bool = False


@dataclass(frozen=True)
class ShowingRegistrationProof:
    """What the proof of unemployment registration will say, then printing it. No proof:
    `problem` says why (nothing registered, no network, refused)."""

    proof: RegistrationProof | None
    problem: ProofProblem | None = None
    printing: PrintProgress | None = None
    fault: PrinterFault | None = None
    waiting: PrinterWait | None = None
    ready_again: bool = False

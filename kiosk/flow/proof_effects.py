"""Effects of the written decision and the registration proof (kiosk/flow/decision_notice.py,
kiosk/flow/registration_proof.py), run by the effect runner off the GUI thread.

Kept in their own module and joined to the `Effect` union in effects.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.claimant import LoginProof
from kiosk.domain.claims import ClaimKind
from kiosk.domain.decisions import DecisionNotice, RegistrationProof
from kiosk.domain.identity import IdNumber
from kiosk.domain.language import Language


@dataclass(frozen=True)
class LoadRegistrationProof:
    """`POST /api/v1/claimants/registration-proof`. Answers RegistrationProofLoaded or
    RegistrationProofUnavailable."""

    ticket: int
    ssn: IdNumber
    login: LoginProof


@dataclass(frozen=True)
class DecisionNoticePaper:
    """A refusal's written decision as printed: the agency's wording, masked identity, and the
    claim's status page as QR (where the claimant finds it again)."""

    notice: DecisionNotice
    reference: str
    kind: ClaimKind
    masked_name: str
    masked_id_number: str
    language: Language
    status_url: str | None


@dataclass(frozen=True)
class RegistrationProofPaper:
    proof: RegistrationProof
    language: Language


NoticePaper = DecisionNoticePaper | RegistrationProofPaper


@dataclass(frozen=True)
class PrintNotice:
    """Prints on the receipt printer; answers PrintFinished or PrintFailed like a receipt."""

    ticket: int
    paper: NoticePaper

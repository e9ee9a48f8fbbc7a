"""Intents and results of the written decision and the registration proof; joined to the
`Intent` and `ServiceResult` unions in events.py."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.decisions import ProofProblem, RegistrationProof


@dataclass(frozen=True)
class ShowDecision:
    """On the status screen: read the refused claim's written decision."""

    reference: str


@dataclass(frozen=True)
class PrintDecision:
    pass


@dataclass(frozen=True)
class PrintRegistrationProof:
    pass


@dataclass(frozen=True)
class RegistrationProofLoaded:
    ticket: int
    proof: RegistrationProof


@dataclass(frozen=True)
class RegistrationProofUnavailable:
    ticket: int
    problem: ProofProblem


ProofIntent = ShowDecision | PrintDecision | PrintRegistrationProof
ProofResult = RegistrationProofLoaded | RegistrationProofUnavailable

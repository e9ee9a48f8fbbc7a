"""Runs the e-card login effect against the agency port (kiosk/flow/effect_runner.py calls it)."""

from __future__ import annotations

from typing import assert_never

from kiosk.domain.ecard import EcardGranted, EcardRefused
from kiosk.domain.faults import ServiceFault
from kiosk.flow.ecard_events import EcardLoginFailed, EcardLoginGranted, LogInWithEcard
from kiosk.flow.ports import Ports


def run_ecard_login(effect: LogInWithEcard, ports: Ports) -> EcardLoginGranted | EcardLoginFailed:
    verdict = ports.agency.ecard_login(effect.code)
    match verdict:
        case EcardGranted():
            return EcardLoginGranted(effect.ticket, verdict.ssn, verdict.token)
        case EcardRefused():
            return EcardLoginFailed(effect.ticket, verdict.fault, verdict.home_region)
        case ServiceFault():
            return EcardLoginFailed(effect.ticket, verdict)
        case _:
            assert_never(verdict)


def ecard_fallback(effect: LogInWithEcard) -> EcardLoginFailed:
    """Running it raised (a bug): a refusal the claimant can act on, never an endless wait."""
    return EcardLoginFailed(effect.ticket, ServiceFault.REFUSED)

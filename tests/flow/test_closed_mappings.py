"""Every status and fault the flow can be in has its words: a value added to one of these enums
and mapped nowhere fails here, not as a KeyError in front of a claimant.

The dispatches over unions (effects, screens, port verdicts) are closed by `assert_never`, which
mypy checks; these tables are dictionaries, so their closure is checked here.
"""

from __future__ import annotations

from enum import Enum

import pytest

from kiosk.domain.claims import ClaimSituation, Delivery
from kiosk.domain.faults import CardFault, CardProofFault, OtpFault, PrinterFault, StorageFault
from kiosk.domain.identity import MobileProblem
from kiosk.flow import claim_views, login, presenter
from kiosk.flow.messages import Msg
from kiosk.flow.states import ApplyStep, EndReason, LoadTask, LoginProblemKind


@pytest.mark.parametrize(
    ("table", "keys"),
    [
        (claim_views.PRINTER_MESSAGES, set(PrinterFault)),
        (claim_views.NEXT_STEPS, set(ClaimSituation)),
        (claim_views._STEP_MESSAGES, set(ApplyStep)),
        (claim_views._PROBLEM_MESSAGES, set(MobileProblem) | set(StorageFault)),
        (presenter._LOADING, set(LoadTask)),
        (presenter._KEPT, set(Delivery)),
        (presenter._ENDINGS, set(EndReason)),
        # A card pulled ends the session instead of showing a problem.
        (login._CARD_PROBLEMS, set(CardFault) - {CardFault.REMOVED}),
        (login._CARD_PROOF_PROBLEMS, set(CardProofFault)),
        (login._OTP_PROBLEMS, set(OtpFault)),
    ],
    ids=lambda value: type(next(iter(value))).__name__ if isinstance(value, set) else "",
)
def test_every_value_has_its_entry(table: dict[Enum, object], keys: set[Enum]) -> None:
    assert set(table) == keys


def test_every_login_problem_is_a_message() -> None:
    """The presenter shows a login problem as `Msg(problem.value)`."""
    messages = {message.value for message in Msg}
    assert {kind.value for kind in LoginProblemKind} <= messages

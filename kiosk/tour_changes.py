"""The tour's report-a-change and withdraw journeys (kiosk/tour.py calls `walk` from
`_walk_changes`): every new screen, each way it stops short, in both languages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from kiosk.domain.changes import (
    ChangeEffect,
    ChangeFault,
    ChangeKind,
    ChangeRecord,
    Withdrawal,
    WithdrawFault,
)
from kiosk.domain.claims import ClaimKind, ClaimRecord, ClaimSituation, StatusSource
from kiosk.domain.claims import TimelineEntry as Entry
from kiosk.domain.faults import PrinterFault, ServiceFault
from kiosk.domain.money import Money
from kiosk.flow import change_events as ce
from kiosk.flow import events as ev
from kiosk.flow.states import Service

if TYPE_CHECKING:
    from kiosk.tour import Visit

_PAYING = ClaimRecord(
    "YJ-2026-0302-1187",
    ClaimKind.CLAIM,
    ClaimSituation.PAYING,
    StatusSource.AGENCY,
    timeline=(
        Entry(date(2026, 3, 2), ClaimSituation.RECEIVED),
        Entry(date(2026, 3, 12), ClaimSituation.APPROVED),
        Entry(date(2026, 4, 10), ClaimSituation.PAYING),
    ),
    months_left=6,
    months_granted=12,
    months_paid=6,
)
_UNDECIDED = ClaimRecord(
    "YJ-2026-1120-4411",
    ClaimKind.CLAIM,
    ClaimSituation.UNDER_REVIEW,
    StatusSource.AGENCY,
    timeline=(
        Entry(date(2026, 11, 20), ClaimSituation.RECEIVED),
        Entry(date(2026, 11, 21), ClaimSituation.UNDER_REVIEW),
    ),
    agency_acts_by=date(2026, 12, 4),
)
_QUEUED = ClaimRecord(
    "c5d2e0f4-2a51-4f7e-8f3a-6b1d0c9e7a21",
    ClaimKind.CLAIM,
    ClaimSituation.WAITING_ON_KIOSK,
    StatusSource.THIS_KIOSK,
)
_RECORDED = ChangeRecord(
    reference="8c0d6a52-3f0b-4c55-9d0e-1f6b2a7c9e11",
    kind=ChangeKind.REEMPLOYMENT,
    effective_date=date(2026, 9, 15),
    effect=ChangeEffect.STOPPED,
    claim_reference=_PAYING.reference,
    stops_from=date(2026, 9, 1),
    overpaid=Money(342_000),
    overpaid_months=2,
)


def walk(visit_for: Callable[[], Visit]) -> None:
    _report(visit_for)
    _withdraw(visit_for)


def _report(visit_for: Callable[[], Visit]) -> None:
    v = visit_for()
    v.card_login()
    v.send(ev.ChooseMoreServices())
    v.send(ev.ChooseService(Service.REPORT_CHANGE))
    v.shot("change-checking", "Report a change: finding the claim")
    v.answer(ev.StatusLoaded, claims=(_PAYING,), source=StatusSource.AGENCY)
    v.shot("change-kind", "Report a change: what changed, in plain words")
    v.send(ce.ChooseChangeKind(ChangeKind.REEMPLOYMENT))
    v.shot("change-date", "Report a change: the date on a touch picker, with its bounds")
    v.send(ce.ChooseChangeDate(date(2026, 12, 3)))
    v.shot("change-date-future", "Report a change: a date in the future is refused")
    v.send(ce.ChooseChangeDate(date(2026, 2, 27)))
    v.shot("change-date-early", "Report a change: a date before the claim began is refused")
    v.send(ce.ChooseChangeDate(date(2026, 9, 15)))
    v.shot("change-review", "Report a change: review, payment stops, money paid back")
    v.send(ce.SendChange())
    v.shot("change-sending", "Report a change: sending to the agency")
    v.answer(ce.ChangeNotReported, fault=ChangeFault.UNREACHABLE, client_reference="r-1")
    v.shot("change-offline", "Report a change: no network, nothing sent, try again")
    v.send(ce.SendChange())
    v.answer(ce.ChangeReported, record=_RECORDED)
    v.shot("change-recorded", "Report a change: recorded, the stop and the overpayment")
    v.send(ev.PrintReceipt())
    v.answer(ev.PrintFailed, fault=PrinterFault.PAPER_OUT)
    v.shot("change-paper-out", "Report a change: paper out, the change is recorded anyway")

    v = visit_for()
    v.card_login()
    v.send(ev.ChooseMoreServices())
    v.send(ev.ChooseService(Service.REPORT_CHANGE))
    v.answer(ev.StatusUnavailable, fault=ServiceFault.UNREACHABLE)
    v.shot("change-needs-network", "Report a change: needs the network, said first")
    v.send(ev.Retry())
    v.answer(ev.StatusLoaded, claims=(), source=StatusSource.AGENCY)
    v.shot("change-no-claim", "Report a change: no claim a change could affect")


def _withdraw(visit_for: Callable[[], Visit]) -> None:
    v = visit_for()
    v.card_login()
    v.send(ev.ChooseStatus())
    v.answer(ev.StatusLoaded, claims=(_UNDECIDED, _QUEUED), source=StatusSource.AGENCY)
    v.shot("status-withdraw", "Status: an undecided application offers to withdraw it")
    v.send(ce.WithdrawApplication(_UNDECIDED.reference))
    v.shot("withdraw-confirm", "Withdraw: what withdrawing means, confirm")
    v.send(ce.ConfirmWithdrawal())
    v.shot("withdraw-sending", "Withdraw: sending")
    v.answer(ce.WithdrawalFailed, fault=WithdrawFault.UNREACHABLE)
    v.shot("withdraw-offline", "Withdraw: no network, the application still stands")
    v.send(ce.ConfirmWithdrawal())
    v.answer(ce.WithdrawalFailed, fault=WithdrawFault.ALREADY_DECIDED)
    v.shot("withdraw-decided", "Withdraw: decided meanwhile, no longer possible")
    v.send(ev.GoBack())
    v.answer(ev.StatusLoaded, claims=(_UNDECIDED,), source=StatusSource.AGENCY)
    v.send(ce.WithdrawApplication(_UNDECIDED.reference))
    v.send(ce.ConfirmWithdrawal())
    done = Withdrawal(_UNDECIDED.reference, ClaimKind.CLAIM, date(2026, 11, 26), "W4K8P2")
    v.answer(ce.ClaimWithdrawn, withdrawal=done)
    v.shot("withdrawn", "Withdraw: withdrawn, print a receipt, see the status")
    v.send(ev.PrintReceipt())
    v.answer(ev.PrintFinished)
    v.shot("withdrawn-printed", "Withdraw: receipt printed")
    v.send(ev.ChooseStatus())
    withdrawn = ClaimRecord(
        _UNDECIDED.reference,
        ClaimKind.CLAIM,
        ClaimSituation.WITHDRAWN,
        StatusSource.AGENCY,
        timeline=(*_UNDECIDED.timeline, Entry(date(2026, 11, 26), ClaimSituation.WITHDRAWN)),
    )
    v.answer(ev.StatusLoaded, claims=(withdrawn,), source=StatusSource.AGENCY)
    v.shot("status-withdrawn", "Status: the application shown withdrawn")

    v = visit_for()
    v.card_login()
    v.send(ev.ChooseStatus())
    v.answer(ev.StatusLoaded, claims=(_QUEUED,), source=StatusSource.THIS_KIOSK)
    v.shot("status-queued-no-withdraw", "Status: still on this kiosk, withdrawn once sent")

"""Which screens exist and which View type each one shows.

`screens.registry` (built alongside the claimant screens) is the source; while it does not exist
yet, the idle screen alone is registered, and the router logs any view it cannot show.

The idle screen is built with the app; every other screen is a factory that imports its module
and builds it when first needed. Importing `screens.registry` would load every screen module
before the first paint, so the names below say where each screen lives; `SCREEN_MODULES` must
name the same screens as `screens.registry.SCREEN_FOR_VIEW` (tests/app/test_lazy_start.py checks
it).

Which screens live when (kiosk/app/main.py applies it; figures in docs/benchmarks.md, issue 15):
- `IDLE_TIME_SCREENS` are built one per event-loop turn in idle time after the first paint: the
  first screens of every card visit, so a claimant's first touches never wait for a build.
- `KEPT_SCREENS` (those, the idle screen and the rest of the usual visit: apply, status, guide)
  are built on first use and then kept for the life of the process.
- Every other screen (the services of issue 13, the one-time code, the courses) is built on
  first use and released when the session ends: a build costs 3-35 ms on first show (the
  complaint screen's keyboard 200 ms), while keeping all thirty built costs about 40 MB for
  screens most visits never open.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from kiosk.flow.idle_views import IdleView
from screens.base import Screen

# screen name → ("module:ViewType" it shows, "module:Class" of the screen): named, not imported,
# because the view types' modules are the flow's, loaded after the idle screen's first paint.
SCREEN_MODULES: dict[str, tuple[str, str]] = {
    "idle": ("kiosk.flow.idle_views:IdleView", "screens.idle:IdleScreen"),
    "busy": ("kiosk.flow.view_models:BusyView", "screens.busy:BusyScreen"),
    "pin": ("kiosk.flow.view_models:PinView", "screens.pin_entry:PinScreen"),
    "otp": ("kiosk.flow.view_models:OtpView", "screens.pin_entry:OtpScreen"),
    "problem": ("kiosk.flow.view_models:ProblemView", "screens.problem:ProblemScreen"),
    "identity": ("kiosk.flow.view_models:IdentityView", "screens.identity:IdentityScreen"),
    "home": ("kiosk.flow.view_models:HomeView", "screens.home:HomeScreen"),
    "more_services": (
        "kiosk.flow.view_models:MoreServicesView",
        "screens.more_services:MoreServicesScreen",
    ),
    "eligibility": (
        "kiosk.flow.view_models:EligibilityView",
        "screens.eligibility:EligibilityScreen",
    ),
    "apply": ("kiosk.flow.view_models:ApplyView", "screens.apply:ApplyScreen"),
    "result": ("kiosk.flow.view_models:ResultView", "screens.result:ResultScreen"),
    "receipt": ("kiosk.flow.view_models:ReceiptView", "screens.result:ReceiptScreen"),
    "status": ("kiosk.flow.view_models:StatusView", "screens.status:StatusScreen"),
    "guide": ("kiosk.flow.view_models:GuideView", "screens.guide:GuideScreen"),
    "courses": ("kiosk.flow.view_models:CoursesView", "screens.courses:CoursesScreen"),
    "new_mobile": (
        "kiosk.flow.details_views:NewMobileView",
        "screens.update_mobile:NewMobileScreen",
    ),
    "mobile_code": (
        "kiosk.flow.details_views:MobileCodeView",
        "screens.update_mobile:MobileCodeScreen",
    ),
    "mobile_updated": (
        "kiosk.flow.details_views:MobileUpdatedView",
        "screens.update_mobile:MobileUpdatedScreen",
    ),
    "payment_accounts": (
        "kiosk.flow.details_views:PaymentAccountsView",
        "screens.payment_account:PaymentAccountScreen",
    ),
    "account_chosen": (
        "kiosk.flow.details_views:AccountChosenView",
        "screens.payment_account:AccountChosenScreen",
    ),
    "decision": ("kiosk.flow.proof_views:DecisionView", "screens.decision_notice:DecisionScreen"),
    "registration_proof": (
        "kiosk.flow.proof_views:RegistrationProofView",
        "screens.registration_proof:RegistrationProofScreen",
    ),
    "appointment_choice": (
        "kiosk.flow.appointment_views:AppointmentChoiceView",
        "screens.appointments:AppointmentChoiceScreen",
    ),
    "appointment_detail": (
        "kiosk.flow.appointment_views:AppointmentDetailView",
        "screens.appointments:AppointmentDetailScreen",
    ),
    "complaint": ("kiosk.flow.complaint_views:ComplaintView", "screens.complaint:ComplaintScreen"),
    "complaint_receipt": (
        "kiosk.flow.complaint_views:ComplaintReceiptView",
        "screens.complaint:ComplaintReceiptScreen",
    ),
    "ending": ("kiosk.flow.view_models:EndingView", "screens.ending:EndingScreen"),
    "report_change": (
        "kiosk.flow.change_views:ReportChangeView",
        "screens.report_change:ReportChangeScreen",
    ),
    "change_done": (
        "kiosk.flow.change_views:ChangeDoneView",
        "screens.report_change:ChangeDoneScreen",
    ),
    "withdraw": ("kiosk.flow.change_views:WithdrawView", "screens.withdraw:WithdrawScreen"),
    "withdrawn": ("kiosk.flow.change_views:WithdrawnView", "screens.withdraw:WithdrawnScreen"),
}


IDLE_TIME_SCREENS: frozenset[str] = frozenset({"busy", "pin", "identity", "home", "ending"})
KEPT_SCREENS: frozenset[str] = IDLE_TIME_SCREENS | {
    "idle",
    "problem",
    "eligibility",
    "apply",
    "result",
    "receipt",
    "status",
    "guide",
}


def _named(where: str) -> Any:
    module_name, _, name = where.partition(":")
    return getattr(importlib.import_module(module_name), name)


def screen_class(where: str) -> type[Screen]:
    cls: type[Screen] = _named(where)
    return cls


def view_type(where: str) -> type:
    cls: type = _named(where)
    return cls


class ViewScreens(Mapping[type, str]):
    """View type → screen name, resolved on the first look-up (the first view the router
    renders), not when the app is built: naming the types imports the flow's view models."""

    def __init__(self, table: Mapping[str, tuple[str, str]]) -> None:
        self._named = dict(table)
        self._resolved: dict[type, str] | None = None

    def _table(self) -> dict[type, str]:
        if self._resolved is None:
            self._resolved = {view_type(view): name for name, (view, _) in self._named.items()}
        return self._resolved

    def __getitem__(self, view: type) -> str:
        return self._table()[view]

    def __iter__(self) -> Iterator[type]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._named)


def _factory(where: str) -> Callable[[], Screen]:
    return lambda: screen_class(where)()


def build_registry(
    *,
    lazy: bool = True,
) -> tuple[dict[str, Screen | Callable[[], Screen]], Mapping[type, str]]:
    """The idle screen built; the others as factories (`lazy=False`: all built now)."""
    if importlib.util.find_spec("screens.registry") is None:
        from screens.idle import IdleScreen

        return {"idle": IdleScreen()}, {IdleView: "idle"}
    screens: dict[str, Screen | Callable[[], Screen]] = {}
    for name, (_, where) in SCREEN_MODULES.items():
        screens[name] = screen_class(where)() if name == "idle" or not lazy else _factory(where)
    return screens, ViewScreens(SCREEN_MODULES)

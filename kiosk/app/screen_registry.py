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
from collections.abc import Callable, Mapping

from kiosk.flow import appointment_views as av
from kiosk.flow import change_views as chv
from kiosk.flow import complaint_views as cv
from kiosk.flow import details_views as dv
from kiosk.flow import proof_views as pv
from kiosk.flow import view_models as vm
from screens.base import Screen

# screen name → (the View type it shows, "module:Class")
SCREEN_MODULES: dict[str, tuple[type, str]] = {
    "idle": (vm.IdleView, "screens.idle:IdleScreen"),
    "busy": (vm.BusyView, "screens.busy:BusyScreen"),
    "pin": (vm.PinView, "screens.pin_entry:PinScreen"),
    "otp": (vm.OtpView, "screens.pin_entry:OtpScreen"),
    "problem": (vm.ProblemView, "screens.problem:ProblemScreen"),
    "identity": (vm.IdentityView, "screens.identity:IdentityScreen"),
    "home": (vm.HomeView, "screens.home:HomeScreen"),
    "more_services": (vm.MoreServicesView, "screens.more_services:MoreServicesScreen"),
    "eligibility": (vm.EligibilityView, "screens.eligibility:EligibilityScreen"),
    "apply": (vm.ApplyView, "screens.apply:ApplyScreen"),
    "result": (vm.ResultView, "screens.result:ResultScreen"),
    "receipt": (vm.ReceiptView, "screens.result:ReceiptScreen"),
    "status": (vm.StatusView, "screens.status:StatusScreen"),
    "guide": (vm.GuideView, "screens.guide:GuideScreen"),
    "courses": (vm.CoursesView, "screens.courses:CoursesScreen"),
    "new_mobile": (dv.NewMobileView, "screens.update_mobile:NewMobileScreen"),
    "mobile_code": (dv.MobileCodeView, "screens.update_mobile:MobileCodeScreen"),
    "mobile_updated": (dv.MobileUpdatedView, "screens.update_mobile:MobileUpdatedScreen"),
    "payment_accounts": (dv.PaymentAccountsView, "screens.payment_account:PaymentAccountScreen"),
    "account_chosen": (dv.AccountChosenView, "screens.payment_account:AccountChosenScreen"),
    "decision": (pv.DecisionView, "screens.decision_notice:DecisionScreen"),
    "registration_proof": (
        pv.RegistrationProofView,
        "screens.registration_proof:RegistrationProofScreen",
    ),
    "appointment_choice": (
        av.AppointmentChoiceView,
        "screens.appointments:AppointmentChoiceScreen",
    ),
    "appointment_detail": (
        av.AppointmentDetailView,
        "screens.appointments:AppointmentDetailScreen",
    ),
    "complaint": (cv.ComplaintView, "screens.complaint:ComplaintScreen"),
    "complaint_receipt": (cv.ComplaintReceiptView, "screens.complaint:ComplaintReceiptScreen"),
    "ending": (vm.EndingView, "screens.ending:EndingScreen"),
    "report_change": (chv.ReportChangeView, "screens.report_change:ReportChangeScreen"),
    "change_done": (chv.ChangeDoneView, "screens.report_change:ChangeDoneScreen"),
    "withdraw": (chv.WithdrawView, "screens.withdraw:WithdrawScreen"),
    "withdrawn": (chv.WithdrawnView, "screens.withdraw:WithdrawnScreen"),
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


def screen_class(where: str) -> type[Screen]:
    module_name, _, class_name = where.partition(":")
    cls: type[Screen] = getattr(importlib.import_module(module_name), class_name)
    return cls


def _factory(where: str) -> Callable[[], Screen]:
    return lambda: screen_class(where)()


def build_registry(
    *,
    lazy: bool = True,
) -> tuple[dict[str, Screen | Callable[[], Screen]], Mapping[type, str]]:
    """The idle screen built; the others as factories (`lazy=False`: all built now)."""
    if importlib.util.find_spec("screens.registry") is None:
        from screens.idle import IdleScreen

        return {"idle": IdleScreen()}, {vm.IdleView: "idle"}
    screens: dict[str, Screen | Callable[[], Screen]] = {}
    for name, (_, where) in SCREEN_MODULES.items():
        screens[name] = screen_class(where)() if name == "idle" or not lazy else _factory(where)
    mapping = {view: name for name, (view, _) in SCREEN_MODULES.items()}
    return screens, mapping

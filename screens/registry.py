"""Every claimant screen, and which flow View type each one shows.

The composition root builds the screens once, adds them to the shell by name, and for each
`View` from the flow shows `SCREEN_FOR_VIEW[type(view.screen)]`, then calls the screen's
`set_view(view.screen)` and `set_actions(view.actions)`; on session end it calls `clear()`.

Intents: each claimant screen has one signal, `intent = Signal(object)`, that carries a
ready-made `kiosk.flow.events` event (PinEntered(pin=...), ChooseApply(), ...); connect it to
whatever posts events to the flow. `intent_signals(screens)` lists them. The idle screen's only
intent is `language_requested(str)` (a language code), to be sent as ChangeLanguage. The
shell's own bars and timeout warning have their own signals (docs/ui.md).
"""

from __future__ import annotations

from PySide6.QtCore import SignalInstance

from kiosk.flow.appointment_views import AppointmentChoiceView, AppointmentDetailView
from kiosk.flow.change_views import ChangeDoneView, ReportChangeView, WithdrawnView, WithdrawView
from kiosk.flow.complaint_views import ComplaintReceiptView, ComplaintView
from kiosk.flow.details_views import (
    AccountChosenView,
    MobileCodeView,
    MobileUpdatedView,
    NewMobileView,
    PaymentAccountsView,
)
from kiosk.flow.proof_views import DecisionView, RegistrationProofView
from kiosk.flow.view_models import (
    ApplyView,
    BusyView,
    CoursesView,
    EligibilityView,
    EndingView,
    GuideView,
    HomeView,
    IdentityView,
    IdleView,
    MoreServicesView,
    OtpView,
    PinView,
    ProblemView,
    ReceiptView,
    ResultView,
    StatusView,
)
from screens.apply import ApplyScreen
from screens.appointments import AppointmentChoiceScreen, AppointmentDetailScreen
from screens.base import Screen
from screens.busy import BusyScreen
from screens.complaint import ComplaintReceiptScreen, ComplaintScreen
from screens.courses import CoursesScreen
from screens.decision_notice import DecisionScreen
from screens.eligibility import EligibilityScreen
from screens.ending import EndingScreen
from screens.guide import GuideScreen
from screens.home import HomeScreen
from screens.identity import IdentityScreen
from screens.idle import IdleScreen
from screens.kit import ClaimantScreen
from screens.more_services import MoreServicesScreen
from screens.payment_account import AccountChosenScreen, PaymentAccountScreen
from screens.pin_entry import OtpScreen, PinScreen
from screens.problem import ProblemScreen
from screens.registration_proof import RegistrationProofScreen
from screens.report_change import ChangeDoneScreen, ReportChangeScreen
from screens.result import ReceiptScreen, ResultScreen
from screens.status import StatusScreen
from screens.update_mobile import MobileCodeScreen, MobileUpdatedScreen, NewMobileScreen
from screens.withdraw import WithdrawnScreen, WithdrawScreen

SCREEN_FOR_VIEW: dict[type, str] = {
    IdleView: "idle",
    BusyView: "busy",
    PinView: "pin",
    OtpView: "otp",
    ProblemView: "problem",
    IdentityView: "identity",
    HomeView: "home",
    MoreServicesView: "more_services",
    EligibilityView: "eligibility",
    ApplyView: "apply",
    ResultView: "result",
    ReceiptView: "receipt",
    StatusView: "status",
    GuideView: "guide",
    CoursesView: "courses",
    NewMobileView: "new_mobile",
    MobileCodeView: "mobile_code",
    MobileUpdatedView: "mobile_updated",
    PaymentAccountsView: "payment_accounts",
    AccountChosenView: "account_chosen",
    DecisionView: "decision",
    RegistrationProofView: "registration_proof",
    ComplaintView: "complaint",
    ComplaintReceiptView: "complaint_receipt",
    AppointmentChoiceView: "appointment_choice",
    AppointmentDetailView: "appointment_detail",
    EndingView: "ending",
    ReportChangeView: "report_change",
    ChangeDoneView: "change_done",
    WithdrawView: "withdraw",
    WithdrawnView: "withdrawn",
}


def build_screens() -> dict[str, Screen]:
    """One instance of every screen, keyed by the names in SCREEN_FOR_VIEW."""
    return {
        "idle": IdleScreen(),
        "busy": BusyScreen(),
        "pin": PinScreen(),
        "otp": OtpScreen(),
        "problem": ProblemScreen(),
        "identity": IdentityScreen(),
        "home": HomeScreen(),
        "more_services": MoreServicesScreen(),
        "eligibility": EligibilityScreen(),
        "apply": ApplyScreen(),
        "result": ResultScreen(),
        "receipt": ReceiptScreen(),
        "status": StatusScreen(),
        "guide": GuideScreen(),
        "courses": CoursesScreen(),
        "new_mobile": NewMobileScreen(),
        "mobile_code": MobileCodeScreen(),
        "mobile_updated": MobileUpdatedScreen(),
        "payment_accounts": PaymentAccountScreen(),
        "account_chosen": AccountChosenScreen(),
        "decision": DecisionScreen(),
        "registration_proof": RegistrationProofScreen(),
        "complaint": ComplaintScreen(),
        "complaint_receipt": ComplaintReceiptScreen(),
        "appointment_choice": AppointmentChoiceScreen(),
        "appointment_detail": AppointmentDetailScreen(),
        "ending": EndingScreen(),
        "report_change": ReportChangeScreen(),
        "change_done": ChangeDoneScreen(),
        "withdraw": WithdrawScreen(),
        "withdrawn": WithdrawnScreen(),
    }


def intent_signals(screens: dict[str, Screen]) -> dict[str, SignalInstance]:
    """Each claimant screen's `intent` signal by screen name; every emission is a flow Event."""
    return {
        name: screen.intent
        for name, screen in screens.items()
        if isinstance(screen, ClaimantScreen)
    }

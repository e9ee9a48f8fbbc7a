"""Renders every screen state to PNG offscreen, so people can review the UI without a kiosk.

`kiosk demo --tour DIR` calls `render_tour`; reviewers open the pictures, translators check
their words in place, and the README picks a few. The claimant journeys drive the real
`SessionFlow` with scripted events (a masked demo claimant, scripted card, agency and printer
answers), so every picture shows a state the flow can really reach, rendered by the real
screens from the flow's own view models.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from kiosk import tour_status_desk
from kiosk.domain.claimant import (
    AccountKind,
    CardIdentity,
    Claimant,
    HomeRegion,
    IdCardIdentity,
    PaymentAccount,
)
from kiosk.domain.claims import ClaimKind, ClaimRecord, ClaimSituation, Payment, StatusSource
from kiosk.domain.claims import TimelineEntry as Entry
from kiosk.domain.ecard import EcardFault
from kiosk.domain.eligibility import Eligibility, IneligibilityReason, Separation, SeparationReason
from kiosk.domain.faults import (
    CardFault,
    CardProofFault,
    OtpFault,
    PrinterFault,
    ServiceFault,
    StorageFault,
)
from kiosk.domain.home_visit import FieldLoginProblem, FieldLoginView, VisitorBadge
from kiosk.domain.identity import IdNumber, MobileNumber, check_character, parse_id_number
from kiosk.domain.language import Language, LocalizedText
from kiosk.domain.money import Money
from kiosk.domain.training import Course
from kiosk.flow import events as ev
from kiosk.flow.ecard_events import BarcodeScanned, EcardLoginFailed
from kiosk.flow.effects import Print, ReceiptContent
from kiosk.flow.machine import SessionFlow
from kiosk.flow.messages import Msg
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import Session
from kiosk.flow.status_desk_types import StatusDeskLoaded
from kiosk.flow.view_models import IdleView, View
from kiosk.i18n import current_language, install_language
from screens.base import Screen
from screens.idle import IdleScreen
from screens.registry import SCREEN_FOR_VIEW, build_screens
from screens.shell import IDLE_CHROME, LANDSCAPE_SIZE, PORTRAIT_SIZE, KioskShell
from screens.theme import base_font

TIMEOUT_WARNING_SECONDS = 30
PNG_QUALITY = 70  # less zlib effort: the pictures are screenshots, and the tour must stay quick
TOUR_DAY = date(2026, 11, 26)
TOUR_SETTINGS = FlowSettings(status_page_base_url="https://status.example.cn")
ENGLISH_SHOTS = frozenset({"pin", "eligibility", "review", "status", "guide"})


@dataclass(frozen=True)
class Layout:
    """One of the four ways a kiosk shows a screen: panel orientation and text size."""

    portrait: bool
    larger_text: bool

    @property
    def orientation(self) -> str:
        return "portrait" if self.portrait else "landscape"

    @property
    def text_size(self) -> str:
        return "larger" if self.larger_text else "normal"

    @property
    def size(self) -> tuple[int, int]:
        return PORTRAIT_SIZE if self.portrait else LANDSCAPE_SIZE

    @property
    def tag(self) -> str:
        return f"{self.orientation}-{self.text_size}"


# Grouped by text size: each switch re-polishes every screen, the tour's dearest step.
LAYOUTS = (
    Layout(portrait=False, larger_text=False),
    Layout(portrait=True, larger_text=False),
    Layout(portrait=True, larger_text=True),
    Layout(portrait=False, larger_text=True),
)


@dataclass(frozen=True)
class IdleState:
    """A state of the idle screen, which no session drives (there is none yet)."""

    slug: str
    title: str
    offline: bool = False
    timeout_warning: bool = False
    card_left_in_reader: bool = False
    ecard: bool = False  # a 2D scanner is fitted: the e-card's QR code is a way to start


IDLE_STATES = (
    IdleState("idle", "Idle screen"),
    IdleState("idle-offline", "Idle screen, offline banner", offline=True),
    IdleState("idle-take-card", "Idle screen, card left in the reader", card_left_in_reader=True),
    IdleState("timeout-warning", "Timeout warning", timeout_warning=True),
    IdleState("idle-ecard", "Idle screen, with the e-card scanner fitted", ecard=True),
)


def show_idle(
    shell: KioskShell, idle: IdleScreen, state: IdleState, lang: str, layout: Layout
) -> None:
    """Put the idle screen in `state` the way the composition root does between sessions."""
    shell.set_chrome(
        replace(
            IDLE_CHROME,
            language=Language(lang),
            larger_text=layout.larger_text,
            offline_banner=Msg.OFFLINE_BANNER if state.offline else None,
            countdown_seconds=TIMEOUT_WARNING_SECONDS if state.timeout_warning else None,
        )
    )
    idle.set_view(
        IdleView(Msg.IDLE_WELCOME, take_card=state.card_left_in_reader, ecard=state.ecard)
    )
    shell.show_screen("idle")


# ---- the demo claimant (every value shown is masked by the flow) ------------------------------
def _id_number(birth: str, sequence: str) -> IdNumber:
    first = "222405" + birth + sequence
    parsed = parse_id_number(first + check_character(first))
    assert isinstance(parsed, IdNumber)
    return parsed


_YOUNG = _id_number("19790412", "123")
_ELDER = _id_number("19610903", "246")
DEMO_ID_NUMBERS = (_YOUNG, _ELDER)
DEMO_NAMES = ("金英哲", "朴顺姬")  # never shown in full: the flow masks them
_ACCOUNT = PaymentAccount(AccountKind.BANK_ACCOUNT, "延边农村商业银行", "6217001234567890")


def _claimant(number: IdNumber = _YOUNG, name: str = "金英哲") -> Claimant:
    return Claimant(
        ssn=number,
        name=name,
        mobile_on_file=MobileNumber("13904331234"),
        payment_account=_ACCOUNT,
    )


def _card(number: IdNumber = _YOUNG, name: str = "金英哲") -> CardIdentity:
    return CardIdentity(
        ssn=number,
        name=name,
        card_number="A82771023",
        region_code="222405",
        card_id="222405d1560000050123456789abcdef",
    )


def _eligible() -> Eligibility:
    return Eligibility(
        eligible=True,
        separation=Separation(
            "延吉市长白山食品有限公司",
            "91222401MA0Y123456",
            date(2026, 10, 31),
            SeparationReason.CONTRACT_EXPIRED,
        ),
        contribution_months=86,
        entitlement_months=18,
        monthly_amount=Money(171_000),
    )


def _not_eligible() -> Eligibility:
    reason = IneligibilityReason(
        code="separation_voluntary_resignation",
        rule=LocalizedText(
            "《失业保险条例》第十四条", "《실업보험조례》 제14조", "Regulations art. 14"
        ),
        explanation=LocalizedText(
            "单位报告您是本人辞职离开的，本人辞职不能领取失业保险金。",
            "단위에서 본인이 사직한것으로 보고하였습니다. 본인 사직은 실업보험금을 받을수 없습니다.",
            "Your employer reported that you resigned. A resignation does not qualify.",
        ),
        what_to_do=LocalizedText(
            "如果不是本人辞职，请带劳动合同到服务窗口说明，或拨打12333。",
            "본인 사직이 아니라면 로동계약서를 가지고 봉사창구에 오시거나 12333에 전화하십시오.",
            "If you did not resign, bring your contract to a service counter or call 12333.",
        ),
    )
    return Eligibility(
        eligible=False,
        separation=Separation(
            "珲春市海洋水产有限公司",
            "91222404MA0Y654321",
            date(2026, 9, 30),
            SeparationReason.RESIGNED,
        ),
        contribution_months=40,
        entitlement_months=0,
        monthly_amount=None,
        reasons=(reason,),
    )


_OPEN_CLAIM = "3f0c5a0e-6d3b-4c36-9f60-2a3b1c5d7e81"


def _used_up() -> Eligibility:
    reason = IneligibilityReason(
        code="no_entitlement_left",
        rule=LocalizedText(
            "《失业保险条例》第十七条", "《실업보험조례》 제17조", "Regulations art. 17"
        ),
        explanation=LocalizedText(
            "按规定计算，您目前没有可以领取的失业保险金期限。",
            "규정에 따라 계산하면 귀하는 현재 받을수 있는 실업보험금 기한이 없습니다.",
            "Under the rules you have no months of benefit left at present.",
        ),
        what_to_do=LocalizedText(
            "重新就业后继续参保缴费，累计满12个月后再次失业时可以申领；也可拨打12333咨询。",
            "다시 취업하여 보험료를 계속 납부하고 루계 12개월이 된 후 다시 실업하면 신청할수 "
            "있습니다. 12333으로 문의하셔도 됩니다.",
            "Work and pay in again for 12 months, then you can claim again; or call 12333.",
        ),
    )
    return replace(
        _eligible(), eligible=False, entitlement_months=0, monthly_amount=None, reasons=(reason,)
    )


def _course() -> Course:
    return Course(
        course_id="C-2026-17",
        name=LocalizedText(zh_cn="中式烹调师（初级）", ko="중식 조리사（초급）"),
        provider=LocalizedText(zh_cn="延吉市职业技能培训学校", ko="연길시직업기능양성학교"),
        starts_on=date(2026, 12, 1),
        ends_on=date(2027, 1, 15),
        subsidy=Money(120_000),
    )


def _claims_paying() -> tuple[ClaimRecord, ...]:
    paying = ClaimRecord(
        reference="YJ-2026-0815-3341",
        kind=ClaimKind.CLAIM,
        situation=ClaimSituation.PAYING,
        source=StatusSource.AGENCY,
        timeline=(
            Entry(date(2026, 8, 15), ClaimSituation.RECEIVED),
            Entry(date(2026, 8, 18), ClaimSituation.UNDER_REVIEW),
            Entry(date(2026, 8, 25), ClaimSituation.APPROVED),
            Entry(date(2026, 9, 10), ClaimSituation.PAYING),
        ),
        payments=(
            Payment(date(2026, 9, 1), Money(171_000)),
            Payment(date(2026, 10, 1), Money(171_000)),
            Payment(date(2026, 11, 1), Money(171_000)),
        ),
        months_left=15,
        months_granted=18,
        months_paid=3,
    )
    training = ClaimRecord(
        reference="YJ-2026-1120-0457",
        kind=ClaimKind.TRAINING_SUBSIDY,
        situation=ClaimSituation.UNDER_REVIEW,
        source=StatusSource.AGENCY,
        timeline=(
            Entry(date(2026, 11, 20), ClaimSituation.RECEIVED),
            Entry(date(2026, 11, 23), ClaimSituation.UNDER_REVIEW),
        ),
        agency_acts_by=date(2026, 12, 4),
    )
    return (paying, training)


def _claims_stopped() -> tuple[ClaimRecord, ...]:
    return (
        ClaimRecord(
            reference="YJ-2026-0302-1177",
            kind=ClaimKind.CLAIM,
            situation=ClaimSituation.STOPPED,
            source=StatusSource.AGENCY,
            # As the agency's ledger has it: 12 months granted, March to May paid, re-employed
            # from 15 June (found on 1 July), so nothing before the stop is owed and 9 months
            # stay unused.
            timeline=(
                Entry(date(2026, 3, 2), ClaimSituation.RECEIVED),
                Entry(date(2026, 3, 9), ClaimSituation.APPROVED),
                Entry(date(2026, 3, 20), ClaimSituation.PAYING),
                Entry(date(2026, 7, 1), ClaimSituation.STOPPED),
            ),
            payments=(
                Payment(date(2026, 3, 1), Money(171_000)),
                Payment(date(2026, 4, 1), Money(171_000)),
                Payment(date(2026, 5, 1), Money(171_000)),
            ),
            months_left=0,
            stop_reason_code="stop_reemployed_contribution",
            months_granted=12,
            months_paid=3,
            months_unused=9,
            stop_date=date(2026, 6, 15),
        ),
    )


# ---- rendering ---------------------------------------------------------------------------
def _application() -> QCoreApplication:
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([])
    app.setFont(base_font())
    return app


def _settle(app: QCoreApplication) -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        app.processEvents()


class TourCamera:
    """Shows a flow View on the shell the way the composition root does, and photographs it.

    Every picture is taken in the camera's current `Layout` (orientation and text size), which
    overrides the text size the flow asked for: the same state is shown in all four layouts.
    Tests subclass it to check each state instead of saving a picture (`save`).
    """

    def __init__(
        self,
        app: QCoreApplication,
        shell: KioskShell,
        screens: dict[str, Screen],
        out_dir: Path | None,
        entries: list[dict[str, str]],
        layout: Layout = LAYOUTS[0],
    ) -> None:
        self.app = app
        self.shell = shell
        self.screens = screens
        self.out_dir = out_dir
        self.entries = entries
        self.layout = layout
        self.receipts = True
        """Whether visits picture their receipts (once per language, not once per layout)."""

    def use_layout(self, layout: Layout) -> None:
        self.layout = layout
        self.shell.resize(*layout.size)
        _settle(self.app)

    def render(self, view: View) -> None:
        larger = self.layout.larger_text
        chrome = replace(
            view.chrome, larger_text=larger, elderly_mode=larger and view.chrome.elderly_mode
        )
        language = chrome.language.value
        if language != current_language():
            install_language(self.app, language)
        self.shell.set_chrome(chrome)
        name = SCREEN_FOR_VIEW[type(view.screen)]
        screen = self.screens[name]
        screen.set_view(view.screen)  # type: ignore[attr-defined]
        set_actions = getattr(screen, "set_actions", None)
        if callable(set_actions):
            set_actions(view.actions)
        self.shell.show_screen(name)
        _settle(self.app)

    def type_digits(self, digits: str) -> None:
        """Type on the current screen's keypad, as a claimant part-way through would have."""
        pad = getattr(self.shell.stack.currentWidget(), "pad", None)
        if pad is None:
            raise RuntimeError("the tour typed on a screen without a keypad")
        pad.clear()
        for digit in digits:
            pad.press(digit)
        _settle(self.app)

    def save(self, slug: str, lang: str, title: str) -> None:
        assert self.out_dir is not None
        file_name = f"{slug}-{self.layout.tag}-{lang}.png"
        self.shell.grab().save(str(self.out_dir / file_name), "PNG", PNG_QUALITY)
        self.entries.append(
            {
                "file": file_name,
                "lang": lang,
                "title": title,
                "orientation": self.layout.orientation,
                "text_size": self.layout.text_size,
            }
        )

    def receipt_preview(self, content: ReceiptContent, slug: str, lang: str) -> None:
        """The printed receipt for this visit on both paper widths, drawn by the printer's own
        preview (the same raster the printer receives)."""
        from devices.printer.preview import receipt_png
        from devices.printer.receipt import PAPER_58MM, PAPER_80MM
        from kiosk.adapters.printer import receipt_model

        assert self.out_dir is not None
        receipt = receipt_model(content, "YJ-KIOSK-07", datetime(2026, 11, 26, 10, 42))
        for paper in (PAPER_58MM, PAPER_80MM):
            file_name = f"{slug}-{paper.name}-{lang}.png"
            (self.out_dir / file_name).write_bytes(receipt_png(receipt, paper))
            self.entries.append(
                {
                    "file": file_name,
                    "lang": lang,
                    "title": f"Receipt preview, {paper.name} paper",
                    "orientation": "paper",
                    "text_size": paper.name,
                }
            )


class Visit:
    """One claimant's visit: the real flow, a scripted clock, and the pictures along the way."""

    def __init__(self, camera: TourCamera, lang: str, only: frozenset[str] | None) -> None:
        self.camera = camera
        self.lang = lang
        self.only = only
        self.flow = SessionFlow(TOUR_SETTINGS)
        self.seconds = 0.0
        self.session: Session = self.flow.start(self._now())
        self.effects: tuple[Any, ...] = ()
        self.receipt_content: ReceiptContent | None = None
        self.send(ev.ChangeLanguage(Language(lang)))

    def _now(self) -> Moment:
        return Moment(self.seconds, TOUR_DAY)

    def send(self, event: ev.Event) -> None:
        self.seconds += 1.0
        step = self.flow.handle(self.session, event, self._now())
        if not step.accepted:
            raise RuntimeError(f"the tour's script was refused: {type(event).__name__}")
        self.session = step.session
        self.effects = step.effects
        for effect in step.effects:
            if isinstance(effect, Print):
                self.receipt_content = effect.receipt

    def answer(self, result: Callable[..., ev.Event], **fields: Any) -> None:
        ticket = self.session.awaiting
        if ticket is None:
            raise RuntimeError("the flow is not waiting for an answer")
        self.send(result(ticket=ticket, **fields))

    def wait(self, seconds: float) -> None:
        end = self.seconds + seconds
        while self.seconds + 1 <= end:
            self.seconds += 1
            step = self.flow.handle(self.session, ev.Tick(), self._now())
            self.session = step.session

    def shot(self, slug: str, title: str, *, typed: str = "") -> None:
        """Picture the current state; `typed`: digits already on the keypad, part-way through."""
        if self.only is not None and slug not in self.only:
            return
        self.camera.render(self.flow.present(self.session))
        if typed:
            self.camera.type_digits(typed)
        self.camera.save(slug, self.lang, title)
        if typed:
            self.camera.type_digits("")

    def receipt_preview(self, slug: str) -> None:
        """Picture the receipt the last print asked for, on paper, once per language."""
        if self.receipt_content is None or self.only is not None:
            return
        if not self.camera.receipts:
            return
        self.camera.receipt_preview(self.receipt_content, slug, self.lang)

    # -- shared openings ---------------------------------------------------------------------
    def card_login(self, claimant: Claimant | None = None, *, pictures: bool = False) -> None:
        claimant = claimant or _claimant()
        self.send(ev.CardInserted())
        if pictures:
            self.shot("reading-card", "Reading the social security card")
        self.answer(ev.CardRead, identity=_card(claimant.ssn, claimant.name), pin_tries_left=3)
        if pictures:
            self.shot("pin", "PIN entry on the keypad")
            self.shot("pin-typed", "PIN entry, four of six digits typed", typed="1234")
        self.send(ev.PinEntered(pin="123456"))
        self.answer(ev.PinAccepted)
        self.answer(ev.CardLoginGranted, token="tour-card-login-token")
        self.answer(ev.ClaimantFound, claimant=claimant)
        if pictures:
            self.shot("identity", "Identity confirmation, masked name and ID number")
        self.send(ev.ConfirmIdentity())


def walk_journeys(visit_for: Callable[[], Visit]) -> None:
    """Every scripted visit, each a fresh session from `visit_for()`; pictures at each shot."""
    # Apply online, print the receipt, then the printer runs out of paper on a second copy.
    v = visit_for()
    v.card_login(pictures=True)
    v.shot("home", "Home: apply, status, guide, training subsidy, other services, finish")
    v.send(ev.ChooseMoreServices())
    v.shot("more-services", "Other services: report a change, details, appointments, complaints")
    v.send(ev.GoBack())
    v.send(ev.ChooseApply())
    v.shot("loading", "Loading the insurance record")
    v.answer(ev.EligibilityLoaded, eligibility=_eligible())
    v.shot("eligibility", "Eligible: last job, months paid, estimate")
    v.send(ev.StartApplication())
    v.shot("apply-mobile", "Apply step 1: mobile number")
    v.shot("apply-mobile-typed", "Apply step 1: mobile number part-typed", typed="1390433")
    v.send(ev.UseMobileOnFile())
    v.shot("apply-account", "Apply step 2: payment account on file")
    v.send(ev.ConfirmPaymentAccount())
    v.shot("apply-commitment", "Apply step 3: the commitment in full")
    v.send(ev.AcceptCommitment())
    v.shot("review", "Apply step 4: review and submit")
    v.send(ev.SubmitApplication())
    v.shot("saving", "Saving the application")
    v.answer(ev.SubmissionStored, reference="YJ-2026-1126-5802")
    v.answer(ev.SubmissionSent, reference="YJ-2026-1126-5802", verification_code="K7Q2M9")
    v.shot("result-online", "Result: received online, with the reference")
    v.send(ev.PrintReceipt())
    v.shot("receipt-printing", "Receipt printing")
    v.answer(ev.PrintFinished)
    v.shot("receipt-printed", "Receipt printed")
    v.send(ev.PrintReceipt())
    v.answer(ev.PrintFailed, fault=PrinterFault.PAPER_OUT)
    v.shot("paper-out-qr", "Printer out of paper: QR code on screen instead")
    v.receipt_preview("receipt-preview")
    v.wait(TOUR_SETTINGS.printer_check_s)  # staff put paper in; the kiosk asks the printer
    v.answer(ev.PrinterChecked, fault=None)
    v.shot("paper-ready-again", "Printer ready again: printing is offered again")
    v.send(ev.Finish())
    v.shot("ending", "Goodbye, take the card")

    # Apply offline: the agency cannot be reached; the claim waits on this kiosk.
    v = visit_for()
    v.send(ev.ConnectivityChanged(online=False))
    v.send(ev.CardInserted())
    v.answer(ev.CardRead, identity=_card(), pin_tries_left=3)
    v.send(ev.PinEntered(pin="123456"))
    v.answer(ev.PinAccepted)
    v.answer(ev.CardLoginFailed, fault=ServiceFault.UNREACHABLE)
    v.shot("identity-offline", "Identity from the card only (offline)")
    v.send(ev.ConfirmIdentity())
    v.send(ev.ChooseApply())
    v.answer(ev.EligibilityUnavailable, fault=ServiceFault.UNREACHABLE)
    v.shot("eligibility-offline", "Offline: the record cannot be checked, may still apply")
    v.send(ev.StartApplication())
    v.send(ev.MobileEntered(number="1390433123"))
    v.shot("apply-mobile-typo", "Apply: mobile number with a digit missing")
    v.send(ev.MobileEntered(number="13904331234"))
    v.shot("apply-account-card", "Apply: paid into the social security card's account")
    v.send(ev.ConfirmPaymentAccount())
    v.send(ev.AcceptCommitment())
    v.send(ev.SubmitApplication())
    v.answer(ev.SubmissionStored, reference="YJ-2026-1126-5803")
    v.shot("sending", "Saved on this kiosk while the network is down; not said to be sending")
    v.answer(ev.SubmissionQueued, reference="YJ-2026-1126-5803")
    v.shot("result-offline", "Result: stored on this kiosk, sent later")
    v.send(ev.GoHome())
    v.send(ev.ChooseStatus())
    waiting = ClaimRecord(
        reference="YJ-2026-1126-5803",
        kind=ClaimKind.CLAIM,
        situation=ClaimSituation.WAITING_ON_KIOSK,
        source=StatusSource.THIS_KIOSK,
        timeline=(Entry(TOUR_DAY, ClaimSituation.WAITING_ON_KIOSK),),
    )
    v.answer(ev.StatusLoaded, claims=(waiting,), source=StatusSource.THIS_KIOSK)
    v.shot("status-offline", "Status offline: known on this kiosk, may be out of date")

    # Later, after the sync engine delivered it: the same claim as the agency has it.
    v = visit_for()
    v.card_login()
    v.send(ev.ChooseStatus())
    synced = ClaimRecord(
        reference="YJ-2026-1126-5803",
        kind=ClaimKind.CLAIM,
        situation=ClaimSituation.RECEIVED,
        source=StatusSource.AGENCY,
        timeline=(
            Entry(TOUR_DAY, ClaimSituation.WAITING_ON_KIOSK),
            Entry(date(2026, 11, 27), ClaimSituation.RECEIVED),
        ),
        agency_acts_by=date(2026, 12, 11),
    )
    v.answer(ev.StatusLoaded, claims=(synced,), source=StatusSource.AGENCY)
    v.answer(StatusDeskLoaded, complaints=(), appointments=())
    v.shot("status-synced", "Status after the kiosk synced: received by the agency")
    v.send(ev.GoHome())
    v.send(ev.ChooseStatus())
    v.answer(ev.StatusLoaded, claims=_claims_paying(), source=StatusSource.AGENCY)
    tour_status_desk.answer_desk(v)
    v.shot("status", "Status: being paid, payments and months left; complaints, appointments")
    v.send(ev.GoHome())
    v.send(ev.ChooseStatus())
    v.answer(ev.StatusLoaded, claims=_claims_stopped(), source=StatusSource.AGENCY)
    v.answer(StatusDeskLoaded, complaints=(), appointments=())
    v.shot("status-stopped", "Status: payment stopped, with the reason")
    v.send(ev.GoHome())
    v.send(ev.ChooseStatus())
    withdrawn = ClaimRecord(
        reference="YJ-2026-1120-0312",
        kind=ClaimKind.CLAIM,
        situation=ClaimSituation.WITHDRAWN,
        source=StatusSource.AGENCY,
        timeline=(
            Entry(date(2026, 11, 20), ClaimSituation.RECEIVED),
            Entry(date(2026, 11, 24), ClaimSituation.WITHDRAWN),
        ),
    )
    v.answer(ev.StatusLoaded, claims=(withdrawn,), source=StatusSource.AGENCY)
    v.answer(StatusDeskLoaded, complaints=(), appointments=())
    v.shot("status-withdrawn", "Status: withdrawn by the claimant before a decision")

    # Guide with the flowchart; the printer fails but the guide stays on screen.
    v.send(ev.GoHome())
    v.send(ev.ChooseGuide())
    v.shot("guide", "Guide: steps, materials, time limits, flowchart")
    v.send(ev.PrintGuide())
    v.answer(ev.PrintFailed, fault=PrinterFault.COVER_OPEN)
    v.shot("guide-print-failed", "Guide: printer cover open")

    # Training subsidy.
    v.send(ev.GoHome())
    v.send(ev.ChooseTraining())
    v.answer(ev.CoursesLoaded, courses=(_course(),))
    v.shot("courses", "Training subsidy: approved course on record")
    v.send(ev.ChooseCourse(course_id="C-2026-17"))
    v.send(ev.UseMobileOnFile())
    v.send(ev.ConfirmPaymentAccount())
    v.send(ev.AcceptCommitment())
    v.shot("training-review", "Training subsidy: review")

    # Not eligible: the agency's reason, the rule, what to do.
    v = visit_for()
    v.card_login()
    v.send(ev.ChooseApply())
    v.answer(ev.EligibilityLoaded, eligibility=_not_eligible())
    v.shot("not-eligible", "Not eligible: why, the rule, what to do, apply for a written decision")

    # One open claim per person: the kiosk names it and offers its status, not a second form;
    # an older claimant (larger text by default) sees the same.
    v = visit_for()
    v.card_login()
    v.send(ev.ChooseApply())
    v.answer(ev.EligibilityLoaded, eligibility=replace(_eligible(), open_claim=_OPEN_CLAIM))
    v.shot("already-applied", "Already applied: the open claim and its status")
    v = visit_for()
    v.card_login(_claimant(_ELDER, "朴顺姬"))
    v.send(ev.ChooseApply())
    v.answer(ev.EligibilityLoaded, eligibility=replace(_eligible(), open_claim=_OPEN_CLAIM))
    v.shot("already-applied-elder", "Already applied, a claimant over 60 (larger text by default)")

    # Every month of the entitlement already received.
    v = visit_for()
    v.card_login()
    v.send(ev.ChooseApply())
    v.answer(ev.EligibilityLoaded, eligibility=_used_up())
    v.shot("entitlement-used-up", "Entitlement used up")

    # Wrong PIN, the last-try warning, then a locked card (an older claimant: larger text).
    v = visit_for()
    v.send(ev.CardInserted())
    v.answer(ev.CardRead, identity=_card(_ELDER, "朴顺姬"), pin_tries_left=3)
    v.shot("pin-elder", "PIN entry, a claimant over 60 (larger text by default)")
    v.send(ev.PinEntered(pin="111111"))
    v.answer(ev.PinRejected, tries_left=2)
    v.shot("pin-wrong", "Wrong PIN: tries left")
    v.send(ev.PinEntered(pin="222222"))
    v.answer(ev.PinRejected, tries_left=1)
    v.shot("pin-last-try", "Last PIN try: warning and confirmation")
    v.send(ev.ConfirmLastPinTry())
    v.send(ev.PinEntered(pin="333333"))
    v.answer(ev.PinBlocked)
    v.shot("card-blocked", "Card locked: go to a counter")

    # ID card with a one-time code; a card the reader cannot read.
    v = visit_for()
    v.send(ev.IdCardRead(IdCardIdentity(_YOUNG, "金英哲")))
    v.shot("sending-code", "Sending the one-time code")
    v.answer(ev.OtpSent, masked_mobile="139****1234")
    v.shot("otp", "One-time code entry")
    v.shot("otp-typed", "One-time code, three of six digits typed", typed="482")
    v.send(ev.OtpEntered(code="000000"))
    v.answer(ev.OtpRejected, tries_left=2)
    v.shot("otp-wrong", "Wrong one-time code")
    v = visit_for()
    v.send(ev.CardInserted())
    v.answer(ev.CardReadFailed, fault=CardFault.UNREADABLE)
    v.shot("login-problem", "Login problem: card unreadable")
    v = visit_for()
    v.send(ev.IdCardRead(IdCardIdentity(_YOUNG, "金英哲", valid_to=date(2020, 1, 1))))
    v.shot("id-card-expired", "An expired ID card: refused before any code is sent")

    # A cloned card: it reads and takes its PIN, but its answer to the agency's challenge is
    # wrong. Then a claimant insured in another prefecture, told where to apply.
    v = visit_for()
    v.send(ev.CardInserted())
    v.answer(ev.CardRead, identity=_card(), pin_tries_left=3)
    v.send(ev.PinEntered(pin="123456"))
    v.answer(ev.PinAccepted)
    v.answer(ev.CardLoginFailed, fault=CardProofFault.NOT_GENUINE)
    v.shot("card-not-genuine", "A cloned card: refused, nobody shown")
    v = visit_for()
    v.send(ev.CardInserted())
    v.answer(ev.CardRead, identity=_card(), pin_tries_left=3)
    v.send(ev.PinEntered(pin="123456"))
    v.answer(ev.PinAccepted)
    home = HomeRegion("220102", "吉林省长春市南关区", "길림성 장춘시 남관구")
    v.answer(ev.CardLoginFailed, fault=CardProofFault.OUTSIDE_SERVICE_AREA, home_region=home)
    v.shot("outside-service-area", "Insured in another prefecture: where to apply")

    # Timeout: the warning with its countdown, then the session ends by itself.
    v = visit_for()
    v.card_login()
    v.wait(TOUR_SETTINGS.idle_warning_after_s + 2)
    v.shot("timeout-home", "Timeout warning over the home screen")
    v.wait(TOUR_SETTINGS.countdown_s)
    v.shot("ending-timed-out", "Session ended after the timeout")

    # Timeout after submitting one application and starting another: the goodbye says which
    # was kept and which was not.
    v = visit_for()
    v.card_login()
    v.send(ev.ChooseApply())
    v.answer(ev.EligibilityLoaded, eligibility=_eligible())
    v.send(ev.StartApplication())
    v.send(ev.UseMobileOnFile())
    v.send(ev.ConfirmPaymentAccount())
    v.send(ev.AcceptCommitment())
    v.send(ev.SubmitApplication())
    v.answer(ev.SubmissionStored, reference="YJ-2026-1126-5804")
    v.answer(ev.SubmissionSent, reference="YJ-2026-1126-5804", verification_code="P3X8D2")
    v.send(ev.GoHome())
    v.send(ev.ChooseTraining())
    v.answer(ev.CoursesLoaded, courses=(_course(),))
    v.send(ev.ChooseCourse(course_id="C-2026-17"))
    v.wait(TOUR_SETTINGS.idle_warning_after_s + TOUR_SETTINGS.countdown_s + 2)
    v.shot("ending-timed-out-kept", "Timed out: what was kept and what was not")

    # The guide and flowchart from the attract screen, nobody signed in; printing it while
    # the printer has no paper, then once staff refilled it.
    v = visit_for()
    v.send(ev.ChooseGuide())
    v.shot("guide-from-idle", "Guide from the attract screen, without signing in")
    v.send(ev.PrintGuide())
    v.answer(ev.PrintFailed, fault=PrinterFault.PAPER_OUT)
    v.shot("guide-from-idle-paper-out", "Guide without signing in: out of paper, ask the staff")
    v.wait(TOUR_SETTINGS.printer_check_s)
    v.answer(ev.PrinterChecked, fault=None)
    v.shot("guide-from-idle-ready", "Guide without signing in: printer ready again")

    _walk_home_visit(visit_for)
    _walk_my_details(visit_for)
    _walk_appointments(visit_for)
    _walk_complaints(visit_for)
    _walk_decisions(visit_for)
    _walk_faults(visit_for)
    _walk_ecard(visit_for)
    _walk_changes(visit_for)
    tour_status_desk.walk(visit_for, _claims_paying())


def _walk_ecard(visit_for: Callable[[], Visit]) -> None:
    """The e-card's QR code shown to the scanner: the refusals a claimant can act on."""
    code = "ECSSC1." + "VG91ci1lY2FyZC1jb2Rl" * 5  # the shape only: the tour asks no agency
    v = visit_for()
    v.send(BarcodeScanned(code))
    v.answer(EcardLoginFailed, fault=EcardFault.REPLAYED)
    v.shot("ecard-replayed", "E-card code already used: refresh it in the app")
    v = visit_for()
    v.send(BarcodeScanned(code))
    v.answer(EcardLoginFailed, fault=EcardFault.EXPIRED)
    v.shot("ecard-expired", "E-card code expired: refresh it in the app")
    v = visit_for()
    v.send(BarcodeScanned("https://example.org/receipt/R-2026-0001"))
    v.shot("ecard-not-a-code", "Another barcode shown to the scanner: not an e-card code")
    v = visit_for()
    v.send(BarcodeScanned(code))
    v.answer(EcardLoginFailed, fault=ServiceFault.UNREACHABLE)
    v.shot("ecard-needs-network", "E-card login needs the network")


HOME_VISIT_LOGIN = "field_staff_login"


def _walk_home_visit(visit_for: Callable[[], Visit]) -> None:
    """A field visitor's laptop (`kiosk run --home-visit`): the staff sign-in before any
    claimant, and the banner naming the visitor (masked) above the claimant's screens. Neither is
    a claimant-flow view, so the login is shown on the shell directly, as the app does."""
    from screens.field_staff_login import FieldStaffLoginScreen
    from screens.home_visit_banner import HomeVisitBanner, install_banner

    v = visit_for()
    camera, shell = v.camera, v.camera.shell
    if not shell.has_screen(HOME_VISIT_LOGIN):
        shell.add_screen(HOME_VISIT_LOGIN, FieldStaffLoginScreen())
    login = shell.screen_widget(HOME_VISIT_LOGIN)
    assert isinstance(login, FieldStaffLoginScreen)
    banner = shell.findChild(HomeVisitBanner) or install_banner(shell)
    if current_language() != v.lang:
        install_language(camera.app, v.lang)
    logins = (
        ("home-visit-login", FieldLoginView(), "Home visit: field staff sign-in"),
        (
            "home-visit-login-first-online",
            FieldLoginView(FieldLoginProblem.FIRST_LOGIN_ONLINE),
            "Home visit sign-in offline, never signed in online on this laptop",
        ),
        (
            "home-visit-login-wrong-offline",
            FieldLoginView(FieldLoginProblem.WRONG_PASSWORD, tries_left=3),
            "Home visit sign-in offline, wrong password, tries left",
        ),
    )
    for slug, view, title in logins:
        if v.only is not None and slug not in v.only:
            continue
        shell.set_chrome(
            replace(IDLE_CHROME, language=Language(v.lang), larger_text=camera.layout.larger_text)
        )
        login.set_view(view)
        shell.show_screen(HOME_VISIT_LOGIN)
        _settle(camera.app)
        camera.save(slug, v.lang, title)
    login.clear()
    banner.show_visitor(VisitorBadge("金**", offline=True))
    try:
        v.card_login()
        v.shot("home-visit-home", "Home visit: the banner names the visitor on every screen")
        v.send(ev.ChooseApply())
        v.answer(ev.EligibilityLoaded, eligibility=_eligible())
        v.shot("home-visit-eligibility", "Home visit: eligibility under the visitor's banner")
    finally:
        banner.show_visitor(None)


def _walk_my_details(visit_for: Callable[[], Visit]) -> None:
    """A new mobile number (code to the new number, each way the code fails, done) and the
    payment account (several on file, confirm, done; none on file; no network), and the
    application's payment step when the agency holds several accounts."""
    from kiosk.domain.claimant import AccountKind as Kind
    from kiosk.domain.details import AccountOnFile, MobileChangeFault
    from kiosk.flow import details_types as dt
    from kiosk.flow.states import Service

    card = AccountOnFile(31, Kind.SOCIAL_SECURITY_CARD, "", "", default=True, in_use=True)
    bank = AccountOnFile(32, Kind.BANK_ACCOUNT, "延边农村商业银行", "7890")
    bank_in_use = replace(bank, in_use=True)

    v = visit_for()
    v.card_login()
    v.send(ev.ChooseMoreServices())
    v.send(ev.ChooseService(Service.UPDATE_MOBILE))
    v.shot("update-mobile", "New mobile number: the number on file and the keypad", typed="137")
    v.send(ev.MobileEntered(number="2371234"))
    v.shot("update-mobile-mistyped", "New mobile number: a typing mistake beside the keys")
    v.send(ev.MobileEntered(number="13712345678"))
    v.shot("update-mobile-sending", "New mobile number: sending a code to it")
    v.answer(dt.MobileCodeSent, masked_mobile="137****5678")
    v.shot("update-mobile-code", "New mobile number: the code sent to the new number")
    v.send(ev.OtpEntered(code="000000"))
    v.answer(dt.MobileCodeRejected, tries_left=4)
    v.shot("update-mobile-code-wrong", "New mobile number: wrong code, tries left")
    v.send(ev.OtpEntered(code="000001"))
    v.answer(dt.MobileChangeFailed, fault=MobileChangeFault.EXPIRED)
    v.shot("update-mobile-code-expired", "New mobile number: the code expired, send a new one")
    v.send(ev.ResendOtp())
    v.answer(dt.MobileCodeSent, masked_mobile="137****5678")
    v.send(ev.OtpEntered(code="135790"))
    v.answer(dt.MobileChanged, masked_mobile="137****5678", old_number_told=True)
    v.shot("update-mobile-done", "New mobile number: changed, the old number was told")
    v.send(ev.GoBack())
    v.send(ev.ChooseService(Service.UPDATE_MOBILE))
    v.send(ev.MobileEntered(number="13712345678"))
    v.answer(dt.MobileCodeFailed, fault=MobileChangeFault.TOO_MANY_CODES)
    v.shot("update-mobile-too-many", "New mobile number: too many codes today")

    v.send(ev.GoBack())
    v.send(ev.ChooseService(Service.PAYMENT_ACCOUNT))
    v.answer(dt.PaymentAccountsLoaded, accounts=(card, bank))
    v.shot("payment-accounts", "Payment account: the accounts on file, the card's first")
    v.send(dt.SelectPaymentAccount(account_id=bank.account_id))
    v.shot("payment-account-confirm", "Payment account: pay into this one? From which payment")
    v.send(ev.ConfirmPaymentAccount())
    v.answer(dt.PaymentAccountChosen, accounts=(replace(card, in_use=False), bank_in_use))
    v.shot("payment-account-done", "Payment account: chosen, from the next payment")
    v.send(ev.GoBack())
    v.send(ev.ChooseService(Service.PAYMENT_ACCOUNT))
    v.answer(dt.PaymentAccountsLoaded, accounts=())
    v.shot("payment-account-none", "Payment account: none on file, where one is added")
    v.send(ev.GoBack())
    v.send(ev.ChooseService(Service.PAYMENT_ACCOUNT))
    v.answer(dt.PaymentAccountsUnavailable, fault=ServiceFault.UNREACHABLE)
    v.shot("payment-account-offline", "Payment account: needs the network")

    v = visit_for()
    v.card_login()
    v.send(ev.ChooseApply())
    v.answer(ev.EligibilityLoaded, eligibility=_eligible())
    v.send(ev.StartApplication())
    v.send(ev.UseMobileOnFile())
    v.answer(dt.PaymentAccountsLoaded, accounts=(card, bank))
    v.shot("apply-account-choice", "Apply step 2: several accounts, the card's proposed")


def _walk_complaints(visit_for: Callable[[], Visit]) -> None:
    """A complaint or suggestion, with the keyboard typing (kiosk/tour_complaint.py)."""
    from kiosk import tour_complaint

    tour_complaint.walk(visit_for)


def _walk_changes(visit_for: Callable[[], Visit]) -> None:
    """Report a change and withdraw an application (kiosk/tour_changes.py)."""
    from kiosk import tour_changes

    tour_changes.walk(visit_for)


def _walk_decisions(visit_for: Callable[[], Visit]) -> None:
    """A refusal's written decision and the registration proof (kiosk/tour_decisions.py)."""
    from kiosk import tour_decisions

    tour_decisions.walk(visit_for)


def _walk_appointments(visit_for: Callable[[], Visit]) -> None:
    """A counter appointment: purpose (one already booked), day, time (full ones full), book,
    the receipt screen, print; cancel a booking; a time taken meanwhile; no network."""
    from datetime import timedelta

    from kiosk.domain import appointments as ad
    from kiosk.flow import appointment_types as at
    from kiosk.flow.states import Service

    centre = ad.Centre(
        "LJ-01",
        LocalizedText("龙井市社会保险服务大厅", "룡정시 사회보험봉사청", "Longjing service centre"),
        LocalizedText("龙井市安民街8号", "룡정시 안민거리 8호", "8 Anmin Street, Longjing"),
        "08:30-11:30,13:30-16:30",
    )
    first = date(2026, 11, 30)
    days = tuple(first + timedelta(days=n + 2 * (n // 5)) for n in range(10))
    times = [(8 * 60 + 30 + 30 * n) for n in range(6)] + [(13 * 60 + 30 + 30 * n) for n in range(6)]

    def clock(minutes: int) -> str:
        return f"{minutes // 60:02d}:{minutes % 60:02d}"

    def slots(day_index: int) -> tuple[ad.Slot, ...]:
        return tuple(
            ad.Slot(
                clock(t), clock(t + 30), 0 if (day_index + n) % 5 == 1 or day_index == 3 else 2, 3
            )
            for n, t in enumerate(times)
        )

    openings = ad.Openings(centre, tuple(ad.SlotDay(d, slots(i)) for i, d in enumerate(days)))
    held = ad.Booking(
        "9f1c2e7a-0000-4000-8000-00000a1b2c3d",
        ad.AppointmentPurpose.ACCOUNT,
        days[2],
        "14:00",
        "14:30",
        ad.BookingState.BOOKED,
        centre,
    )
    deemed = ad.AppointmentPurpose.DEEMED_CONTRIBUTION

    v = visit_for()
    v.card_login()
    v.send(ev.ChooseMoreServices())
    v.send(ev.ChooseService(Service.APPOINTMENT))
    v.shot("appointment-loading", "Appointment: finding free times")
    v.answer(at.AppointmentsLoaded, openings=openings, mine=(held,))
    v.shot("appointment-purpose", "Appointment: what for; one already booked, cancellable")
    v.send(at.ChooseAppointmentPurpose(deemed))
    v.shot("appointment-day", "Appointment: the working days ahead, a full day shown full")
    v.send(at.ChooseAppointmentDay(days[0]))
    v.shot("appointment-slot", "Appointment: the times of the day, full ones shown full")
    v.send(at.ChooseAppointmentSlot("08:30"))
    v.shot("appointment-confirm", "Appointment: book this? What to bring")
    v.send(at.ConfirmAppointment())
    v.answer(at.AppointmentNotBooked, fault=ad.AppointmentFault.SLOT_FULL, client_reference="")
    v.shot("appointment-slot-taken", "Appointment: the time was taken meanwhile")
    v.send(at.ChooseAppointmentSlot("10:30"))
    v.send(at.ConfirmAppointment())
    booked = replace(
        held,
        reference="3b7d9e21-0000-4000-8000-0000f00d4e5a",
        purpose=deemed,
        day=days[0],
        starts_at="10:30",
        ends_at="11:00",
    )
    v.answer(at.AppointmentBooked, booking=booked)
    v.shot("appointment-booked", "Appointment: booked: date, time, place, what to bring")
    v.send(ev.PrintReceipt())
    v.answer(ev.PrintFinished)
    v.shot("appointment-printed", "Appointment: the slip printed")
    v.send(ev.GoBack())
    v.send(ev.ChooseService(Service.APPOINTMENT))
    v.answer(at.AppointmentsLoaded, openings=openings, mine=(held,))
    v.send(at.CancelAppointmentAsked(held.reference))
    v.shot("appointment-cancel", "Appointment: cancel this one?")
    v.send(at.ConfirmCancelAppointment())
    v.answer(
        at.AppointmentCancelledByClaimant, booking=replace(held, state=ad.BookingState.CANCELLED)
    )
    v.shot("appointment-cancelled", "Appointment: cancelled")
    v.send(ev.GoBack())
    v.send(ev.ChooseService(Service.APPOINTMENT))
    v.answer(at.AppointmentsNotLoaded, fault=ad.AppointmentFault.UNREACHABLE)
    v.shot("appointment-offline", "Appointment: needs the network, try again")


def _walk_faults(visit_for: Callable[[], Visit]) -> None:
    """Every fault a claimant can meet, each on the screen the flow sends it to."""
    for card_fault in CardFault:
        v = visit_for()
        v.send(ev.CardInserted())
        v.answer(ev.CardReadFailed, fault=card_fault)
        v.shot(f"fault-{card_fault.value}", f"Card fault on reading: {card_fault.value}")
    v = visit_for()
    v.send(ev.CardInserted())
    v.answer(ev.CardRead, identity=_card(), pin_tries_left=3)
    v.send(ev.PinEntered(pin="123456"))
    v.answer(ev.PinCheckFailed, fault=CardFault.REMOVED)
    v.shot("fault-pin-check-card-removed", "Card pulled out while its PIN was checked")
    for login_fault in (*CardProofFault, ServiceFault.REFUSED):
        v = visit_for()
        v.send(ev.CardInserted())
        v.answer(ev.CardRead, identity=_card(), pin_tries_left=3)
        v.send(ev.PinEntered(pin="123456"))
        v.answer(ev.PinAccepted)
        v.answer(ev.CardLoginFailed, fault=login_fault)
        v.shot(f"fault-login-{login_fault.value}", f"Card sign-in refused: {login_fault.value}")
    for otp_fault in OtpFault:
        v = visit_for()
        v.send(ev.IdCardRead(IdCardIdentity(_YOUNG, "金英哲")))
        v.answer(ev.OtpRequestFailed, fault=otp_fault)
        v.shot(f"fault-{otp_fault.value}", f"One-time code not sent: {otp_fault.value}")
    # This kiosk hit the agency's per-kiosk limit (429): wait N minutes or ask the staff.
    v = visit_for()
    v.send(ev.IdCardRead(IdCardIdentity(_YOUNG, "金英哲")))
    v.answer(ev.OtpRequestFailed, fault=OtpFault.TOO_MANY_REQUESTS, wait_s=25 * 60)
    v.shot("fault-kiosk-rate-limited", "Too many tries from this kiosk: wait 25 minutes")
    for service_fault in ServiceFault:
        v = visit_for()
        v.card_login()
        v.send(ev.ChooseApply())
        v.answer(ev.EligibilityUnavailable, fault=service_fault)
        v.shot(
            f"fault-eligibility-{service_fault.value}",
            f"Insurance record not loaded: {service_fault.value}",
        )
        v.send(ev.GoHome())
        v.send(ev.ChooseStatus())
        v.answer(ev.StatusUnavailable, fault=service_fault)
        v.shot(f"fault-status-{service_fault.value}", f"Status not loaded: {service_fault.value}")
        v.send(ev.GoHome())
        v.send(ev.ChooseTraining())
        v.answer(ev.CoursesUnavailable, fault=service_fault)
        v.shot(f"fault-courses-{service_fault.value}", f"Courses not loaded: {service_fault.value}")
    for storage_fault in StorageFault:
        v = visit_for()
        v.card_login()
        v.send(ev.ChooseApply())
        v.answer(ev.EligibilityLoaded, eligibility=_eligible())
        v.send(ev.StartApplication())
        v.send(ev.UseMobileOnFile())
        v.send(ev.ConfirmPaymentAccount())
        v.send(ev.AcceptCommitment())
        v.send(ev.SubmitApplication())
        v.answer(ev.SubmissionStoreFailed, fault=storage_fault)
        v.shot(f"fault-{storage_fault.value}", f"Application not saved: {storage_fault.value}")
    for printer_fault in PrinterFault:
        v = visit_for()
        v.card_login()
        v.send(ev.ChooseApply())
        v.answer(ev.EligibilityLoaded, eligibility=_eligible())
        v.send(ev.StartApplication())
        v.send(ev.UseMobileOnFile())
        v.send(ev.ConfirmPaymentAccount())
        v.send(ev.AcceptCommitment())
        v.send(ev.SubmitApplication())
        v.answer(ev.SubmissionStored, reference="YJ-2026-1126-5802")
        v.answer(ev.SubmissionSent, reference="YJ-2026-1126-5802", verification_code="K7Q2M9")
        v.send(ev.PrintReceipt())
        v.answer(ev.PrintFailed, fault=printer_fault)
        v.shot(
            f"fault-receipt-{printer_fault.value}", f"Receipt not printed: {printer_fault.value}"
        )
        v.send(ev.GoHome())
        v.send(ev.ChooseGuide())
        v.send(ev.PrintGuide())
        v.answer(ev.PrintFailed, fault=printer_fault)
        v.shot(f"fault-guide-{printer_fault.value}", f"Guide not printed: {printer_fault.value}")


def walk_idle_states(camera: TourCamera, lang: str, only: frozenset[str] | None = None) -> None:
    """The idle screen's states, between sessions; pictures (or checks) each. `only` limits
    them to those slugs."""
    idle = camera.screens["idle"]
    assert isinstance(idle, IdleScreen)
    install_language(camera.app, lang)
    for state in IDLE_STATES:
        if only is not None and state.slug not in only:
            continue
        show_idle(camera.shell, idle, state, lang, camera.layout)
        _settle(camera.app)
        camera.save(state.slug, lang, state.title)
    camera.shell.set_chrome(replace(IDLE_CHROME, language=Language(lang)))


def render_tour(
    out_dir: Path,
    langs: tuple[str, ...] = ("zh_CN", "ko", "en"),
    layouts: tuple[Layout, ...] = LAYOUTS,
    only: frozenset[str] | None = None,
) -> list[dict[str, str]]:
    """Save a PNG per screen state, layout and language into `out_dir`, plus index.json.

    Every claimant journey and idle state is pictured in Chinese and Korean in each of
    `layouts` (all four by default), with the receipt on both paper widths; English, for
    maintainers, shows a handful of screens only. `only` limits the shots to those slugs.
    """
    app = _application()
    out_dir.mkdir(parents=True, exist_ok=True)
    shell = KioskShell()
    shell.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    screens = build_screens()
    for name, screen in screens.items():
        shell.add_screen(name, screen)
    shell.resize(*LANDSCAPE_SIZE)
    shell.show()
    previous_language = current_language()
    entries: list[dict[str, str]] = []
    camera = TourCamera(app, shell, screens, out_dir, entries)
    try:
        # Layouts outermost: each text-size switch re-polishes every screen, the dearest step.
        for layout in layouts:
            camera.use_layout(layout)
            camera.receipts = layout == layouts[0]
            for lang in langs:
                # Always: a fresh application reports the default language with no catalogue
                # installed yet, so "already current" cannot be trusted for the first one.
                install_language(app, lang)
                chosen = ENGLISH_SHOTS if lang == "en" else only
                if lang != "en":
                    walk_idle_states(camera, lang, only)
                walk_journeys(lambda lang=lang, chosen=chosen: Visit(camera, lang, chosen))  # type: ignore[misc]
    finally:
        for screen in screens.values():
            clear = getattr(screen, "clear", None)
            if callable(clear):
                clear()
        shell.close()
        shell.deleteLater()
        install_language(app, previous_language)
        _settle(app)
    index = {"screens": entries}
    (out_dir / "index.json").write_text(
        json.dumps(index, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return entries

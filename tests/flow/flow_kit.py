"""A test driver for the session flow: sends events, keeps the clock, answers effects.

Plays the composition root's part with plain values, so the tests read like a claimant's visit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from kiosk.domain.claimant import (
    AccountKind,
    CardIdentity,
    Claimant,
    IdCardIdentity,
    PaymentAccount,
)
from kiosk.domain.eligibility import Eligibility, IneligibilityReason, Separation, SeparationReason
from kiosk.domain.faults import ServiceFault
from kiosk.domain.identity import IdNumber, MobileNumber, check_character, parse_id_number
from kiosk.domain.language import LocalizedText
from kiosk.domain.money import Money
from kiosk.domain.training import Course
from kiosk.flow import events as ev
from kiosk.flow.effects import Effect
from kiosk.flow.machine import SessionFlow
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import Screen, Session
from kiosk.flow.step import Step
from kiosk.flow.view_models import View

TODAY = date(2026, 11, 26)
E = TypeVar("E")

# Built at run time so the strings are not shared constants: the wipe test looks for them.
CLAIMANT_NAME = "".join(["金", "英", "哲"])
ELDER_NAME = "".join(["朴", "顺", "姬"])


def make_id(birth: str = "19800515", region: str = "222405", sequence: str = "123") -> IdNumber:
    first = region + birth + sequence
    parsed = parse_id_number(first + check_character(first))
    assert isinstance(parsed, IdNumber)
    return parsed


YOUNG_ID = make_id("19800515")
ELDER_ID = make_id("19620301", sequence="246")


# Built at run time like the names: the repr tests look for them.
CARD_ID = "".join(["222405d156000005", "0123456789abcdef"])
CARD_TOKEN = "".join(["card-token-", "y" * 20])


def card_for(number: IdNumber = YOUNG_ID, name: str = CLAIMANT_NAME) -> CardIdentity:
    return CardIdentity(
        ssn=number,
        name=name,
        card_number="".join(["A", "8", "2", "7", "7"]),
        region_code="222405",
        card_id=CARD_ID,
    )


# Built at run time like the names: the wipe and repr tests look for it.
THIRD_GENERATION_CARD_NUMBER = "".join(["B", "9", "1", "0", "2", "3", "4", "5", "6"])


def third_generation_card() -> CardIdentity:
    """A 3.00 card read without a security module: region and card number, nobody's name."""
    return CardIdentity(
        ssn=None,
        name="",
        card_number=THIRD_GENERATION_CARD_NUMBER,
        region_code="222405",
        card_id=CARD_ID,
    )


BANK_ACCOUNT = PaymentAccount(AccountKind.BANK_ACCOUNT, "延边农商银行", "6217001234567890")


def claimant_for(
    number: IdNumber = YOUNG_ID,
    name: str = CLAIMANT_NAME,
    mobile: str | None = "139****1234",
    account: PaymentAccount | None = BANK_ACCOUNT,
    full_mobile: str | None = None,
) -> Claimant:
    """`mobile`: the number on file masked, as the agency sends it; `full_mobile`: a record that
    holds the full number (built by hand, e.g. in the tour)."""
    return Claimant(
        ssn=number,
        name=name,
        mobile_on_file=MobileNumber(full_mobile) if full_mobile else None,
        masked_mobile=mobile or "",
        payment_account=account,
    )


def eligible() -> Eligibility:
    return Eligibility(
        eligible=True,
        separation=Separation(
            "延吉市某某制造有限公司",
            "91222401MA0Y123456",
            date(2026, 10, 31),
            SeparationReason.CONTRACT_EXPIRED,
        ),
        contribution_months=62,
        entitlement_months=18,
        monthly_amount=Money(171_000),
    )


def not_eligible() -> Eligibility:
    reason = IneligibilityReason(
        code="contribution_under_12_months",
        rule=LocalizedText(
            "《失业保险条例》第十四条", "《실업보험조례》 제14조", "Regulations art. 14"
        ),
        explanation=LocalizedText(
            "缴费不满一年", "납부 기간이 1년 미만입니다", "Paid under a year"
        ),
        what_to_do=LocalizedText("请到窗口咨询", "창구에 문의하십시오", "Ask at the counter"),
    )
    return Eligibility(
        eligible=False,
        separation=None,
        contribution_months=7,
        entitlement_months=0,
        monthly_amount=None,
        reasons=(reason,),
    )


def course(course_id: str = "C-2026-17") -> Course:
    return Course(
        course_id=course_id,
        name=LocalizedText(zh_cn="中式烹调师（初级）", ko="중식 조리사（초급）"),
        provider=LocalizedText(zh_cn="延吉市职业技能培训学校", ko="연길시직업기능양성학교"),
        starts_on=date(2026, 12, 1),
        ends_on=date(2027, 1, 15),
        subsidy=Money(120_000),
    )


@dataclass
class FlowDriver:
    """The flow plus a clock; `step` is the last result, `session` the current state."""

    settings: FlowSettings
    seconds: float = 0.0
    today: date = TODAY

    def __post_init__(self) -> None:
        self.flow = SessionFlow(self.settings)
        self.session: Session = self.flow.start(self.now())
        self.step = Step(self.session)

    def now(self) -> Moment:
        return Moment(self.seconds, self.today)

    @property
    def screen(self) -> Screen:
        return self.session.screen

    @property
    def view(self) -> View:
        return self.flow.present(self.session)

    @property
    def effects(self) -> tuple[Effect, ...]:
        return self.step.effects

    def send(self, event: ev.Event) -> Step:
        self.step = self.flow.handle(self.session, event, self.now())
        self.session = self.step.session
        return self.step

    def answer(self, result: type[Any], **fields: Any) -> Step:
        """Answer the request the flow is waiting for, with its ticket."""
        assert self.session.awaiting is not None, "the flow is not waiting for anything"
        return self.send(result(ticket=self.session.awaiting, **fields))

    def wait(self, seconds: float) -> None:
        """Let time pass with a Tick every second, as the composition root does."""
        end = self.seconds + seconds
        while self.seconds + 1 <= end:
            self.seconds += 1
            self.send(ev.Tick())
        self.seconds = end

    def effect(self, kind: type[E]) -> E:
        found = [effect for effect in self.effects if isinstance(effect, kind)]
        assert len(found) == 1, f"expected one {kind.__name__}, got {self.effects}"
        return found[0]

    # --- journeys --------------------------------------------------------------------------

    def insert_card(self, card: CardIdentity | None = None, tries_left: int | None = 3) -> None:
        self.send(ev.CardInserted())
        self.answer(ev.CardRead, identity=card or card_for(), pin_tries_left=tries_left)

    def card_logged_in(self) -> None:
        """The card took the PIN, answered the agency's challenge, and the agency gave a token."""
        self.answer(ev.PinAccepted)
        self.answer(ev.CardLoginGranted, token=CARD_TOKEN)

    def card_logged_in_offline(self) -> None:
        """The card took the PIN; the agency could not be reached for its challenge."""
        self.answer(ev.PinAccepted)
        self.answer(ev.CardLoginFailed, fault=ServiceFault.UNREACHABLE)

    def sign_in_with_card(self, claimant: Claimant | None = None) -> None:
        claimant = claimant or claimant_for()
        self.insert_card(card_for(claimant.ssn, claimant.name))
        self.send(ev.PinEntered("123456"))
        self.card_logged_in()
        self.answer(ev.ClaimantFound, claimant=claimant)
        self.send(ev.ConfirmIdentity())

    def sign_in_with_id_card(self, claimant: Claimant | None = None) -> None:
        claimant = claimant or claimant_for()
        self.send(ev.IdCardRead(IdCardIdentity(claimant.ssn, claimant.name)))
        self.answer(ev.OtpSent, masked_mobile="139****1234")
        self.send(ev.OtpEntered("246810"))
        self.answer(ev.OtpAccepted, login_token="tok-" + "x" * 20)
        self.answer(ev.ClaimantFound, claimant=claimant)
        self.send(ev.ConfirmIdentity())

    def open_eligibility(self, eligibility: Eligibility | None = None) -> None:
        self.send(ev.ChooseApply())
        self.answer(ev.EligibilityLoaded, eligibility=eligibility or eligible())

    def fill_application(self) -> None:
        """From the eligibility screen to the review, answering every step."""
        self.send(ev.StartApplication())
        self.send(ev.UseMobileOnFile())
        self.send(ev.ConfirmPaymentAccount())
        self.send(ev.AcceptCommitment())


def kiosk(**settings: Any) -> FlowDriver:
    defaults: dict[str, Any] = {"status_page_base_url": "https://si.example.cn"}
    defaults.update(settings)
    return FlowDriver(FlowSettings(**defaults))

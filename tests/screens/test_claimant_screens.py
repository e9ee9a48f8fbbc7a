"""The claimant screens render the flow's views, send the right intents, and decide nothing."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date
from typing import get_args

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from contract.masking import mask_name
from kiosk.domain.claimant import AccountKind
from kiosk.domain.claims import ClaimKind, ClaimSituation, Delivery, StatusSource
from kiosk.domain.money import Money
from kiosk.flow import events as ev
from kiosk.flow.effects import ReceiptContent
from kiosk.flow.messages import Msg
from kiosk.flow.states import ApplyStep, EndReason, PrintProgress
from kiosk.flow.view_models import (
    AccountView,
    Action,
    ApplyView,
    ClaimView,
    CoursesView,
    CourseView,
    EndingView,
    GuideView,
    HomeView,
    IdentityView,
    IdleView,
    OtpView,
    PaymentView,
    PinView,
    ReceiptView,
    ResultView,
    ScreenView,
    StatusView,
    TimelineView,
)
from kiosk.i18n import install_language
from kiosk.tour import DEMO_ID_NUMBERS, DEMO_NAMES, TourCamera, Visit, walk_journeys
from screens.apply import ApplyScreen
from screens.base import Screen
from screens.courses import CoursesScreen
from screens.ending import EndingScreen
from screens.flowchart import Flowchart
from screens.guide import GuideScreen
from screens.home import HomeScreen
from screens.icons import IconKind
from screens.identity import IdentityScreen
from screens.idle import IdleScreen
from screens.kit import ClaimantScreen
from screens.messages import msg_text, situation_text
from screens.palette import DEFAULT_PALETTE
from screens.pin_entry import OtpScreen, PinScreen
from screens.registry import SCREEN_FOR_VIEW, build_screens, intent_signals
from screens.result import ReceiptScreen, ResultScreen
from screens.shell import LANDSCAPE_SIZE, KioskShell
from screens.speech import SpeechPlayer
from screens.status import StatusScreen
from screens.theme import MIN_TOUCH_TARGET_PX
from tests.screens.screen_kit import chrome, settle

pytestmark = pytest.mark.gui


@pytest.fixture
def kiosk(qtbot: QtBot) -> Iterator[tuple[KioskShell, dict[str, Screen]]]:
    shell = KioskShell()
    qtbot.addWidget(shell)
    screens = build_screens()
    for name, screen in screens.items():
        shell.add_screen(name, screen)
    shell.resize(*LANDSCAPE_SIZE)
    shell.show()
    settle()
    yield shell, screens


def show(
    shell: KioskShell, screens: dict[str, Screen], view: ScreenView, *actions: Action
) -> ClaimantScreen:
    name = SCREEN_FOR_VIEW[type(view)]
    screen = screens[name]
    assert isinstance(screen, ClaimantScreen)
    screen.set_view(view)  # type: ignore[attr-defined]
    screen.set_actions(frozenset(actions))
    shell.show_screen(name)
    settle()
    return screen


def sent(qtbot: QtBot, screen: ClaimantScreen, tap: object) -> list[object]:
    events: list[object] = []
    screen.intent.connect(events.append)
    if callable(tap):
        tap()
    settle()
    return events


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


PIN = PinView(
    Msg.PIN_ENTER, tries_left=3, last_try_warning=False, keypad_enabled=True, pin_length=6
)


# ---- registry --------------------------------------------------------------------------------
def test_every_flow_view_type_has_a_registered_screen() -> None:
    screens = build_screens()
    assert set(SCREEN_FOR_VIEW) == set(get_args(ScreenView))
    assert set(SCREEN_FOR_VIEW.values()) == set(screens)
    assert set(intent_signals(screens)) == set(screens) - {"idle"}


# ---- intents ---------------------------------------------------------------------------------
def test_pin_typed_on_the_keypad_is_sent_when_ok_is_pressed(
    qtbot: QtBot, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    screen = show(*kiosk, PIN, Action.ENTER_PIN)
    assert isinstance(screen, PinScreen)
    events = sent(qtbot, screen, lambda: [click(qtbot, screen.pad.keys[d]) for d in "135790"])
    assert events == [ev.Touched()] * 6
    assert screen.pad.display.text() == "● ● ● ● ● ●"  # never the digits themselves
    events = sent(qtbot, screen, lambda: click(qtbot, screen.pad.ok_button))
    assert events == [ev.PinEntered(pin="135790")]
    assert screen.pad.digits() == ""


def test_keypad_works_from_a_keyboard_too(
    qtbot: QtBot, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    screen = show(*kiosk, PIN, Action.ENTER_PIN)
    assert isinstance(screen, PinScreen)
    screen.pad.setFocus()
    events: list[object] = []
    screen.intent.connect(events.append)
    qtbot.keyClicks(screen.pad, "1234567")
    qtbot.keyClick(screen.pad, Qt.Key.Key_Backspace)
    qtbot.keyClicks(screen.pad, "9")
    qtbot.keyClick(screen.pad, Qt.Key.Key_Return)
    assert events[-1] == ev.PinEntered(pin="123459")


def test_last_try_warning_keeps_the_keypad_off_until_confirmed(
    qtbot: QtBot, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    warning = PinView(Msg.PIN_LAST_TRY_WARNING, 1, True, False, 6)
    screen = show(*kiosk, warning, Action.CONFIRM_LAST_PIN_TRY)
    assert isinstance(screen, PinScreen)
    assert screen.warning.isVisible()
    assert not screen.pad.isEnabled()
    assert "1" in screen.tries.text()
    events = sent(qtbot, screen, lambda: click(qtbot, screen.confirm_button))
    assert events == [ev.ConfirmLastPinTry()]


def test_one_time_code_entry_and_resend(
    qtbot: QtBot, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    view = OtpView(Msg.OTP_ENTER, "139****1234", None, True, 6)
    screen = show(*kiosk, view, Action.ENTER_OTP, Action.RESEND_OTP)
    assert isinstance(screen, OtpScreen)
    assert "139****1234" in screen.detail.text()
    screen.pad.setFocus()
    events: list[object] = []
    screen.intent.connect(events.append)
    qtbot.keyClicks(screen.pad, "246810")
    qtbot.keyClick(screen.pad, Qt.Key.Key_Enter)
    click(qtbot, screen.resend_button)
    assert events[-2:] == [ev.OtpEntered(code="246810"), ev.ResendOtp()]


def test_identity_shows_masked_values_and_offers_this_is_not_me(
    qtbot: QtBot, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    view = IdentityView(Msg.IDENTITY_CONFIRM, "金*哲", "222***********1234", False)
    screen = show(*kiosk, view, Action.CONFIRM_IDENTITY, Action.NOT_ME)
    assert isinstance(screen, IdentityScreen)
    assert screen.name_value.text() == "金*哲"
    assert screen.id_value.text() == "222***********1234"
    assert sent(qtbot, screen, lambda: click(qtbot, screen.not_me_button)) == [ev.RejectIdentity()]
    assert sent(qtbot, screen, lambda: click(qtbot, screen.yes_button)) == [ev.ConfirmIdentity()]


def test_home_tiles_send_their_choices(
    qtbot: QtBot, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    actions = (Action.APPLY, Action.STATUS, Action.GUIDE, Action.TRAINING)
    screen = show(*kiosk, HomeView(Msg.HOME), *actions)
    assert isinstance(screen, HomeScreen)
    tiles = (screen.apply_tile, screen.status_tile, screen.guide_tile, screen.training_tile)
    events = sent(qtbot, screen, lambda: [click(qtbot, tile) for tile in tiles])
    assert events == [ev.ChooseApply(), ev.ChooseStatus(), ev.ChooseGuide(), ev.ChooseTraining()]


def _apply(step: ApplyStep, message: Msg) -> ApplyView:
    account = AccountView(AccountKind.BANK_ACCOUNT, "延边农村商业银行", "**** 7890")
    number = [ApplyStep.MOBILE, ApplyStep.PAYMENT_ACCOUNT, ApplyStep.COMMITMENT, ApplyStep.REVIEW]
    return ApplyView(
        message=message,
        kind=ClaimKind.CLAIM,
        step=step,
        step_number=number.index(step) + 1,
        step_count=4,
        course_name=None,
        masked_mobile_on_file="139****1234",
        mobile_entered="13904331234" if step is ApplyStep.REVIEW else None,
        payment_account=account,
        commitment_version="2019-1",
        problem=None,
    )


def test_apply_steps_send_each_answer(
    qtbot: QtBot, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    shell, screens = kiosk
    screen = show(shell, screens, _apply(ApplyStep.MOBILE, Msg.APPLY_MOBILE), Action.ENTER_MOBILE)
    assert isinstance(screen, ApplyScreen)
    assert not screen.on_file_button.isVisible()  # not offered unless the flow allows it
    screen.pad.setFocus()
    events: list[object] = []
    screen.intent.connect(events.append)
    qtbot.keyClicks(screen.pad, "13904331234")
    assert screen.pad.display.text() == "139 0433 1234"
    qtbot.keyClick(screen.pad, Qt.Key.Key_Return)
    assert events[-1] == ev.MobileEntered(number="13904331234")
    show(shell, screens, _apply(ApplyStep.MOBILE, Msg.APPLY_MOBILE), Action.USE_MOBILE_ON_FILE)
    click(qtbot, screen.on_file_button)
    assert events[-1] == ev.UseMobileOnFile()
    show(
        shell,
        screens,
        _apply(ApplyStep.PAYMENT_ACCOUNT, Msg.APPLY_PAYMENT_ACCOUNT),
        Action.CONFIRM_PAYMENT_ACCOUNT,
    )
    assert screen.number.text() == "**** 7890"
    click(qtbot, screen.confirm_account_button)
    assert events[-1] == ev.ConfirmPaymentAccount()
    show(
        shell,
        screens,
        _apply(ApplyStep.COMMITMENT, Msg.APPLY_COMMITMENT),
        Action.ACCEPT_COMMITMENT,
    )
    assert "12333" in screen.commitment.text()  # the whole commitment, not a summary
    click(qtbot, screen.accept_button)
    assert events[-1] == ev.AcceptCommitment()
    show(shell, screens, _apply(ApplyStep.REVIEW, Msg.APPLY_REVIEW), Action.SUBMIT)
    assert screen.mobile.text() == "139 0433 1234"
    click(qtbot, screen.submit_button)
    assert events[-1] == ev.SubmitApplication()


def test_session_end_puts_the_step_strip_back_at_the_first_step(
    kiosk: tuple[KioskShell, dict[str, Screen]],
) -> None:
    """The next application starts at step 1: its strip is styled between sessions, so the
    change from the eligibility screen only sets texts."""
    shell, screens = kiosk
    screen = show(shell, screens, _apply(ApplyStep.REVIEW, Msg.APPLY_REVIEW), Action.SUBMIT)
    assert isinstance(screen, ApplyScreen)
    assert [box.objectName() for box in screen.strip.boxes] == ["", "", "", "StepDone"]
    screen.clear()
    looks = [
        (box.objectName(), label.property("role"))
        for box, label in zip(screen.strip.boxes, screen.strip.labels, strict=True)
    ]
    assert looks == [("StepDone", "strong"), ("", "muted"), ("", "muted"), ("", "muted")]
    polished: list[object] = []
    style = screen.strip.boxes[0].style()
    original = style.polish
    try:
        style.polish = lambda widget: polished.append(widget)  # type: ignore[method-assign]
        show(shell, screens, _apply(ApplyStep.MOBILE, Msg.APPLY_MOBILE), Action.ENTER_MOBILE)
    finally:
        style.polish = original  # type: ignore[method-assign]
    assert polished == []
    assert screen.strip.labels[0].text().startswith("1.")


def test_receipt_failure_shows_the_status_link_as_a_qr_code(
    qtbot: QtBot, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    result = ResultView(
        Msg.RESULT_RECEIVED_ONLINE, ClaimKind.CLAIM, Delivery.RECEIVED_ONLINE, "YJ-1", None
    )
    shell, screens = kiosk
    shown = show(shell, screens, result, Action.PRINT_RECEIPT)
    assert isinstance(shown, ResultScreen)
    assert sent(qtbot, shown, lambda: click(qtbot, shown.print_button)) == [ev.PrintReceipt()]
    failed = ReceiptView(
        Msg.APPLICATION_IS_SAFE,
        result,
        PrintProgress.FAILED,
        Msg.PRINTER_PAPER_OUT,
        Msg.APPLICATION_IS_SAFE,
        "https://status.example.cn/status/YJ-1?v=K7",
    )
    screen = show(shell, screens, failed, Action.PRINT_RECEIPT)
    assert isinstance(screen, ReceiptScreen)
    assert screen.qr.isVisible() and screen.qr.has_code()
    assert screen.fault.text.text() == msg_text(Msg.PRINTER_PAPER_OUT)
    assert screen.reference.reference.text() == "YJ-1"
    assert sent(qtbot, screen, lambda: click(qtbot, screen.again_button)) == [ev.PrintReceipt()]


def test_course_tile_applies_for_that_course(
    qtbot: QtBot, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    course = CourseView(
        "C-17",
        "中式烹调师（初级）",
        "延吉市职业技能培训学校",
        date(2026, 12, 1),
        date(2027, 1, 15),
        Money(120_000),
    )
    screen = show(*kiosk, CoursesView(Msg.TRAINING_CHOOSE, (course,)), Action.CHOOSE_COURSE)
    assert isinstance(screen, CoursesScreen)
    assert "1,200.00元" in screen.tiles[0].subsidy.text()
    events = sent(qtbot, screen, lambda: click(qtbot, screen.tiles[0]))
    assert events == [ev.ChooseCourse(course_id="C-17")]


def test_guide_print_button_sends_the_print_intent(
    qtbot: QtBot, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    screen = show(*kiosk, GuideView(Msg.GUIDE, None, None), Action.PRINT_GUIDE)
    assert isinstance(screen, GuideScreen)
    assert sent(qtbot, screen, lambda: click(qtbot, screen.print_button)) == [ev.PrintGuide()]


# ---- drawing, language, personal data --------------------------------------------------------
def test_flowchart_is_drawn_not_blank(qtbot: QtBot) -> None:
    chart = Flowchart()
    qtbot.addWidget(chart)
    chart.resize(800, 760)
    image = chart.grab().toImage()
    ink = QColor(DEFAULT_PALETTE.ink).rgb()
    painted = ink_pixels = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            pixel = image.pixel(x, y)
            if QColor(pixel).alpha() > 0:
                painted += 1
            if pixel == ink:
                ink_pixels += 1
    samples = (image.width() // 4) * (image.height() // 4)
    assert painted > samples * 0.15  # boxes and a diamond, not a blank widget
    assert ink_pixels > 200  # outlines, arrows and words
    assert len(chart.node_texts()) == 7


def test_screens_reword_themselves_when_the_language_changes(
    qapp: QApplication, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    shell, screens = kiosk
    screen = show(shell, screens, PIN, Action.ENTER_PIN)
    assert isinstance(screen, PinScreen)
    chinese = screen.heading.text()
    assert chinese == "请在键盘上输入社保卡密码，再按“确定”。"
    install_language(qapp, "ko")
    settle()
    assert screen.heading.text() == "건반에서 카드 비밀번호를 누르시고 《확인》을 누르십시오."
    assert screen.pad.ok_button.text() == "확인"
    assert shell.top_bar.title_label.text() == "카드 비밀번호"


@pytest.mark.parametrize("lang", ["zh_CN", "ko"])
def test_every_flow_message_has_its_own_translation(qapp: QApplication, lang: str) -> None:
    install_language(qapp, "en")
    english = {msg: msg_text(msg) for msg in Msg}
    install_language(qapp, lang)
    untranslated = [msg for msg in Msg if msg_text(msg) == english[msg]]
    assert untranslated == []


class _Reader(TourCamera):
    """Collects every word on the glass at every state of every scripted journey."""

    def __init__(self, app: QApplication, shell: KioskShell, screens: dict[str, Screen]) -> None:
        super().__init__(app, shell, screens, out_dir=None, entries=[])
        self.words: dict[str, list[str]] = {}

    def receipt_preview(self, content: ReceiptContent, slug: str, lang: str) -> None:
        pass

    def save(self, slug: str, lang: str, title: str) -> None:
        self.words[slug] = [
            label.text() for label in self.shell.findChildren(QLabel) if label.isVisible()
        ]


def test_no_screen_ever_shows_a_full_id_number_or_name(
    qapp: QApplication, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    reader = _Reader(qapp, *kiosk)
    walk_journeys(lambda: Visit(reader, "zh_CN", None))
    assert len(reader.words) > 40
    everything = "\n".join(text for texts in reader.words.values() for text in texts)
    for number in DEMO_ID_NUMBERS:
        assert number.value not in everything
    for name in DEMO_NAMES:
        assert name not in everything
    assert mask_name(DEMO_NAMES[0]) in everything  # the masked form is shown


def test_session_end_clears_what_the_screens_showed(
    kiosk: tuple[KioskShell, dict[str, Screen]],
) -> None:
    shell, screens = kiosk
    view = IdentityView(Msg.IDENTITY_CONFIRM, "金*哲", "222***********1234", False)
    screen = show(shell, screens, view, Action.CONFIRM_IDENTITY)
    for each in screens.values():
        if isinstance(each, ClaimantScreen):
            each.clear()
    assert isinstance(screen, IdentityScreen)
    assert screen.name_value.text() == "" and screen.id_value.text() == ""


# ---- read aloud ------------------------------------------------------------------------------
class _SilentPlayer(SpeechPlayer):
    def __init__(self) -> None:
        super().__init__()
        self.spoken: list[tuple[str, str]] = []
        self.stops = 0

    def available(self) -> bool:
        return True

    def speak(self, text: str, language: str) -> None:
        self.spoken.append((language, text))

    def stop(self) -> None:
        self.stops += 1


def test_read_aloud_speaks_the_screen_and_stops_on_screen_change(
    kiosk: tuple[KioskShell, dict[str, Screen]],
) -> None:
    shell, screens = kiosk
    player = _SilentPlayer()
    shell.set_speech(player)
    show(shell, screens, PIN, Action.ENTER_PIN)
    assert player.spoken == []  # off by default
    shell.set_chrome(chrome(read_aloud=True, can_finish=True))
    assert player.spoken[-1][0] == "zh_CN"
    assert "密码" in player.spoken[-1][1]
    stops = player.stops
    show(shell, screens, HomeView(Msg.HOME), Action.APPLY)
    assert player.stops > stops
    assert "您要办理什么？" in player.spoken[-1][1]
    wrong = PinView(Msg.PIN_WRONG_TRIES_LEFT, 2, False, True, 6)
    show(shell, screens, wrong, Action.ENTER_PIN)
    assert "密码不对" in player.spoken[-1][1]


def test_without_a_speech_engine_read_aloud_is_not_offered(
    kiosk: tuple[KioskShell, dict[str, Screen]],
) -> None:
    shell, _ = kiosk
    player = SpeechPlayer(program="no-such-speech-engine")
    assert not player.available()
    player.speak("你好", "zh_CN")  # does nothing, raises nothing
    shell.set_speech(player)
    assert not shell.top_bar.read_aloud_button.isVisibleTo(shell)


# ---- elderly mode ----------------------------------------------------------------------------
def test_elderly_mode_shows_larger_text_and_one_tap_leaves_it(
    qtbot: QtBot, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    shell, screens = kiosk
    screen = show(shell, screens, PIN, Action.ENTER_PIN)
    normal = screen.heading.fontInfo().pixelSize()
    shell.set_chrome(chrome(elderly_mode=True, can_finish=True))
    settle()
    assert screen.heading.fontInfo().pixelSize() > normal
    assert shell.top_bar.larger_text_button.isChecked()  # a check mark, not colour alone
    left: list[bool] = []
    wanted: list[bool] = []
    shell.leave_elderly_mode_requested.connect(lambda: left.append(True))
    shell.larger_text_requested.connect(wanted.append)
    click(qtbot, shell.top_bar.larger_text_button)
    assert left == [True] and wanted == [False]


# ---- honest wording at the edges (issue 12) ----------------------------------------------------
def _stopped_claim() -> ClaimView:
    return ClaimView(
        reference="YJ-2026-1204-0001",
        kind=ClaimKind.CLAIM,
        situation=ClaimSituation.STOPPED,
        you_do_next=Msg.YOU_SEE_REASON_OR_COUNTER,
        agency_does_next=Msg.AGENCY_NOTHING_MORE,
        agency_acts_by=None,
        timeline=(
            TimelineView(date(2026, 12, 4), ClaimSituation.RECEIVED),
            TimelineView(date(2026, 12, 4), ClaimSituation.APPROVED),
            TimelineView(date(2026, 12, 4), ClaimSituation.PAYING),
            TimelineView(date(2027, 4, 2), ClaimSituation.STOPPED),
        ),
        payments=tuple(
            PaymentView(date(year, month, 1), Money(171_000))
            for year, month in ((2026, 12), (2027, 1), (2027, 2))
        ),
        months_left=0,
        stop_reason_code="stop_reemployed_contribution",
        months_granted=12,
        months_paid=3,
        months_unused=9,
        stopped_from=date(2027, 3, 1),
    )


def test_a_stopped_claim_says_from_when_and_why_first_and_its_months_add_up(
    qapp: QApplication, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    install_language(qapp, "en")
    view = StatusView(Msg.STATUS_FROM_AGENCY, StatusSource.AGENCY, False, (_stopped_claim(),))
    screen = show(*kiosk, view)
    assert isinstance(screen, StatusScreen)
    column = screen.now_card.layout()
    assert column is not None
    # The stop comes straight after the situation, before "what you do" and "the agency".
    assert column.indexOf(screen.stop_text) == column.indexOf(screen.situation) + 1
    assert column.indexOf(screen.stop_text) < column.indexOf(screen.agency_text)
    assert screen.stop_text.text() == (
        "Payment stopped from March 2027. Why: A new employer pays your insurance."
    )
    shown = [label.text() for label in screen.payments if label.isVisibleTo(screen)]
    assert len(shown) == 3 and shown[0].startswith("December 2026")
    assert screen.months_paid.text() == "Paid so far: 3 of 12 months"
    assert not screen.months_left.isVisibleTo(screen)  # nothing before the stop is owed
    assert screen.months_unused.isVisibleTo(screen) and "9" in screen.months_unused.text()
    steps = [label.text() for label in screen.timeline if label.isVisibleTo(screen)]
    assert len(steps) == 4 and "Received" in steps[0]
    install_language(qapp, "zh_CN")


@pytest.mark.parametrize("lang", ["zh_CN", "ko", "en"])
def test_claim_situations_differ_in_more_than_a_syllable(qapp: QApplication, lang: str) -> None:
    """지급중 and 지급 중지, 已批准 and 未批准, differed by one syllable: easy to misread."""
    install_language(qapp, lang)
    names = {situation: situation_text(situation) for situation in ClaimSituation}
    install_language(qapp, "zh_CN")
    assert len(set(names.values())) == len(names)
    for (one, a), (other, b) in itertools.combinations(names.items(), 2):
        assert a not in b and b not in a, (one, other, a, b)
        assert len(set(a) ^ set(b)) >= 4, (one, other, a, b)


def test_an_application_saved_on_the_kiosk_is_not_titled_done(
    qapp: QApplication, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    shell, screens = kiosk
    stored = ResultView(
        Msg.RESULT_STORED_ON_KIOSK, ClaimKind.CLAIM, Delivery.STORED_ON_KIOSK, "YJ-9", None
    )
    screen = show(shell, screens, stored, Action.PRINT_RECEIPT)
    assert isinstance(screen, ResultScreen)
    assert shell.top_bar.title_label.text() == "已存在本机，稍后发送"
    assert "完成" not in shell.top_bar.title_label.text()
    assert screen.stored_icon.isVisible() and not screen.received_icon.isVisible()
    online = ResultView(
        Msg.RESULT_RECEIVED_ONLINE, ClaimKind.CLAIM, Delivery.RECEIVED_ONLINE, "YJ-8", None
    )
    screen = show(shell, screens, online, Action.PRINT_RECEIPT)
    assert screen.title() == "经办机构已收到申请" and screen.received_icon.isVisible()


def test_paper_out_asks_for_staff_and_offers_no_print_again_until_ready(
    kiosk: tuple[KioskShell, dict[str, Screen]],
) -> None:
    result = ResultView(
        Msg.RESULT_RECEIVED_ONLINE, ClaimKind.CLAIM, Delivery.RECEIVED_ONLINE, "YJ-1", None
    )
    waiting = ReceiptView(
        Msg.APPLICATION_IS_SAFE,
        result,
        PrintProgress.FAILED,
        Msg.PRINTER_PAPER_OUT,
        Msg.APPLICATION_IS_SAFE,
        None,
    )
    screen = show(*kiosk, waiting)  # the flow allows no printing while it waits
    assert isinstance(screen, ReceiptScreen)
    assert "工作人员" in screen.fault.text.text()
    assert not screen.again_button.isVisibleTo(screen)
    ready = ReceiptView(
        Msg.APPLICATION_IS_SAFE,
        result,
        PrintProgress.FAILED,
        Msg.PRINTER_READY_AGAIN,
        Msg.APPLICATION_IS_SAFE,
        None,
    )
    screen = show(*kiosk, ready, Action.PRINT_RECEIPT)
    assert screen.again_button.isVisibleTo(screen)  # type: ignore[attr-defined]
    guide = show(*kiosk, GuideView(Msg.GUIDE, PrintProgress.FAILED, Msg.PRINTER_COVER_OPEN))
    assert isinstance(guide, GuideScreen) and not guide.print_button.isVisibleTo(guide)


def test_a_timeout_has_its_own_picture_and_says_what_was_kept(
    kiosk: tuple[KioskShell, dict[str, Screen]],
) -> None:
    timed_out = EndingView(
        Msg.ENDING_TIMED_OUT,
        EndReason.TIMED_OUT,
        take_card=False,
        kept=Msg.ENDING_KEPT_ON_KIOSK,
        not_kept=Msg.ENDING_UNFINISHED_NOT_KEPT,
    )
    screen = show(*kiosk, timed_out)
    assert isinstance(screen, EndingScreen)
    assert screen.shown_icon() is IconKind.CLOCK
    assert screen.kept.text() == msg_text(Msg.ENDING_KEPT_ON_KIOSK)
    assert screen.not_kept.text() == msg_text(Msg.ENDING_UNFINISHED_NOT_KEPT)
    assert screen.kept.isVisible() and screen.not_kept.isVisible()
    finished = show(*kiosk, EndingView(Msg.ENDING_FINISHED, EndReason.FINISHED, False))
    assert finished.shown_icon() is IconKind.CHECK  # type: ignore[attr-defined]
    assert not screen.kept.isVisible() and not screen.not_kept.isVisible()


def test_take_your_card_is_the_goodbye_screens_main_message(
    kiosk: tuple[KioskShell, dict[str, Screen]],
) -> None:
    screen = show(*kiosk, EndingView(Msg.ENDING_FINISHED, EndReason.FINISHED, True))
    assert isinstance(screen, EndingScreen)
    assert screen.shown_icon() is IconKind.TAKE_CARD
    assert screen.heading.text() == "请带走您的卡。"
    assert screen.heading.property("role") == "display"
    assert screen.goodbye.text() == msg_text(Msg.ENDING_FINISHED)


def test_idle_with_the_card_in_the_reader_shows_only_the_reminder(
    qtbot: QtBot, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    shell, screens = kiosk
    idle = screens["idle"]
    assert isinstance(idle, IdleScreen)
    shell.show_screen("idle")
    idle.set_view(IdleView(Msg.IDLE_WELCOME, take_card=True))
    settle()
    assert idle.take_card_notice.isVisible()
    hidden = (idle.headline, idle.start_card, idle.services_card, idle.guide_button)
    assert not any(widget.isVisible() for widget in hidden)
    assert idle.read_aloud_text() == idle.take_card_text.text()
    idle.set_view(IdleView(Msg.IDLE_WELCOME, take_card=False))
    settle()
    assert not idle.take_card_notice.isVisible()
    assert idle.start_card.isVisible() and idle.guide_button.isVisible()


def test_idle_guide_button_opens_the_guide_without_a_card(
    qtbot: QtBot, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    shell, screens = kiosk
    idle = screens["idle"]
    assert isinstance(idle, IdleScreen)
    shell.show_screen("idle")
    idle.set_view(IdleView(Msg.IDLE_WELCOME, take_card=False))
    settle()
    button = idle.guide_button
    assert button.isVisible() and button.height() >= MIN_TOUCH_TARGET_PX
    events: list[object] = []
    idle.intent.connect(events.append)
    click(qtbot, button)
    assert events == [ev.ChooseGuide()]


def test_a_withdrawn_claim_is_named_withdrawn_not_received(
    qapp: QApplication, kiosk: tuple[KioskShell, dict[str, Screen]]
) -> None:
    withdrawn = ClaimView(
        reference="YJ-2026-1204-0002",
        kind=ClaimKind.CLAIM,
        situation=ClaimSituation.WITHDRAWN,
        you_do_next=Msg.YOU_MAY_APPLY_AGAIN,
        agency_does_next=Msg.AGENCY_NOTHING_MORE,
        agency_acts_by=None,
        timeline=(
            TimelineView(date(2026, 12, 4), ClaimSituation.RECEIVED),
            TimelineView(date(2026, 12, 7), ClaimSituation.WITHDRAWN),
        ),
        payments=(),
        months_left=None,
        stop_reason_code=None,
    )
    view = StatusView(Msg.STATUS_FROM_AGENCY, StatusSource.AGENCY, False, (withdrawn,))
    for lang, words in (("en", "Withdrawn"), ("zh_CN", "撤回"), ("ko", "철회되였습니다")):
        install_language(qapp, lang)
        screen = show(*kiosk, view)
        assert isinstance(screen, StatusScreen)
        assert words in screen.situation.text()
        assert situation_text(ClaimSituation.RECEIVED) not in screen.situation.text()
        steps = [label.text() for label in screen.timeline if label.isVisibleTo(screen)]
        assert len(steps) == 2 and words in steps[-1]
    install_language(qapp, "zh_CN")

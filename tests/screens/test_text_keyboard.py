"""The on-screen keyboard and the complaint screens, driven offscreen as a claimant would:
taps on keys and candidates, the language switch, the limit, and nothing left after `clear`."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.domain.complaints import READY_TEXTS, ComplaintCategory
from kiosk.domain.language import Language
from kiosk.flow import complaint_types as ct
from kiosk.flow import events as ev
from kiosk.flow.complaint_views import ComplaintItem, ComplaintReceiptView, ComplaintView
from kiosk.flow.messages import Msg
from kiosk.flow.states import PrintProgress
from kiosk.flow.view_models import Action
from kiosk.i18n import install_language
from kiosk.text_input.hangul import keys_of
from screens.complaint import ComplaintReceiptScreen, ComplaintScreen
from screens.text_keyboard import KeyboardMode, TextKeyboard
from screens.theme import MIN_TOUCH_TARGET_PX, apply_theme
from tests.screens.screen_kit import settle

pytestmark = pytest.mark.gui

SECRET = "张师傅态度很差"


@pytest.fixture
def keyboard(qtbot: QtBot) -> TextKeyboard:
    made = TextKeyboard(max_length=40)
    qtbot.addWidget(made)
    apply_theme(made)
    made.resize(1808, 700)
    made.show()
    settle()
    return made


def tap(keyboard: TextKeyboard, text: str) -> None:
    """Tap the visible key that shows `text`, as a finger would."""
    for key in keyboard.findChildren(type(keyboard.space_key)):
        if key.isVisible() and key.text() == text:
            key.click()
            return
    raise AssertionError(f"no key {text!r} on the glass")


def test_pinyin_keys_and_a_candidate_write_chinese(keyboard: TextKeyboard) -> None:
    keyboard.set_language(Language.ZH_CN)
    written: list[str] = []
    keyboard.text_changed.connect(written.append)
    for letter in "tousu":
        tap(keyboard, letter)
    assert keyboard.candidates_shown()[0] == "投诉"
    assert "tou'su" in keyboard.display.toPlainText()
    keyboard.candidate_keys[0].click()
    assert keyboard.text() == "投诉"
    assert written[-1] == "投诉"


def test_the_keyboard_follows_the_session_language_and_switches(keyboard: TextKeyboard) -> None:
    keyboard.set_language(Language.KO)
    assert keyboard.mode() is KeyboardMode.HANGUL
    assert not keyboard.candidate_bar.isVisible()
    for jamo in keys_of("안녕"):
        tap(keyboard, jamo)
    assert keyboard.text() == "안녕"
    tap(keyboard, "拼音")  # the switch key names the writing it switches to
    assert keyboard.mode() is KeyboardMode.PINYIN
    for letter in "ni":
        tap(keyboard, letter)
    tap(keyboard, keyboard.space_key.text())
    assert keyboard.text() == "안녕你"


def test_shift_gives_the_double_consonants_for_one_key(keyboard: TextKeyboard) -> None:
    keyboard.set_language(Language.KO)
    keyboard.shift.click()
    tap(keyboard, "ㄲ")
    assert not keyboard.shift.isChecked()
    tap(keyboard, "ㅏ")
    assert keyboard.text() == "까"


def test_digits_and_punctuation_are_one_tap_away(keyboard: TextKeyboard) -> None:
    keyboard.set_language(Language.ZH_CN)
    tap(keyboard, "123")
    tap(keyboard, "1")
    tap(keyboard, "2")
    tap(keyboard, "。")
    tap(keyboard, "拼音")
    tap(keyboard, "a")
    assert keyboard.text().startswith("12。")


def test_backspace_clear_and_the_limit(keyboard: TextKeyboard) -> None:
    keyboard.set_language(Language.KO)
    keyboard.set_max_length(3)
    for jamo in keys_of("가나다라"):
        keyboard.press(jamo)
    # ㄹ still fits as a final; the vowel that would start a fourth syllable does not.
    assert keyboard.text() == "가나달"
    assert keyboard.counter.text() == "3 / 3"
    keyboard.backspace_key.click()
    assert keyboard.text() == "가나다"
    keyboard.clear_key.click()
    assert keyboard.text() == ""


def test_a_hardware_keyboard_types_the_same(keyboard: TextKeyboard, qtbot: QtBot) -> None:
    keyboard.set_language(Language.KO)
    qtbot.keyClicks(keyboard, "dkssud")  # type: ignore[no-untyped-call]  # 안녕 on 두벌식
    assert keyboard.text() == "안녕"
    qtbot.keyClick(keyboard, Qt.Key.Key_Backspace)  # type: ignore[no-untyped-call]
    assert keyboard.text() == "안녀"


def test_every_key_is_a_touch_target_in_portrait(keyboard: TextKeyboard) -> None:
    keyboard.set_portrait(True)
    keyboard.resize(1048, 1000)
    settle()
    keys = [k for k in keyboard.findChildren(type(keyboard.space_key)) if k.isVisible()]
    assert keys
    assert all(min(k.width(), k.height()) >= MIN_TOUCH_TARGET_PX for k in keys)


def test_clear_leaves_nothing_typed_anywhere(keyboard: TextKeyboard) -> None:
    keyboard.set_language(Language.ZH_CN)
    keyboard.set_text(SECRET)
    for letter in "hen":
        keyboard.press(letter)
    keyboard.clear()
    assert keyboard.text() == ""
    assert SECRET not in keyboard.display.toPlainText()
    assert keyboard.candidates_shown() == []


@pytest.fixture
def complaint(qtbot: QtBot, qapp: QApplication) -> ComplaintScreen:
    install_language(qapp, "zh_CN")
    screen = ComplaintScreen()
    qtbot.addWidget(screen)
    apply_theme(screen)
    screen.resize(1920, 900)
    screen.show()
    settle()
    return screen


def show(screen: ComplaintScreen, view: ComplaintView, *actions: Action) -> None:
    screen.set_view(view)
    screen.set_actions(frozenset(actions))
    settle()


def test_the_screen_sends_the_category_then_the_ready_sentence(
    complaint: ComplaintScreen, qtbot: QtBot
) -> None:
    sent: list[object] = []
    complaint.intent.connect(sent.append)
    show(
        complaint,
        ComplaintView(
            Msg.COMPLAINT_CHOOSE_CATEGORY, ct.ComplaintStep.CATEGORY, tuple(ComplaintCategory)
        ),
        Action.CHOOSE_COMPLAINT_CATEGORY,
    )
    complaint.category_buttons[ComplaintCategory.PAYMENT].click()
    assert sent[-1] == ct.ChooseComplaintCategory(ComplaintCategory.PAYMENT)
    show(
        complaint,
        ComplaintView(
            Msg.COMPLAINT_CHOOSE_TEXT,
            ct.ComplaintStep.TEXT,
            category=ComplaintCategory.PAYMENT,
            ready_texts=READY_TEXTS[ComplaintCategory.PAYMENT],
        ),
        Action.CHOOSE_READY_TEXT,
        Action.WRITE_OWN_TEXT,
    )
    tile = complaint.sentence_tiles[1]
    assert tile.words.text() == READY_TEXTS[ComplaintCategory.PAYMENT][1].zh_cn
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert sent[-1:] == [ct.ChooseReadyText(1)]


def test_typing_proves_presence_and_next_sends_the_text(complaint: ComplaintScreen) -> None:
    sent: list[object] = []
    complaint.intent.connect(sent.append)
    show(
        complaint,
        ComplaintView(Msg.COMPLAINT_WRITE, ct.ComplaintStep.WRITING, text="已经"),
        Action.ENTER_COMPLAINT_TEXT,
    )
    assert complaint.keyboard.isVisible() and complaint.keyboard.text() == "已经"
    for letter in "dengle":
        complaint.keyboard.press(letter)
    assert ev.Touched() in sent
    complaint.next_button.click()
    assert isinstance(sent[-1], ct.ComplaintTextEntered)
    assert sent[-1].text == "已经等了"


def test_earlier_answers_show_and_clear_forgets_every_word(complaint: ComplaintScreen) -> None:
    item = ComplaintItem(
        reference="r-1",
        category=ComplaintCategory.WAITING_TIME,
        filed_on=date(2026, 11, 2),
        due_by=date(2026, 11, 17),
        answered=True,
        overdue=False,
        text=SECRET,
        answer="已调查并改进。",
        answered_on=date(2026, 11, 9),
    )
    show(complaint, ComplaintView(Msg.COMPLAINT_MINE, ct.ComplaintStep.MINE, mine=(item,)))
    shown = [label.text() for label in complaint.mine.findChildren(type(complaint.heading))]
    assert SECRET in shown and "已调查并改进。" in shown
    show(
        complaint,
        ComplaintView(Msg.COMPLAINT_WRITE, ct.ComplaintStep.WRITING, text=SECRET),
        Action.ENTER_COMPLAINT_TEXT,
    )
    complaint.clear()
    settle()
    visible = [
        label.text()
        for label in complaint.findChildren(type(complaint.heading))
        if label.isVisibleTo(complaint)
    ]
    assert all(SECRET not in text for text in visible)
    assert complaint.keyboard.text() == ""


def test_the_receipt_screen_says_when_the_answer_is_due(qtbot: QtBot, qapp: QApplication) -> None:
    install_language(qapp, "ko")
    screen = ComplaintReceiptScreen()
    qtbot.addWidget(screen)
    sent: list[object] = []
    screen.intent.connect(sent.append)
    screen.set_view(
        ComplaintReceiptView(
            Msg.COMPLAINT_FILED,
            "r-77",
            ComplaintCategory.KIOSK,
            date(2026, 11, 26),
            date(2026, 12, 11),
            PrintProgress.PRINTED,
            None,
        )
    )
    screen.set_actions(frozenset({Action.PRINT_RECEIPT}))
    assert screen.due.text() == "2026년 12월 11일"
    assert screen.heading.text() == msg_text_ko_filed()
    screen.print_button.click()
    assert sent == [ev.PrintReceipt()]
    install_language(qapp, "zh_CN")


def msg_text_ko_filed() -> str:
    from screens.messages import msg_text

    return msg_text(Msg.COMPLAINT_FILED)

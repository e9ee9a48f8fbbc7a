"""The tour's complaint journey (kiosk/tour.py calls `walk` from `_walk_complaints`): the
earlier complaints with an answer, category, ready-made sentences, the keyboard in pinyin or
Hangul part-way through a sentence, the review, the receipt, and no network."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from kiosk.domain.complaints import (
    ComplaintCategory,
    ComplaintFault,
    ComplaintRecord,
    ComplaintState,
)
from kiosk.flow import complaint_types as ct
from kiosk.flow import events as ev
from kiosk.flow.states import Service
from kiosk.text_input.hangul import keys_of

if TYPE_CHECKING:
    from kiosk.tour import Visit

# What the claimant types in each language: the keys, and (pinyin) which candidate is chosen
# after which letters. The last syllable is left composing, as a picture mid-sentence would be.
_PINYIN = (("paidui", "排队"), ("shijian", ""))
_HANGUL = "기다리는 시간이 너무 길"
_WRITTEN = {"zh_CN": "排队时间太长了，希望多开几个窗口。", "ko": "기다리는 시간이 너무 깁니다."}


def _type(visit: Visit) -> None:
    """Type on the keyboard of the screen on the glass, as a claimant part-way through."""
    from kiosk.tour import _settle
    from screens.complaint import ComplaintScreen

    screen = visit.camera.shell.stack.currentWidget()
    assert isinstance(screen, ComplaintScreen)
    keyboard = screen.keyboard
    keyboard.clear()
    if visit.lang == "ko":
        for key in keys_of(_HANGUL):
            keyboard.press(key)
    else:
        for letters, word in _PINYIN:
            for letter in letters:
                keyboard.press(letter)
            if word:
                keyboard.choose(keyboard.candidates_shown().index(word))
    _settle(visit.camera.app)


def walk(visit_for: Callable[[], Visit]) -> None:
    answered = ComplaintRecord(
        reference="5e2f8a10-0000-4000-8000-00000c0ffee1",
        category=ComplaintCategory.PAYMENT,
        text="十月的失业保险金没有按时到账。",
        filed_on=date(2026, 11, 2),
        due_by=date(2026, 11, 17),
        state=ComplaintState.ANSWERED,
        overdue=False,
        answer="已核实：因银行账户变更延迟，已于11月10日补发。",
        answered_on=date(2026, 11, 9),
    )
    v = visit_for()
    v.card_login()
    v.send(ev.ChooseMoreServices())
    v.send(ev.ChooseService(Service.COMPLAINT))
    v.shot("complaint-loading", "Complaint: finding earlier complaints")
    v.answer(ct.ComplaintsLoaded, complaints=(answered,))
    v.shot("complaint-mine", "Complaint: an earlier one with the staff's answer")
    v.send(ct.NewComplaint())
    v.shot("complaint-category", "Complaint: what it is about")
    v.send(ct.ChooseComplaintCategory(ComplaintCategory.WAITING_TIME))
    v.shot("complaint-sentences", "Complaint: a ready-made sentence, or one's own words")
    v.send(ct.WriteOwnText())
    v.shot("complaint-keyboard", "Complaint: the on-screen keyboard")
    if v.only is None or "complaint-keyboard-typing" in v.only:
        v.camera.render(v.flow.present(v.session))
        _type(v)
        v.camera.save(
            "complaint-keyboard-typing", v.lang, "Complaint: typing, pinyin or 두벌식, mid-word"
        )
    v.send(ct.ComplaintTextEntered(_WRITTEN.get(v.lang, _WRITTEN["zh_CN"])))
    v.shot("complaint-review", "Complaint: check what will be sent")
    v.send(ct.SendComplaint())
    v.shot("complaint-sending", "Complaint: sending")
    filed = ComplaintRecord(
        reference="7a41c0de-0000-4000-8000-0000000b0a7d",
        category=ComplaintCategory.WAITING_TIME,
        text=_WRITTEN["zh_CN"],
        filed_on=date(2026, 11, 26),
        due_by=date(2026, 12, 11),
        state=ComplaintState.OPEN,
        overdue=False,
    )
    v.answer(ct.ComplaintFiled, record=filed)
    v.shot("complaint-filed", "Complaint: received, the answer due by a date")
    v.send(ev.PrintReceipt())
    v.answer(ev.PrintFinished)
    v.shot("complaint-printed", "Complaint: the receipt printed")
    v.send(ev.Finish())

    v = visit_for()
    v.card_login()
    v.send(ev.ChooseMoreServices())
    v.send(ev.ChooseService(Service.COMPLAINT))
    v.answer(ct.ComplaintsUnavailable, fault=ComplaintFault.UNREACHABLE)
    v.shot("complaint-offline", "Complaint: nothing can be sent without the network")

"""Complaints and suggestions (issue 13 §5, notice §6) as the kiosk sees them: the agency's
record of one, why none was filed, and the ready-made texts a claimant may send instead of
typing.

The text is the claimant's own words about their case: it is kept out of every repr (so a log
line or a traceback never carries it) and the flow drops it with the session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from contract.complaints import MAX_TEXT_CHARS, ComplaintCategory
from kiosk.domain.language import LocalizedText

__all__ = [
    "MAX_TEXT_CHARS",
    "READY_TEXTS",
    "ComplaintCategory",
    "ComplaintFault",
    "ComplaintRecord",
    "ComplaintState",
    "TextProblem",
    "clean",
    "text_problem",
]


class ComplaintState(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"


@dataclass(frozen=True)
class ComplaintRecord:
    """One complaint as the agency holds it, with the staff's answer once there is one."""

    reference: str
    category: ComplaintCategory
    text: str = field(repr=False)
    filed_on: date
    due_by: date  # the agency answers by this day (its configured time limit)
    state: ComplaintState
    overdue: bool
    answer: str | None = field(default=None, repr=False)
    answered_on: date | None = None


class ComplaintFault(StrEnum):
    """Why nothing was filed or listed. `UNREACHABLE` equals ServiceFault.UNREACHABLE on
    purpose: the session's offline banner reads any such result as "the network is down"."""

    UNREACHABLE = "unreachable"  # network down or the agency refused the kiosk: not queued
    SIGN_IN_AGAIN = "sign_in_again"  # the claimant's login is no longer accepted
    REFUSED = "refused"  # any other considered "no" (a text the agency will not take)


class TextProblem(StrEnum):
    EMPTY = "empty"
    TOO_LONG = "too_long"


def text_problem(text: str) -> TextProblem | None:
    """What the agency would refuse, checked before sending (contract.complaints)."""
    stripped = text.strip()
    if not stripped:
        return TextProblem.EMPTY
    if len(stripped) > MAX_TEXT_CHARS:
        return TextProblem.TOO_LONG
    return None


def clean(text: str) -> str:
    """The text as sent: no control characters (the agency refuses them), ends trimmed."""
    return "".join(ch if ch.isprintable() else " " for ch in text).strip()


def _t(zh_cn: str, ko: str, en: str) -> LocalizedText:
    return LocalizedText(zh_cn=zh_cn, ko=ko, en=en)


READY_TEXTS: dict[ComplaintCategory, tuple[LocalizedText, ...]] = {
    ComplaintCategory.STAFF_CONDUCT: (
        _t(
            "工作人员态度不好，希望改进服务。",
            "사업일군의 태도가 좋지 않습니다. 봉사를 개선하기 바랍니다.",
            "The staff were unfriendly; please improve the service.",
        ),
        _t(
            "工作人员没有讲清楚办理要求。",
            "사업일군이 처리요구를 똑똑히 설명하지 않았습니다.",
            "The staff did not explain clearly what was needed.",
        ),
        _t(
            "我想表扬为我服务的工作人员。",
            "저에게 봉사한 사업일군을 표양하고 싶습니다.",
            "I would like to praise the staff who helped me.",
        ),
    ),
    ComplaintCategory.WAITING_TIME: (
        _t(
            "排队等候时间太长，希望增加窗口。",
            "줄을 서서 기다리는 시간이 너무 깁니다. 창구를 늘이기 바랍니다.",
            "The queue was too long; please open more counters.",
        ),
        _t(
            "预约的时间到了还要等很久。",
            "예약한 시간이 되였는데도 오래 기다려야 하였습니다.",
            "I still waited a long time after my appointment time.",
        ),
    ),
    ComplaintCategory.DECISION: (
        _t(
            "我不明白审核决定的理由，请给我解释。",
            "심사결정의 리유를 모르겠습니다. 설명해주십시오.",
            "I do not understand the reasons for the decision; please explain.",
        ),
        _t(
            "审核时间太长，至今没有结果。",
            "심사시간이 너무 길어 아직까지 결과가 없습니다.",
            "The review is taking too long; there is still no result.",
        ),
    ),
    ComplaintCategory.PAYMENT: (
        _t(
            "失业保险金没有按时到账。",
            "실업보험금이 제때에 들어오지 않았습니다.",
            "My unemployment benefit did not arrive on time.",
        ),
        _t(
            "到账金额和通知的不一致。",
            "들어온 금액이 통지한 금액과 다릅니다.",
            "The amount paid is not what I was told.",
        ),
    ),
    ComplaintCategory.KIOSK: (
        _t(
            "自助终端操作太难，希望简化。",
            "자동봉사기 조작이 너무 어렵습니다. 간단하게 하기 바랍니다.",
            "The kiosk is too hard to use; please make it simpler.",
        ),
        _t(
            "自助终端打印不出回执。",
            "자동봉사기에서 접수증이 인쇄되지 않습니다.",
            "The kiosk did not print my receipt.",
        ),
    ),
    ComplaintCategory.SUGGESTION: (
        _t(
            "希望在社区也能办理失业保险业务。",
            "사회구역에서도 실업보험업무를 처리할수 있기를 바랍니다.",
            "Please let us do unemployment insurance business in the community too.",
        ),
        _t(
            "希望提供更多朝鲜语服务。",
            "조선어봉사를 더 많이 제공하기 바랍니다.",
            "Please offer more services in Korean.",
        ),
    ),
    ComplaintCategory.OTHER: (),
}
"""A few sentences per category for claimants who would rather not type; "other" has none:
whoever chose it has something of their own to say."""

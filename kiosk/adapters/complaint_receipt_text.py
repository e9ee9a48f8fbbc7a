"""The printed receipt for a complaint or suggestion (issue 13 §5).

Like the other receipts (service_receipt_text.py): the official lines stay in Chinese, a Korean
session gets the rest in Korean too (docs/korean-glossary.md: 신소, 건의, 답복, 사업일군), and
the claimant appears only masked. The complaint's own words are not printed: a receipt left
behind must not tell a stranger what the claimant wrote. The QR carries the bare reference,
which staff and 12333 can look up.
"""

from __future__ import annotations

from datetime import date, datetime

from devices.printer.receipt import Receipt
from kiosk.adapters import receipt_text
from kiosk.domain.complaints import ComplaintCategory
from kiosk.domain.guide import HOTLINE
from kiosk.domain.language import Language
from kiosk.flow.complaint_types import ComplaintPaper

TITLE = "投诉建议回执"
TITLE_KO = "신소·건의 접수증"
LEGAL_NOTE = "本回执证明经办机构已收到您的投诉或建议，将在答复期限内答复。"
LEGAL_NOTE_KO = "이 접수증은 담당기관이 신소 또는 건의를 받았다는 증명이며 기한안에 답복합니다."
CATEGORY = {
    ComplaintCategory.STAFF_CONDUCT: "工作人员服务态度",
    ComplaintCategory.WAITING_TIME: "等候时间过长",
    ComplaintCategory.DECISION: "对审核决定有意见",
    ComplaintCategory.PAYMENT: "待遇发放问题",
    ComplaintCategory.KIOSK: "自助终端使用问题",
    ComplaintCategory.SUGGESTION: "意见建议",
    ComplaintCategory.OTHER: "其他",
}
CATEGORY_KO = {
    ComplaintCategory.STAFF_CONDUCT: "사업일군의 봉사태도",
    ComplaintCategory.WAITING_TIME: "기다리는 시간이 너무 김",
    ComplaintCategory.DECISION: "심사결정에 대한 의견",
    ComplaintCategory.PAYMENT: "대우 지급문제",
    ComplaintCategory.KIOSK: "자동봉사기 사용문제",
    ComplaintCategory.SUGGESTION: "의견과 건의",
    ComplaintCategory.OTHER: "기타",
}


def _day(day: date, language: Language) -> str:
    if language is Language.KO:
        return f"{day.year}년 {day.month}월 {day.day}일"
    return f"{day.year}年{day.month}月{day.day}日"


def complaint_receipt_model(paper: ComplaintPaper, kiosk_id: str, issued_at: datetime) -> Receipt:
    ko = paper.language is Language.KO
    items = [
        ("내용구분" if ko else "事项类别", (CATEGORY_KO if ko else CATEGORY)[paper.category]),
        ("접수날자" if ko else "受理日期", _day(paper.filed_on, paper.language)),
        ("답복기한" if ko else "答复期限", _day(paper.due_by, paper.language)),
    ]
    footer = (
        (
            "이 접수증을 잘 보관하십시오.",
            "답복은 자동봉사기의 《신소 또는 건의》에서 볼수 있으며 손전화로도 알려드립니다.",
            f"{HOTLINE}에 전화하여 문의하십시오.",
        )
        if ko
        else (
            "请妥善保管本回执。",
            "答复可在自助终端“投诉或建议”中查看，并以短信通知。",
            f"如有疑问请拨打{HOTLINE}。",
        )
    )
    return Receipt(
        reference=paper.reference,
        holder_name=paper.masked_name,
        id_number=paper.masked_id_number,
        status_url=paper.reference,
        issued_at=issued_at,
        kiosk_id=kiosk_id,
        title=TITLE,
        subtitle=TITLE_KO if ko else "",
        labels=receipt_text.KOREAN_LABELS if ko else receipt_text.CHINESE.labels,
        items=tuple(items),
        korean_lines=(LEGAL_NOTE_KO,) if ko else (),
        official_lines=(receipt_text.AGENCY, LEGAL_NOTE),
        footer=footer,
    )

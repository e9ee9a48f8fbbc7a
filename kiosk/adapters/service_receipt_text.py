"""The printed receipt for a reported change or a withdrawn application (issue 13 items 1, 2).

Like an application's receipt (receipt_text.py): the official lines (title, agency, legal note)
stay in Chinese, a Korean session gets the rest in Korean too (docs/korean-glossary.md), and the
claimant appears only masked. The layout is devices.printer.receipt's, so it prints on 58 and
80 mm paper and previews the same way.
"""

from __future__ import annotations

from datetime import date, datetime

from devices.printer.receipt import Receipt
from kiosk.adapters import receipt_text
from kiosk.domain.changes import ChangeEffect, ChangeKind
from kiosk.domain.claims import ClaimKind
from kiosk.domain.guide import HOTLINE
from kiosk.domain.language import Language
from kiosk.domain.money import Money
from kiosk.flow.change_effects import ServiceReceipt, ServiceReceiptKind

TITLE = {
    ServiceReceiptKind.CHANGE_REPORTED: "情况变化报告回执",
    ServiceReceiptKind.WITHDRAWN: "撤回申请回执",
}
TITLE_KO = {
    ServiceReceiptKind.CHANGE_REPORTED: "상황변화 신고 접수증",
    ServiceReceiptKind.WITHDRAWN: "신청철회 접수증",
}
LEGAL_NOTE = {
    ServiceReceiptKind.CHANGE_REPORTED: "本回执证明您已报告情况变化，经办机构已据此处理。",
    ServiceReceiptKind.WITHDRAWN: "本回执证明申请已撤回，经办机构不再审核该申请。",
}
LEGAL_NOTE_KO = {
    ServiceReceiptKind.CHANGE_REPORTED: (
        "이 접수증은 상황변화를 신고하였다는 증명이며 담당기관은 이에 따라 처리하였습니다."
    ),
    ServiceReceiptKind.WITHDRAWN: (
        "이 접수증은 신청을 철회하였다는 증명이며 담당기관은 이 신청을 더 심사하지 않습니다."
    ),
}
CHANGE_KIND = {
    ChangeKind.REEMPLOYMENT: "重新就业",
    ChangeKind.SELF_EMPLOYMENT: "自主创业、个体经营",
    ChangeKind.PENSION: "开始领取基本养老金",
    ChangeKind.SETTLED_ABROAD: "出国（境）定居",
    ChangeKind.ENLISTMENT: "应征服兵役",
}
CHANGE_KIND_KO = {
    ChangeKind.REEMPLOYMENT: "새 일자리를 얻음",
    ChangeKind.SELF_EMPLOYMENT: "자체 창업, 개체경영",
    ChangeKind.PENSION: "기본양로금 수령 시작",
    ChangeKind.SETTLED_ABROAD: "외국에 가서 정착",
    ChangeKind.ENLISTMENT: "군대에 입대",
}
CLAIM_KIND = {ClaimKind.CLAIM: "失业保险金", ClaimKind.TRAINING_SUBSIDY: "职业培训补贴"}
CLAIM_KIND_KO = {ClaimKind.CLAIM: "실업보험금", ClaimKind.TRAINING_SUBSIDY: "직업훈련보조금"}


def _day(day: date, language: Language) -> str:
    if language is Language.KO:
        return f"{day.year}년 {day.month}월 {day.day}일"
    return f"{day.year}年{day.month}月{day.day}日"


def _month(day: date, language: Language) -> str:
    return (
        f"{day.year}년 {day.month}월" if language is Language.KO else f"{day.year}年{day.month}月"
    )


def _money(amount: Money, months: int, language: Language) -> str:
    if language is Language.KO:
        return f"{amount.yuan_text()}원 ({months}개월)"
    return f"{amount.yuan_text()}元（{months}个月）"


def effect_text(content: ServiceReceipt) -> str:
    """What the change did, in the receipt's language."""
    ko = content.language is Language.KO
    month = _month(content.stops_from, content.language) if content.stops_from else ""
    match content.effect:
        case ChangeEffect.STOPPED:
            if ko:
                return f"{month}부터 실업보험금 지급을 중지합니다"
            return f"自{month}起停发失业保险金"
        case ChangeEffect.ALREADY_STOPPED:
            if ko:
                return f"실업보험금은 이미 {month}부터 중지되였습니다"
            return f"失业保险金已自{month}起停发"
        case ChangeEffect.AT_DECISION:
            if ko:
                return "담당기관이 신청을 심사할 때 함께 고려합니다"
            return "经办机构审核申请时一并考虑"
        case ChangeEffect.AFTER_BENEFIT | None:
            if ko:
                return "실업보험금은 이미 다 받았으므로 달라지는것이 없습니다"
            return "失业保险金已领取完毕，无需停发"


def _change_items(content: ServiceReceipt) -> list[tuple[str, str]]:
    ko = content.language is Language.KO
    items: list[tuple[str, str]] = []
    if content.change_kind is not None:
        kind = (CHANGE_KIND_KO if ko else CHANGE_KIND)[content.change_kind]
        items.append(("변화내용" if ko else "变化情况", kind))
    if content.effective_date is not None:
        items.append(
            ("발생날자" if ko else "发生日期", _day(content.effective_date, content.language))
        )
    if content.claim_reference:
        items.append(("관련신청" if ko else "关联申请", content.claim_reference))
    items.append(("처리결과" if ko else "办理结果", effect_text(content)))
    if content.overpaid is not None and content.overpaid.fen > 0:
        owed = _money(content.overpaid, content.overpaid_months, content.language)
        items.append(("돌려줄 금액" if ko else "应退还金额", owed))
    return items


def _withdrawn_items(content: ServiceReceipt) -> list[tuple[str, str]]:
    ko = content.language is Language.KO
    items: list[tuple[str, str]] = []
    if content.claim_kind is not None:
        kind = (CLAIM_KIND_KO if ko else CLAIM_KIND)[content.claim_kind]
        items.append(("신청종류" if ko else "申请事项", kind))
    if content.effective_date is not None:
        items.append(
            ("철회날자" if ko else "撤回日期", _day(content.effective_date, content.language))
        )
    items.append(
        ("처리결과" if ko else "办理结果", "신청이 철회되였습니다" if ko else "申请已撤回")
    )
    if content.verification_code:
        items.append(("조회번호" if ko else "查询码", content.verification_code))
    return items


def _footer(content: ServiceReceipt) -> tuple[str, ...]:
    ko = content.language is Language.KO
    owes = content.overpaid is not None and content.overpaid.fen > 0
    if content.what is ServiceReceiptKind.WITHDRAWN:
        if ko:
            return ("이 접수증을 잘 보관하십시오.", "다시 신청할수 있습니다.")
        return ("请妥善保管本回执。", "如需要，可重新申请。")
    lines = ["이 접수증을 잘 보관하십시오."] if ko else ["请妥善保管本回执。"]
    if owes:
        lines.append(
            "더 받은 돈은 돌려주어야 합니다. 담당기관이 련락합니다."
            if ko
            else "多领取的失业保险金须退还，经办机构将与您联系。"
        )
    lines.append(f"{HOTLINE}에 전화하여 문의하십시오." if ko else f"如有疑问请拨打{HOTLINE}。")
    return tuple(lines)


def service_receipt_model(content: ServiceReceipt, kiosk_id: str, issued_at: datetime) -> Receipt:
    ko = content.language is Language.KO
    items = (
        _withdrawn_items(content)
        if content.what is ServiceReceiptKind.WITHDRAWN
        else _change_items(content)
    )
    return Receipt(
        reference=content.reference,
        holder_name=content.masked_name,
        id_number=content.masked_id_number,
        # The withdrawn claim's status page; a change has none, so the QR is its full reference
        # (the printed one is its short code), which staff and 12333 can look up.
        status_url=content.qr_text or content.reference,
        issued_at=issued_at,
        kiosk_id=kiosk_id,
        title=TITLE[content.what],
        subtitle=TITLE_KO[content.what] if ko else "",
        labels=receipt_text.KOREAN_LABELS if ko else receipt_text.CHINESE.labels,
        items=tuple(items),
        korean_lines=(LEGAL_NOTE_KO[content.what],) if ko else (),
        official_lines=(receipt_text.AGENCY, LEGAL_NOTE[content.what]),
        footer=_footer(content),
    )

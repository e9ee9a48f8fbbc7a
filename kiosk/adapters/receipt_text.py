"""The words on a printed receipt and guide sheet, per claim kind, delivery and language.

Printers have no translation catalogue. A receipt is an official paper, so its official lines
(title, agency, reference, legal note) are always in Chinese; a Korean session gets everything
else in Korean too (printed as raster, since Chinese printers carry no Hangul font). Korean
follows docs/korean-glossary.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from devices.printer.receipt import FieldLabels
from kiosk.domain import guide
from kiosk.domain.claims import ClaimKind, Delivery
from kiosk.domain.guide import HOTLINE
from kiosk.domain.language import Language
from kiosk.flow.effects import GuideDocument

TITLE = {
    ClaimKind.CLAIM: "失业保险金申领回执",
    ClaimKind.TRAINING_SUBSIDY: "职业培训补贴申领回执",
}
TITLE_KO = {
    ClaimKind.CLAIM: "실업보험금 신청 접수증",
    ClaimKind.TRAINING_SUBSIDY: "직업훈련보조금 신청 접수증",
}
DELIVERY = {
    Delivery.RECEIVED_ONLINE: "经办机构已受理",
    Delivery.STORED_ON_KIOSK: "已保存在本机，联网后自动报送",
}
DELIVERY_KO = {
    Delivery.RECEIVED_ONLINE: "담당기관에 접수되였습니다",
    Delivery.STORED_ON_KIOSK: "이 기계에 저장되였습니다. 통신망이 련결되면 담당기관에 자동으로 보냅니다",
}
AGENCY = "受理机构：社保经办机构"
LEGAL_NOTE = "本回执仅证明申请已提交，不代表审核结果。"
REFERENCE = "业务编号"
NO_QR_FOOTER = ("请妥善保管本回执。", f"报送后可凭业务编号拨打{HOTLINE}查询。")


@dataclass(frozen=True)
class ReceiptWords:
    """Everything on a receipt that is not the claimant's data, in the session's language."""

    subtitle: str
    labels: FieldLabels
    result: str  # the "result" field's label
    course: str
    verification_code: str
    note: tuple[str, ...]  # the legal note in the session's language, when not Chinese
    footer: tuple[str, ...]
    footer_without_qr: tuple[str, ...]


CHINESE = ReceiptWords(
    subtitle="",
    labels=FieldLabels(),
    result="办理结果",
    course="培训课程",
    verification_code="查询码",
    note=(),
    footer=("请妥善保管本回执。", "扫描二维码查询办理进度。"),
    footer_without_qr=NO_QR_FOOTER,
)
KOREAN_LABELS = FieldLabels(
    name="이름",
    id_number="신분증번호",
    # The reference keeps its official Chinese name beside the Korean one.
    reference=f"업무번호({REFERENCE})",
    issued_at="처리시간",
    kiosk="단말기번호",
    separator=": ",
)


def words(kind: ClaimKind, language: Language) -> ReceiptWords:
    if language is not Language.KO:
        return CHINESE
    return ReceiptWords(
        subtitle=TITLE_KO[kind],
        labels=KOREAN_LABELS,
        result="처리결과",
        course="훈련과정",
        verification_code="조회번호",
        note=("이 접수증은 신청을 제출하였다는 증명이며 심사결과가 아닙니다.",),
        footer=("이 접수증을 잘 보관하십시오.", "2차원코드를 스캔하면 처리 진도를 볼수 있습니다."),
        footer_without_qr=(
            "이 접수증을 잘 보관하십시오.",
            f"신청이 보내진 뒤 업무번호를 가지고 {HOTLINE}에 전화하여 문의하십시오.",
        ),
    )


def delivery(value: Delivery, language: Language) -> str:
    return DELIVERY_KO[value] if language is Language.KO else DELIVERY[value]


def official_lines() -> tuple[str, ...]:
    """The lines that stay in Chinese whatever the session's language."""
    return (AGENCY, LEGAL_NOTE)


@dataclass(frozen=True)
class GuideSheet:
    """Titles print large; a Korean sheet has the official Chinese title above its own."""

    titles: tuple[str, ...]
    lines: tuple[str, ...]


def guide_sheet(document: GuideDocument, language: Language) -> GuideSheet:
    """The guide content of kiosk/domain/guide.py: what the guide screen shows, word for word."""
    if document is not GuideDocument.CLAIM_GUIDE:
        raise ValueError(f"no sheet for {document}")
    title, *lines = guide.sheet_lines(language)
    if language is Language.KO:
        return GuideSheet((guide.TITLE.zh_cn, title), (*lines, AGENCY))
    return GuideSheet((title,), (*lines, AGENCY))


def guide_lines(document: GuideDocument, language: Language) -> tuple[str, ...]:
    sheet = guide_sheet(document, language)
    return (*sheet.titles, *sheet.lines)

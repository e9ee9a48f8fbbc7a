"""The written decision and the registration proof on receipt paper (issue 13 §3).

Official papers, so the official lines are Chinese whatever the session's language; a Korean
session gets the same content in Korean too (printed as raster: Chinese printers carry no Hangul
font), as the receipt does (kiosk/adapters/receipt_text.py). The agency's wording (reasons,
articles, appeal routes) is printed as the agency gave it; identity arrives masked, and the
layout masks again.
"""

from __future__ import annotations

from datetime import date, datetime

from devices.printer.receipt import FieldLabels, Receipt
from kiosk.adapters.receipt_text import KOREAN_LABELS
from kiosk.domain.decisions import AppealKind
from kiosk.domain.guide import HOTLINE
from kiosk.domain.language import Language
from kiosk.flow.proof_effects import DecisionNoticePaper, NoticePaper, RegistrationProofPaper

DECISION_TITLE = "不予批准决定书"
DECISION_TITLE_KO = "불승인 결정서"
PROOF_TITLE = "失业登记证明"
PROOF_TITLE_KO = "실업등록 증명"
_APPEAL_HEAD = {
    AppealKind.ADMINISTRATIVE_REVIEW: ("申请行政复议", "행정복의 신청"),
    AppealKind.LAWSUIT: ("提起行政诉讼", "행정소송 제기"),
}


def _zh(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _ko(day: date) -> str:
    return f"{day.year}년 {day.month}월 {day.day}일"


def _labels(language: Language) -> FieldLabels:
    return KOREAN_LABELS if language is Language.KO else FieldLabels()


def decision_lines(paper: DecisionNoticePaper) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(Chinese official lines, Korean lines for a Korean session)."""
    notice = paper.notice
    zh = ["经审核，你的申请不符合领取条件，决定不予批准。理由如下："]
    for number, reason in enumerate(notice.reasons, start=1):
        zh.append(f"{number}. {reason.text.zh_cn}（依据：{reason.rule.zh_cn}）")
    zh.append("如不服本决定：")
    for appeal in notice.appeals:
        zh.append(
            f"{_APPEAL_HEAD[appeal.kind][0]}：{appeal.time_limit.zh_cn}，"
            f"向{appeal.body.zh_cn}提出（{appeal.law.zh_cn}）；"
            f"决定当天收到的，最迟{_zh(appeal.last_day)}。"
        )
    ko: list[str] = []
    if paper.language is Language.KO:
        ko.append(
            "심사 결과 귀하의 신청은 수령 조건에 부합하지 않아 승인하지 않기로 결정하였습니다. 리유:"
        )
        for number, reason in enumerate(notice.reasons, start=1):
            ko.append(f"{number}. {reason.text.ko} (근거: {reason.rule.ko})")
        ko.append("이 결정에 불복하는 경우:")
        for appeal in notice.appeals:
            ko.append(
                f"{_APPEAL_HEAD[appeal.kind][1]}: {appeal.time_limit.ko}. "
                f"제출처: {appeal.body.ko} ({appeal.law.ko}). "
                f"결정한 날 받았으면 {_ko(appeal.last_day)}까지."
            )
    return tuple(zh), tuple(ko)


def decision_model(paper: DecisionNoticePaper, kiosk_id: str, issued_at: datetime) -> Receipt:
    notice = paper.notice
    zh, ko = decision_lines(paper)
    korean = paper.language is Language.KO
    return Receipt(
        reference=paper.reference,
        holder_name=paper.masked_name,
        id_number=paper.masked_id_number,
        # No status link on the kiosk for a claim from the agency: the bare reference, which
        # staff and 12333 can look up.
        status_url=paper.status_url or paper.reference,
        issued_at=issued_at,
        kiosk_id=kiosk_id,
        title=DECISION_TITLE,
        subtitle=DECISION_TITLE_KO if korean else "",
        labels=_labels(paper.language),
        items=(
            ("决定书编号", notice.number),
            ("作出决定机构", notice.agency.zh_cn),
            ("决定日期", _zh(notice.decided_on)),
        ),
        korean_lines=ko,
        official_lines=zh,
        footer=("请妥善保管本决定书。", f"咨询请拨打{HOTLINE}。")
        + (("이 결정서를 잘 보관하십시오.",) if korean else ()),
    )


def proof_model(paper: RegistrationProofPaper, kiosk_id: str, issued_at: datetime) -> Receipt:
    proof = paper.proof
    korean = paper.language is Language.KO
    ko = (
        (
            f"실업등록 날자: {_ko(proof.registration_date)}. 발급 기관: {proof.agency.ko}.",
            "이 증명을 받은 사람은 아래 2차원코드를 스캔하여 담당기관에 진위를 확인할수 있습니다.",
        )
        if korean
        else ()
    )
    return Receipt(
        reference=proof.claim_reference,
        holder_name=proof.masked_name,
        id_number=proof.masked_id_number,
        status_url=proof.verify_url,
        issued_at=issued_at,
        kiosk_id=kiosk_id,
        title=PROOF_TITLE,
        subtitle=PROOF_TITLE_KO if korean else "",
        labels=_labels(paper.language),
        items=(
            ("失业登记日期", _zh(proof.registration_date)),
            ("登记机构", proof.agency.zh_cn),
            ("开具日期", _zh(proof.issued_on)),
        ),
        korean_lines=ko,
        official_lines=("兹证明上述人员已办理失业登记。扫描下方二维码可向经办机构核验本证明。",),
        footer=("扫描二维码核验本证明。",)
        + (("2차원코드를 스캔하여 확인하십시오.",) if korean else ()),
    )


def notice_model(paper: NoticePaper, kiosk_id: str, issued_at: datetime) -> Receipt:
    if isinstance(paper, DecisionNoticePaper):
        return decision_model(paper, kiosk_id, issued_at)
    return proof_model(paper, kiosk_id, issued_at)

"""The claim guide (notice §6): steps, materials, time limits, the flowchart and the hotline.

Written once, in every kiosk language, because the guide screen, its flowchart and the printed
sheet must say the same thing: the printer has no translation catalogue, and a claimant who takes
the sheet home must find on it exactly what the screen said. Korean follows
docs/korean-glossary.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.language import Language, LocalizedText

# The social-insurance hotline, the same in every province.
HOTLINE = "12333"


@dataclass(frozen=True)
class GuideItem:
    """A named line: "Materials: none", shown with the name in bold."""

    name: LocalizedText
    text: LocalizedText


@dataclass(frozen=True)
class FlowNode:
    text: LocalizedText
    decision: bool = False


TITLE = LocalizedText(
    zh_cn="失业保险金申领指南",
    ko="실업보험금 신청 안내",
    en="How to claim unemployment insurance benefit",
)
STEPS_HEADING = LocalizedText(zh_cn="办理步骤", ko="처리 절차", en="Steps")
STEPS = (
    LocalizedText(
        zh_cn="1. 插入社会保障卡，或把身份证放在读卡器上。",
        ko="1. 사회보장카드를 꽂거나 신분증을 판독기 우에 놓습니다.",
        en="1. Insert your card, or place your ID card on the reader.",
    ),
    LocalizedText(
        zh_cn="2. 看看能领多少。",
        ko="2. 받으실수 있는 돈을 봅니다.",
        en="2. See what you can receive.",
    ),
    LocalizedText(
        zh_cn="3. 填手机号，确认收款账户，作出承诺。",
        ko="3. 손전화번호, 받을 계좌, 약속.",
        en="3. Mobile number, payment account, promise.",
    ),
    LocalizedText(
        zh_cn="4. 提交申请，取走回执。",
        ko="4. 제출하고 접수증을 받습니다.",
        en="4. Submit and take the receipt.",
    ),
)
MATERIALS = GuideItem(
    LocalizedText(zh_cn="所需材料：", ko="필요한 서류:", en="Materials:"),
    LocalizedText(
        zh_cn="不需要任何材料，带卡就行。",
        ko="없습니다. 카드만 있으면 됩니다.",
        en="None. Only your card.",
    ),
)
TIME_LIMITS = GuideItem(
    LocalizedText(zh_cn="办理时限：", ko="처리 기한:", en="Time limits:"),
    LocalizedText(
        zh_cn="经办机构10个工作日内作出决定。按月发放，最长12至24个月。",
        ko="담당기관은 10개 사업일 안에 결정합니다. 달마다 드리며 최장 12~24개월입니다.",
        en="The agency decides within 10 working days. Paid every month, for 12 to 24 months.",
    ),
)
HELP = LocalizedText(
    zh_cn=f"到服务窗口咨询或拨打{HOTLINE}",
    ko=f"봉사창구에 문의하거나 {HOTLINE}에 전화",
    en=f"Ask at a service counter or call {HOTLINE}",
)
FLOWCHART = (
    FlowNode(
        LocalizedText(
            zh_cn="插社保卡或放身份证",
            ko="카드를 꽂거나 신분증을 놓기",
            en="Insert your card or place your ID card",
        )
    ),
    FlowNode(
        LocalizedText(zh_cn="能领吗？", ko="받을수 있습니까?", en="Can I receive it?"),
        decision=True,
    ),
    FlowNode(
        LocalizedText(
            zh_cn="手机号、账户、承诺",
            ko="손전화번호, 계좌, 약속",
            en="Mobile number, account, promise",
        )
    ),
    FlowNode(
        LocalizedText(
            zh_cn="提交，取回执", ko="제출하고 접수증 받기", en="Submit, take the receipt"
        )
    ),
    FlowNode(
        LocalizedText(
            zh_cn="10个工作日内作出决定",
            ko="10개 사업일 안에 결정",
            en="The agency decides in 10 working days",
        )
    ),
    FlowNode(LocalizedText(zh_cn="按月发放", ko="달마다 지급", en="Paid every month")),
)
YES = LocalizedText(zh_cn="能", ko="예", en="Yes")
NO = LocalizedText(zh_cn="不能", ko="아니오", en="No")


def sheet_lines(language: Language) -> tuple[str, ...]:
    """The printed sheet: the title first (printed large), then what the screen shows."""
    return (
        TITLE.in_language(language),
        STEPS_HEADING.in_language(language),
        *(step.in_language(language) for step in STEPS),
        *(
            f"{item.name.in_language(language)} {item.text.in_language(language)}"
            for item in (MATERIALS, TIME_LIMITS)
        ),
        HELP.in_language(language),
    )

"""The words on a printed receipt and guide sheet, per claim kind, delivery and language.

Printers have no translation catalogue, and a receipt must read the same whatever the screen
language was; Chinese always, with the Korean lines added for a Korean session (printed as
raster, since Chinese printers carry no Hangul font).
"""

from __future__ import annotations

from kiosk.domain.claims import ClaimKind, Delivery
from kiosk.domain.language import Language
from kiosk.flow.effects import GuideDocument

TITLE = {
    ClaimKind.CLAIM: "失业保险金申领回执",
    ClaimKind.TRAINING_SUBSIDY: "职业培训补贴申领回执",
}
TITLE_KO = {
    ClaimKind.CLAIM: "실업보험금 신청 접수증",
    ClaimKind.TRAINING_SUBSIDY: "직업훈련 보조금 신청 접수증",
}
DELIVERY = {
    Delivery.RECEIVED_ONLINE: "经办机构已受理",
    Delivery.STORED_ON_KIOSK: "已保存在本机，联网后自动报送",
}
DELIVERY_KO = {
    Delivery.RECEIVED_ONLINE: "기관에 접수되었습니다",
    Delivery.STORED_ON_KIOSK: "이 기기에 저장되었으며 네트워크가 연결되면 자동으로 전송됩니다",
}
NO_QR_FOOTER = ("请妥善保管本回执。", "报送后可凭业务编号拨打12333查询。")

GUIDE_LINES = {
    GuideDocument.CLAIM_GUIDE: (
        "失业保险金申领指南",
        "1. 插入社会保障卡或放置身份证，完成身份验证。",
        "2. 查看参保和离职信息，确认是否符合领取条件。",
        "3. 填写手机号码，确认收款账户，阅读并同意承诺。",
        "4. 提交申请，打印回执。无需提交任何证明材料。",
        "5. 经办机构10个工作日内作出决定，并以短信告知。",
        "咨询电话：12333",
    )
}
GUIDE_LINES_KO = {
    GuideDocument.CLAIM_GUIDE: (
        "실업보험금 신청 안내",
        "1. 사회보장카드를 넣거나 신분증을 올려 본인 확인을 합니다.",
        "2. 보험 가입 및 퇴직 정보를 보고 수급 조건을 확인합니다.",
        "3. 휴대폰 번호를 입력하고 수령 계좌를 확인하며 약속에 동의합니다.",
        "4. 신청을 제출하고 접수증을 인쇄합니다. 증명 서류는 필요 없습니다.",
        "5. 담당 기관은 10일 이내에 결정하고 문자로 알려 드립니다.",
        "상담 전화: 12333",
    )
}


def guide_lines(document: GuideDocument, language: Language) -> tuple[str, ...]:
    if language is Language.KO:
        return GUIDE_LINES_KO[document]
    return GUIDE_LINES[document]

"""Every claimant-facing text of the rules, keyed by reason code, in zh_CN and ko (Yanbian).

One table so translators and reviewers see all wording in one place. Korean follows the
Chinese Korean standard used in Yanbian (로동, 리직, 날자, 로임) in the polite 합니다체.
Texts may hold `{placeholders}`; `explain` fills them and refuses a missing one.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Literal

from server.rules.separation import SeparationReason


class ReasonCode(StrEnum):
    ELIGIBLE = "eligible"
    CONTRIBUTION_SUFFICIENT = "contribution_sufficient"
    CONTRIBUTION_INSUFFICIENT = "contribution_insufficient"
    SEPARATION_INVOLUNTARY = "separation_involuntary"
    SEPARATION_VOLUNTARY_RESIGNATION = "separation_voluntary_resignation"
    SEPARATION_MUTUAL_AGREEMENT_BY_EMPLOYEE = "separation_mutual_agreement_by_employee"
    SEPARATION_NOT_REPORTED = "separation_not_reported"
    STILL_EMPLOYED = "still_employed"
    REGISTERED_BY_APPLICATION = "registered_by_application"
    ENTITLEMENT_BY_CONTRIBUTION = "entitlement_by_contribution"
    ENTITLEMENT_WITH_CARRY_OVER = "entitlement_with_carry_over"
    ENTITLEMENT_CAPPED = "entitlement_capped"
    NO_ENTITLEMENT_LEFT = "no_entitlement_left"
    MONTHLY_AMOUNT = "monthly_amount"
    REGION_UNKNOWN = "region_unknown"
    AMOUNT_NOT_IN_EFFECT = "amount_not_in_effect"
    MEDICAL_INSURANCE_PAID_BY_FUND = "medical_insurance_paid_by_fund"
    COMMITMENT_TO_REPORT = "commitment_to_report"
    STOP_REEMPLOYED_CONTRIBUTION = "stop_reemployed_contribution"
    STOP_REEMPLOYED_BUSINESS = "stop_reemployed_business"
    STOP_PENSION = "stop_pension"
    STOP_REFUSED_JOB = "stop_refused_job"
    STOP_REFUSED_TRAINING = "stop_refused_training"
    STOP_DIED = "stop_died"
    STOP_ENLISTED = "stop_enlisted"
    STOP_SETTLED_ABROAD = "stop_settled_abroad"
    STOP_IMPRISONED = "stop_imprisoned"
    RETIREMENT_AGE_REACHED = "retirement_age_reached"
    BENEFIT_ENDS_AT_RETIREMENT = "benefit_ends_at_retirement"
    BENEFIT_EXTENDED_TO_RETIREMENT = "benefit_extended_to_retirement"
    BENEFIT_EXTENDED_TRANSITIONAL = "benefit_extended_transitional"
    PENSION_PREMIUMS_PAID_BY_FUND = "pension_premiums_paid_by_fund"
    RETIREMENT_GROUP_NOT_ON_RECORD = "retirement_group_not_on_record"
    TRAINING_SUBSIDY_GRANTED = "training_subsidy_granted"
    TRAINING_NOT_RECEIVING_BENEFIT = "training_not_receiving_benefit"
    TRAINING_AFTER_VOLUNTARY_RESIGNATION = "training_after_voluntary_resignation"
    TRAINING_ALREADY_SUBSIDISED = "training_already_subsidised"
    TRAINING_OUTSIDE_SERVICE_AREA = "training_outside_service_area"
    DEATH_BENEFITS_DUE = "death_benefits_due"
    DEATH_FUNERAL_SUBSIDY_CHOSEN_ELSEWHERE = "death_funeral_subsidy_chosen_elsewhere"
    DEATH_OUTSIDE_BENEFIT_PERIOD = "death_outside_benefit_period"
    DEATH_BENEFITS_ALREADY_PAID = "death_benefits_already_paid"
    DEATH_AMOUNTS_NOT_CONFIGURED = "death_amounts_not_configured"


class Effect(StrEnum):
    """What a reason does to the decision."""

    INFO = "info"  # explains a granted decision
    REFUSAL = "refusal"  # the claim cannot be granted
    REVIEW = "review"  # staff must complete the decision
    STOP = "stop"  # payment stops (or cannot start) because of an external record


@dataclass(frozen=True)
class ReasonText:
    effect: Effect
    zh: str
    ko: str
    source_zh: str
    source_ko: str
    next_step_zh: str | None = None
    next_step_ko: str | None = None

    @property
    def fields(self) -> frozenset[str]:
        """The placeholders this text needs, across both languages and next steps."""
        texts = (self.zh, self.ko, self.next_step_zh or "", self.next_step_ko or "")
        return frozenset(
            name for text in texts for _, name, _, _ in string.Formatter().parse(text) if name
        )


@dataclass(frozen=True)
class Explanation:
    """A reason code with its texts filled in, ready for the kiosk, the receipt or staff."""

    code: ReasonCode
    effect: Effect
    zh: str
    ko: str
    source_zh: str
    source_ko: str
    next_step_zh: str | None
    next_step_ko: str | None


# Sources, as cited in the texts.
_R14 = ("失业保险条例第十四条", "《실업보험조례》 제14조")
_R14_1 = (
    "失业保险条例第十四条第一项；社会保险法第四十五条",
    "《실업보험조례》 제14조 제1항, 《사회보험법》 제45조",
)
_R14_2 = (
    "失业保险条例第十四条第二项；社会保险法第四十五条；失业保险金申领发放办法第四条",
    "《실업보험조례》 제14조 제2항, 《사회보험법》 제45조, 《실업보험금 신청 및 발급 방법》 제4조",
)
_R17 = (
    "失业保险条例第十七条；社会保险法第四十六条",
    "《실업보험조례》 제17조, 《사회보험법》 제46조",
)
_R18 = ("失业保险条例第十八条", "《실업보험조례》 제18조")
_N1 = (
    "人社部发〔2019〕18号第一条；失业保险条例第十四条第三项",
    "인력자원사회보장부 통지(인사부발〔2019〕18호) 제1조, 《실업보험조례》 제14조 제3항",
)
_N4 = ("人社部发〔2019〕18号第四条", "인력자원사회보장부 통지(인사부발〔2019〕18호) 제4조")
_RETIREMENT_AGE = (
    "全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定；"
    "国务院关于渐进式延迟法定退休年龄的办法第一条",
    "《전국인민대표대회 상무위원회의 점진적 법정퇴직년령 연장 실시에 관한 결정》, "
    "《국무원의 점진적 법정퇴직년령 연장 방법》 제1조",
)
_RETIREMENT_EXTENSION = (
    "国务院关于渐进式延迟法定退休年龄的办法第七条",
    "《국무원의 점진적 법정퇴직년령 연장 방법》 제7조",
)
_TRAINING = (
    "失业保险条例第十条第四项；人社部发〔2019〕18号第八条",
    "《실업보험조례》 제10조 제4항, 인력자원사회보장부 통지(인사부발〔2019〕18호) 제8조",
)
_DEATH = (
    "失业保险条例第二十条；社会保险法第四十九条",
    "《실업보험조례》 제20조, 《사회보험법》 제49조",
)


def _stop(no_r15: str, no_l51: str, item_ko_r15: str, item_ko_l51: str) -> tuple[str, str]:
    zh = "；".join(
        part
        for part in (
            f"失业保险条例第十五条第{no_r15}项" if no_r15 else "",
            f"社会保险法第五十一条第{no_l51}项" if no_l51 else "",
            _N4[0],
        )
        if part
    )
    ko = ", ".join(
        part
        for part in (
            f"《실업보험조례》 제15조 제{item_ko_r15}항" if item_ko_r15 else "",
            f"《사회보험법》 제51조 제{item_ko_l51}항" if item_ko_l51 else "",
            _N4[1],
        )
        if part
    )
    return zh, ko


_DISPUTE_RECORD_ZH = "如果记录有误，请携带身份证到经办窗口说明，或拨打12333咨询。"
_DISPUTE_RECORD_KO = (
    "기록이 틀렸다면 신분증을 가지고 업무창구에 오셔서 설명하시거나 12333으로 문의하십시오."
)
_CLAIM_AGAIN_ZH = "再次失业时可以重新申领，尚未领取的月数可以合并计算。"
_CLAIM_AGAIN_KO = (
    "다시 실업하면 새로 신청할 수 있으며 아직 받지 않은 개월수는 합하여 계산할 수 있습니다."
)
_SEPARATION_HELP_ZH = (
    "如果您是因为单位拖欠工资、未提供约定的劳动条件，或者单位以暴力、威胁等手段强迫劳动而被迫离职，"
    "或者单位报送的原因有误，请联系原单位更正，或向劳动人事争议仲裁委员会申请仲裁；也可拨打12333咨询。"
)
_SEPARATION_HELP_KO = (
    "단위에서 로임을 체불하였거나 약정한 로동조건을 제공하지 않았거나 폭력, 위협 등으로 로동을 "
    "강요하여 어쩔 수 없이 리직한 경우, 또는 단위에서 보고한 원인이 틀린 경우에는 원래 단위에 "
    "정정을 요구하시거나 로동인사쟁의중재위원회에 중재를 신청하십시오. 12333으로 문의하셔도 됩니다."
)

REASONS: MappingProxyType[ReasonCode, ReasonText] = MappingProxyType(
    {
        ReasonCode.ELIGIBLE: ReasonText(
            Effect.INFO,
            "您符合领取失业保险金的条件。",
            "귀하는 실업보험금을 받을 수 있는 조건에 부합합니다.",
            *_R14,
        ),
        ReasonCode.CONTRIBUTION_SUFFICIENT: ReasonText(
            Effect.INFO,
            "您累计缴纳失业保险费{contribution_months}个月，达到{required_months}个月的要求。",
            "귀하는 실업보험료를 루계 {contribution_months}개월 납부하여 {required_months}개월 "
            "요건을 충족합니다.",
            *_R14_1,
        ),
        ReasonCode.CONTRIBUTION_INSUFFICIENT: ReasonText(
            Effect.REFUSAL,
            "您累计缴纳失业保险费{contribution_months}个月，不满{required_months}个月，"
            "暂不能领取失业保险金。",
            "귀하가 실업보험료를 납부한 기간은 루계 {contribution_months}개월로서 "
            "{required_months}개월이 되지 않으므로 지금은 실업보험금을 받을 수 없습니다.",
            *_R14_1,
            "重新就业后继续参保缴费，累计满{required_months}个月后再次失业时可以申领。"
            "如有系统中没有记录的缴费期间（例如视同缴费），请携带相关材料到经办窗口核实，"
            "或拨打12333咨询。",
            "다시 취업하여 보험료를 계속 납부하고 루계 {required_months}개월이 된 후 다시 실업하면 "
            "신청할 수 있습니다. 시스템에 기록되지 않은 납부 기간(납부로 간주되는 기간 등)이 "
            "있으면 "
            "관련 자료를 가지고 업무창구에서 확인하시거나 12333으로 문의하십시오.",
        ),
        ReasonCode.SEPARATION_INVOLUNTARY: ReasonText(
            Effect.INFO,
            "单位报送的离职原因是“{separation}”，属于非因本人意愿中断就业。",
            "단위에서 보고한 리직 원인은 ‘{separation}’이며 본인의 의사와 관계없이 취업이 "
            "중단된 경우에 속합니다.",
            *_R14_2,
        ),
        ReasonCode.SEPARATION_VOLUNTARY_RESIGNATION: ReasonText(
            Effect.REFUSAL,
            "单位报送的离职原因是本人自愿辞职，不属于非因本人意愿中断就业，不能领取失业保险金。",
            "단위에서 보고한 리직 원인은 본인이 자원하여 사직한 것이므로 본인의 의사와 관계없이 "
            "취업이 중단된 경우에 속하지 않아 실업보험금을 받을 수 없습니다.",
            *_R14_2,
            _SEPARATION_HELP_ZH,
            _SEPARATION_HELP_KO,
        ),
        ReasonCode.SEPARATION_MUTUAL_AGREEMENT_BY_EMPLOYEE: ReasonText(
            Effect.REFUSAL,
            "单位报送的离职原因是由您本人提出、双方协商一致解除劳动合同，不属于非因本人意愿中断就业，"
            "不能领取失业保险金。",
            "단위에서 보고한 리직 원인은 본인이 제기하여 쌍방이 협의하여 로동계약을 해제한 "
            "것이므로 본인의 의사와 관계없이 취업이 중단된 경우에 속하지 않아 실업보험금을 "
            "받을 수 없습니다.",
            *_R14_2,
            "如果协商解除实际是由单位提出的，请联系原单位更正报送的离职原因。"
            + _SEPARATION_HELP_ZH,
            "협의 해제를 실제로는 단위에서 제기하였다면 원래 단위에 보고한 리직 원인을 정정하도록 "
            "요구하십시오. " + _SEPARATION_HELP_KO,
        ),
        ReasonCode.SEPARATION_NOT_REPORTED: ReasonText(
            Effect.REFUSAL,
            "系统中没有单位报送的离职记录（离职日期和原因），暂时无法确认您是否非因本人意愿中断就业。",
            "시스템에 단위에서 보고한 리직 기록(리직 날자와 원인)이 없어 본인의 의사와 관계없이 "
            "취업이 중단되였는지 지금은 확인할 수 없습니다.",
            *_R14_2,
            "请联系原单位向社会保险经办机构办理减员申报，"
            "或携带终止、解除劳动合同的证明到经办窗口办理；也可拨打12333咨询。",
            "원래 단위에 사회보험 업무기관에 인원감소 신고를 하도록 요청하시거나 "
            "로동계약 종료 또는 "
            "해제 증명을 가지고 업무창구에 오십시오. 12333으로 문의하셔도 됩니다.",
        ),
        ReasonCode.STILL_EMPLOYED: ReasonText(
            Effect.REFUSAL,
            "记录显示您目前仍与单位保持劳动关系，暂不能申领失业保险金。",
            "기록에 따르면 귀하는 현재 아직 단위와 로동관계를 유지하고 있으므로 지금은 "
            "실업보험금을 신청할 수 없습니다.",
            *_R14_2,
            "如果您已经离职，请联系单位办理减员申报后再申领；也可拨打12333咨询。",
            "이미 리직하였다면 단위에서 인원감소 신고를 한 후 다시 신청하십시오. "
            "12333으로 문의하셔도 됩니다.",
        ),
        ReasonCode.REGISTERED_BY_APPLICATION: ReasonText(
            Effect.INFO,
            "本次申领同时为您办理失业登记，登记日期为{date}，领取期限从这一天起计算。",
            "이번 신청과 함께 실업등록도 하였습니다. 등록 날자는 {date}이며 수령 기한은 이날부터 "
            "계산합니다.",
            *_N1,
        ),
        ReasonCode.ENTITLEMENT_BY_CONTRIBUTION: ReasonText(
            Effect.INFO,
            "按累计缴费{contribution_months}个月计算，您最长可以领取失业保险金{months}个月。",
            "루계 납부 기간 {contribution_months}개월에 따라 귀하는 실업보험금을 최장 "
            "{months}개월 받을 수 있습니다.",
            *_R17,
        ),
        ReasonCode.ENTITLEMENT_WITH_CARRY_OVER: ReasonText(
            Effect.INFO,
            "您重新就业后的缴费时间重新计算为{contribution_months}个月，可以领取{fresh_months}个月；"
            "加上前次失业应领而尚未领取的{carried_months}个月，合计{months}个月。",
            "다시 취업한 후의 납부 기간을 새로 계산하면 {contribution_months}개월로서 "
            "{fresh_months}개월을 받을 수 있습니다. 지난번 실업 때 받아야 했으나 아직 받지 않은 "
            "{carried_months}개월을 합하여 모두 {months}개월입니다.",
            *_R17,
        ),
        ReasonCode.ENTITLEMENT_CAPPED: ReasonText(
            Effect.INFO,
            "合并计算最长不超过{cap}个月，因此您可以领取{cap}个月。",
            "합하여 계산하는 기간은 최장 {cap}개월을 넘을 수 없으므로 귀하는 {cap}개월을 받을 수 "
            "있습니다.",
            *_R17,
        ),
        ReasonCode.NO_ENTITLEMENT_LEFT: ReasonText(
            Effect.REFUSAL,
            "按规定计算，您目前没有可以领取的失业保险金期限。",
            "규정에 따라 계산하면 귀하는 현재 받을 수 있는 실업보험금 기한이 없습니다.",
            *_R17,
            "重新就业后继续参保缴费，累计满{required_months}个月后再次失业时可以申领；"
            "也可拨打12333咨询。",
            "다시 취업하여 보험료를 계속 납부하고 루계 {required_months}개월이 된 후 다시 실업하면 "
            "신청할 수 있습니다. 12333으로 문의하셔도 됩니다.",
        ),
        ReasonCode.MONTHLY_AMOUNT: ReasonText(
            Effect.INFO,
            "按本地区自{date}起执行的标准，您每月可以领取失业保险金{amount}元，按月发放。",
            "이 지역에서 {date}부터 시행하는 기준에 따라 귀하는 실업보험금을 매달 {amount}원 "
            "받을 수 있으며 보험금은 달마다 지급합니다.",
            *_R18,
        ),
        ReasonCode.REGION_UNKNOWN: ReasonText(
            Effect.REVIEW,
            "系统中没有地区代码{region_code}的失业保险金标准，暂时无法核定金额，将由工作人员核定。",
            "시스템에 지역코드 {region_code}의 실업보험금 기준이 없어 지금은 금액을 확정할 수 "
            "없으며 사업일군이 확정합니다.",
            *_R18,
            "您的申请可以正常提交，工作人员核实参保地区后会告知结果；可在自助机或拨打12333查询进度。",
            "신청은 정상적으로 제출할 수 있으며 사업일군이 보험 가입 지역을 확인한 후 결과를 "
            "알려드립니다. 진행 상황은 자동봉사기나 12333에서 조회할 수 있습니다.",
        ),
        ReasonCode.AMOUNT_NOT_IN_EFFECT: ReasonText(
            Effect.REVIEW,
            "地区{region_code}在{date}没有有效的失业保险金标准，暂时无法核定金额，将由工作人员核定。",
            "지역 {region_code}에는 {date}에 유효한 실업보험금 기준이 없어 지금은 금액을 확정할 수 "
            "없으며 사업일군이 확정합니다.",
            *_R18,
            "您的申请可以正常提交，工作人员核定金额后会告知结果；可在自助机或拨打12333查询进度。",
            "신청은 정상적으로 제출할 수 있으며 사업일군이 금액을 확정한 후 결과를 알려드립니다. "
            "진행 상황은 자동봉사기나 12333에서 조회할 수 있습니다.",
        ),
        ReasonCode.MEDICAL_INSURANCE_PAID_BY_FUND: ReasonText(
            Effect.INFO,
            "领取失业保险金期间，您应当缴纳的职工基本医疗保险费由失业保险基金支付，个人不缴纳。",
            "실업보험금을 받는 기간에 귀하가 납부해야 할 종업원 기본의료보험료는 실업보험기금에서 "
            "지불하며 개인은 납부하지 않습니다.",
            "社会保险法第四十八条",
            "《사회보험법》 제48조",
        ),
        ReasonCode.COMMITMENT_TO_REPORT: ReasonText(
            Effect.INFO,
            "不需要每月到现场签到。领取期间如果重新就业、开始领取养老金、应征入伍、移居境外等，"
            "请按承诺及时告知经办机构。",
            "달마다 업무기관에 직접 와서 출석 확인을 할 필요가 없습니다. 수령 기간에 다시 "
            "취업하거나 양로금을 받기 시작하거나 입대하거나 국외로 이주하는 등의 경우에는 "
            "약속한 대로 업무기관에 제때에 알려주십시오.",
            *_N4,
        ),
        ReasonCode.STOP_REEMPLOYED_CONTRIBUTION: ReasonText(
            Effect.STOP,
            "记录显示自{date}起有单位为您缴纳失业保险费，您已重新就业，按规定停止领取失业保险金。",
            "기록에 따르면 {date}부터 어느 단위에서 귀하의 실업보험료를 납부하고 있습니다. "
            "다시 취업한 것으로 보아 규정에 따라 실업보험금 수령을 중지합니다.",
            *_stop("一", "一", "1", "1"),
            _CLAIM_AGAIN_ZH + _DISPUTE_RECORD_ZH,
            _CLAIM_AGAIN_KO + " " + _DISPUTE_RECORD_KO,
        ),
        ReasonCode.STOP_REEMPLOYED_BUSINESS: ReasonText(
            Effect.STOP,
            "记录显示您于{date}办理了工商登记，视为重新就业，按规定停止领取失业保险金。",
            "기록에 따르면 귀하는 {date}에 공상등록을 하였으므로 다시 취업한 것으로 보아 규정에 "
            "따라 실업보험금 수령을 중지합니다.",
            *_stop("一", "一", "1", "1"),
            _CLAIM_AGAIN_ZH + _DISPUTE_RECORD_ZH,
            _CLAIM_AGAIN_KO + " " + _DISPUTE_RECORD_KO,
        ),
        ReasonCode.STOP_PENSION: ReasonText(
            Effect.STOP,
            "记录显示您自{date}起享受基本养老保险待遇，按规定不能同时领取失业保险金。",
            "기록에 따르면 귀하는 {date}부터 기본양로보험 대우를 받고 있으므로 규정에 따라 "
            "실업보험금을 함께 받을 수 없습니다.",
            *_stop("四", "四", "4", "4"),
            _DISPUTE_RECORD_ZH,
            _DISPUTE_RECORD_KO,
        ),
        ReasonCode.STOP_REFUSED_JOB: ReasonText(
            Effect.STOP,
            "公共就业服务记录显示，您于{date}无正当理由拒绝了指定机构介绍的适当工作，"
            "按规定停止领取失业保险金。",
            "공공취업봉사 기록에 따르면 귀하는 {date}에 정당한 리유 없이 지정 기관에서 소개한 "
            "적당한 일자리를 거절하였으므로 규정에 따라 실업보험금 수령을 중지합니다.",
            *_stop("六", "五", "6", "5"),
            "如果您拒绝有正当理由（例如健康原因），请携带相关材料到经办窗口说明，或拨打12333咨询。",
            "거절한 데 정당한 리유(례를 들면 건강 원인)가 있었다면 관련 자료를 가지고 업무창구에 "
            "오셔서 설명하시거나 12333으로 문의하십시오.",
        ),
        ReasonCode.STOP_REFUSED_TRAINING: ReasonText(
            Effect.STOP,
            "公共就业服务记录显示，您于{date}无正当理由拒绝了指定机构提供的培训，"
            "按规定停止领取失业保险金。",
            "공공취업봉사 기록에 따르면 귀하는 {date}에 정당한 리유 없이 지정 기관에서 제공한 "
            "양성을 거절하였으므로 규정에 따라 실업보험금 수령을 중지합니다.",
            *_stop("", "五", "", "5"),
            "如果您拒绝有正当理由（例如健康原因），请携带相关材料到经办窗口说明，或拨打12333咨询。",
            "거절한 데 정당한 리유(례를 들면 건강 원인)가 있었다면 관련 자료를 가지고 업무창구에 "
            "오셔서 설명하시거나 12333으로 문의하십시오.",
        ),
        ReasonCode.STOP_DIED: ReasonText(
            Effect.STOP,
            "人口信息记录显示领取人已于{date}死亡，失业保险金自该日起停止发放。"
            "其家属可以申领丧葬补助金和抚恤金。",
            "인구정보 기록에 따르면 수령인이 {date}에 사망하였으므로 이날부터 실업보험금 지급을 "
            "중지합니다. 그 가족은 장례보조금과 무휼금을 신청할 수 있습니다.",
            "失业保险条例第二十条；" + _N4[0],
            "《실업보험조례》 제20조, " + _N4[1],
            "家属请携带死亡证明和身份证件到经办窗口申领丧葬补助金和抚恤金，或拨打12333咨询。",
            "가족은 사망증명과 신분증명을 가지고 업무창구에 오셔서 장례보조금과 무휼금을 "
            "신청하시거나 12333으로 문의하십시오.",
        ),
        ReasonCode.STOP_ENLISTED: ReasonText(
            Effect.STOP,
            "记录显示您于{date}应征服兵役，按规定停止领取失业保险金。",
            "기록에 따르면 귀하는 {date}에 병역에 복무하게 되였으므로 규정에 따라 실업보험금 "
            "수령을 중지합니다.",
            *_stop("二", "二", "2", "2"),
            _DISPUTE_RECORD_ZH,
            _DISPUTE_RECORD_KO,
        ),
        ReasonCode.STOP_SETTLED_ABROAD: ReasonText(
            Effect.STOP,
            "记录显示您于{date}移居境外，按规定停止领取失业保险金。",
            "기록에 따르면 귀하는 {date}에 국외로 이주하였으므로 규정에 따라 실업보험금 수령을 "
            "중지합니다.",
            *_stop("三", "三", "3", "3"),
            _DISPUTE_RECORD_ZH,
            _DISPUTE_RECORD_KO,
        ),
        ReasonCode.STOP_IMPRISONED: ReasonText(
            Effect.STOP,
            "司法记录显示您自{date}起被判刑收监执行，按规定停止领取失业保险金。",
            "사법 기록에 따르면 귀하는 {date}부터 형을 선고받아 수감되였으므로 규정에 따라 "
            "실업보험금 수령을 중지합니다.",
            *_stop("五", "", "5", ""),
            "刑满释放后如仍处于失业状态，可以按规定重新申领；" + _DISPUTE_RECORD_ZH,
            "형기를 마치고 석방된 후에도 실업 상태라면 규정에 따라 다시 신청할 수 있습니다. "
            + _DISPUTE_RECORD_KO,
        ),
        ReasonCode.RETIREMENT_AGE_REACHED: ReasonText(
            Effect.REFUSAL,
            "您已于{date}达到法定退休年龄（{age}），失业保险金只发给法定劳动年龄内的失业人员，"
            "不能领取。",
            "귀하는 {date}에 법정퇴직년령({age})에 이르렀습니다. 실업보험금은 법정 로동년령 "
            "안의 실업자에게만 지급하므로 받을 수 없습니다.",
            *_RETIREMENT_AGE,
            "请到社会保险经办机构咨询办理退休、领取基本养老金的手续；如出生日期或退休年龄类别有误，"
            "请携带身份证到经办窗口说明，或拨打12333咨询。",
            "사회보험 업무기관에서 퇴직하고 기본양로금을 받는 수속을 문의하십시오. 출생 날자나 "
            "퇴직년령 류형이 틀렸다면 신분증을 가지고 업무창구에 오셔서 설명하시거나 12333으로 "
            "문의하십시오.",
        ),
        ReasonCode.BENEFIT_ENDS_AT_RETIREMENT: ReasonText(
            Effect.INFO,
            "您将于{date}达到法定退休年龄（{age}），失业保险金发放到这一月为止，共{months}个月。",
            "귀하는 {date}에 법정퇴직년령({age})에 이르므로 실업보험금은 그달까지 모두 "
            "{months}개월 지급합니다.",
            *_RETIREMENT_AGE,
        ),
        ReasonCode.BENEFIT_EXTENDED_TO_RETIREMENT: ReasonText(
            Effect.INFO,
            "领取期满时您距法定退休年龄（{age}，{date}）在一年以内，领取期限延长到达到法定退休年龄的"
            "当月，共{months}个月。",
            "수령 기한이 끝날 때 귀하는 법정퇴직년령({age}, {date})까지 1년 이내이므로 수령 "
            "기한을 법정퇴직년령에 이르는 달까지 연장하여 모두 {months}개월입니다.",
            *_RETIREMENT_EXTENSION,
        ),
        ReasonCode.BENEFIT_EXTENDED_TRANSITIONAL: ReasonText(
            Effect.INFO,
            "您在2024年12月31日正在领取失业保险金，经本人申请，继续发放到原法定退休年龄（{date}）"
            "的当月，共{months}个月，期满后不再续发。",
            "귀하는 2024년 12월 31일에 실업보험금을 받고 있었으므로 본인의 신청에 따라 원래의 "
            "법정퇴직년령({date})에 이르는 달까지 계속 지급하여 모두 {months}개월입니다. "
            "기한이 끝난 후에는 더 지급하지 않습니다.",
            *_RETIREMENT_EXTENSION,
        ),
        ReasonCode.PENSION_PREMIUMS_PAID_BY_FUND: ReasonText(
            Effect.INFO,
            "自{date}起您距法定退休年龄在一年以内，领取失业保险金期间的基本养老保险费由失业保险基金"
            "按规定缴纳。",
            "{date}부터 귀하는 법정퇴직년령까지 1년 이내이므로 실업보험금을 받는 기간의 "
            "기본양로보험료는 실업보험기금에서 규정에 따라 납부합니다.",
            *_RETIREMENT_EXTENSION,
        ),
        ReasonCode.RETIREMENT_GROUP_NOT_ON_RECORD: ReasonText(
            Effect.REVIEW,
            "系统中没有您的退休年龄类别（女职工原法定退休年龄为50周岁或55周岁），它会影响您能领取的"
            "期限，将由工作人员核实。",
            "시스템에 귀하의 퇴직년령 류형(녀성 종업원의 원래 법정퇴직년령 50세 또는 55세)이 "
            "없습니다. 이것은 받을 수 있는 기한에 영향을 주므로 사업일군이 확인합니다.",
            *_RETIREMENT_AGE,
            "您的申请可以正常提交，工作人员核实后会告知结果；如您原来在管理或技术岗位，"
            "可携带档案材料到经办窗口说明，也可拨打12333咨询。",
            "신청은 정상적으로 제출할 수 있으며 사업일군이 확인한 후 결과를 알려드립니다. "
            "원래 관리나 기술 직위에 있었다면 당안 자료를 가지고 업무창구에 오셔서 "
            "설명하시거나 12333으로 문의하십시오.",
        ),
        ReasonCode.TRAINING_SUBSIDY_GRANTED: ReasonText(
            Effect.INFO,
            "您参加“{course}”培训，可以领取职业培训补贴{amount}元，一次性发放。",
            "귀하는 ‘{course}’ 양성에 참가하므로 직업양성 보조금 {amount}원을 한 번에 받을 수 "
            "있습니다.",
            *_TRAINING,
        ),
        ReasonCode.TRAINING_NOT_RECEIVING_BENEFIT: ReasonText(
            Effect.REFUSAL,
            "培训开始的{date}不在您领取失业保险金的期限内，不能领取职业培训补贴。",
            "양성을 시작하는 {date}은 귀하가 실업보험금을 받는 기한 안에 있지 않으므로 "
            "직업양성 보조금을 받을 수 없습니다.",
            *_TRAINING,
            "领取失业保险金期间参加培训可以申领；也可拨打12333咨询其他就业补贴。",
            "실업보험금을 받는 기간에 양성에 참가하면 신청할 수 있습니다. 다른 취업 보조금은 "
            "12333으로 문의하십시오.",
        ),
        ReasonCode.TRAINING_AFTER_VOLUNTARY_RESIGNATION: ReasonText(
            Effect.REFUSAL,
            "您是本人自愿辞职，没有领取失业保险金的资格，不能领取失业保险基金支付的职业培训补贴。",
            "귀하는 본인이 자원하여 사직하였으므로 실업보험금을 받을 자격이 없어 실업보험기금에서 "
            "지불하는 직업양성 보조금을 받을 수 없습니다.",
            *_TRAINING,
            _SEPARATION_HELP_ZH,
            _SEPARATION_HELP_KO,
        ),
        ReasonCode.TRAINING_ALREADY_SUBSIDISED: ReasonText(
            Effect.REFUSAL,
            "您已于{date}领取过这门培训的补贴，同一培训只能领取一次。",
            "귀하는 {date}에 이 양성의 보조금을 이미 받았습니다. 같은 양성의 보조금은 한 번만 "
            "받을 수 있습니다.",
            *_TRAINING,
            "如果记录有误，请携带身份证到经办窗口说明，或拨打12333咨询。",
            "기록이 틀렸다면 신분증을 가지고 업무창구에 오셔서 설명하시거나 12333으로 "
            "문의하십시오.",
        ),
        ReasonCode.TRAINING_OUTSIDE_SERVICE_AREA: ReasonText(
            Effect.REFUSAL,
            "这门培训在地区{region_code}举办，不在本服务点的服务范围内。",
            "이 양성은 지역 {region_code}에서 진행하므로 이 봉사점의 봉사 범위 안에 있지 않습니다.",
            *_TRAINING,
            "请到培训所在地的自助机或经办窗口申领；也可拨打12333咨询。",
            "양성을 진행하는 지역의 자동봉사기나 업무창구에서 신청하십시오. 12333으로 "
            "문의하셔도 됩니다.",
        ),
        ReasonCode.DEATH_BENEFITS_DUE: ReasonText(
            Effect.INFO,
            "领取人于{date}在领取失业保险金期间死亡，其家属可以一次性领取丧葬补助金{funeral}元"
            "和抚恤金{pension}元。",
            "수령인이 {date}에 실업보험금을 받는 기간에 사망하였으므로 그 가족은 장례보조금 "
            "{funeral}원과 무휼금 {pension}원을 한 번에 받을 수 있습니다.",
            *_DEATH,
        ),
        ReasonCode.DEATH_FUNERAL_SUBSIDY_CHOSEN_ELSEWHERE: ReasonText(
            Effect.INFO,
            "家属已选择领取基本养老保险或工伤保险的丧葬补助金，失业保险不再发放丧葬补助金。",
            "가족이 기본양로보험이나 공상보험의 장례보조금을 받기로 선택하였으므로 실업보험에서는 "
            "장례보조금을 더 지급하지 않습니다.",
            *_DEATH,
        ),
        ReasonCode.DEATH_OUTSIDE_BENEFIT_PERIOD: ReasonText(
            Effect.REFUSAL,
            "领取人于{date}死亡，不在领取失业保险金期间，失业保险基金不发放丧葬补助金和抚恤金。",
            "수령인이 {date}에 사망하였는데 실업보험금을 받는 기간이 아니므로 실업보험기금에서는 "
            "장례보조금과 무휼금을 지급하지 않습니다.",
            *_DEATH,
            "家属可以向基本养老保险或单位咨询丧葬补助金和抚恤金；也可拨打12333咨询。",
            "가족은 기본양로보험이나 단위에 장례보조금과 무휼금을 문의하십시오. 12333으로 "
            "문의하셔도 됩니다.",
        ),
        ReasonCode.DEATH_BENEFITS_ALREADY_PAID: ReasonText(
            Effect.REFUSAL,
            "领取人的丧葬补助金和抚恤金已于{date}发放，只发放一次。",
            "수령인의 장례보조금과 무휼금은 {date}에 이미 지급하였으며 한 번만 지급합니다.",
            *_DEATH,
            "如果记录有误，请携带死亡证明和身份证件到经办窗口说明，或拨打12333咨询。",
            "기록이 틀렸다면 사망증명과 신분증명을 가지고 업무창구에 오셔서 설명하시거나 "
            "12333으로 문의하십시오.",
        ),
        ReasonCode.DEATH_AMOUNTS_NOT_CONFIGURED: ReasonText(
            Effect.REVIEW,
            "地区{region_code}在{date}没有有效的丧葬补助金和抚恤金标准，将由工作人员核定金额。",
            "지역 {region_code}에는 {date}에 유효한 장례보조금과 무휼금 기준이 없으므로 "
            "사업일군이 금액을 확정합니다.",
            *_DEATH,
            "申请可以正常提交，工作人员核定金额后会告知结果；也可拨打12333咨询。",
            "신청은 정상적으로 제출할 수 있으며 사업일군이 금액을 확정한 후 결과를 "
            "알려드립니다. 12333으로 문의하셔도 됩니다.",
        ),
    }
)


@dataclass(frozen=True)
class Label:
    zh: str
    ko: str


SEPARATION_LABELS: MappingProxyType[SeparationReason, Label] = MappingProxyType(
    {
        SeparationReason.CONTRACT_EXPIRED_NOT_RENEWED: Label(
            "劳动合同期满未续订", "로동계약 기한이 만료되였으나 다시 체결하지 않음"
        ),
        SeparationReason.EMPLOYER_CLOSED: Label(
            "单位破产、被吊销营业执照、责令关闭、撤销或者提前解散",
            "단위의 파산, 영업허가증 취소, 페쇄 명령, 철회 또는 조기 해산",
        ),
        SeparationReason.EMPLOYER_TERMINATED: Label(
            "单位解除劳动合同", "단위에서 로동계약을 해제함"
        ),
        SeparationReason.DISMISSED: Label("被单位开除", "단위로부터 징계 해고됨"),
        SeparationReason.REMOVED_FROM_ROLL: Label("被单位除名", "단위로부터 제명됨"),
        SeparationReason.DISCHARGED: Label("被单位辞退", "단위로부터 해고됨"),
        SeparationReason.CLAIMANT_TERMINATED_VIOLENCE_THREATS_RESTRAINT: Label(
            "单位以暴力、威胁或者非法限制人身自由的手段强迫劳动，本人解除劳动合同",
            "단위에서 폭력, 위협 또는 불법적인 신체자유 제한으로 로동을 강요하여 본인이 "
            "로동계약을 해제함",
        ),
        SeparationReason.CLAIMANT_TERMINATED_UNPAID_WAGES: Label(
            "单位未按照约定支付劳动报酬，本人解除劳动合同",
            "단위에서 약정대로 로동보수를 지불하지 않아 본인이 로동계약을 해제함",
        ),
        SeparationReason.CLAIMANT_TERMINATED_CONDITIONS_NOT_PROVIDED: Label(
            "单位未按照约定提供劳动条件，本人解除劳动合同",
            "단위에서 약정한 로동조건을 제공하지 않아 본인이 로동계약을 해제함",
        ),
        SeparationReason.MUTUAL_AGREEMENT_PROPOSED_BY_EMPLOYER: Label(
            "单位提出、双方协商一致解除劳动合同",
            "단위에서 제기하여 쌍방이 협의하여 로동계약을 해제함",
        ),
        SeparationReason.OTHER_CASE_NAMED_BY_LAW: Label(
            "法律、行政法规规定的其他情形", "법률, 행정법규에서 규정한 기타 경우"
        ),
        SeparationReason.VOLUNTARY_RESIGNATION: Label("本人自愿辞职", "본인이 자원하여 사직함"),
        SeparationReason.MUTUAL_AGREEMENT_PROPOSED_BY_EMPLOYEE: Label(
            "本人提出、双方协商一致解除劳动合同",
            "본인이 제기하여 쌍방이 협의하여 로동계약을 해제함",
        ),
    }
)


def explain(code: ReasonCode, **values: object) -> Explanation:
    """Fill the texts for `code`; a missing placeholder is a bug, so it raises KeyError.

    Dates are written the way each language writes them (2026年11月2日 / 2026년 11월 2일), and a
    `Label` gives each language its own wording.
    """
    text = REASONS[code]
    missing = text.fields - values.keys()
    if missing:
        raise KeyError(f"{code}: missing values for {sorted(missing)}")
    zh_values = {k: _format_value(v, "zh") for k, v in values.items()}
    ko_values = {k: _format_value(v, "ko") for k, v in values.items()}
    return Explanation(
        code=code,
        effect=text.effect,
        zh=text.zh.format(**zh_values),
        ko=text.ko.format(**ko_values),
        source_zh=text.source_zh,
        source_ko=text.source_ko,
        next_step_zh=None if text.next_step_zh is None else text.next_step_zh.format(**zh_values),
        next_step_ko=None if text.next_step_ko is None else text.next_step_ko.format(**ko_values),
    )


_DATE_FORMATS = {"zh": "{0.year}年{0.month}月{0.day}日", "ko": "{0.year}년 {0.month}월 {0.day}일"}


def _format_value(value: object, language: Literal["zh", "ko"]) -> object:
    if isinstance(value, date):
        return _DATE_FORMATS[language].format(value)
    if isinstance(value, Label):
        return value.zh if language == "zh" else value.ko
    return value

"""What the agency texts a claimant, in Chinese or Korean (Yanbian usage, docs/korean-glossary.md).

A text carries only what its reader needs: the end of the claim's reference (never the whole
reference, which opens the public status page with its code), a month, an amount, a reason.
No name, no ID number, no account. The outbox keeps the template and these values, and the
text is written when it is sent, so a change of wording reaches texts still waiting.

Each text starts with the sender's signature in 【】, as Chinese operators require.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal, assert_never

Lang = Literal["zh", "ko"]
Params = Mapping[str, object]


class Template(StrEnum):
    RECEIVED = "received"
    APPROVED = "approved"
    REFUSED = "refused"
    PAID = "paid"
    STOPPED = "stopped"
    CHANGE_RECORDED = "change_recorded"
    REPAID = "repaid"  # a month the bank returned, released again
    MOBILE_CHANGED = "mobile_changed"  # to the old number, after a change of number
    STATUS = "status"
    STATUS_UNKNOWN = "status_unknown"
    APPOINTMENT_BOOKED = "appointment_booked"
    APPOINTMENT_CANCELLED = "appointment_cancelled"
    COMPLAINT_ANSWERED = "complaint_answered"


@dataclass(frozen=True)
class Label:
    zh: str
    ko: str

    def of(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.ko


SIGNATURE = Label("【失业保险】", "【실업보험】")
KINDS = {
    "claim": Label("失业保险金", "실업보험금"),
    "training_subsidy": Label("职业培训补贴", "직업훈련 보조금"),
}

# Why a claim was refused, short enough for a text; the decision notice has the full reasons
# and the articles they rest on.
REFUSAL_REASONS = {
    "contribution_insufficient": Label("缴费不满1年", "보험료 납부기간이 1년이 되지 않음"),
    "separation_voluntary_resignation": Label("本人自愿辞职", "본인이 자원하여 사직함"),
    "separation_mutual_agreement_by_employee": Label(
        "本人提出、双方协商解除劳动合同", "본인이 제기하여 협의로 로동계약을 해제함"
    ),
    "separation_not_reported": Label("没有单位报送的离职记录", "단위에서 보낸 리직기록이 없음"),
    "still_employed": Label("仍与单位保持劳动关系", "아직 단위와 로동관계가 있음"),
    "no_entitlement_left": Label("没有可以领取的期限", "받을수 있는 기간이 남지 않음"),
    "retirement_age_reached": Label("已达到法定退休年龄", "법정퇴직년령에 이르렀음"),
    "training_not_receiving_benefit": Label(
        "培训不在领取失业保险金期间", "훈련이 실업보험금 수령기간 밖에 있음"
    ),
    "training_after_voluntary_resignation": Label("本人自愿辞职", "본인이 자원하여 사직함"),
    "training_already_subsidised": Label(
        "已领取过这门培训的补贴", "이 훈련의 보조금을 이미 받았음"
    ),
    "training_outside_service_area": Label(
        "培训不在本服务点的服务范围内", "훈련이 봉사범위 밖에 있음"
    ),
}
SEE_DECISION = Label("详见决定书", "결정서를 보십시오")

STOP_REASONS = {
    "stop_reemployed_contribution": Label("重新就业", "다시 취업하였음"),
    "stop_reemployed_business": Label(
        "办理工商登记，视为重新就业", "공상등록을 하여 다시 취업한것으로 봄"
    ),
    "stop_pension": Label("开始享受基本养老保险待遇", "기본양로금을 받기 시작하였음"),
    "stop_refused_job": Label(
        "无正当理由拒绝介绍的适当工作", "정당한 리유없이 소개받은 알맞는 일자리를 거절하였음"
    ),
    "stop_refused_training": Label(
        "无正当理由拒绝提供的培训", "정당한 리유없이 제공된 직업훈련을 거절하였음"
    ),
    "stop_enlisted": Label("应征服兵役", "군대에 입대하였음"),
    "stop_settled_abroad": Label("移居境外", "해외에 정착하였음"),
    "stop_imprisoned": Label("被判刑收监执行", "형을 받고 수감되였음"),
}
OTHER_REASON = Label("其他情形", "기타 리유")

CHANGES = {  # server.change_schemas.ChangeKind
    "reemployment": Label("重新就业", "다시 취업"),
    "self_employment": Label("办理工商登记", "공상등록"),
    "pension": Label("开始领取养老金", "양로금 수령 시작"),
    "settled_abroad": Label("移居境外", "해외 정착"),
    "enlistment": Label("应征服兵役", "군대 입대"),
    "imprisonment": Label("被判刑收监执行", "수감"),
}
OTHER_CHANGE = Label("其他变化", "기타 변화")

# Administrative Reconsideration Law art. 20 (60 days); Administrative Procedure Law art. 46
# (6 months).
APPEAL = Label(
    "如有异议，可自收到决定之日起60日内申请行政复议，或6个月内向人民法院提起行政诉讼。",
    "이의가 있으면 결정을 받은 날부터 60일 안에 행정복의(行政复议)를 신청하거나 6개월 안에 "
    "인민법원에 행정소송을 제기할수 있습니다.",
)
HOTLINE = Label("咨询请拨打12333。", "12333에 전화하여 문의하십시오.")
QUERY_HINT = Label("查询进度请回复CX。", "진행 상황을 알려면 이 번호로 조회 또는 CX를 보내십시오.")


def lang_of(language: str) -> Lang:
    """The claim's language as the kiosk recorded it; Korean claimants read Korean, everyone
    else (Chinese, and English, which no operator's template covers) Chinese."""
    return "ko" if language.startswith("ko") else "zh"


def money(fen: object, lang: Lang) -> str:
    amount = f"{int(str(fen)) / 100:,.2f}"
    return f"{amount}元" if lang == "zh" else f"{amount}원"


def month(iso: object, lang: Lang) -> str:
    day = date.fromisoformat(str(iso))
    return f"{day.year}年{day.month}月" if lang == "zh" else f"{day.year}년 {day.month}월"


def day(iso: object, lang: Lang) -> str:
    value = date.fromisoformat(str(iso))
    if lang == "zh":
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.year}년 {value.month}월 {value.day}일"


def _ref(params: Params, lang: Lang) -> str:
    tail = str(params["ref"])
    return f"编号尾号{tail}" if lang == "zh" else f"번호 끝자리 {tail}"


def _kind(params: Params, lang: Lang) -> str:
    return KINDS.get(str(params.get("kind", "claim")), KINDS["claim"]).of(lang)


def _received(p: Params, lang: Lang) -> str:
    # A text queued before `decide_by` was a parameter names no day: within the time limit.
    if lang == "zh":
        when = f"于{day(p['decide_by'], lang)}前" if "decide_by" in p else "在规定时限内"
        return (
            f"您的{_kind(p, lang)}申请（{_ref(p, lang)}）已收到，经办机构将{when}作出决定"
            f"并短信告知。{QUERY_HINT.zh}"
        )
    when = f"{day(p['decide_by'], lang)}까지" if "decide_by" in p else "정해진 기한 안에"
    return (
        f"{_kind(p, lang)} 신청({_ref(p, lang)})이 접수되였습니다. 담당기관에서 {when} "
        f"결정하여 문자로 알려드립니다. {QUERY_HINT.ko}"
    )


def _approved(p: Params, lang: Lang) -> str:
    amount = money(p["amount_fen"], lang)
    if p.get("kind") == "training_subsidy":
        if lang == "zh":
            return f"您的职业培训补贴申请（{_ref(p, lang)}）已批准，补贴{amount}，一次性发放。"
        return f"직업훈련 보조금 신청({_ref(p, lang)})이 승인되였습니다. 보조금 {amount}을 한 번에 드립니다."
    months = int(str(p["months"]))
    if lang == "zh":
        return (
            f"您的失业保险金申请（{_ref(p, lang)}）已批准：可领取{months}个月，每月{amount}，"
            f"按月发放到您登记的账户。领取期间重新就业等情况请及时报告。"
        )
    return (
        f"실업보험금 신청({_ref(p, lang)})이 승인되였습니다. {months}개월 동안 매월 {amount}을 "
        f"등록하신 계좌로 보내드립니다. 받는 동안 다시 취업하는 등 변화가 있으면 즉시 알려주십시오."
    )


def _reasons(p: Params, lang: Lang) -> str:
    codes = p.get("reasons")
    labels = (
        [REFUSAL_REASONS[c].of(lang) for c in codes or () if c in REFUSAL_REASONS]
        if isinstance(codes, list)
        else []
    )
    unique = list(dict.fromkeys(labels)) or [SEE_DECISION.of(lang)]
    return "；".join(unique) if lang == "zh" else ", ".join(unique)


def _appeal(p: Params, lang: Lang) -> str:
    """How to appeal and by when: the written notice's last days (counted from the decision
    date) when the text carries them; the limits alone in texts queued before it did."""
    if "review_by" not in p or "sue_by" not in p:
        return APPEAL.of(lang)
    review, sue = day(p["review_by"], lang), day(p["sue_by"], lang)
    if lang == "zh":
        return (
            f"如有异议，可自收到决定之日起60日内申请行政复议，或6个月内向人民法院提起行政诉讼"
            f"（决定当天收到的，分别最迟{review}、{sue}）；决定书可在自助机查看、打印。"
        )
    return (
        f"이의가 있으면 결정을 받은 날부터 60일 안에 행정복의(行政复议)를 신청하거나 6개월 안에 "
        f"인민법원에 행정소송을 제기할수 있습니다(결정한 날 받았으면 각각 {review}, {sue}까지). "
        f"결정서는 자동봉사기에서 보고 인쇄할수 있습니다."
    )


def _refused(p: Params, lang: Lang) -> str:
    if lang == "zh":
        return (
            f"您的{_kind(p, lang)}申请（{_ref(p, lang)}）未予批准，原因：{_reasons(p, lang)}。"
            f"{_appeal(p, lang)}{HOTLINE.zh}"
        )
    return (
        f"{_kind(p, lang)} 신청({_ref(p, lang)})이 승인되지 않았습니다. 리유: {_reasons(p, lang)}. "
        f"{_appeal(p, lang)} {HOTLINE.ko}"
    )


def _paid(p: Params, lang: Lang) -> str:
    when, amount = month(p["month"], lang), money(p["amount_fen"], lang)
    if p.get("kind") == "training_subsidy":  # paid once, so the month adds nothing
        if lang == "zh":
            return f"您的职业培训补贴{amount}已发放（{_ref(p, lang)}），请留意账户到账。"
        return (
            f"직업훈련 보조금 {amount}이 지급되였습니다({_ref(p, lang)}). "
            f"계좌에 들어왔는지 확인하십시오."
        )
    if lang == "zh":
        return f"{when}失业保险金{amount}已发放（{_ref(p, lang)}），请留意账户到账。"
    return f"{when} 실업보험금 {amount}이 지급되였습니다({_ref(p, lang)}). 계좌에 들어왔는지 확인하십시오."


def _repaid(p: Params, lang: Lang) -> str:
    """The bank gave a payment back (e.g. the account was closed) and it was sent again."""
    amount = money(p["amount_fen"], lang)
    if p.get("kind") == "training_subsidy":
        what = KINDS["training_subsidy"].of(lang)
    else:
        what = f"{month(p['month'], lang)}{'' if lang == 'zh' else ' '}{KINDS['claim'].of(lang)}"
    if lang == "zh":
        return (
            f"银行退回的{what}{amount}已重新发放（{_ref(p, lang)}），请留意账户到账。{HOTLINE.zh}"
        )
    return (
        f"은행에서 되돌려보낸 {what} {amount}을 다시 지급하였습니다({_ref(p, lang)}). "
        f"계좌에 들어왔는지 확인하십시오. {HOTLINE.ko}"
    )


def _mobile_changed(p: Params, lang: Lang) -> str:
    """To the old number: who changed it would otherwise go unnoticed. The kiosk's site name
    says where; the new number is not named, even masked: the old number may have passed on."""
    where, when = str(p.get("kiosk") or ""), day(p["date"], lang)
    if lang == "zh":
        place = f"在{where}的自助机上" if where else "在自助机上"
        return (
            f"您在失业保险经办机构登记的手机号码已于{when}{place}更换，本号码不再接收通知。"
            f"如非本人操作，请立即拨打12333。"
        )
    place = f"{where}의 자동봉사기에서" if where else "자동봉사기에서"
    return (
        f"실업보험 담당기관에 등록하신 손전화번호가 {when} {place} 바뀌였습니다. "
        f"이 번호로는 더 알려드리지 않습니다. 본인이 하지 않았으면 곧 12333에 전화하십시오."
    )


def _stop_reason(p: Params, lang: Lang) -> str:
    return STOP_REASONS.get(str(p.get("reason")), OTHER_REASON).of(lang)


def _stopped(p: Params, lang: Lang) -> str:
    when = month(p["from_month"], lang)
    if lang == "zh":
        return (
            f"您的失业保险金（{_ref(p, lang)}）自{when}起停止发放，原因：{_stop_reason(p, lang)}。"
            f"{APPEAL.zh}{HOTLINE.zh}"
        )
    return (
        f"실업보험금({_ref(p, lang)})은 {when}부터 지급이 중지되였습니다. "
        f"리유: {_stop_reason(p, lang)}. {APPEAL.ko} {HOTLINE.ko}"
    )


def _change(p: Params, lang: Lang) -> str:
    what = CHANGES.get(str(p.get("change")), OTHER_CHANGE).of(lang)
    when = day(p["date"], lang)
    if lang == "zh":
        return (
            f"您报告的变化（{what}，{when}）已登记（{_ref(p, lang)}）。"
            f"如影响领取，经办机构将另行短信告知。"
        )
    return (
        f"알려주신 변화({what}, {when})가 등록되였습니다({_ref(p, lang)}). "
        f"수령에 영향이 있으면 담당기관에서 따로 문자로 알려드립니다."
    )


def _status(p: Params, lang: Lang) -> str:
    zh = lang == "zh"
    head = (
        f"您的{_kind(p, lang)}申请（{_ref(p, lang)}）"
        if zh
        else f"{_kind(p, lang)} 신청({_ref(p, lang)})"
    )
    state = str(p["state"])
    if state in ("received", "under_review"):
        by = day(p["due_by"], lang)
        return (
            f"{head}正在审核，预计{by}前作出决定。"
            if zh
            else f"{head}을 심사하고 있습니다. {by}까지 결정합니다."
        )
    if state == "refused":
        return (
            f"{head}未予批准。{APPEAL.zh}" if zh else f"{head}이 승인되지 않았습니다. {APPEAL.ko}"
        )
    if state == "stopped":
        when, why = month(p["from_month"], lang), _stop_reason(p, lang)
        if zh:
            return f"{head}自{when}起停止发放，原因：{why}。{HOTLINE.zh}"
        return f"{head}은 {when}부터 지급이 중지되였습니다. 리유: {why}. {HOTLINE.ko}"
    if state == "completed":
        return f"{head}已全部发放完毕。" if zh else f"{head}의 지급이 모두 끝났습니다."
    paid = int(str(p.get("paid", 0)))
    done = (f"已发放{paid}个月" if zh else f"{paid}개월분이 지급되였습니다") if paid else ""
    if p.get("next_month") is None:
        return f"{head}已批准。{done}" if zh else f"{head}이 승인되였습니다. {done}".rstrip()
    when, amount = month(p["next_month"], lang), money(p["amount_fen"], lang)
    due = day(p["next_due"], lang)
    if zh:
        return f"{head}已批准{('，' + done) if done else ''}。下次发放：{when}，{amount}，预计{due}起发放。"
    return (
        f"{head}이 승인되였습니다. {done + '. ' if done else ''}"
        f"다음 지급: {when} {amount}, {due}부터 지급합니다."
    )


def _unknown(lang: Lang) -> str:
    if lang == "zh":
        return f"未找到与本手机号码关联的申请。{HOTLINE.zh}"
    return f"이 손전화번호로 된 신청을 찾지 못하였습니다. {HOTLINE.ko}"


def _centre(p: Params, lang: Lang) -> str:
    return str(p["centre_zh"] if lang == "zh" else p["centre_ko"])


def _appointment_booked(p: Params, lang: Lang) -> str:
    when, at, tail = day(p["day"], lang), p["time"], p["ref"]
    if lang == "zh":
        return (
            f"您已预约{when} {at}到{_centre(p, lang)}窗口办理（预约号尾号{tail}）。请带身份证件"
            f"按时前来；不能前来请在自助机上取消。"
        )
    return (
        f"{when} {at}에 {_centre(p, lang)} 창구에 예약되였습니다(예약번호 끝자리 {tail}). "
        f"신분증을 가지고 제때에 오십시오. 오지 못하면 자동봉사기에서 취소하십시오."
    )


def _appointment_cancelled(p: Params, lang: Lang) -> str:
    when, at, tail = day(p["day"], lang), p["time"], p["ref"]
    if lang == "zh":
        return f"您{when} {at}在{_centre(p, lang)}的预约已取消（预约号尾号{tail}）。"
    return f"{when} {at} {_centre(p, lang)} 예약이 취소되였습니다(예약번호 끝자리 {tail})."


def _complaint_answered(p: Params, lang: Lang) -> str:
    when, tail = day(p["filed"], lang), p["ref"]
    if lang == "zh":
        return f"您{when}提交的意见（编号尾号{tail}）已有答复，请在自助机上查看。{HOTLINE.zh}"
    return (
        f"{when}에 제출하신 의견(번호 끝자리 {tail})에 답변이 있습니다. "
        f"자동봉사기에서 보십시오. {HOTLINE.ko}"
    )


def render(template: Template, language: str, params: Params) -> str:
    lang = lang_of(language)
    match template:
        case Template.RECEIVED:
            body = _received(params, lang)
        case Template.APPROVED:
            body = _approved(params, lang)
        case Template.REFUSED:
            body = _refused(params, lang)
        case Template.PAID:
            body = _paid(params, lang)
        case Template.STOPPED:
            body = _stopped(params, lang)
        case Template.CHANGE_RECORDED:
            body = _change(params, lang)
        case Template.REPAID:
            body = _repaid(params, lang)
        case Template.MOBILE_CHANGED:
            body = _mobile_changed(params, lang)
        case Template.STATUS:
            body = _status(params, lang)
        case Template.STATUS_UNKNOWN:
            body = _unknown(lang)
        case Template.APPOINTMENT_BOOKED:
            body = _appointment_booked(params, lang)
        case Template.APPOINTMENT_CANCELLED:
            body = _appointment_cancelled(params, lang)
        case Template.COMPLAINT_ANSWERED:
            body = _complaint_answered(params, lang)
        case _:
            assert_never(template)
    return SIGNATURE.of(lang) + (" " if lang == "ko" else "") + body

"""The printed slip for a counter appointment (issue 13 §5): what, when, where and what to
bring. Like every receipt (receipt_text.py, service_receipt_text.py): the official lines stay
in Chinese, a Korean session gets the rest in Korean too (docs/korean-glossary.md), the
claimant appears only masked, and the layout is devices.printer.receipt's (58 and 80 mm).
"""

from __future__ import annotations

from datetime import date, datetime

from devices.printer.receipt import Receipt
from kiosk.adapters import receipt_text
from kiosk.domain.appointments import AppointmentPurpose
from kiosk.domain.guide import HOTLINE
from kiosk.domain.language import Language
from kiosk.flow.appointment_types import AppointmentReceipt

TITLE = "窗口办理预约单"
TITLE_KO = "창구 사무처리 예약서"
LEGAL_NOTE = "本预约单证明您已预约到服务窗口办理，请按时前往。"
LEGAL_NOTE_KO = "이 예약서는 봉사창구에 예약하였다는 증명입니다. 제때에 오십시오."

PURPOSE = {
    AppointmentPurpose.DEEMED_CONTRIBUTION: "视同缴费年限认定材料",
    AppointmentPurpose.IDENTITY: "身份信息问题",
    AppointmentPurpose.ACCOUNT: "账户问题",
    AppointmentPurpose.OTHER: "其他事项",
}
PURPOSE_KO = {
    AppointmentPurpose.DEEMED_CONTRIBUTION: "보험료를 낸것으로 보는 년한 인정자료",
    AppointmentPurpose.IDENTITY: "신분정보 문제",
    AppointmentPurpose.ACCOUNT: "계좌 문제",
    AppointmentPurpose.OTHER: "기타 사항",
}
BRING = {
    AppointmentPurpose.DEEMED_CONTRIBUTION: "身份证、本人档案或能证明参加工作时间的材料、原单位出具的证明",
    AppointmentPurpose.IDENTITY: "身份证（证件更换过的带上旧证件）、户口簿",
    AppointmentPurpose.ACCOUNT: "身份证、社会保障卡、银行卡或存折",
    AppointmentPurpose.OTHER: "身份证和与所办事项有关的材料",
}
BRING_KO = {
    AppointmentPurpose.DEEMED_CONTRIBUTION: (
        "신분증, 본인 당안 또는 사업에 참가한 시간을 증명하는 자료, 원래 단위의 증명"
    ),
    AppointmentPurpose.IDENTITY: "신분증(증을 바꾼적이 있으면 낡은 증도), 호구부",
    AppointmentPurpose.ACCOUNT: "신분증, 사회보장카드, 은행카드 또는 저금통장",
    AppointmentPurpose.OTHER: "신분증과 처리할 사항에 관계되는 자료",
}


def day_text(day: date, language: Language) -> str:
    weekday_zh = "一二三四五六日"[day.weekday()]
    weekday_ko = "월화수목금토일"[day.weekday()]
    if language is Language.KO:
        return f"{day.year}년 {day.month}월 {day.day}일 ({weekday_ko}요일)"
    return f"{day.year}年{day.month}月{day.day}日（星期{weekday_zh}）"


def appointment_receipt_model(
    content: AppointmentReceipt, kiosk_id: str, issued_at: datetime
) -> Receipt:
    ko = content.language is Language.KO
    booking = content.booking
    centre = booking.centre
    items = (
        ("예약사항" if ko else "预约事项", (PURPOSE_KO if ko else PURPOSE)[booking.purpose]),
        ("날자" if ko else "日期", day_text(booking.day, content.language)),
        ("시간" if ko else "时间", f"{booking.starts_at}–{booking.ends_at}"),
        ("장소" if ko else "地点", centre.name.in_language(content.language)),
        ("주소" if ko else "地址", centre.address.in_language(content.language)),
        ("가지고 올것" if ko else "请携带", (BRING_KO if ko else BRING)[booking.purpose]),
    )
    footer = (
        (
            "10분 앞당겨 오십시오. 오지 못하면 자동봉사기에서 취소하십시오.",
            f"{HOTLINE}에 전화하여 문의하십시오.",
        )
        if ko
        else ("请提前10分钟到达；不能前来请在自助机上取消预约。", f"如有疑问请拨打{HOTLINE}。")
    )
    return Receipt(
        reference=content.reference,
        holder_name=content.masked_name,
        id_number=content.masked_id_number,
        # An appointment has no public status page: the QR is its bare reference, which the
        # counter scans to call the booking up.
        status_url=content.reference,
        issued_at=issued_at,
        kiosk_id=kiosk_id,
        title=TITLE,
        subtitle=TITLE_KO if ko else "",
        labels=receipt_text.KOREAN_LABELS if ko else receipt_text.CHINESE.labels,
        items=items,
        korean_lines=(LEGAL_NOTE_KO,) if ko else (),
        official_lines=(receipt_text.AGENCY, LEGAL_NOTE),
        footer=footer,
    )

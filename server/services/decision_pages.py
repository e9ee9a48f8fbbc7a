"""The written decision as HTML, for the public status page behind the receipt's QR code: the
reasons with their articles, and how to appeal, where and by when, in both languages."""

from datetime import date
from html import escape

from server.decision_schemas import DecisionNoticeView


def _day(value: date) -> str:
    return value.isoformat()


def decision_section(notice: DecisionNoticeView | None) -> str:
    """Empty unless the claim was refused with a written decision."""
    if notice is None:
        return ""
    reasons = "".join(
        f"<li>{escape(r.text.zh_CN)}<br><small>{escape(r.text.ko)}</small><br>"
        f"<small>依据 / 근거：{escape(r.rule.zh_CN)}</small></li>"
        for r in notice.reasons
    )
    appeals = "".join(
        f"<li>{escape(a.time_limit.zh_CN)}（{escape(a.body.zh_CN)}），"
        f"最迟 {_day(a.last_day)}<br><small>{escape(a.time_limit.ko)}"
        f"({escape(a.body.ko)}), {_day(a.last_day)}까지</small><br>"
        f"<small>{escape(a.law.zh_CN)} / {escape(a.law.ko)}</small></li>"
        for a in notice.appeals
    )
    return f"""<section id="decision-notice">
<h2>不予批准决定书 第{escape(notice.number)}号<br><small>불승인 결정서</small></h2>
<p>作出决定 / 결정 기관：{escape(notice.agency.zh_CN)} / {escape(notice.agency.ko)}</p>
<p>决定日期 / 결정 날자：{_day(notice.decided_on)}</p>
<h3>理由 / 리유</h3><ol>{reasons}</ol>
<h3>不服本决定的 / 이 결정에 불복하는 경우</h3><ul>{appeals}</ul>
<p><small>期限从收到本决定书之日起计算；以决定当天收到计。<br>
기한은 이 결정서를 받은 날부터 계산하며, 위의 날자는 결정한 날에 받은 것으로 계산한 것입니다.</small></p>
</section>"""

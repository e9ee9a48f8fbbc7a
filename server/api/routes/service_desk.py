"""The service desk page: a centre's appointments of a day (mark attended or no-show) and the
complaints waiting for an answer (overdue first), for agency staff; server-rendered, no scripts.

It lives under /fleet so the fleet page's browser session (cookie path /fleet, see
server/api/routes/fleet.py) opens it too: one login for the staff pages. Every POST carries the
per-form token tied to that session and is refused from another origin; the same security
headers (CSP without scripts) apply. Answers and attendance go through the same services as
the API, so they are audited and texted the same way.
"""

import hmac
from datetime import date
from html import escape
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from contract.appointments import AppointmentPurpose
from contract.complaints import MAX_ANSWER_CHARS, ComplaintCategory
from server.api.deps import Sessions
from server.api.routes.fleet import (
    SECURITY_HEADERS,
    SESSION_COOKIE,
    _caller,
    _page,
    _same_origin,
    form_token,
)
from server.callers import StaffCaller
from server.clock import CST
from server.errors import ApiError
from server.models import StaffRole
from server.service_schemas import (
    AttendanceOutcome,
    CentreView,
    ComplaintAnswer,
    StaffAppointmentList,
    StaffComplaintList,
)
from server.services import appointments, complaints

router = APIRouter(tags=["service desk"], include_in_schema=False)

PATH = "/fleet/services"
MAX_FORM_BYTES = 16 * 1024  # an answer of 1000 Chinese characters, percent-encoded
PURPOSE_TEXT = {
    AppointmentPurpose.DEEMED_CONTRIBUTION: "视同缴费材料",
    AppointmentPurpose.IDENTITY: "身份信息问题",
    AppointmentPurpose.ACCOUNT: "账户问题",
    AppointmentPurpose.OTHER: "其他",
}
STATE_TEXT = {
    "booked": ("已预约", "b-ok"),
    "cancelled": ("已取消", "b-grey"),
    "attended": ("已到场", "b-ok"),
    "no_show": ("未到", "b-bad"),
}
CATEGORY_TEXT = {
    ComplaintCategory.STAFF_CONDUCT: "工作人员服务态度",
    ComplaintCategory.WAITING_TIME: "等候时间过长",
    ComplaintCategory.DECISION: "对审核决定有意见",
    ComplaintCategory.PAYMENT: "待遇发放问题",
    ComplaintCategory.KIOSK: "自助终端使用问题",
    ComplaintCategory.SUGGESTION: "意见建议",
    ComplaintCategory.OTHER: "其他",
}

DESK_CSS = (
    "form.inline{display:inline-flex;gap:.5em;align-items:center;flex-wrap:wrap;margin:.3em 0}"
    "article.complaint{border:1px solid #ccc;border-radius:6px;padding:.6em 1em;margin:.8em 0}"
    "article.complaint h3{margin:.2em 0;font-size:1em}"
    "p.complaint{white-space:pre-wrap;margin:.4em 0}"
    "p.answer{white-space:pre-wrap;color:#245;margin:.4em 0}"
    "textarea{display:block;width:100%;box-sizing:border-box;font:inherit;margin:.3em 0}"
    ".note{background:#eef6ee;border:1px solid #9c9;padding:.4em .8em;border-radius:4px}"
    "button{min-height:2.2em;padding:0 1em}"
)


def _html(body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status_code=status, headers=SECURITY_HEADERS)


async def _form(request: Request) -> dict[str, str] | None:
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return None
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return None
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=8)
    except (UnicodeDecodeError, ValueError):
        return None
    return {name: values[0] for name, values in fields.items()}


def _back(centre: str, day: str, note: str = "") -> RedirectResponse:
    query = {k: v for k, v in (("centre", centre), ("day", day), ("note", note)) if v}
    return RedirectResponse(
        f"{PATH}?{urlencode(query)}" if query else PATH, status_code=303, headers=SECURITY_HEADERS
    )


# -- rendering -----------------------------------------------------------------------------------


def _centre_options(centres: list[CentreView], chosen: str) -> str:
    return "".join(
        f'<option value="{escape(c.code)}"{" selected" if c.code == chosen else ""}>'
        f"{escape(c.name.zh_CN)}</option>"
        for c in centres
    )


def _attendance_form(csrf: str, reference: str, centre: str, day: date) -> str:
    hidden = (
        f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
        f'<input type="hidden" name="reference" value="{escape(reference)}">'
        f'<input type="hidden" name="centre" value="{escape(centre)}">'
        f'<input type="hidden" name="day" value="{day.isoformat()}">'
    )
    return (
        f'<form class="inline" method="post" action="{PATH}/attendance">{hidden}'
        '<button name="outcome" value="attended">到场</button> '
        '<button name="outcome" value="no_show">未到</button></form>'
    )


def _appointment_rows(listing: StaffAppointmentList, csrf: str, today: date) -> str:
    rows = []
    for a in listing.appointments:
        state, badge = STATE_TEXT.get(a.state, (a.state, "b-grey"))
        action = (
            _attendance_form(csrf, a.reference, listing.centre.code, listing.day)
            if a.state == "booked" and a.day <= today
            else ""
        )
        rows.append(
            f"<tr><td>{escape(a.starts_at)}–{escape(a.ends_at)}</td>"
            f"<td>{escape(PURPOSE_TEXT.get(a.purpose, a.purpose))}</td>"
            f"<td>{escape(a.masked_name)}</td><td>{escape(a.masked_ssn)}</td>"
            f'<td><span class="badge {badge}">{state}</span></td>'
            f"<td>{escape(a.reference[-6:].upper())}</td><td>{action}</td></tr>"
        )
    return "".join(rows) or '<tr><td colspan="7">当日没有预约。</td></tr>'


def _complaint_items(listing: StaffComplaintList, csrf: str) -> str:
    items = []
    for c in listing.complaints:
        due = f"答复期限 {c.due_by.isoformat()}"
        flag = '<span class="badge b-bad">已超期</span> ' if c.overdue else ""
        claim = f" · 申请 {escape(c.claim_reference[-6:].upper())}" if c.claim_reference else ""
        head = (
            f"<h3>{flag}{escape(CATEGORY_TEXT.get(c.category, c.category))}"
            f' <span class="sub">{escape(c.filed_at.astimezone(CST).strftime("%Y-%m-%d %H:%M"))}'
            f" · {escape(c.masked_name)} {escape(c.masked_ssn)}{claim} · {due}</span></h3>"
        )
        text = f'<p class="complaint">{escape(c.text)}</p>'
        if c.state == "answered":
            when = c.answered_at.astimezone(CST).strftime("%Y-%m-%d %H:%M") if c.answered_at else ""
            body = f'<p class="answer">答复（{escape(when)}）：{escape(c.answer or "")}</p>'
        else:
            body = (
                f'<form method="post" action="{PATH}/answer">'
                f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
                f'<input type="hidden" name="reference" value="{escape(c.reference)}">'
                f'<label for="a-{escape(c.reference)}">答复</label>'
                f'<textarea id="a-{escape(c.reference)}" name="answer" required '
                f'maxlength="{MAX_ANSWER_CHARS}" rows="3"></textarea>'
                "<button>提交答复并短信告知</button></form>"
            )
        items.append(f'<article class="complaint">{head}{text}{body}</article>')
    return "".join(items) or "<p>没有待答复的意见。</p>"


def render_desk(
    caller: StaffCaller,
    session_token: str,
    centres: list[CentreView],
    listing: StaffAppointmentList | None,
    open_complaints: StaffComplaintList,
    answered: StaffComplaintList,
    today: date,
    note: str = "",
) -> str:
    desk_csrf = form_token(session_token, "service-desk")
    chosen = listing.centre.code if listing else ""
    day = listing.day if listing else today
    notice = f'<p class="note" role="status">{escape(note)}</p>' if note else ""
    table = (
        f"<h3>{escape(listing.centre.name.zh_CN)} · {escape(listing.centre.address.zh_CN)}"
        f' <span class="sub">办理时间 {escape(listing.centre.hours)}</span></h3>'
        "<table><thead><tr><th>时段</th><th>事项</th><th>姓名</th><th>证件号码</th><th>状态</th>"
        f"<th>预约号</th><th></th></tr></thead><tbody>"
        f"{_appointment_rows(listing, desk_csrf, today)}</tbody></table>"
        if listing
        else "<p>尚未设置服务网点。</p>"
    )
    overdue = sum(1 for c in open_complaints.complaints if c.overdue)
    body = f"""<style>{DESK_CSS}</style><header class="bar"><h1>畅通 · 窗口预约与意见答复</h1>
<p class="sub">{escape(caller.username)} · <a href="/fleet">自助终端运行监控</a></p>
<form class="inline" method="post" action="/fleet/logout">
<input type="hidden" name="csrf" value="{escape(form_token(session_token, "logout"))}">
<button>退出</button></form></header>
<main>{notice}
<h2>窗口预约</h2>
<form class="inline" method="get" action="{PATH}">
<label for="centre">服务网点</label><select id="centre" name="centre">
{_centre_options(centres, chosen)}</select>
<label for="day">日期</label><input id="day" name="day" type="date" value="{day.isoformat()}">
<button>查看</button></form>
{table}
<h2>待答复的意见建议 <span class="sub">共 {len(open_complaints.complaints)} 件，已超期 {overdue} 件</span></h2>
{_complaint_items(open_complaints, desk_csrf)}
<h2>最近答复</h2>
{_complaint_items(answered, desk_csrf)}
</main>"""
    return _page("窗口预约与意见答复", body)


# -- routes --------------------------------------------------------------------------------------


def _parse_day(text: str | None, today: date) -> date:
    try:
        return date.fromisoformat(text) if text else today
    except ValueError:
        return today


@router.get(PATH, response_model=None)
async def desk(request: Request, sessions: Sessions) -> Response:
    token = request.cookies.get(SESSION_COOKIE, "")
    caller = await run_in_threadpool(_caller, sessions, token)
    if caller is None:
        return RedirectResponse("/fleet/login", status_code=303, headers=SECURITY_HEADERS)
    today = await run_in_threadpool(appointments.today_of, sessions)
    centres = await run_in_threadpool(appointments.centres, sessions)
    wanted = request.query_params.get("centre", "")
    code = (
        wanted if any(c.code == wanted for c in centres) else (centres[0].code if centres else "")
    )
    day = _parse_day(request.query_params.get("day"), today)
    listing = await run_in_threadpool(appointments.day_list, sessions, code, day) if code else None
    open_complaints = await run_in_threadpool(complaints.staff_list, sessions, "open")
    answered = await run_in_threadpool(complaints.staff_list, sessions, "answered")
    answered = StaffComplaintList(complaints=answered.complaints[:10])
    note = request.query_params.get("note", "")[:200]
    return _html(
        render_desk(caller, token, centres, listing, open_complaints, answered, today, note)
    )


async def _checked_post(
    request: Request, sessions: Sessions
) -> tuple[StaffCaller, dict[str, str]] | Response:
    token = request.cookies.get(SESSION_COOKIE, "")
    caller = await run_in_threadpool(_caller, sessions, token)
    if caller is None:
        return RedirectResponse("/fleet/login", status_code=303, headers=SECURITY_HEADERS)
    form = await _form(request)
    if (
        form is None
        or not _same_origin(request)
        or not hmac.compare_digest(form_token(token, "service-desk"), form.get("csrf", ""))
    ):
        return _html(_page("请求无效", '<main><p class="error">请求无效。</p></main>'), 403)
    if caller.role != StaffRole.BUSINESS:
        return _html(
            _page("无权操作", '<main><p class="error">此操作需要业务经办角色。</p></main>'), 403
        )
    return caller, form


@router.post(f"{PATH}/attendance", response_model=None)
async def attendance(request: Request, sessions: Sessions) -> Response:
    checked = await _checked_post(request, sessions)
    if isinstance(checked, Response):
        return checked
    caller, form = checked
    centre, day = form.get("centre", "")[:16], form.get("day", "")[:10]
    outcome = form.get("outcome", "")
    if outcome not in ("attended", "no_show"):
        return _back(centre, day, "请选择到场或未到。")
    try:
        await run_in_threadpool(
            appointments.record_attendance,
            sessions,
            form.get("reference", "")[:36],
            AttendanceOutcome(outcome=outcome),
            caller,
        )
    except ApiError as exc:
        return _back(centre, day, f"未能登记：{exc.message}")
    return _back(centre, day)


@router.post(f"{PATH}/answer", response_model=None)
async def answer(request: Request, sessions: Sessions) -> Response:
    checked = await _checked_post(request, sessions)
    if isinstance(checked, Response):
        return checked
    caller, form = checked
    text = form.get("answer", "").replace("\r\n", "\n").strip()
    if (
        not text
        or len(text) > MAX_ANSWER_CHARS
        or any(ord(ch) < 32 and ch not in "\n\t" for ch in text)
    ):
        return _back("", "", f"答复须为 1 至 {MAX_ANSWER_CHARS} 个字。")
    try:
        await run_in_threadpool(
            complaints.answer,
            sessions,
            form.get("reference", "")[:36],
            ComplaintAnswer(answer=text),
            caller,
        )
    except ApiError as exc:
        return _back("", "", f"未能答复：{exc.message}")
    return _back("", "", "已答复，并已短信告知申请人。")

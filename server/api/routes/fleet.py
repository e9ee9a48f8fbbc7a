"""The fleet page: every kiosk's health for agency staff, server-rendered, no scripts.

Browser sessions, not bearer tokens: staff log in through a form and get a random token in a
cookie (HttpOnly, SameSite=Strict, Secure behind HTTPS, path /fleet) whose hash is stored in
`staff_web_sessions`. Every POST also needs a per-form token: on the login form a random value
that must equal its own SameSite cookie, after login an HMAC of the session token. A page on
another site can therefore neither read the page nor make a logged-in browser post to it.
"""

import hashlib
import hmac
import re
import secrets
from datetime import datetime, timedelta
from functools import cache
from html import escape
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import delete
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from server import audit
from server.api.deps import Config, Sessions
from server.auth.passwords import token_hash
from server.callers import StaffCaller
from server.clock import CST
from server.db import transaction
from server.db_types import utcnow
from server.errors import ApiError, forbidden
from server.models import StaffRole, StaffUser, StaffWebSession
from server.services import lookup_quota, staff_auth
from server.services.fleet import FleetOverview, FleetThresholds, KioskHealth, overview

router = APIRouter(tags=["fleet"], include_in_schema=False)

SESSION_COOKIE = "changtong_fleet"
LOGIN_COOKIE = "changtong_fleet_login"
MAX_FORM_BYTES = 4096
USERNAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # "no-referrer" makes Chromium send Origin: null
    "Cache-Control": "no-store",
}
ROLE_TEXT = {"business": "业务经办", "finance": "财务"}
PAPER_TEXT = {
    "ok": ("正常", "b-ok"),
    "near_end": ("纸将尽", "b-warn"),
    "out": ("缺纸", "b-bad"),
    "unknown": ("未知", "b-grey"),
}


@cache
def _css() -> str:
    return (Path(__file__).parents[2] / "templates" / "fleet.css").read_text(encoding="utf-8")


def _thresholds(request: Request) -> FleetThresholds:
    limits = getattr(request.app.state, "fleet_thresholds", None)
    return limits if isinstance(limits, FleetThresholds) else FleetThresholds()


def _html(body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status_code=status, headers=SECURITY_HEADERS)


def _secure(config: Config) -> bool:
    return config.public_url.startswith("https://")


def form_token(session_token: str, form: str) -> str:
    """Per-form token tied to the session: only a page the server rendered for it knows it."""
    return hmac.new(
        session_token.encode("ascii"), f"fleet-form:{form}".encode(), hashlib.sha256
    ).hexdigest()


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


def _same_origin(request: Request) -> bool:
    """Belt and braces beside SameSite: a browser that sends Origin must send ours."""
    origin = request.headers.get("origin")
    return origin is None or urlsplit(origin).netloc == request.headers.get("host", "")


# -- sessions ------------------------------------------------------------------------------------


def _caller(sessions: Sessions, token: str | None) -> StaffCaller | None:
    if not token:
        return None
    with transaction(sessions) as session:
        row = session.get(StaffWebSession, token_hash(token))
        if row is None or row.expires_at < utcnow() or not row.user.active:
            return None
        if row.user.role == StaffRole.FIELD_VISITOR:  # a session from before a role change
            return None
        return StaffCaller(row.user.id, row.user.username, row.user.role)


def _login(
    sessions: Sessions, config: Config, username: str, password: str, address: str
) -> tuple[str, datetime] | ApiError:
    """The same throttle as the API's login, on the same counters (server/services/staff_auth.py):
    growing delays per name and address, and no lock a stranger can hold on a colleague."""
    if not USERNAME.match(username):  # the same rule as the API's login: no odd text in the logs
        username = "(invalid)"

    def grant(session: Session, user: StaffUser, now: datetime) -> tuple[str, datetime]:
        if user.role == StaffRole.FIELD_VISITOR:  # a home-visit laptop's account sees no fleet
            raise forbidden("role_required", "field visitors sign in on a home-visit laptop")
        session.execute(delete(StaffWebSession).where(StaffWebSession.expires_at < now))
        token = secrets.token_urlsafe(32)
        expires = now + timedelta(seconds=config.staff_token_ttl_s)
        session.add(
            StaffWebSession(
                token_hash=token_hash(token), user_id=user.id, created_at=now, expires_at=expires
            )
        )
        audit.append(session, actor=f"staff:{username}", action="staff.web_login", subject="fleet")
        return token, expires

    try:
        return staff_auth.authenticate(sessions, config, username, password, address, grant)
    except ApiError as refused:
        return refused


def _logout(sessions: Sessions, token: str, caller: StaffCaller) -> None:
    with transaction(sessions) as session:
        session.execute(
            delete(StaffWebSession).where(StaffWebSession.token_hash == token_hash(token))
        )
        audit.append(session, actor=caller.actor, action="staff.web_logout", subject="fleet")


def _overview(sessions: Sessions, config: Config, limits: FleetThresholds) -> FleetOverview:
    with transaction(sessions) as session:
        # A key of its own, derived, so fingerprints and receipt codes never share one.
        key = hmac.new(config.status_key, b"fleet-fingerprint", hashlib.sha256).digest()
        return overview(session, limits, key)


def _lookup_rates(sessions: Sessions, config: Config) -> dict[str, int]:
    with transaction(sessions) as session:
        return lookup_quota.unusual_rates(session, config)


# -- rendering -----------------------------------------------------------------------------------


def _page(title: str, body: str, refresh_s: int | None = None) -> str:
    refresh = f'<meta http-equiv="refresh" content="{refresh_s}">' if refresh_s else ""
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"{refresh}<title>{escape(title)}</title><style>{_css()}</style></head>"
        f"<body>{body}</body></html>"
    )


def duration_zh(seconds: int | float | None) -> str:
    if seconds is None:
        return "—"
    s = int(seconds)
    if s < 60:
        return f"{s} 秒"
    if s < 3600:
        return f"{s // 60} 分钟"
    if s < 86400:
        h, m = divmod(s // 60, 60)
        return f"{h} 小时 {m} 分" if m else f"{h} 小时"
    d, h = divmod(s // 3600, 24)
    return f"{d} 天 {h} 小时" if h else f"{d} 天"


def _when(moment: datetime | None) -> str:
    return "—" if moment is None else moment.astimezone(CST).strftime("%m-%d %H:%M")


def render_login(csrf: str, error: str | None = None) -> str:
    problem = f'<p class="error" role="alert">{escape(error)}</p>' if error else ""
    return _page(
        "登录 · 自助终端运行监控",
        f"""<main><form class="login" method="post" action="/fleet/login">
<h1>畅通 · 自助终端运行监控</h1>{problem}
<input type="hidden" name="csrf" value="{escape(csrf)}">
<label for="username">用户名</label>
<input id="username" name="username" autocomplete="username" required maxlength="64" autofocus>
<label for="password">密码</label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256">
<button type="submit">登录</button>
<p class="sub">仅限经办机构工作人员使用，所有登录均记入审计日志。</p>
</form></main>""",
    )


def _status_cell(k: KioskHealth) -> str:
    if k.status == "online":
        return '<span class="badge b-ok">在线</span>'
    if k.status == "silent":
        return f'<span class="badge b-bad">失联 {escape(duration_zh(k.silent_for_s))}</span>'
    if k.status == "retired":
        return '<span class="badge b-grey">已停用</span>'
    return '<span class="badge b-grey">从未上报</span>'


def _queue_cell(k: KioskHealth) -> str:
    if k.queue_depth is None:
        return '<span class="sub">—</span>'
    parts = [f"{k.queue_depth} 件"]
    if k.queue_depth and k.queue_oldest_age_s is not None:
        parts.append(f'<span class="sub">最早 {escape(duration_zh(k.queue_oldest_age_s))}</span>')
    if k.queue_growing:
        trend = " → ".join(str(d) for d in k.queue_trend[-4:])
        parts.append(f'<span class="badge b-warn">持续增长 {escape(trend)}</span>')
    if k.queue_warning:
        parts.append('<span class="badge b-bad">接近上限</span>')
    return "<br>".join(parts)


def _devices_cell(k: KioskHealth) -> str:
    if k.queue_depth is None and not k.devices_attention:
        return '<span class="sub">—</span>'
    if not k.devices_attention:
        return '<span class="badge b-ok">正常</span>'
    return "<br>".join(
        f'<span class="badge b-warn">{escape(name)}：{escape(state)}</span>'
        for name, state in k.devices_attention
    )


def _ago(seconds: int | None) -> str:
    return (
        "" if seconds is None else f'<br><span class="sub">{escape(duration_zh(seconds))}前</span>'
    )


def _uptime(seconds: int | None) -> str:
    return (
        ""
        if seconds is None
        else f'<br><span class="sub">已运行 {escape(duration_zh(seconds))}</span>'
    )


def _urgency(k: KioskHealth) -> tuple[int, str]:
    """Problems first: silent, then needing attention, then never seen, then the healthy."""
    rank = {"silent": 0, "never": 2, "online": 3, "retired": 4}[k.status]
    return (1 if k.needs_attention and k.status == "online" else rank, k.kiosk_id)


def _kiosk_row(k: KioskHealth) -> str:
    paper, paper_class = PAPER_TEXT.get(k.paper, (k.paper, "b-grey"))
    css = "silent" if k.status == "silent" else ("attention" if k.needs_attention else "")
    error = escape(k.last_error_class) if k.last_error_class else '<span class="sub">—</span>'
    if k.restart_count:
        reason = escape(k.last_restart_reason or "?")
        error += f'<br><span class="sub">异常重启 {k.restart_count} 次（最近：{reason}）</span>'
    return f"""<tr class="{css}" data-kiosk="{escape(k.kiosk_id)}">
<td><span class="mono">{escape(k.kiosk_id)}</span></td>
<td>{escape(k.site_name) or '<span class="sub">—</span>'}<br><span class="sub">地区 {escape(k.region_code)}</span></td>
<td>{_status_cell(k)}</td>
<td>{escape(_when(k.last_seen))}{_ago(k.silent_for_s)}</td>
<td><span class="badge {paper_class}">{escape(paper)}</span></td>
<td>{_devices_cell(k)}</td>
<td>{_queue_cell(k)}</td>
<td>{escape(k.app_version or "—")}{_uptime(k.uptime_s)}</td>
<td>{error}</td></tr>"""


def _anomaly_item(kind: str, kiosks: list[str], count: int, label: str) -> str:
    where = "、".join(escape(k) for k in kiosks) or "—"
    if kind == "volume":
        return (
            f"<li><b>申请量异常</b>：终端 <span class='mono'>{where}</span> 今日 {count} 件，"
            f"近 7 日日中位数 {escape(label)} 件。</li>"
        )
    if kind == "shared_account":
        return (
            f"<li><b>同一收款账户</b>：账户 <span class='mono'>{escape(label)}</span> "
            f"对应 {count} 位申请人（终端 {where}）。</li>"
        )
    return (
        f"<li><b>同一手机号</b>：{count} 位申请人使用同一手机号（号码已隐藏，线索编号 "
        f"<span class='mono'>{escape(label)}</span>；终端 {where}）。</li>"
    )


def _audit_alarms(view: FleetOverview) -> str:
    """A kiosk saw the agency's own audit log fork or shrink: first on the page, since it means
    someone may have rewritten the records (docs/audit-log.md, "When a kiosk raises the alarm")."""
    if not view.audit_alarms:
        return ""
    items = []
    for k in view.audit_alarms:
        alarm = k.audit_alarm
        assert alarm is not None
        what = (
            "分叉（与已见证的记录不一致）" if alarm.kind == "fork" else "缩短（条目少于已见证的）"
        )
        since = alarm.since.astimezone(CST).strftime("%Y-%m-%d %H:%M") if alarm.since else "—"
        items.append(
            f"<li><b>审计日志{what}</b>：终端 <span class='mono'>{escape(k.kiosk_id)}</span> "
            f"自 {escape(since)} 起告警；已见证 {alarm.witnessed_size} 条，"
            f"随后收到 {alarm.seen_size} 条的签名检查点。请立即用 "
            f"<span class='mono'>kiosk server verify-audit --witness</span> 核查。</li>"
        )
    return (
        '<section id="audit-alarms" class="alarm"><h2>审计日志告警</h2><ul class="flags">'
        + "".join(items)
        + "</ul></section>"
    )


def _lookup_rate_items(rates: dict[str, int], limit: int) -> str:
    """Look-ups per kiosk per minute over half the limit (server/services/lookup_quota.py)."""
    return "".join(
        f"<li><b>查询频率异常</b>：终端 <span class='mono'>{escape(kiosk)}</span> "
        f"最近一分钟查询 {count} 次（上限 {limit} 次，超出即暂停查询）。</li>"
        for kiosk, count in sorted(rates.items())
    )


def render_fleet(
    view: FleetOverview,
    caller: StaffCaller,
    logout_token: str,
    lookup_rates: dict[str, int] | None = None,
    lookup_limit: int = 0,
) -> str:
    kiosks = view.kiosks
    silent = sum(k.status == "silent" for k in kiosks)
    online = sum(k.status == "online" for k in kiosks)
    paper = sum(k.paper in ("out", "near_end") for k in kiosks)
    queues = sum(k.queue_growing or k.queue_warning for k in kiosks)
    share = f"{view.offline_today / view.claims_today:.0%}" if view.claims_today else "—"
    limits = view.thresholds
    rows = "".join(_kiosk_row(k) for k in sorted(kiosks, key=_urgency)) or (
        '<tr><td colspan="9" class="sub">尚无已登记的终端。用 kiosk server enroll-kiosk 签发登记码。</td></tr>'
    )
    day_rows = "".join(
        f"<tr><td class='mono'>{escape(d.kiosk_id)}</td><td class='num'>{d.claims}</td>"
        f"<td class='num'>{d.offline}</td><td class='num'>"
        f"{'—' if d.offline_share is None else f'{d.offline_share:.0%}'}</td>"
        f"<td class='num'>{d.median_7d:g}</td></tr>"
        for d in view.days
    )
    days = (
        f"""<table><thead><tr><th>终端</th><th>今日申请</th><th>其中离线或补传</th>
<th>离线占比</th><th>近 7 日日中位数</th></tr></thead><tbody>{day_rows}</tbody>
<tfoot><tr><th>合计</th><td class="num"><b>{view.claims_today}</b></td>
<td class="num"><b>{view.offline_today}</b></td><td class="num"><b>{share}</b></td><td></td></tr></tfoot></table>"""
        if view.days
        else '<p class="empty">今日尚无申请。</p>'
    )
    rate_items = _lookup_rate_items(lookup_rates or {}, lookup_limit)
    flags = (
        '<ul class="flags">'
        + rate_items
        + "".join(_anomaly_item(a.kind, a.kiosk_ids, a.count, a.label) for a in view.anomalies)
        + "</ul>"
        if view.anomalies or rate_items
        else '<p class="empty">未发现异常。</p>'
    )
    silent_rule = (
        f"超过 {duration_zh(limits.silent_after_s)} 无联系"
        if limits.silent_after_s is not None
        else f"超过心跳间隔的 {limits.silent_factor:g} 倍无联系（间隔按终端最近的心跳计算，"
        f"不足 3 次时按 {duration_zh(limits.heartbeat_interval_s)}）"
    )
    body = f"""<header class="bar"><h1>畅通 · 自助终端运行监控</h1>
<form method="post" action="/fleet/logout"><span>{escape(caller.username)}（{escape(ROLE_TEXT.get(caller.role, caller.role))}）</span>
<input type="hidden" name="csrf" value="{escape(logout_token)}"><button type="submit">退出登录</button></form></header>
<main>
<section class="tiles" aria-label="概况">
<div class="tile"><div class="n">{len(kiosks)}</div><div class="t">终端总数</div></div>
<div class="tile ok"><div class="n">{online}</div><div class="t">在线</div></div>
<div class="tile {"bad" if silent else ""}"><div class="n">{silent}</div><div class="t">失联</div></div>
<div class="tile {"warn" if paper else ""}"><div class="n">{paper}</div><div class="t">缺纸或纸将尽</div></div>
<div class="tile {"warn" if queues else ""}"><div class="n">{queues}</div><div class="t">待发队列增长或告警</div></div>
<div class="tile"><div class="n">{view.claims_today}</div><div class="t">今日申请（离线 {share}）</div></div>
</section>
{_audit_alarms(view)}
<h2>终端状态</h2>
<table id="kiosks"><thead><tr><th>终端</th><th>地点</th><th>状态</th><th>最后联系</th><th>纸张</th>
<th>设备</th><th>待发队列</th><th>版本</th><th>最近错误</th></tr></thead><tbody>{rows}</tbody></table>
<h2>今日数据（{view.day.isoformat()}）</h2>{days}
<h2>异常提示 <span class="sub">依据 2019 年通知第五条，仅计数，不显示个人信息</span></h2>{flags}
<footer>判定规则：失联 = {escape(silent_rule)}；队列增长 = 连续 {limits.growing_beats} 次心跳待发件数不减且有增加；
离线或补传 = 经外出人员数据包送达，或提交后 {duration_zh(limits.late_after_s)} 以上才到达；
申请量异常 = 今日不少于 {limits.volume_min_claims} 件且超过近 7 日日中位数的 {limits.volume_factor:g} 倍；
同一账户或手机号 = 近 {limits.shared_window_days} 日 {limits.shared_min_claimants} 位及以上申请人。
数据时间 {escape(view.generated_at.astimezone(CST).strftime("%Y-%m-%d %H:%M:%S"))}（北京时间），页面每 60 秒自动刷新。</footer>
</main>"""
    return _page("自助终端运行监控", body, refresh_s=60)


# -- routes --------------------------------------------------------------------------------------


def _login_form(config: Config, error: str | None = None, status: int = 200) -> HTMLResponse:
    csrf = secrets.token_urlsafe(24)
    response = _html(render_login(csrf, error), status)
    response.set_cookie(
        LOGIN_COOKIE,
        csrf,
        max_age=3600,
        path="/fleet/login",
        httponly=True,
        samesite="strict",
        secure=_secure(config),
    )
    return response


@router.get("/fleet/login", response_class=HTMLResponse)
async def login_page(config: Config) -> HTMLResponse:
    return _login_form(config)


@router.post("/fleet/login", response_model=None)
async def login(request: Request, sessions: Sessions, config: Config) -> Response:
    form = await _form(request)
    cookie = request.cookies.get(LOGIN_COOKIE, "")
    if (
        form is None
        or not cookie
        or not _same_origin(request)
        or not hmac.compare_digest(cookie, form.get("csrf", ""))
    ):
        return _login_form(config, "页面已过期，请重新登录。", 403)
    username, password = form.get("username", "")[:64], form.get("password", "")[:256]
    address = request.client.host if request.client else ""
    granted = await run_in_threadpool(_login, sessions, config, username, password, address)
    if isinstance(granted, ApiError):
        if granted.status == 429:
            wait = int(granted.details.get("retry_after_s", 1))
            answer = _login_form(config, f"登录失败次数过多，请 {duration_zh(wait)}后再试。", 429)
            answer.headers["Retry-After"] = str(wait)
            return answer
        if granted.status == 403:
            return _login_form(config, "外勤人员账号只能在上门服务笔记本上登录。", 403)
        return _login_form(config, "用户名或密码错误。", 401)
    token, expires = granted
    response = RedirectResponse("/fleet", status_code=303, headers=SECURITY_HEADERS)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        expires=expires,
        path="/fleet",
        httponly=True,
        samesite="strict",
        secure=_secure(config),
    )
    response.delete_cookie(LOGIN_COOKIE, path="/fleet/login")
    return response


@router.post("/fleet/logout", response_model=None)
async def logout(request: Request, sessions: Sessions) -> Response:
    token = request.cookies.get(SESSION_COOKIE, "")
    caller = await run_in_threadpool(_caller, sessions, token)
    if caller is None:
        return RedirectResponse("/fleet/login", status_code=303, headers=SECURITY_HEADERS)
    form = await _form(request)
    if (
        form is None
        or not _same_origin(request)
        or not hmac.compare_digest(form_token(token, "logout"), form.get("csrf", ""))
    ):
        return _html(_page("请求无效", '<main><p class="error">请求无效。</p></main>'), 403)
    await run_in_threadpool(_logout, sessions, token, caller)
    response = RedirectResponse("/fleet/login", status_code=303, headers=SECURITY_HEADERS)
    response.delete_cookie(SESSION_COOKIE, path="/fleet")
    return response


@router.get("/fleet", response_model=None)
async def fleet(request: Request, sessions: Sessions, config: Config) -> Response:
    token = request.cookies.get(SESSION_COOKIE, "")
    caller = await run_in_threadpool(_caller, sessions, token)
    if caller is None:
        return RedirectResponse("/fleet/login", status_code=303, headers=SECURITY_HEADERS)
    view = await run_in_threadpool(_overview, sessions, config, _thresholds(request))
    rates = await run_in_threadpool(_lookup_rates, sessions, config)
    return _html(
        render_fleet(
            view,
            caller,
            form_token(token, "logout"),
            rates,
            config.limits.lookups_per_kiosk_minute,
        )
    )

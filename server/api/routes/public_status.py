"""The page behind the receipt's QR code: state and dates, a masked name, nothing else personal.

No login: the verification code printed on the receipt is the capability. A wrong code answers
exactly like an unknown reference, so the page cannot be used to probe which references exist.
"""

import hmac
import re
from html import escape

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from contract.masking import mask_name
from server.api.deps import Config, Sessions
from server.auditlog import reads
from server.auditlog.sequencer import Sequencer
from server.clock import CST
from server.db import transaction
from server.models import Claim
from server.schemas import UUID_PATTERN
from server.services.claim_views import claim_view, verification_code
from server.services.decision_pages import decision_section

router = APIRouter(tags=["public"])

STATE_TEXT = {
    "received": ("已受理，等待审核", "접수되였습니다. 심사를 기다리고 있습니다"),
    "under_review": ("正在审核", "심사 중입니다"),
    "approved": ("审核通过，即将发放", "승인되였습니다. 곧 지급됩니다"),
    "refused": ("不符合领取条件", "수급 조건에 맞지 않습니다"),
    "paying": ("正在按月发放", "매월 지급 중입니다"),
    "stopped": ("已停止发放", "지급이 중지되였습니다"),
    "completed": ("已全部发放完毕", "모두 지급되였습니다"),
    "withdrawn": ("申请人已撤回申请", "신청인이 신청을 철회하였습니다"),
}

NOT_FOUND = """<!doctype html><html lang="zh-CN"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>查询失败</title>
<body style="font-family:'Noto Sans CJK SC',sans-serif;font-size:20px;margin:2em">
<h1>没有找到这份申请</h1><p>신청을 찾을 수 없습니다.</p><p>请核对回执上的二维码，或拨打 12333。</p></body></html>"""


def _audit_position(sessions: Sessions, sequencer: Sequencer, reference: str) -> str:
    """Where the claim's "received" entry stands in the audit log, under a signed checkpoint:
    the claimant (or anyone they show the page to) can check with the agency's public log key
    that the record of their claim cannot later be changed or dropped unnoticed
    (docs/audit-log.md). Integrates first if the entry still waits in the queue."""
    found = reads.position(sessions, "claim.received", reference)
    if found is None:
        sequencer.integrate()
        found = reads.position(sessions, "claim.received", reference)
    if found is None:
        return ""
    proof = f"/api/v1/audit/inclusion?index={found.leaf_index}&size={found.head.size}"
    return f"""<h2>留痕记录<br><small>감사 기록</small></h2>
<p>本申请的受理记录是经办机构审计日志的第 {found.leaf_index} 条，已包含在下方签名的 {found.head.size} 条检查点中。<br>
<small>이 신청의 접수 기록은 감사 로그의 {found.leaf_index}번 항목이며, 아래 서명된 {found.head.size}개 항목의 체크포인트에 포함되여 있습니다.</small></p>
<p style="font-size:14px">记录哈希 / 기록 해시：<code id="leaf-hash">{escape(found.leaf_hash)}</code><br>
<a href="{escape(proof)}">包含证明 / 포함 증명</a></p>
<pre id="audit-checkpoint" style="font-size:13px;white-space:pre-wrap;word-break:break-all">{escape(found.head.note)}</pre>"""


def _page(
    sessions: Sessions, config: Config, sequencer: Sequencer, reference: str, code: str
) -> tuple[int, str]:
    if not re.fullmatch(UUID_PATTERN, reference) or not code.isascii():
        return 404, NOT_FOUND
    if not hmac.compare_digest(verification_code(config, reference), code.upper()):
        return 404, NOT_FOUND
    with transaction(sessions) as session:
        claim = session.execute(
            select(Claim).where(Claim.reference == reference)
        ).scalar_one_or_none()
        if claim is None:
            return 404, NOT_FOUND
        view = claim_view(config, claim)
        name = mask_name(claim.claimant.name)
    zh, ko = STATE_TEXT.get(view.state, (view.state, view.state))
    due = f"<p>办理时限 / 처리 기한：{view.next.due_by.isoformat()}</p>" if view.next.due_by else ""
    paid = (
        f"<p>已发放 / 지급：{view.months_paid} 个月 / 개월"
        + (f"，剩余 / 남음：{view.months_left}" if view.months_left is not None else "")
        + "</p>"
    )
    body = f"""<!doctype html><html lang="zh-CN"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>失业保险金申请进度</title>
<body style="font-family:'Noto Sans CJK SC',sans-serif;font-size:20px;margin:2em;line-height:1.6">
<h1>失业保险金申请进度<br><small>실업보험금 신청 진행 상황</small></h1>
<p>申请人 / 신청인：{escape(name)}</p>
<p>受理编号 / 접수 번호：{escape(view.reference[:8].upper())}</p>
<p>提交时间 / 제출 시간：{escape(view.created_at.astimezone(CST).strftime("%Y-%m-%d %H:%M"))}</p>
<h2>{escape(zh)}<br><small>{escape(ko)}</small></h2>
{due}{paid}
{decision_section(view.decision_notice)}
{_audit_position(sessions, sequencer, view.reference)}
<p>咨询电话 / 문의 전화：12333</p></body></html>"""
    return 200, body


@router.get(
    "/status/{reference}",
    response_class=HTMLResponse,
    responses={
        404: {"description": "unknown reference or wrong code", "content": {"text/html": {}}}
    },
)
async def status_page(
    reference: str,
    sessions: Sessions,
    config: Config,
    request: Request,
    v: str = Query("", max_length=16),
) -> HTMLResponse:
    sequencer = request.app.state.audit_sequencer
    status, html = await run_in_threadpool(_page, sessions, config, sequencer, reference, v)
    return HTMLResponse(html, status_code=status)

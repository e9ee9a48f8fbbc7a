"""Proof of unemployment registration: the kiosk's request for one, and the public page its QR
code opens (server/services/registration_proofs.py)."""

from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from server.api.deps import Config, KioskAuth, Sessions
from server.decision_schemas import RegistrationProofView
from server.schemas import ClaimantRequest, Error
from server.services import registration_proofs

router = APIRouter(tags=["registration proofs"])


@router.post(
    "/api/v1/claimants/registration-proof",
    response_model=RegistrationProofView,
    responses={401: {"model": Error}, 403: {"model": Error}, 404: {"model": Error}},
)
async def registration_proof(
    body: ClaimantRequest, caller: KioskAuth, sessions: Sessions, config: Config
) -> RegistrationProofView:
    """A new proof for the claimant the login proves; 404 `no_registration` when no
    application registered them."""
    return await run_in_threadpool(registration_proofs.issue, sessions, config, body, caller)


_PAGE = """<!doctype html><html lang="zh-CN"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>失业登记证明核验</title>
<body style="font-family:'Noto Sans CJK SC',sans-serif;font-size:20px;margin:2em;line-height:1.6">
<h1>失业登记证明核验<br><small>실업등록 증명 검증</small></h1>
{body}
<p>咨询电话 / 문의 전화：12333</p></body></html>"""

INVALID = _PAGE.format(
    body='<h2 id="result">无效<br><small>무효</small></h2>'
    "<p>没有找到与此二维码对应的有效失业登记。</p>"
    "<p>이 2차원코드에 해당하는 유효한 실업등록을 찾을 수 없습니다.</p>"
)


def _page(sessions: Sessions, code: str) -> tuple[int, str]:
    found = registration_proofs.verify(sessions, code)
    if found is None:
        return 404, INVALID
    day = found.registration_date
    body = f"""<h2 id="result">有效<br><small>유효</small></h2>
<p>姓名 / 이름：{escape(found.masked_name)}</p>
<p>失业登记日期 / 실업등록 날자：{day.year}年{day.month}月{day.day}日 / {day.year}년 {day.month}월 {day.day}일</p>"""
    return 200, _PAGE.format(body=body)


@router.get(
    "/verify/registration/{code}",
    response_class=HTMLResponse,
    responses={
        404: {
            "description": "unknown code or withdrawn registration",
            "content": {"text/html": {}},
        },
        429: {"model": Error},
    },
)
async def verify_registration(
    code: str, sessions: Sessions, config: Config, request: Request
) -> HTMLResponse:
    """Valid or not, the masked name and the registration date: nothing else. A wrong code and
    a registration no longer standing answer alike; limited per address."""
    address = request.client.host if request.client is not None else "unknown"
    await run_in_threadpool(registration_proofs.count_check, sessions, config, address)
    status, html = await run_in_threadpool(_page, sessions, code[:64])
    return HTMLResponse(html, status_code=status)

"""Development-only views, mounted only when the server is not in production mode.

The demo and the tests need the one-time code that a real deployment would text to a phone.
"""

from fastapi import APIRouter
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from server.api.deps import Sessions
from server.db import transaction
from server.models import SmsOutbox

router = APIRouter(prefix="/api/dev", tags=["development"])


def _latest(sessions: Sessions, mobile: str) -> dict[str, str | None]:
    with transaction(sessions) as session:
        row = session.execute(
            select(SmsOutbox)
            .where(SmsOutbox.mobile == mobile)
            .order_by(SmsOutbox.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        return {"text": row.text if row else None}


@router.get("/sms-outbox/{mobile}")
async def latest_sms(mobile: str, sessions: Sessions) -> dict[str, str | None]:
    return await run_in_threadpool(_latest, sessions, mobile)

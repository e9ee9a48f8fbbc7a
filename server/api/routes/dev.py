"""Development-only views, mounted only when the server is not in production mode.

The demo and the tests need the one-time code that a real deployment would text to a phone.
"""

from fastapi import APIRouter
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from server.api.deps import Sessions
from server.db import transaction
from server.models import SmsOutbox
from server.services.claimant_index import claimant_by_ssn

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


def _cast(sessions: Sessions) -> list[dict[str, str]]:
    from server.synthetic import demo_cast

    with transaction(sessions) as session:
        rows = []
        for scenario, entry in demo_cast().items():
            claimant = claimant_by_ssn(session, entry.person.id_number)
            if claimant is None:
                continue
            rows.append(
                {
                    "scenario": scenario.value,
                    "name": claimant.name,
                    "ssn": claimant.ssn,
                    "gender": claimant.gender,
                    "birth_date": claimant.birth_date.isoformat(),
                    "mobile": claimant.mobile,
                    "card_number": claimant.card_number,
                    "card_region": claimant.card_region,
                    "region_code": claimant.region_code,
                }
            )
        return rows


@router.get("/cast")
async def cast(sessions: Sessions) -> list[dict[str, str]]:
    """The demo's named claimants, so the control panel can make virtual cards for them."""
    return await run_in_threadpool(_cast, sessions)

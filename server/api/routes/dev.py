"""Development-only views, mounted only by `kiosk server run --dev` (loopback addresses only).

The demo and the tests need the one-time code that a real deployment would text to a phone.
"""

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from server.api.deps import Config, Sessions
from server.clock import business_today, override_date, set_test_date
from server.db import transaction
from server.schemas import ClockSetting, ClockView
from server.services.claimant_index import claimant_by_ssn
from server.services.dev_sms import outbox_for

router = APIRouter(prefix="/api/dev", tags=["development"])


@router.get("/sms-outbox/{mobile}")
async def latest_sms(mobile: str, config: Config) -> dict[str, str | None]:
    """The last text 'sent' to this number while its code is valid, from memory only
    (server/services/dev_sms.py): the database keeps no live code."""
    return {"text": outbox_for(config.data_dir).latest(mobile)}


def _cast(sessions: Sessions) -> list[dict[str, str]]:
    from server.synthetic import DEMO_ENGLISH_NAMES, demo_cast, demo_permanent_residents

    # The permanent residents' ID cards carry an English name too (a card's own field).
    members = [(scenario.value, entry) for scenario, entry in demo_cast().items()]
    members += [
        (f"permanent_resident_{2017 if len(e.person.id_number) == 15 else 2023}", e)
        for e in demo_permanent_residents()
    ]
    with transaction(sessions) as session:
        rows = []
        for scenario, entry in members:
            claimant = claimant_by_ssn(session, entry.person.id_number)
            if claimant is None:
                continue
            rows.append(
                {
                    "scenario": scenario,
                    "english_name": DEMO_ENGLISH_NAMES.get(entry.person.id_number, ""),
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


def _clock(sessions: Sessions, setting: ClockSetting | None) -> ClockView:
    with transaction(sessions) as session:
        if setting is not None:
            set_test_date(session, setting.today)
        return ClockView(
            today=business_today(session), overridden=override_date(session) is not None
        )


@router.get("/clock", response_model=ClockView)
async def clock(sessions: Sessions) -> ClockView:
    """The business date the server works with (China time, or the test clock)."""
    return await run_in_threadpool(_clock, sessions, None)


@router.post("/clock", response_model=ClockView)
async def set_clock(body: ClockSetting, sessions: Sessions) -> ClockView:
    """Sets the business date (`{"today": "YYYY-MM-DD"}`, or null for China time again), so that
    months fall due in tests and demos without waiting; stored in the database so every server
    process on it agrees. Mounted only with the development router."""
    return await run_in_threadpool(_clock, sessions, body)

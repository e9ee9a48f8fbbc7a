"""`POST /api/v1/staff/rates`: business staff enter a new regional benefit amount, refused when
it does not lie strictly between the region's urban minimum living standard and minimum wage
(Regulations art. 18), with the reasons in Chinese and English (`server.services.rates`)."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from server.api.deps import Sessions, StaffAuth
from server.callers import StaffCaller, require_role
from server.db import transaction
from server.models import StaffRole
from server.schemas import Error
from server.services import rates

# Dates an agency can mean: a year like 9999 would otherwise reach date arithmetic.
RateDate = Annotated[date, Field(ge=date(2000, 1, 1), le=date(2099, 12, 31))]

router = APIRouter(
    prefix="/api/v1/staff",
    tags=["staff"],
    responses={
        401: {"model": Error},
        403: {"model": Error},
        409: {"model": Error},
        422: {"model": Error},
    },
)


class RateIn(BaseModel):
    region_code: Annotated[str, Field(pattern=r"^\d{6}$", examples=["222405"])]
    effective_from: RateDate
    monthly_fen: Annotated[int, Field(gt=0, le=10_000_000)]


class RateView(BaseModel):
    region_code: str
    effective_from: date
    effective_to: date | None
    monthly_fen: int


@router.post("/rates", response_model=RateView, status_code=201)
async def add_rate(body: RateIn, caller: StaffAuth, sessions: Sessions) -> RateView:
    """A new monthly amount for the region, open-ended; the region's current rate ends the day
    before, so months of running claims that begin after it are paid at the new amount."""
    return await run_in_threadpool(_add_rate, sessions, caller, body)


def _add_rate(sessions: sessionmaker[Session], caller: StaffCaller, body: RateIn) -> RateView:
    require_role(caller, StaffRole.BUSINESS)
    with transaction(sessions) as session:
        row = rates.add_rate(
            session, body.region_code, body.effective_from, body.monthly_fen, caller.actor
        )
        return RateView(
            region_code=row.region_code,
            effective_from=row.effective_from,
            effective_to=row.effective_to,
            monthly_fen=row.monthly_fen,
        )

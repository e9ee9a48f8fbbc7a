"""Business controls: sampled re-reviews (抽检), maker-checker corrections, and a death during
the benefit period recorded at the counter (Regulations art. 20)."""

from typing import Annotated

from fastapi import APIRouter, Path, Query
from starlette.concurrency import run_in_threadpool

from server.api.deps import Config, Sessions, StaffAuth
from server.control_schemas import (
    CorrectionList,
    CorrectionProposal,
    CorrectionView,
    DeathBenefitView,
    DeathReport,
    SampleList,
    SampleReviewIn,
    SampleView,
)
from server.models import CorrectionState
from server.schemas import Error, Reference
from server.services import corrections, death_benefits, sampling

# Row ids in paths: bounded, so an absurd number is a 422, never a database overflow (500).
RowId = Annotated[int, Path(ge=1, le=2_147_483_647)]

router = APIRouter(
    prefix="/api/v1/staff",
    tags=["staff"],
    responses={
        401: {"model": Error},
        403: {"model": Error},
        404: {"model": Error},
        409: {"model": Error},
        422: {"model": Error},
    },
)


@router.get("/samples", response_model=SampleList)
async def list_samples(
    caller: StaffAuth, sessions: Sessions, open_only: Annotated[bool, Query(alias="open")] = False
) -> SampleList:
    return await run_in_threadpool(sampling.list_samples, sessions, open_only)


@router.post("/samples/{sample_id}/review", response_model=SampleView)
async def review_sample(
    sample_id: RowId, body: SampleReviewIn, caller: StaffAuth, sessions: Sessions
) -> SampleView:
    return await run_in_threadpool(sampling.record_review, sessions, caller, sample_id, body)


@router.get("/corrections", response_model=CorrectionList)
async def list_corrections(
    caller: StaffAuth, sessions: Sessions, state: Annotated[CorrectionState | None, Query()] = None
) -> CorrectionList:
    return await run_in_threadpool(corrections.list_corrections, sessions, state)


@router.post("/corrections", response_model=CorrectionView, status_code=201)
async def propose_correction(
    body: CorrectionProposal, caller: StaffAuth, sessions: Sessions
) -> CorrectionView:
    return await run_in_threadpool(corrections.propose, sessions, caller, body)


@router.post("/corrections/{correction_id}/approve", response_model=CorrectionView)
async def approve_correction(
    correction_id: RowId, caller: StaffAuth, sessions: Sessions
) -> CorrectionView:
    return await run_in_threadpool(corrections.approve, sessions, caller, correction_id)


@router.post("/corrections/{correction_id}/reject", response_model=CorrectionView)
async def reject_correction(
    correction_id: RowId, caller: StaffAuth, sessions: Sessions
) -> CorrectionView:
    return await run_in_threadpool(corrections.reject, sessions, caller, correction_id)


@router.post("/claims/{reference}/death", response_model=DeathBenefitView, status_code=201)
async def record_death(
    reference: Reference, body: DeathReport, caller: StaffAuth, sessions: Sessions, config: Config
) -> DeathBenefitView:
    return await run_in_threadpool(
        death_benefits.record_death, sessions, config, caller, reference, body.died_on
    )

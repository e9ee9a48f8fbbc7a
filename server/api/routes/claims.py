"""Claim submission (single and batch) and status by reference."""

from fastapi import APIRouter, Response
from pydantic import ValidationError
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from server.api.deps import Config, KioskAuth, Sessions
from server.db import transaction
from server.errors import ApiError, not_found
from server.models import Claim
from server.schemas import (
    BatchItemResult,
    BatchRequest,
    BatchResult,
    ClaimView,
    Error,
    Reference,
    Submission,
    SubmissionResult,
)
from server.services import submissions
from server.services.claim_views import claim_view

router = APIRouter(
    prefix="/api/v1", tags=["claims"], responses={401: {"model": Error}, 422: {"model": Error}}
)


@router.post(
    "/claims",
    response_model=SubmissionResult,
    status_code=201,
    responses={200: {"model": SubmissionResult}},
)
async def submit(
    body: Submission, caller: KioskAuth, sessions: Sessions, config: Config, response: Response
) -> SubmissionResult:
    outcome = await run_in_threadpool(
        submissions.submit,
        sessions,
        config,
        body,
        caller.kiosk_id,
        kiosk_region=caller.region_code,
    )
    if outcome.result == "duplicate":
        response.status_code = 200
    return SubmissionResult(result=outcome.result, claim=outcome.claim)


def _submit_batch(
    sessions: Sessions, config: Config, body: BatchRequest, kiosk_id: str, kiosk_region: str
) -> BatchResult:
    results = []
    for raw in body.items:
        item = _valid_item(raw)
        if isinstance(item, BatchItemResult):
            results.append(item)
            continue
        # One transaction per item: a refused item never takes the others down with it.
        try:
            # Items of a batch waited in the kiosk's queue: their kiosk time is checked against
            # the offline window (server.services.submissions.registration_date).
            outcome = submissions.submit(
                sessions, config, item, kiosk_id, channel="batch", kiosk_region=kiosk_region
            )
        except ApiError as exc:
            if exc.status >= 500:
                raise
            results.append(
                BatchItemResult(
                    client_reference=item.client_reference,
                    result="rejected",
                    code=exc.code,
                    message=exc.message,
                )
            )
        else:
            results.append(
                BatchItemResult(
                    client_reference=item.client_reference,
                    result=outcome.result,
                    claim=outcome.claim,
                )
            )
    return BatchResult(results=results)


def _valid_item(raw: dict[str, object]) -> Submission | BatchItemResult:
    """The item as a `Submission`, or its refusal: fields and problems, never the values."""
    try:
        return Submission.model_validate(raw)
    except ValidationError as exc:
        faults = [
            f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}"
            for error in exc.errors(include_url=False, include_input=False)
        ]
    reference = raw.get("client_reference")
    return BatchItemResult(
        # Echoed so the kiosk can match the answer; bounded, it may be anything when malformed.
        client_reference=reference[:64] if isinstance(reference, str) else "",
        result="rejected",
        code="invalid_submission",
        message=f"the submission is not valid: {'; '.join(faults[:5])}"[:500],
    )


@router.post("/claims/batch", response_model=BatchResult)
async def submit_batch(
    body: BatchRequest, caller: KioskAuth, sessions: Sessions, config: Config
) -> BatchResult:
    return await run_in_threadpool(
        _submit_batch, sessions, config, body, caller.kiosk_id, caller.region_code
    )


def _status(sessions: Sessions, config: Config, reference: str) -> ClaimView:
    with transaction(sessions) as session:
        claim = session.execute(
            select(Claim).where(Claim.reference == reference)
        ).scalar_one_or_none()
        if claim is None:
            raise not_found("claim", "claim_unknown")
        return claim_view(config, claim)


@router.get("/claims/{reference}", response_model=ClaimView, responses={404: {"model": Error}})
async def status(
    reference: Reference, caller: KioskAuth, sessions: Sessions, config: Config
) -> ClaimView:
    return await run_in_threadpool(_status, sessions, config, reference)

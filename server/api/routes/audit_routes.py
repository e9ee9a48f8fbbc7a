"""The audit log, for staff, auditors and kiosks (docs/audit-log.md).

The checkpoint and proofs are public: they are hashes, sizes and a signature, and reveal no
personal data nor any entry's content; anyone holding the log key's public half can check the
agency's log with them. Verification of the entries themselves is for staff.
"""

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool

from server import audit
from server.api.deps import Sessions, StaffAuth
from server.auditlog import reads
from server.db import transaction
from server.errors import ApiError
from server.schemas import (
    AuditCheckpointAnswer,
    AuditConsistency,
    AuditInclusion,
    AuditReport,
    Error,
)

router = APIRouter(prefix="/api/v1", tags=["audit"], responses={422: {"model": Error}})

Size = Annotated[int, Query(ge=0, le=10**9)]


def _unavailable(exc: reads.ProofUnavailable) -> ApiError:
    return ApiError(404, "proof_unavailable", str(exc))


def _verify(sessions: Sessions) -> AuditReport:
    with transaction(sessions) as session:
        report = audit.verify(session)
    return AuditReport(
        ok=report.ok,
        entries=report.entries,
        queued=report.queued,
        root=report.root,
        checkpoints_checked=report.checkpoints_checked,
        witnesses_checked=report.witnesses_checked,
        first_bad_entry=report.first_bad_entry,
        kind=None if report.kind is None else report.kind.value,
        problem=report.problem,
    )


@router.get("/audit/verify", response_model=AuditReport, responses={401: {"model": Error}})
async def verify(caller: StaffAuth, sessions: Sessions) -> AuditReport:
    """Recomputes the tree from the entries and checks the log's own checkpoints against it.
    Signatures and witnessed checkpoints: `kiosk server verify-audit --witness`."""
    return await run_in_threadpool(_verify, sessions)


def _checkpoint(sessions: Sessions, first: int) -> AuditCheckpointAnswer:
    answer = reads.for_witness(sessions, first)
    if answer is None:
        raise ApiError(404, "no_checkpoint", "the audit log has not signed a checkpoint yet")
    return AuditCheckpointAnswer(
        note=answer.head.note,
        size=answer.head.size,
        root=answer.head.root,
        consistency_from=answer.consistency_from,
        consistency_proof=answer.consistency_proof,
    )


@router.get(
    "/audit/checkpoint", response_model=AuditCheckpointAnswer, responses={404: {"model": Error}}
)
async def checkpoint(sessions: Sessions, first: Size = 0) -> AuditCheckpointAnswer:
    """The newest signed checkpoint, with a consistency proof from tree size `first`."""
    return await run_in_threadpool(_checkpoint, sessions, first)


def _consistency(sessions: Sessions, first: int, second: int) -> AuditConsistency:
    try:
        proof = reads.consistency(sessions, first, second)
    except reads.ProofUnavailable as exc:
        raise _unavailable(exc) from None
    return AuditConsistency(first=first, second=second, proof=proof)


@router.get(
    "/audit/consistency", response_model=AuditConsistency, responses={404: {"model": Error}}
)
async def consistency(sessions: Sessions, first: Size, second: Size) -> AuditConsistency:
    """RFC 9162 §2.1.4 proof that the tree of size `first` is a prefix of the tree of `second`
    (at most the newest checkpoint's size)."""
    return await run_in_threadpool(_consistency, sessions, first, second)


def _inclusion(sessions: Sessions, index: int, size: int) -> AuditInclusion:
    try:
        leaf, proof = reads.inclusion(sessions, index, size)
    except reads.ProofUnavailable as exc:
        raise _unavailable(exc) from None
    return AuditInclusion(index=index, size=size, leaf_hash=leaf, proof=proof)


@router.get("/audit/inclusion", response_model=AuditInclusion, responses={404: {"model": Error}})
async def inclusion(sessions: Sessions, index: Size, size: Size) -> AuditInclusion:
    """RFC 9162 §2.1.3 proof that entry `index` (its leaf hash is returned) is in the tree of
    size `size`."""
    return await run_in_threadpool(_inclusion, sessions, index, size)

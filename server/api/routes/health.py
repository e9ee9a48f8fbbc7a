"""Liveness probe for kiosks' connectivity checks and load balancers; says nothing else."""

from fastapi import APIRouter

from server.api.schemas import HeartbeatAck
from server.db_types import utcnow

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HeartbeatAck)
async def health() -> HeartbeatAck:
    return HeartbeatAck(server_time=utcnow())

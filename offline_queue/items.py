"""Value types shared by the outbox, the sync engine and uploaders."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any


class ItemState(enum.StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    ACKNOWLEDGED = "acknowledged"
    REJECTED = "rejected"
    EXPORTED = "exported"


#: States in which an item still waits for the agency; these count against the queue limit.
UNDELIVERED_STATES: frozenset[ItemState] = frozenset(
    {ItemState.PENDING, ItemState.SENDING, ItemState.EXPORTED}
)


class ItemKind(enum.StrEnum):
    CLAIM = "claim"
    TRAINING_SUBSIDY = "training_subsidy"
    STATUS_CHANGE = "status_change"


class ResultKind(enum.StrEnum):
    CREATED = "created"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class OutgoingItem:
    """One submission as the agency API receives it; lives only in memory, decrypted.

    `login` is the claimant's proof sent beside the payload (outside its content hash): the
    card's answer to the submission's own challenge, or a one-time-code token. None for items
    queued by a kiosk version that kept no proof; they are sent as they are, and the agency
    decides (an item it refuses stays on the kiosk as rejected, never deleted)."""

    client_reference: str
    kind: str
    created_at: datetime
    payload: Mapping[str, Any]
    login: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class AgencyAnswer:
    """What the agency said about a delivered item, kept with it in the queue (encrypted).

    `verification_code` opens the public status page of the claim, with the reference printed
    beside it on the receipt; `claim_state` is the claim's state when it was answered."""

    claim_reference: str
    claim_state: str
    verification_code: str


@dataclass(frozen=True, slots=True)
class ItemResult:
    """The agency's answer for one item of a batch; `answer` when it returned the claim."""

    client_reference: str
    result: ResultKind
    code: str | None = None
    message: str | None = None
    answer: AgencyAnswer | None = None


@dataclass(frozen=True, slots=True)
class ItemProblem:
    """Why an item can never be accepted as it is, found on the kiosk before it is sent.

    `message` names fields and rules, never a submitted value (it may be an ID number)."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class ItemOutcome:
    """Where one item stands, with the agency's answer once it has one."""

    client_reference: str
    state: ItemState
    answer: AgencyAnswer | None = None
    rejection_code: str | None = None


@dataclass(frozen=True, slots=True)
class QueuedItemSummary:
    """What a claimant or technician may see of a queued item: no payload, no personal data."""

    client_reference: str
    kind: str
    state: ItemState
    created_at: datetime
    updated_at: datetime
    attempts: int
    last_error: str | None
    rejection_code: str | None = None

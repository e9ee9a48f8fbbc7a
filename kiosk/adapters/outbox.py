"""The flow's OutboxPort over offline_queue's Outbox and SyncEngine.

`store` is the durable step: when it returns a reference the submission is committed (WAL,
synchronous=FULL) and the claimant may be told it is safe. `send_now` is one prompt attempt on
the caller's worker thread through the same engine and uploader the background sync uses, so
there is one delivery path and the agency's idempotency on the reference covers any overlap.
The agency's answer (the verification code for the receipt) is read from the queue, where the
engine stored it with the item; if the background thread holds the item, `send_now` waits for
the engine to record it, up to a deadline.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from contract.card_proof import offline_challenge, submission_content_hash
from contract.home_visit import LOGIN_KEY as HOME_VISIT_KEY
from devices.thread_guard import blocking_io
from kiosk.domain.claimant import CardSubmissionProof, EcardLogin, OtpLogin, SubmissionProof
from kiosk.domain.claims import (
    ClaimKind,
    ClaimRecord,
    ClaimSituation,
    StatusSource,
    SubmissionRequest,
    TimelineEntry,
)
from kiosk.domain.faults import StorageFault
from kiosk.domain.identity import IdNumber
from kiosk.flow.ports import SendOutcome
from offline_queue import ItemState, Outbox, QueueError, StorageFullError, SyncEngine
from offline_queue.items import QueuedItemSummary

log = logging.getLogger(__name__)

_SITUATION = {
    ItemState.PENDING: ClaimSituation.WAITING_ON_KIOSK,
    ItemState.SENDING: ClaimSituation.WAITING_ON_KIOSK,
    ItemState.EXPORTED: ClaimSituation.WAITING_ON_KIOSK,
    ItemState.ACKNOWLEDGED: ClaimSituation.RECEIVED,
    ItemState.REJECTED: ClaimSituation.REFUSED_ON_ARRIVAL,
}


def submission_payload(request: SubmissionRequest) -> dict[str, Any]:
    """The payload of docs/api.md; the login proof is not part of it.

    Every field is present, `course_id` too when null, and the ID number is in upper case:
    exactly the form the agency validates and hashes (its `model_dump(mode="json")`), because
    the card signs that hash (contract.card_proof.submission_content_hash)."""
    return {
        "ssn": request.ssn.value.upper(),
        "mobile": request.mobile.value,
        "payment_account": request.payment_account,
        "commitment_accepted": request.commitment_accepted,
        "commitment_version": request.commitment_version,
        "language": request.language.value,
        "course_id": request.course_id,
    }


def submission_login(proof: SubmissionProof) -> dict[str, Any]:
    """The `login` sent beside the payload (docs/api.md, "Claimant login")."""
    if isinstance(proof, OtpLogin):
        return {"method": "otp", "token": proof.token}
    if isinstance(proof, EcardLogin):
        return {"method": "ecard", "token": proof.token}
    return card_offline_login(proof)


def card_offline_login(proof: CardSubmissionProof) -> dict[str, Any]:
    return {
        "method": "card_offline",
        "card_id": proof.card.card_id.lower(),
        "region": proof.card.region_code,
        "card_number": proof.card.card_number,
        "cryptogram": proof.cryptogram.hex(),
    }


#: On a home-visit laptop: (client reference, content hash) → the visit proof to store with the
#: claim's login, or None when no field visitor is logged in (kiosk/home_visit/desk.py).
VisitStamp = Callable[[str, str], Mapping[str, str] | None]


class OutboxAdapter:
    def __init__(
        self,
        outbox: Outbox,
        engine: SyncEngine,
        *,
        settle_s: float = 5.0,
        visit_stamp: VisitStamp | None = None,
    ) -> None:
        """`settle_s`: how long `send_now` waits for the background thread when it happens to
        hold the item itself. `visit_stamp`: set on a home-visit laptop only."""
        self._outbox = outbox
        self._engine = engine
        self._settle_s = settle_s
        self._visit_stamp = visit_stamp

    def new_reference(self) -> str:
        return str(uuid.uuid4())

    def card_challenge(self, reference: str, request: SubmissionRequest) -> bytes:
        digest = submission_content_hash(request.kind.value, submission_payload(request))
        return offline_challenge(reference, digest)

    @blocking_io
    def store(
        self, request: SubmissionRequest, reference: str, proof: SubmissionProof
    ) -> str | StorageFault:
        payload = submission_payload(request)
        login = submission_login(proof)
        if self._visit_stamp is not None:
            digest = submission_content_hash(request.kind.value, payload)
            visit = self._visit_stamp(reference, digest)
            if visit is None:  # the visitor logged out or their credential ran out meanwhile
                log.warning("home-visit claim not stored: no field visitor logged in")
                return StorageFault.FAILED
            login[HOME_VISIT_KEY] = dict(visit)
        try:
            return self._outbox.enqueue(
                request.kind.value,
                payload,
                id_number=request.ssn.value,
                client_reference=reference,
                login=login,
            )
        except StorageFullError as error:
            log.error("submission not stored, disk full: %s", error.message)
            return StorageFault.DISK_FULL
        except QueueError as error:
            log.error("submission not stored: %s", type(error).__name__)
            return StorageFault.FAILED

    @blocking_io
    def send_now(self, reference: str) -> SendOutcome:
        try:
            self._engine.drain(recover=False)
            outcome = self._engine.wait_settled(reference, self._settle_s)
        except QueueError as error:
            log.warning("prompt send failed: %s", type(error).__name__)
            return SendOutcome(delivered=False)
        if outcome is None or outcome.state is not ItemState.ACKNOWLEDGED:
            self._engine.wake()
            return SendOutcome(delivered=False)
        # None for an item an ack file closed: delivered, but the agency's answer never came here.
        code = None if outcome.answer is None else outcome.answer.verification_code
        return SendOutcome(delivered=True, verification_code=code)

    @blocking_io
    def local_claims(self, ssn: IdNumber) -> tuple[ClaimRecord, ...]:
        try:
            items = self._outbox.find_by_id_number(ssn.value)
        except QueueError as error:
            log.warning("queue not readable for a status query: %s", type(error).__name__)
            return ()
        return tuple(local_record(item) for item in items)


def local_record(item: QueuedItemSummary) -> ClaimRecord:
    situation = _SITUATION[ItemState(item.state)]
    try:
        kind = ClaimKind(item.kind)
    except ValueError:
        kind = ClaimKind.CLAIM
    timeline = [TimelineEntry(on=item.created_at.astimezone().date(), situation=situation)]
    return ClaimRecord(
        reference=item.client_reference,
        kind=kind,
        situation=situation,
        source=StatusSource.THIS_KIOSK,
        timeline=tuple(timeline),
    )

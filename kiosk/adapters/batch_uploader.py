"""offline_queue's BatchUploader over the kiosk's one signed AgencyClient.

Production sync goes through the same client as everything else, so it shares the clock-offset
learning and the signing code. A failure of the batch as a whole is transient (a 5xx, a dropped
connection, a 401 about enrolment or the clock, a 4xx that is nobody's item's fault), with one
exception: a 422, the agency saying the batch's content is invalid. Sending that batch again can
only earn the same answer, so it is `BatchRefusedError`, and the sync engine splits the batch to
find the item at fault. Dropping items is never the safe choice; parking one refused alone is
what the agency's answer asks for.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from contract.home_visit import split_login
from kiosk.adapters.submission_check import submission_problem
from kiosk.api import AgencyClient
from kiosk.api.errors import AgencyError, AgencyUnavailable, AuthenticationFailed
from kiosk.api.models import BatchItemResult
from offline_queue import (
    AgencyAnswer,
    BatchRefusedError,
    ItemProblem,
    ItemResult,
    OutgoingItem,
    ResultKind,
    TransientUploadError,
)

log = logging.getLogger(__name__)

_CONTENT_REFUSED = 422


class AgencyBatchUploader:
    def __init__(self, client: AgencyClient) -> None:
        self._client = client

    def upload(self, items: Sequence[OutgoingItem]) -> Sequence[ItemResult]:
        submissions = [self._submission(item) for item in items]
        try:
            answers = self._client.submit_batch(submissions)
        except (AgencyUnavailable, AuthenticationFailed) as error:
            raise TransientUploadError(f"agency unavailable: {error.code}") from None
        except AgencyError as error:
            log.warning("agency refused a batch of %d as a whole: %s", len(items), error.code)
            if error.status == _CONTENT_REFUSED:
                raise BatchRefusedError(error.code, error.message) from None
            raise TransientUploadError(f"batch refused: {error.code}") from None
        return [_result(answer) for answer in answers]

    def check(self, item: OutgoingItem) -> ItemProblem | None:
        """The sync engine's `ItemCheck`: the item exactly as it would be sent, against the
        submission contract."""
        return submission_problem(self._submission(item))

    def _submission(self, item: OutgoingItem) -> dict[str, Any]:
        """`login` beside the payload (docs/api.md); an item queued by an older kiosk has none
        and is sent as it is: the agency's answer for it is recorded, the item kept."""
        submission: dict[str, Any] = {
            "client_reference": item.client_reference,
            "kind": item.kind,
            "created_at": item.created_at.isoformat(),
            "kiosk_id": self._client.kiosk_id,
            "payload": dict(item.payload),
        }
        # A home visit's proof waits inside the sealed login; on the wire it is the
        # submission's own `channel`, `visitor` and `home_visit` (contract.home_visit).
        login, visit = split_login(item.login)
        if login is not None:
            submission["login"] = login
        submission.update(visit)
        return submission


def _result(answer: BatchItemResult) -> ItemResult:
    """The agency's answer for one item, with the claim it returned kept for the queue."""
    claim = answer.claim
    return ItemResult(
        client_reference=answer.client_reference,
        result=ResultKind(answer.result),
        code=answer.code,
        message=answer.message,
        answer=(
            None
            if claim is None
            else AgencyAnswer(
                claim_reference=claim.reference,
                claim_state=claim.state,
                verification_code=claim.verification_code,
            )
        ),
    )

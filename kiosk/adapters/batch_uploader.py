"""offline_queue's BatchUploader over the kiosk's one signed AgencyClient.

Production sync goes through the same client as everything else, so it shares the clock-offset
learning and the signing code. Any failure of the batch as a whole is transient: a 5xx or a
dropped connection obviously, but also a 401 (enrolment or clock, fixable by a technician) and a
batch-level 4xx, which is not any one item's fault. Dropping items is never the safe choice.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from kiosk.api import AgencyClient
from kiosk.api.errors import AgencyError, AgencyUnavailable, AuthenticationFailed
from offline_queue import ItemResult, OutgoingItem, ResultKind, TransientUploadError

log = logging.getLogger(__name__)

_REMEMBERED_CODES = 256


class AgencyBatchUploader:
    """Also remembers the verification codes of recently acknowledged claims for the receipt."""

    def __init__(self, client: AgencyClient) -> None:
        self._client = client
        self._lock = threading.Lock()
        self._codes: OrderedDict[str, str] = OrderedDict()

    def upload(self, items: Sequence[OutgoingItem]) -> Sequence[ItemResult]:
        submissions = [self._submission(item) for item in items]
        try:
            answers = self._client.submit_batch(submissions)
        except (AgencyUnavailable, AuthenticationFailed) as error:
            raise TransientUploadError(f"agency unavailable: {error.code}") from None
        except AgencyError as error:
            log.warning("agency refused a batch of %d as a whole: %s", len(items), error.code)
            raise TransientUploadError(f"batch refused: {error.code}") from None
        results = []
        for answer in answers:
            if answer.claim is not None:
                self._remember(answer.client_reference, answer.claim.verification_code)
            results.append(
                ItemResult(
                    client_reference=answer.client_reference,
                    result=ResultKind(answer.result),
                    code=answer.code,
                    message=answer.message,
                )
            )
        return results

    def verification_code(self, reference: str) -> str | None:
        with self._lock:
            return self._codes.get(reference)

    def _remember(self, reference: str, code: str) -> None:
        with self._lock:
            self._codes[reference] = code
            self._codes.move_to_end(reference)
            while len(self._codes) > _REMEMBERED_CODES:
                self._codes.popitem(last=False)

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
        if item.login is not None:
            submission["login"] = dict(item.login)
        return submission

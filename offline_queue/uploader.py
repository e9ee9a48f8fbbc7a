"""What the sync engine needs from the outside world: a way to upload a batch, and a way to tell
an item that can never be valid before it is sent.

The kiosk's API client satisfies these; the composition root plugs them in, so this package
never learns about HTTP signing, the wire format, Qt or configuration.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from offline_queue.errors import BatchRefusedError, TransientUploadError
from offline_queue.items import ItemProblem, ItemResult, OutgoingItem

#: A cheap "is the agency reachable" check (e.g. a HEAD request); True means try uploading.
ConnectivityProbe = Callable[[], bool]

#: The kiosk's own check of one item against the wire contract, before it joins a batch: a
#: problem means the agency could never accept it as it is, so it is parked instead of sent.
ItemCheck = Callable[[OutgoingItem], ItemProblem | None]


class BatchUploader(Protocol):
    def upload(self, items: Sequence[OutgoingItem]) -> Sequence[ItemResult]:
        """Sends one batch and returns one result per item it got an answer for.

        Raises `TransientUploadError` for a network fault, a timeout or a 5xx: nothing in the
        batch is then known to be stored, and all of it is retried later with the same references.
        Items without a result are retried too.

        Raises `BatchRefusedError` when the agency refused the batch as a whole for its content
        (an older agency does so for one malformed item): nothing was stored, and the engine
        sends smaller batches to find the item at fault.
        """
        ...


__all__ = [
    "BatchRefusedError",
    "BatchUploader",
    "ConnectivityProbe",
    "ItemCheck",
    "TransientUploadError",
]

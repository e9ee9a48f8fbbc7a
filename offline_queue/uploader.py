"""The one thing the sync engine needs from the outside world: a way to upload a batch.

The kiosk's API client satisfies this protocol; the composition root plugs it in, so this package
never learns about HTTP signing, Qt or configuration.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from offline_queue.errors import TransientUploadError
from offline_queue.items import ItemResult, OutgoingItem

#: A cheap "is the agency reachable" check (e.g. a HEAD request); True means try uploading.
ConnectivityProbe = Callable[[], bool]


class BatchUploader(Protocol):
    def upload(self, items: Sequence[OutgoingItem]) -> Sequence[ItemResult]:
        """Sends one batch and returns one result per item it got an answer for.

        Raises `TransientUploadError` for a network fault, a timeout or a 5xx: nothing in the
        batch is then known to be stored, and all of it is retried later with the same references.
        Items without a result are retried too.
        """
        ...


__all__ = ["BatchUploader", "ConnectivityProbe", "TransientUploadError"]

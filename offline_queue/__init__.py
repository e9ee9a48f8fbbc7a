"""Durable encrypted outbox, sync and field-staff bundles for submissions; imports only `config` and `contract`."""

from offline_queue.errors import (
    BatchRefusedError,
    BundleError,
    QueueCorruptError,
    QueueError,
    QueueFullError,
    StorageError,
    StorageFullError,
    TransientUploadError,
)
from offline_queue.items import (
    AgencyAnswer,
    ItemKind,
    ItemOutcome,
    ItemProblem,
    ItemResult,
    ItemState,
    OutgoingItem,
    ResultKind,
)
from offline_queue.limits import QueueHealth, QueueLimits
from offline_queue.outbox import Outbox
from offline_queue.submission_queue import SubmissionQueue
from offline_queue.sync_engine import SyncEngine
from offline_queue.uploader import BatchUploader, ItemCheck

__all__ = [
    "AgencyAnswer",
    "BatchRefusedError",
    "BatchUploader",
    "BundleError",
    "ItemCheck",
    "ItemKind",
    "ItemOutcome",
    "ItemProblem",
    "ItemResult",
    "ItemState",
    "Outbox",
    "OutgoingItem",
    "QueueCorruptError",
    "QueueError",
    "QueueFullError",
    "QueueHealth",
    "QueueLimits",
    "ResultKind",
    "StorageError",
    "StorageFullError",
    "SubmissionQueue",
    "SyncEngine",
    "TransientUploadError",
]

"""Durable encrypted outbox, sync and field-staff bundles for submissions; imports only `config`."""

from offline_queue.errors import (
    BundleError,
    QueueCorruptError,
    QueueError,
    QueueFullError,
    StorageError,
    StorageFullError,
    TransientUploadError,
)
from offline_queue.items import ItemKind, ItemResult, ItemState, OutgoingItem, ResultKind
from offline_queue.limits import QueueHealth, QueueLimits
from offline_queue.outbox import Outbox
from offline_queue.sync_engine import SyncEngine
from offline_queue.uploader import BatchUploader

__all__ = [
    "BatchUploader",
    "BundleError",
    "ItemKind",
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
    "SyncEngine",
    "TransientUploadError",
]

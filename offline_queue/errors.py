"""Typed errors of the offline queue.

Every message here may be read by a technician or written to a log, so none of them ever carries
an ID number, a name, a phone number or a payload; references (UUIDs) and counts are fine.

Refused bundle and ack files raise the contract's `BundleError` family (contract/bundle_format.py,
re-exported here), which the agency raises for the same faults; they are not `QueueError`s.
"""

from contract.bundle_format import (
    BundleError,
    BundleFormatError,
    BundleTamperedError,
    BundleTruncatedError,
    BundleWrongKeyError,
    BundleWrongKioskError,
)

__all__ = [
    "AckReplayedError",
    "AckUnknownBundleError",
    "BatchRefusedError",
    "BundleError",
    "BundleFormatError",
    "BundleTamperedError",
    "BundleTruncatedError",
    "BundleWrongKeyError",
    "BundleWrongKioskError",
    "DataKeyError",
    "QueueCorruptError",
    "QueueError",
    "QueueFullError",
    "QueueVersionError",
    "StorageError",
    "StorageFullError",
    "TransientUploadError",
]


class QueueError(Exception):
    """Base of every error the queue raises on purpose; `message` is meant for a technician."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class StorageError(QueueError):
    """The queue file could not be read or written."""


class StorageFullError(StorageError):
    """The disk (or the file's page limit) is full: the item was not stored."""


class QueueFullError(QueueError):
    """The configured maximum number of undelivered items is reached: the item was not stored."""


class QueueCorruptError(StorageError):
    """The queue file is damaged or is not a queue; never silently replaced by an empty one."""


class QueueVersionError(StorageError):
    """The queue file was written by a newer kiosk version than this one."""


class DataKeyError(StorageError):
    """The data key given does not match the key the queue was created with."""


class TransientUploadError(Exception):
    """A network fault, timeout or 5xx: the whole batch is retried later with the same references.

    Raised by uploaders, not by the queue itself, hence not a `QueueError`.
    """


class BatchRefusedError(Exception):
    """The agency refused a batch as a whole for its content (422): nothing in it was stored.

    Not transient: sending the same batch again gets the same answer forever. The sync engine
    splits the batch to find the items at fault. `code` and `message` are the agency's, which
    name fields, never submitted values.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


class AckReplayedError(BundleError):
    """This acknowledgement file was already imported."""


class AckUnknownBundleError(BundleError):
    """The acknowledgement names a bundle this kiosk never exported, or items not in that bundle."""

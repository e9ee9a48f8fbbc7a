"""Typed errors of the offline queue.

Every message here may be read by a technician or written to a log, so none of them ever carries
an ID number, a name, a phone number or a payload; references (UUIDs) and counts are fine.
"""


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


class BundleError(QueueError):
    """Base for refused bundles and acknowledgement files; nothing was changed."""


class BundleTruncatedError(BundleError):
    """The file is incomplete or not a bundle/ack file at all (a stick pulled mid-write)."""


class BundleTamperedError(BundleError):
    """The signature does not match the content, or the encrypted part does not decrypt."""


class BundleWrongKeyError(BundleError):
    """The file was signed or encrypted for a different key than the one configured."""


class BundleWrongKioskError(BundleError):
    """The file belongs to another kiosk."""


class AckReplayedError(BundleError):
    """This acknowledgement file was already imported."""


class AckUnknownBundleError(BundleError):
    """The acknowledgement names a bundle this kiosk never exported, or items not in that bundle."""


class BundleFormatError(BundleError):
    """The file is signed correctly but its content does not follow the format version."""

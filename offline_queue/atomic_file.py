"""Writing a file so that it either exists complete and verified, or not at all.

Field staff pull USB sticks whenever they like. The bytes go to a hidden temporary name in the
target directory first (a rename is atomic only within one file system), are fsynced, renamed,
the directory entry is fsynced, and the file is read back and checked before anyone relies on it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from offline_queue.errors import StorageError

PARTIAL_PREFIX = ".partial-"


def write_atomically(target: Path, data: bytes, verify: Callable[[bytes], None]) -> Path:
    """`verify` gets the bytes read back from the final file and raises if they are wrong."""
    temporary = target.with_name(PARTIAL_PREFIX + target.name)
    try:
        with open(temporary, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
        _fsync_directory(target.parent)
        written = target.read_bytes()
    except OSError as exc:
        _remove_quietly(temporary)
        raise StorageError(
            f"could not write {target.name} to {target.parent}: {exc.strerror or exc}"
        ) from None
    try:
        if written != data:
            raise StorageError(f"{target.name} reads back different from what was written")
        verify(written)
    except Exception:
        _remove_quietly(target)
        raise
    return target


def _fsync_directory(directory: Path) -> None:
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()

"""Atomic writes, so a power cut during a save leaves the old file or the new one, never half."""

import contextlib
import os
import tempfile
from pathlib import Path

import tomli_w

from config.schema import Settings


def write_atomically(path: Path, data: bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)  # the rename itself must survive a power cut
    finally:
        os.close(dir_fd)


def settings_to_toml(settings: Settings) -> bytes:
    data = settings.model_dump(mode="json", exclude_none=True)
    return tomli_w.dumps(data).encode("utf-8")


def save_settings(settings: Settings, path: Path) -> None:
    write_atomically(path, settings_to_toml(settings))

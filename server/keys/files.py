"""Files only the server's own account may read: keys, the SQLite database, staff credentials.

An insider with a shell account on the agency host, or a backup job that copies whatever it can
read, must not get personal data or keys because the server left a file world-readable (0644 is
what the default umask gives). New files are created 0600 with O_EXCL, so a file planted in
advance (or a race with a second process) is never silently adopted with looser modes; files found
looser on start are tightened, with a warning that names the path only.
"""

import logging
import os
import stat
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700

log = logging.getLogger(__name__)


def tighten(path: Path, mode: int) -> bool:
    """Removes any permission beyond `mode`; True if the file was looser. Paths carry no
    personal data (they name the data directory and a key purpose), so they may be logged."""
    try:
        current = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return False
    if current & ~mode == 0:
        return False
    os.chmod(path, current & mode)
    log.warning(
        "tightened permissions of a private file",
        extra={"path": str(path), "was": oct(current), "now": oct(current & mode)},
    )
    return True


def ensure_private_dir(path: Path) -> Path:
    """The server's data directory and key directory: 0700, created so, fixed if looser."""
    if not path.exists():
        path.mkdir(parents=True, mode=PRIVATE_DIR, exist_ok=True)
        os.chmod(path, PRIVATE_DIR)  # mkdir's mode is filtered by the umask
    else:
        tighten(path, PRIVATE_DIR)
    return path


def create_private_file(path: Path, data: bytes) -> bool:
    """Writes a new 0600 file; False (and nothing written) if the file already exists, so two
    processes starting at once keep the first one's key instead of each using its own."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    return True


def replace_private_file(path: Path, data: bytes) -> None:
    """Writes (or overwrites) a 0600 file: O_TRUNC keeps an existing file's mode, so the mode is
    set on the open descriptor as well."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    os.fchmod(fd, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def read_private_file(path: Path) -> bytes:
    tighten(path, PRIVATE_FILE)
    return path.read_bytes()


def prepare_sqlite_file(path: Path) -> None:
    """SQLite creates the -wal and -shm files with the mode of the database file, so creating
    the database 0600 before SQLite opens it covers all three; existing ones are tightened."""
    if path.parent.is_dir() and not path.exists():
        create_private_file(path, b"")  # an empty file is a valid empty SQLite database
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        tighten(candidate, PRIVATE_FILE)

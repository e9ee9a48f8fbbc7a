"""Makes "device I/O never runs on the GUI thread" checkable instead of a comment.

The composition root registers its GUI thread with `forbid_blocking_io_on()`; every blocking
device call carries `@blocking_io`, which raises `BlockingIoOnGuiThread` (a bug, not a device
fault) when it is called from that thread. Without registration (CLI, tests, benchmarks)
nothing is checked. This module knows nothing about Qt: it only compares threads.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_forbidden: threading.Thread | None = None


class BlockingIoOnGuiThread(RuntimeError):
    """A programming error: device I/O was started on the thread that paints the screen."""


def forbid_blocking_io_on(thread: threading.Thread | None) -> None:
    """Register the GUI thread (or None to stop checking)."""
    global _forbidden
    _forbidden = thread


def assert_off_gui_thread(what: str) -> None:
    if _forbidden is not None and threading.current_thread() is _forbidden:
        raise BlockingIoOnGuiThread(f"{what} must run on a device worker thread")


def blocking_io(function: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(function)
    def checked(*args: P.args, **kwargs: P.kwargs) -> R:
        assert_off_gui_thread(function.__qualname__)
        return function(*args, **kwargs)

    return checked

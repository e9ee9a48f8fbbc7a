"""Thread discipline of the composition root, written down in code rather than in comments.

The GUI thread is registered once at start-up (`register_gui_thread`). From then on
`@runs_off_gui_thread` functions raise if called on it (they would freeze the screen), and
`@runs_on_gui_thread` functions raise if called from anywhere else (they touch the session or
widgets, which only the GUI thread may). Device calls carry devices.thread_guard's own
`@blocking_io`, which the same registration arms.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from devices.thread_guard import BlockingIoOnGuiThread, forbid_blocking_io_on

P = ParamSpec("P")
R = TypeVar("R")

_gui: threading.Thread | None = None


class WrongThread(RuntimeError):
    """A programming error: code ran on a thread its contract forbids."""


def register_gui_thread(thread: threading.Thread | None = None) -> None:
    """Call on the GUI thread before any worker starts; `None` in tests means "this thread"."""
    global _gui
    _gui = thread or threading.current_thread()
    forbid_blocking_io_on(_gui)


def unregister_gui_thread() -> None:
    global _gui
    _gui = None
    forbid_blocking_io_on(None)


def on_gui_thread() -> bool:
    return _gui is not None and threading.current_thread() is _gui


def assert_on_gui_thread(what: str) -> None:
    if _gui is not None and threading.current_thread() is not _gui:
        raise WrongThread(f"{what} must run on the GUI thread")


def assert_off_gui_thread(what: str) -> None:
    if on_gui_thread():
        raise BlockingIoOnGuiThread(f"{what} must run on a worker thread")


def runs_on_gui_thread(function: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(function)
    def checked(*args: P.args, **kwargs: P.kwargs) -> R:
        assert_on_gui_thread(function.__qualname__)
        return function(*args, **kwargs)

    return checked


def runs_off_gui_thread(function: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(function)
    def checked(*args: P.args, **kwargs: P.kwargs) -> R:
        assert_off_gui_thread(function.__qualname__)
        return function(*args, **kwargs)

    return checked

"""Limits that keep an unattended batch run alive: a time limit per document, and worker
processes that never outlive the process that started them.

Why a signal timer and not a thread or a subprocess per document: every slow path we know of
(regular expressions, spaCy's tokenizer, our Python components) checks for signals between
steps, so ``SIGALRM`` interrupts it within milliseconds, costs nothing while it is not firing,
and keeps the pipeline loaded once per process. It only works in a process's main thread (a
Dask worker runs tasks in threads: there :func:`time_limit` is a no-op and Dask's own limits
apply).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType

__all__ = ["DEFAULT_TIMEOUT", "DocumentTimeout", "die_with_parent", "time_limit"]

# The default time limit per document, in seconds. An ordinary publication takes well under a
# second per 100 KB and the largest real ones (5 MB) under a minute on a busy machine, so only a
# document that stalls ever reaches it.
DEFAULT_TIMEOUT = 300.0


class DocumentTimeout(Exception):
    """A document took longer than the time limit (see :func:`time_limit`)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than {seconds:g} s (the --timeout limit)")
        self.seconds = seconds


def _can_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in the block once ``seconds`` have passed.

    ``None`` or ``0`` means no limit; outside the main thread there is none either. Limits do
    not nest: an inner block replaces the outer timer until it ends.
    """
    if not seconds or seconds <= 0 or not _can_time():
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_PR_SET_PDEATHSIG = 1


def _watch_parent(parent: int, interval: float) -> None:
    import time

    while True:
        time.sleep(interval)
        if os.getppid() != parent:
            os._exit(1)


def die_with_parent(parent: int, interval: float = 1.0) -> None:
    """Make this (worker) process end when ``parent`` ends, even when it is killed (SIGKILL).

    On Linux the kernel does it (``prctl(PR_SET_PDEATHSIG, SIGKILL)``); everywhere a daemon
    thread also checks once a ``interval`` whether the parent is still ours, which covers the
    moment before ``prctl`` and systems without it.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before we got here
        os._exit(1)
    threading.Thread(
        target=_watch_parent, args=(parent, interval), daemon=True, name="nlds-parent-watch"
    ).start()

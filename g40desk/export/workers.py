"""Forked note writers that stop with their batch.

On the command line a batch writes its notes in forked worker processes (export/batch.py).
When the batch is told to stop (SIGTERM from a scheduler or ``kill``, SIGHUP when its terminal
closes, Ctrl+C) the workers must not write on without it: their processes are terminated, the
temporary files they were writing are removed, and the batch says in one line how far it got.
Notes already written are complete (each is written atomically) and stay.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from g40desk.core.files.atomic import remove_orphans


class Stopped(BaseException):
    """The batch was told to stop by a signal. A BaseException (like KeyboardInterrupt), so that no
    ``except Exception`` on the way holds it up."""

    def __init__(self, name: str):
        super().__init__(name)
        self.name = name


def _signals() -> list[signal.Signals]:
    return [s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s is not None]


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """While the body runs, SIGTERM and SIGHUP raise Stopped in the main thread instead of ending
    the process on the spot (which left the workers writing on, exit 143, no word)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(number, _frame):
        raise Stopped(signal.Signals(number).name)

    previous = {s: signal.signal(s, stop) for s in _signals()}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _worker_start() -> None:
    """A worker ends at once on SIGTERM and leaves Ctrl+C to the batch, which stops it."""
    for number in _signals():
        signal.signal(number, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def fork_pool(workers: int, targets: list[Path]) -> Iterator[ProcessPoolExecutor]:
    """A pool of forked workers writing *targets*; when the body is left by an exception (Stopped,
    Ctrl+C, a broken pool) the workers are terminated and their temporary files removed."""
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=_worker_start)
    try:
        yield pool
    except BaseException:
        _terminate(pool)
        for target in targets:
            remove_orphans(target)
        raise
    pool.shutdown(wait=True)


def _terminate(pool: ProcessPoolExecutor) -> None:
    # ProcessPoolExecutor has no public way to stop its workers before Python 3.14 (terminate_workers)
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    for process in processes:
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(5)
    if manager is not None:  # let it close its wake-up pipe now: at exit Python would write to it as it closes
        manager.join(5)      # ("Exception ignored ... Bad file descriptor" on stderr, one run in three here)

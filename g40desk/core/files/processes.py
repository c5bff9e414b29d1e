"""Processes on this computer: is one still running, and when did it start.

Locks, temporary files, recovery files and crash logs name the process that wrote them; a
name is only trusted while that very process runs. psutil answers for other processes
(``os.kill(pid, 0)`` would terminate the process on Windows and cannot tell a reused pid);
our own start is read from /proc on Linux, which spares the editor's start the psutil import.
"""

from __future__ import annotations

import os


def process_start(pid: int) -> float:
    """When *pid* started (seconds since the epoch, rounded), or 0 if unknown."""
    if pid == os.getpid():
        return own_start()
    return _psutil_start(pid)


def _psutil_start(pid: int) -> float:
    import psutil

    try:
        return round(psutil.Process(pid).create_time(), 1)
    except (psutil.Error, OSError, ValueError, OverflowError):
        return 0.0


_OWN_START: dict[int, float] = {}  # by pid: a forked child must not inherit its parent's start


def own_start() -> float:
    """This process's start, as psutil reports it for another process asking about us.

    On Linux read from /proc as psutil does (boot time + start ticks), which spares the editor's
    start-up the psutil import (~8 ms); elsewhere, and if /proc says something odd, psutil.
    """
    pid = os.getpid()
    if pid not in _OWN_START:
        _OWN_START.clear()
        _OWN_START[pid] = _read_own_start()
    return _OWN_START[pid]


def _read_own_start() -> float:
    try:
        with open("/proc/self/stat", "rb") as stat:
            ticks = int(stat.read().rpartition(b")")[2].split()[19])
        with open("/proc/stat", "rb") as system:
            boot = next(int(line.split()[1]) for line in system if line.startswith(b"btime "))
        return round(boot + ticks / os.sysconf("SC_CLK_TCK"), 1)
    except (OSError, ValueError, IndexError, StopIteration, AttributeError):
        return _psutil_start(os.getpid())


def process_alive(pid: int, started: float = 0.0) -> bool:
    """Whether *pid* on this computer is running and, if *started* is known, is the same process.

    psutil rather than ``os.kill(pid, 0)``: on Windows that call terminates the process.
    """
    import psutil

    if not isinstance(pid, int) or pid <= 0 or pid > 2**31:
        return False
    try:
        if not psutil.pid_exists(pid):
            return False
    except (OSError, ValueError, OverflowError):
        return False
    if started:
        actual = process_start(pid)
        return actual == 0.0 or abs(actual - started) < 2
    return True

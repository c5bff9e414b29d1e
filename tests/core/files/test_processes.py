"""Process liveness and start times: what locks, temporary files and crash logs trust."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from g40desk.core.files import processes


def test_reused_pid_is_not_mistaken_for_the_holder():
    me = os.getpid()
    assert processes.process_alive(me, processes.process_start(me))
    assert not processes.process_alive(me, processes.process_start(me) - 3600)  # same pid, another start: not the holder
    assert not processes.process_alive(12345678901234567890)


def test_own_start_read_without_psutil_matches_what_psutil_tells_other_processes():
    """The editor reads its own start from /proc (no psutil import at start-up); another
    process judging our lock asks psutil, and the two must agree or the lock looks stale."""
    root = str(Path(__file__).resolve().parents[3])
    child = subprocess.run([sys.executable, "-c", "from g40desk.core.files.processes import own_start, _psutil_start\n"
                            "import os; print(own_start(), _psutil_start(os.getpid()))"],
                           capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": root})
    own, seen = (float(x) for x in child.stdout.split())
    assert own > 1e9 and abs(own - seen) < 0.2
    assert processes.process_start(os.getpid()) == processes.own_start()


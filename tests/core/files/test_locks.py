"""Lock files that cannot be abused: planted links, races, malformed locks, take-overs."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from g40desk.core.files import locks
from g40desk.core.pack.storage import save_pack

posix_only = pytest.mark.skipif(os.name != "posix", reason="symbolic links, FIFOs and fork")


@posix_only
def test_planted_symlink_lock_never_writes_through(tmp_path, demo):
    pack = tmp_path / "plan.g40pack"
    save_pack(demo, pack)
    victim = tmp_path / "bashrc"
    victim.write_text("export PATH=/usr/bin\n")
    locks.lock_path(pack).symlink_to(victim)
    with pytest.raises(locks.PackLocked, match="symbolische koppeling"):
        locks.acquire(pack)
    assert victim.read_text() == "export PATH=/usr/bin\n"
    info = locks.acquire(pack, take_over=True)  # the user chose to: the link is replaced, not followed
    assert info.mine and victim.read_text() == "export PATH=/usr/bin\n"
    assert not locks.lock_path(pack).is_symlink()
    locks.release(pack)


@pytest.mark.parametrize("content, problem", [
    ({"user": "a", "host": socket.gethostname(), "pid": 1, "since": "2026-01-01T10:00:00"}, "tijdzone"),
    ({"user": "a", "host": "pc", "pid": 12345678901234567890, "since": "2026-01-01T10:00:00+00:00"}, "procesnummer"),
    ({"user": "a", "host": "pc", "pid": "12", "since": "2026-01-01T10:00:00+00:00"}, "procesnummer"),
    ({"user": "a", "host": "pc", "pid": True, "since": "2026-01-01T10:00:00+00:00"}, "procesnummer"),
    ({"user": "a", "host": "pc", "pid": 5, "since": "gisteren"}, "tijdstip"),
    ({"host": "pc", "pid": 5, "since": "2026-01-01T10:00:00+00:00"}, "gebruiker"),
    ([1, 2], "JSON-object"),
    ("{niet json", "geen geldige JSON"),
    ("x" * 10_000, "te groot"),
])
def test_malformed_lock_is_reported_never_taken_silently(tmp_path, content, problem):
    pack = tmp_path / "p.g40pack"
    raw = content if isinstance(content, str) else json.dumps(content)
    locks.lock_path(pack).write_text(raw)
    info = locks.read_lock(pack)
    assert problem in info.problem and not info.stale and not info.mine
    with pytest.raises(locks.PackLocked, match="onleesbaar"):
        locks.acquire(pack)
    assert locks.lock_path(pack).read_text() == raw  # left as it was
    assert locks.acquire(pack, take_over=True).mine
    locks.release(pack)


@posix_only
def test_lock_that_is_a_fifo_or_folder_is_reported_at_once(tmp_path):
    fifo, folder = tmp_path / "a.g40pack", tmp_path / "b.g40pack"
    os.mkfifo(locks.lock_path(fifo))
    locks.lock_path(folder).mkdir()
    for pack in (fifo, folder):
        assert "gewoon bestand" in locks.read_lock(pack).problem or locks.read_lock(pack).problem
        with pytest.raises(locks.PackLocked):
            locks.acquire(pack)


def _opener(barrier, queue, path: str, trials: int) -> None:
    for trial in range(trials):
        barrier.wait()
        try:
            locks.acquire(Path(f"{path}-{trial}.g40pack"))
            queue.put(True)
        except locks.PackLocked:
            queue.put(False)


@posix_only
@pytest.mark.parametrize("stale_first", [False, True], ids=["fresh", "stale lock"])
def test_two_openers_at_the_same_moment_exactly_one_gets_the_lock(tmp_path, stale_first):
    trials = 100
    base = str(tmp_path / "race")
    if stale_first:  # both see a stale lock of a dead process and try to take it over
        dead = {"user": "x", "host": socket.gethostname(), "pid": 999_999, "since": dt.datetime.now(dt.UTC).isoformat()}
        for trial in range(trials):
            locks.lock_path(Path(f"{base}-{trial}.g40pack")).write_text(json.dumps(dead))
    context = multiprocessing.get_context("fork")
    barrier, queue = context.Barrier(2), context.Queue()
    workers = [context.Process(target=_opener, args=(barrier, queue, base, trials)) for _ in range(2)]
    for worker in workers:
        worker.start()
    results = [queue.get(timeout=60) for _ in range(2 * trials)]
    for worker in workers:
        worker.join(timeout=30)
    assert results.count(True) == trials  # one winner per pack, never two
    assert not list(tmp_path.glob("*.neem"))


TAKE_OVER = """
import sys
from pathlib import Path
from g40desk.core.files import locks
locks.acquire(Path(sys.argv[1]), take_over=True)
"""


def test_take_over_is_noticed_by_the_previous_holder_at_save(tmp_path, demo):
    pack = tmp_path / "gedeeld.g40pack"
    save_pack(demo, pack)
    locks.acquire(pack)
    subprocess.run([sys.executable, "-c", TAKE_OVER, str(pack)], check=True, cwd=Path(__file__).parents[3])
    before = pack.read_bytes()
    demo.title = "Mijn versie"
    with pytest.raises(locks.LockLost, match="Opslaan als"):
        save_pack(demo, pack)
    assert pack.read_bytes() == before  # the colleague's file is untouched
    other = tmp_path / "mijn-kopie.g40pack"
    save_pack(demo, other)  # save as: the work is kept
    assert "Mijn versie" in other.read_text()
    locks.release(pack)


def test_save_refused_while_another_live_process_holds_the_lock(tmp_path, demo):
    pack = tmp_path / "p.g40pack"
    save_pack(demo, pack)
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock = {"user": "collega", "host": socket.gethostname(), "pid": holder.pid,
                "since": dt.datetime.now(dt.UTC).isoformat(), "started": locks.process_start(holder.pid)}
        locks.lock_path(pack).write_text(json.dumps(lock))
        with pytest.raises(locks.PackLocked, match="collega"):
            save_pack(demo, pack)
    finally:
        holder.kill()
        holder.wait()
    save_pack(demo, pack)  # the holder is gone: its lock is stale

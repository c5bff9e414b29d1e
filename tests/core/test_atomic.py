"""Killing a saving process at any moment leaves the old or the new file, complete."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from g40desk.core.atomic import write_bytes_atomic
from g40desk.core.errors import G40Error
from g40desk.core.storage import load_pack, save_pack

TRIALS = 60


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")
def test_kill_during_save_never_leaves_a_broken_pack(tmp_path, catalogue, audiences):
    target = tmp_path / "pakket.g40pack"
    seen_versions = set()
    rng = random.Random(40)
    for trial in range(TRIALS):
        proc = subprocess.Popen([sys.executable, str(Path(__file__).with_name("saver_process.py")), str(target)],
                                stdout=subprocess.PIPE, cwd=Path(__file__).parents[2])
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        if not target.exists():
            continue  # killed before its first save completed: nothing to load yet
        pack = load_pack(target, catalogue, audiences)  # raises if half-written
        assert pack.title.startswith("versie ") and len(pack.items) == 10, trial
        seen_versions.add(pack.title)
    assert len(seen_versions) > TRIALS // 3  # the kills really landed at different moments
    save_pack(load_pack(target, catalogue, audiences), target)  # the next ordinary save
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []  # temporary files of killed savers are cleaned up by the next save


@pytest.mark.parametrize("code, message", [
    (errno.ENOSPC, "de schijf is vol"),
    (errno.EACCES, "geen schrijfrechten, of het bestand is geopend in een ander programma"),
    (errno.EROFS, "geen schrijfrechten"),
])
def test_failed_write_keeps_the_old_file_and_says_why(tmp_path, monkeypatch, code, message):
    target = tmp_path / "notitie.docx"
    target.write_bytes(b"old")

    def failing_replace(src, dst):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(G40Error, match=message):
        write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["notitie.docx"]


def test_full_disk_while_writing(tmp_path, monkeypatch):
    target = tmp_path / "p.g40pack"

    def write(handle):
        handle.write(b"part")
        raise OSError(errno.ENOSPC, "No space left on device")

    from g40desk.core.atomic import write_atomic
    with pytest.raises(G40Error, match="de schijf is vol"):
        write_atomic(target, write)
    assert list(tmp_path.iterdir()) == []

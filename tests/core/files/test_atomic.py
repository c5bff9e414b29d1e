"""Killing a saving process at any moment leaves the old or the new file, complete."""

from __future__ import annotations

import errno
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from g40desk.core.errors import G40Error
from g40desk.core.files.atomic import write_bytes_atomic
from g40desk.core.pack.storage import load_pack, save_pack

TRIALS = 60


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")
def test_kill_during_save_never_leaves_a_broken_pack(tmp_path, catalogue, audiences):
    target = tmp_path / "pakket.g40pack"
    seen_versions = set()
    rng = random.Random(40)
    for trial in range(TRIALS):
        proc = subprocess.Popen([sys.executable, str(Path(__file__).with_name("saver_process.py")), str(target)],
                                stdout=subprocess.PIPE, cwd=Path(__file__).parents[3])
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        if not target.exists():
            continue  # killed before its first save completed: nothing to load yet
        pack = load_pack(target, catalogue, audiences)  # raises if half-written
        assert pack.title.startswith("versie ") and len(pack.items) == 10, trial
        seen_versions.add(pack.title)
    # The kills landed at different moments (each saver starts again at version 1; a save
    # takes ~25 ms, more on a loaded machine).
    assert len(seen_versions) >= 4
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

    from g40desk.core.files.atomic import write_atomic
    with pytest.raises(G40Error, match="de schijf is vol"):
        write_atomic(target, write)
    assert list(tmp_path.iterdir()) == []


def test_replaced_file_keeps_its_mode_and_new_files_follow_the_umask(tmp_path):
    shared = tmp_path / "gedeeld.g40pack"
    shared.write_bytes(b"old")
    shared.chmod(0o664)
    write_bytes_atomic(shared, b"new", backup=True)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664 and shared.read_bytes() == b"new"
    old_umask = os.umask(0o022)
    try:
        write_bytes_atomic(tmp_path / "nieuw.docx", b"x")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE((tmp_path / "nieuw.docx").stat().st_mode) == 0o644  # not 0600


def test_read_only_file_is_not_replaced_without_confirmation(tmp_path):
    from g40desk.core.files.atomic import ReadOnlyTarget

    target = tmp_path / "vast.g40pack"
    target.write_bytes(b"old")
    target.chmod(0o444)
    with pytest.raises(ReadOnlyTarget, match="alleen-lezen"):
        write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    write_bytes_atomic(target, b"new", overwrite_read_only=True)  # the user confirmed
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == 0o444


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_symlinked_pack_is_written_through_to_its_target(tmp_path, demo, catalogue, audiences):
    real_folder = tmp_path / "echt"
    real_folder.mkdir()
    real = real_folder / "plan.g40pack"
    save_pack(demo, real)
    link = tmp_path / "plan.g40pack"
    link.symlink_to(real)
    demo.title = "Via de koppeling"
    save_pack(demo, link)
    assert link.is_symlink() and load_pack(real, catalogue, audiences).title == "Via de koppeling"
    assert (real_folder / "plan.g40pack.bak").exists() and not list(tmp_path.glob("*.tmp"))


def test_names_at_the_file_name_limit_save_again_and_again(tmp_path, demo, catalogue, audiences):
    from g40desk.core.files import locks

    name = "𝔊" * 61 + "a.g40pack"  # 4-byte characters: 254 bytes
    path = tmp_path / name
    assert len(name.encode()) >= 250
    for title in ("een", "twee", "drie"):
        demo.title = title
        save_pack(demo, path)  # temp file and .bak both fit the limit
    assert load_pack(path, catalogue, audiences).title == "drie"
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".bak")]
    assert locks.acquire(path).mine
    locks.release(path)


def test_orphan_temp_files_are_removed_only_when_ours_and_dead(tmp_path):
    from g40desk.core.files import atomic
    from g40desk.core.files.processes import process_start

    target = tmp_path / "p.g40pack"
    prefix = atomic._temp_prefix(target) + atomic._HOST
    parent = os.getppid()
    other_computer = tmp_path / f"{atomic._temp_prefix(target)}andere-pc~{parent}~1~ab12cd34.tmp"
    dead_here = tmp_path / f"{prefix}~999999~1~ab12cd34.tmp"
    reused_pid = tmp_path / f"{prefix}~{parent}~10~ab12cd34.tmp"  # a live pid, but another start time
    live_here = tmp_path / f"{prefix}~{parent}~{int(process_start(parent) * 10)}~ab12cd34.tmp"
    for path in (other_computer, dead_here, reused_pid, live_here):
        path.write_bytes(b"half")
    write_bytes_atomic(target, b"new")
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp"))
    assert left == sorted([other_computer.name, live_here.name])  # another computer may still be saving


def test_temp_names_fit_the_limit_for_long_names(tmp_path):
    from g40desk.core.files import atomic

    path = tmp_path / ("é" * 125 + ".docx")  # 255 bytes
    prefix = atomic._temp_prefix(path) + atomic._identity()
    assert len(f"{prefix}~abcdef12.tmp".encode()) <= 255
    write_bytes_atomic(path, b"ok")
    assert path.read_bytes() == b"ok"

"""SIGTERM to a running batch stops its forked workers, leaves no partial file and says so in one line.

Issue 21: the workers wrote on after the batch was killed, it exited 143 and said nothing.
A real ``g40desk batch --all-cities`` runs in its own process; the test signals that process only.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from docx import Document

from bench.fixtures import full_agenda_pack
from g40desk.core.pack.storage import save_pack
from g40desk.export.batch import parallel_workers

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals as on Linux and macOS")


def _start_batch(tmp_path, catalogue):
    pack = tmp_path / "alles.g40pack"
    save_pack(full_agenda_pack(catalogue), pack)
    out = tmp_path / "uit"
    proc = subprocess.Popen([sys.executable, "-m", "g40desk", "batch", str(pack), "--all-cities", "--out", str(out),
                             "--allow-shared-text", "--allow-placeholders"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return proc, out


def _first_note(proc, out: Path) -> None:
    deadline = time.monotonic() + 120
    while not list(out.glob("*.docx")):
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline, "no note written within two minutes"
        time.sleep(0.05)


def _still_working(workers: list[psutil.Process], seconds: float = 30) -> list[psutil.Process]:
    """The workers still running after waiting (a condition with a deadline, not a fixed pause)."""
    def working() -> list[psutil.Process]:
        alive = []
        for worker in workers:
            try:
                if worker.is_running() and worker.status() != psutil.STATUS_ZOMBIE:
                    alive.append(worker)
            except psutil.NoSuchProcess:
                pass
        return alive

    deadline = time.monotonic() + seconds
    while working() and time.monotonic() < deadline:
        time.sleep(0.05)
    return working()


def test_sigterm_stops_the_workers_and_removes_partial_files(tmp_path, catalogue):
    proc, out = _start_batch(tmp_path, catalogue)
    _first_note(proc, out)
    workers = psutil.Process(proc.pid).children(recursive=True)
    if parallel_workers() > 1:
        assert workers, "the batch runs in forked workers here"
    proc.send_signal(signal.SIGTERM)  # to the batch only, as `kill PID` does
    _, err = proc.communicate(timeout=60)
    lines = err.decode().strip().splitlines()
    assert proc.returncode == 1, err
    assert len(lines) == 1 and "afgebroken (SIGTERM): " in lines[0] and "de eisenmatrix niet" in lines[0], lines
    assert "onvolledige bestanden zijn verwijderd" in lines[0]
    assert not _still_working(workers), "a worker writes on"
    assert not [p.name for p in out.iterdir() if not p.name.endswith(".docx")]  # no temp file, no matrix
    written = int(lines[0].split("): ")[1].split(" van de ")[0])
    notes = sorted(out.glob("*.docx"))
    assert written <= len(notes) < 41
    for note in notes:  # every note that is there is whole
        assert Document(str(note)).paragraphs
    assert sorted(out.glob("*.docx")) == notes  # no worker is left to write after the batch ended


def test_ctrl_c_stops_the_workers_too(tmp_path, catalogue):
    proc, out = _start_batch(tmp_path, catalogue)
    _first_note(proc, out)
    workers = psutil.Process(proc.pid).children(recursive=True)
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert not _still_working(workers)
    assert not [p.name for p in out.iterdir() if not p.name.endswith(".docx")]

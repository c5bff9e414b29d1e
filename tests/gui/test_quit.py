"""Closing and quitting never crash: a real editor process quits at the awkward moments.

A crash at exit is a native abort after the window has gone, so each case runs the editor
as its own process (tests/gui/quit_process.py) and asserts on its exit status and on what it
leaves behind.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from g40desk.core.pack.storage import save_pack

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def quit_editor(tmp_path, scenario: str, pack) -> tuple[subprocess.CompletedProcess, Path, Path]:
    pack_path, out, data = tmp_path / "pakket.g40pack", tmp_path / "matrix.xlsx", tmp_path / "appdata"
    save_pack(pack, pack_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "G40DESK_DATA_DIR": str(data),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, str(Path(__file__).with_name("quit_process.py")), scenario, str(pack_path),
                           str(out)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=90)
    assert proc.returncode == 0, f"exit status {proc.returncode}:\n{proc.stdout}\n{proc.stderr[-3000:]}"
    assert "quitting" in proc.stdout and "exited 0" in proc.stdout
    assert list((data / "crash-logs").glob("*.log")) == []  # a clean end: nothing to report next time
    return proc, out, data


def test_quit_during_an_export_waits_for_a_complete_workbook(tmp_path, catalogue, audiences):
    from openpyxl import load_workbook

    from bench.fixtures import full_agenda_pack

    _proc, out, data = quit_editor(tmp_path, "export", full_agenda_pack(catalogue, [c.id for c in audiences.cities]))
    workbook = load_workbook(out, read_only=True)  # complete, not cut off by the quit
    assert "Matrix" in workbook.sheetnames
    workbook.close()
    assert [p for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_quit_with_a_modal_dialog_open_still_asks_about_unsaved_work(tmp_path, demo):
    proc, _out, data = quit_editor(tmp_path, "modal", demo)
    # Qt closes the main window first, so the usual question comes; the answer "Discard" is honoured.
    assert proc.stdout.count("asked:") == 1
    assert list((data / "recovery").glob("*.json")) == []


def test_quit_right_after_undoing_a_large_import(tmp_path, demo):
    proc, _out, data = quit_editor(tmp_path, "undo-import", demo)
    assert "asked:" not in proc.stdout  # undone back to the saved state: nothing to ask
    assert list((data / "recovery").glob("*.json")) == []

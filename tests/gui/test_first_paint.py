"""The start-up figure of bench/run.py ends at the main window's first paint with the pack open:
the stamp must be written at that paint, after the pack is open, and the window then closes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from g40desk.core.pack.demo import demo_pack
from g40desk.core.pack.storage import save_pack

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from g40desk import app
from g40desk.gui import main_window

opened = main_window.MainWindow.open_path

def open_path(self, path):
    result = opened(self, path)
    print("OPENED", repr(__import__("time").time()), len(self.doc.pack.items), flush=True)
    return result

main_window.MainWindow.open_path = open_path
sys.exit(app.run(__import__("pathlib").Path(sys.argv[1])))
"""


@pytest.mark.slow
def test_first_paint_is_stamped_after_the_pack_is_open_and_the_window_closes(tmp_path):
    pack = tmp_path / "demo.g40pack"
    save_pack(demo_pack(), pack)
    stamp = tmp_path / "shown"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "G40DESK_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONPATH": str(ROOT),
           "G40DESK_SHOWN_STAMP": str(stamp), "G40DESK_QUIT_AFTER_SHOW": "0"}
    started = time.time()
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(pack)], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=90)
    ended = time.time()
    assert proc.returncode == 0, proc.stderr  # closed itself through the normal close path
    [opened] = [line.split() for line in proc.stdout.splitlines() if line.startswith("OPENED")]
    painted = float(stamp.read_text(encoding="utf-8"))
    assert int(opened[2]) == len(demo_pack().items) > 0
    assert started < float(opened[1]) <= painted < ended

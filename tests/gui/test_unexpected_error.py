"""A bug that raises inside a slot reaches neither a console nor the void: it is kept in a log
for IT support and told to the advisor in one sentence, and the editor goes on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from g40desk import app
from g40desk.gui import main_window

shown = main_window.MainWindow.show

def show(self):
    shown(self)
    QTimer.singleShot(200, lambda: 1 / 0)  # a bug in some slot
    QTimer.singleShot(700, lambda: print("BAR:" + self.message_bar.label.text(), flush=True))

main_window.MainWindow.show = show
sys.exit(app.run(None))
"""


@pytest.mark.slow
def test_an_error_in_a_slot_is_logged_and_told_in_one_sentence(tmp_path):
    data = tmp_path / "data"
    config = tmp_path / "config" / "Stedennetwerk G40"
    config.mkdir(parents=True)
    (config / "g40desk.conf").write_text("[General]\nlanguage=nl\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "G40DESK_DATA_DIR": str(data),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONPATH": str(ROOT), "G40DESK_QUIT_AFTER_SHOW": "1500"}
    proc = subprocess.run([sys.executable, "-c", SCRIPT], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=90)
    assert proc.returncode == 0, proc.stderr  # the editor went on and closed normally
    assert "Traceback" not in proc.stderr and "ZeroDivisionError" not in proc.stderr
    [log] = (data / "crash-logs").glob("fout-*.log")
    assert "ZeroDivisionError" in log.read_text(encoding="utf-8") and "g40desk" in log.read_text(encoding="utf-8")
    [bar] = [line for line in proc.stdout.splitlines() if line.startswith("BAR:")]
    assert "Er ging iets mis in g40desk" in bar and str(log) in bar
    assert not list((data / "crash-logs").glob("running-*.log"))  # still a clean exit: no crash reported next time

"""tools/tour.py opens every window and dialog of the editor; each fits the screen with its buttons visible."""

from __future__ import annotations

import importlib
import inspect
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def _dialogs_in_the_code() -> set[str]:
    from PySide6.QtWidgets import QDialog

    import g40desk.gui

    names = set()
    for module in pkgutil.walk_packages(g40desk.gui.__path__, "g40desk.gui."):
        loaded = importlib.import_module(module.name)
        names |= {cls.__name__ for _n, cls in inspect.getmembers(loaded, inspect.isclass)
                  if issubclass(cls, QDialog) and cls.__module__ == loaded.__name__}
    return names


@pytest.mark.parametrize("width, height, scale", [(1024, 600, 1.0), (1366, 768, 1.5)])
def test_every_window_fits_the_screen(tmp_path, width, height, scale):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=str(scale),
               PYTHONPATH=str(ROOT))
    out = tmp_path / "tour"
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "tour.py"), "--out", str(out)], env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    tour = json.loads((out / "tour.json").read_text(encoding="utf-8"))
    shown = {entry["class"] for entry in tour}
    assert _dialogs_in_the_code() <= shown, "every QDialog subclass in g40desk/gui is in the tour"
    assert {"MainWindow", "MainWindow-Pakket", "QMessageBox-about", "QFileDialog", "NewPackDialog"} <= shown
    for entry in tour:
        x, y, w, h = entry["frame"]
        ax, ay, aw, ah = entry["available"]
        assert (aw, ah) == (round(width / scale), round(height / scale)) or abs(aw - width / scale) <= 1, entry
        assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, entry
        assert entry["buttons_visible"], entry
        assert (out / entry["screenshot"]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pack_tab = next(entry for entry in tour if entry["class"] == "MainWindow-Pakket")
    assert not pack_tab["pack_tab_horizontal_scrollbar"] and not pack_tab["pack_tab_cut"]

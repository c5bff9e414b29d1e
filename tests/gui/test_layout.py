"""The window fits the screen it is on, at any scale, and folds panels into tabs when narrow."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt

from g40desk.gui.support import layout

pytestmark = pytest.mark.gui
HERE = Path(__file__).parent
ROOT = HERE.parents[1]


@pytest.mark.parametrize("width, height", [(1024, 600), (1366, 768), (910, 512), (683, 400), (1920, 1080),
                                           (2560, 1440), (3840, 2160), (1280, 720)])
def test_first_window_fits_the_available_screen(width, height):
    available = QRect(0, 0, width, height - 40)  # a panel takes 40 px
    rect, maximise = layout.first_geometry(available)
    assert available.contains(rect)
    assert rect.width() + layout.FRAME.width() <= width and rect.height() + layout.FRAME.height() <= height - 40
    assert maximise == (width < 1460 or height - 40 < 920)


def _run_on_screen(tmp_path, width, height, scale=1.0):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=str(scale),
               PYTHONPATH=str(ROOT), G40DESK_DATA_DIR=str(tmp_path / "appdata"))
    done = subprocess.run([sys.executable, str(HERE / "screen_process.py"), str(tmp_path / "s.ini")], env=env,
                          capture_output=True, text=True, timeout=60)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr
    return json.loads(lines[-1])


@pytest.mark.parametrize("width, height, scale, mode", [(1024, 600, 1.0, "medium"), (1366, 768, 1.5, "medium"),
                                                         (1024, 600, 1.5, "narrow"), (1920, 1080, 1.0, "wide")])
def test_editor_fits_a_real_screen_size_and_scale(tmp_path, width, height, scale, mode):
    got = _run_on_screen(tmp_path, width, height, scale)
    ax, ay, aw, ah = got["available"]
    x, y, w, h = got["frame"]
    assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, got
    assert got["mode"] == mode
    # The window can shrink to the screen: its minimum, in device pixels, fits the physical screen.
    assert got["minimum"][0] * scale <= width and got["minimum"][1] * scale <= height, got
    assert got["editor_text_visible"], "the item editor's text field is on screen"
    assert got["tabs_width"] >= min(300, w // 3), got
    assert got["preview_in_tabs"] == (mode != "wide") and got["catalogue_in_tabs"] == (mode == "narrow")


def test_panels_fold_into_tabs_and_back(qtbot, window):
    window.show_workspace()
    assert window.panel_layout.mode == "wide" and window.tabs.indexOf(window.preview) < 0
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.panel_layout.mode == "medium")
    assert window.tabs.indexOf(window.preview) >= 0 and window.catalogue_dock.isVisible()
    window.resize(760, 560)  # the medium layout's minimum is below 860: dragging narrower folds again
    qtbot.waitUntil(lambda: window.panel_layout.mode == "narrow")
    assert window.minimumSizeHint().width() <= 600
    assert window.left_tabs.indexOf(window.catalogue_panel) >= 0 and not window.catalogue_dock.isVisible()
    qtbot.waitUntil(lambda: window.tabs.width() >= window.width() // 2 - 20)  # the item editor keeps half
    window.resize(1400, 860)
    qtbot.waitUntil(lambda: window.panel_layout.mode == "wide")
    assert window.catalogue_dock.isVisible() and window.preview.isVisible()
    assert window.catalogue_dock.widget().isAncestorOf(window.catalogue_panel)
    assert window.splitter.indexOf(window.preview) == 2


def test_saved_geometry_is_reused_only_on_the_same_screen_and_scale(qtbot, catalogue, audiences, settings):
    from g40desk.gui.main_window import MainWindow

    first = MainWindow(catalogue, audiences, settings)
    qtbot.addWidget(first)
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.setGeometry(50, 60, 640, 480)
    layout.remember_window(first, settings)
    again = MainWindow(catalogue, audiences, settings)
    qtbot.addWidget(again)
    assert again.geometry().size() == first.geometry().size()
    settings.set("window/screen", "1366x728@1.5")  # saved on another screen or at another scale
    other = MainWindow(catalogue, audiences, settings)
    qtbot.addWidget(other)
    assert other.geometry().size() != first.geometry().size()
    assert other.screen().availableGeometry().contains(other.geometry())


def test_toolbar_never_changes_after_an_edit(qtbot, window):
    from PySide6.QtWidgets import QToolButton

    buttons = {b.defaultAction(): b for b in window.toolbar.findChildren(QToolButton) if b.defaultAction()}
    before = {a: (b.text(), b.sizeHint().width()) for a, b in buttons.items()}
    window.set_in_pack(["demand:wonen-1"], True)
    window.pack_panel._set("audiences", ["ministry:bzk"])
    window.outline.setCurrentIndex(window.outline_model.item_index(0))
    qtbot.keyClicks(window.item_editor.overrides.context, "Voor BZK")
    after = {a: (b.text(), b.sizeHint().width()) for a, b in buttons.items()}
    assert after == before and buttons[window.act_undo].text() == "Terug"
    assert window.act_undo.toolTip() == "Ongedaan maken afwijking voor BZK wijzigen"  # the name, in the tooltip
    assert window.act_undo.text() == "&Ongedaan maken afwijking voor BZK wijzigen"  # and in the Edit menu

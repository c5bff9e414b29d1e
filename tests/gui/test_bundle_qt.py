"""The bundle's qt.conf step, at the editor's first use of Qt (gui/support/bundle.py), tried outside the bundle."""

from __future__ import annotations

import os
import sys
import types

from g40desk.gui.support import bundle


def test_outside_the_bundle_nothing_happens():
    assert bundle.qt_prefix() is None and bundle.relocate_qt() is False


def test_in_the_bundle_qt_is_pointed_at_its_own_folder(monkeypatch, tmp_path):
    made = []
    helper = types.ModuleType("_pyi_rth_utils.qt")
    helper.create_embedded_qt_conf = lambda bindings, prefix: made.append((bindings, prefix))
    monkeypatch.setitem(sys.modules, "_pyi_rth_utils", types.ModuleType("_pyi_rth_utils"))
    monkeypatch.setitem(sys.modules, "_pyi_rth_utils.qt", helper)
    sys.modules["_pyi_rth_utils"].qt = helper
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert bundle.relocate_qt() is True
    expected = tmp_path / "PySide6" if sys.platform.startswith("win") else tmp_path / "PySide6" / "Qt"
    assert made == [("PySide6", os.fspath(expected))]

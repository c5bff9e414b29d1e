"""In the bundle: Qt's paths, checked at the editor's first use of Qt instead of at every start."""

from __future__ import annotations

import os
import sys


def qt_prefix() -> str | None:
    """The bundled Qt's folder (None when not running as the PyInstaller bundle)."""
    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or base is None:
        return None
    return os.path.join(base, "PySide6") if sys.platform.startswith("win") else os.path.join(base, "PySide6", "Qt")


def relocate_qt() -> bool:
    """Before the QApplication: an embedded qt.conf pointing Qt at its bundled plugins and
    translations, unless PySide6 registered one itself (its wheels do). This is the step of
    PyInstaller's PySide6 run-time hook that imported QtCore on every start; packaging/rth_qt_paths.py
    does the rest of that hook. True when it ran (in the bundle)."""
    prefix = qt_prefix()
    if prefix is None:
        return False
    try:
        from _pyi_rth_utils import qt  # PyInstaller's own helper, bundled by the run-time hook
    except ImportError:
        return False
    qt.create_embedded_qt_conf("PySide6", prefix)
    return True

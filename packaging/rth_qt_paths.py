"""Run-time hook of the bundle, in place of PyInstaller's pyi_rth_pyside6 (packaging/g40desk.spec).

It sets what Qt needs to find its plugins and libraries, as PyInstaller's hook does, but does not
import PySide6.QtCore: that hook imported it on every start, only to check for an embedded
qt.conf, which cost `g40desk --version` and every other command ~100 ms although they never use
Qt. That check (PySide6's wheels register their own qt.conf, so it finds one) now runs when the
editor first uses Qt: g40desk/gui/support/bundle.py.
"""


def _qt_paths():
    import os
    import sys

    from _pyi_rth_utils import is_macos_app_bundle, prepend_path_to_environment_variable
    from _pyi_rth_utils import qt as _qt  # noqa: F401  (collected for gui/support/bundle.py)

    qt_path = os.path.join(sys._MEIPASS, "PySide6") if sys.platform.startswith("win") else os.path.join(
        sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    if sys.platform.startswith("win"):
        prepend_path_to_environment_variable(sys._MEIPASS, "PATH")
    if sys.platform == "darwin" and not is_macos_app_bundle:
        prepend_path_to_environment_variable(sys._MEIPASS, "DYLD_LIBRARY_PATH")


_qt_paths()
del _qt_paths

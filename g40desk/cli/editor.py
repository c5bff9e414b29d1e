"""Starting the editor from the command line: a display, and the system libraries Qt's X11 plugin needs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from g40desk.cli.console import DutchParser


def start_gui(argv: list[str]) -> int:
    parser = DutchParser(prog="g40desk")
    parser.add_argument("pack", nargs="?", type=Path, metavar="PAKKET")
    args, _qt_args = parser.parse_known_args(argv)
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        print("g40desk: geen beeldscherm gevonden (DISPLAY is niet gezet); de editor kan niet starten. "
              "Zonder scherm werken 'g40desk catalogue', 'new', 'export' en 'demo' (zie g40desk --help).",
              file=sys.stderr)
        return 2
    missing = _missing_qt_libraries()
    if missing:
        packages = " ".join(_debian_package(name) for name in missing)
        print(f"g40desk: het beeldscherm kan niet worden gebruikt: de systeembibliothe{'ek' if len(missing) == 1 else 'ken'} "
              f"{', '.join(missing)} ontbre{'ekt' if len(missing) == 1 else 'ken'}. "
              f"Installeer {'die' if len(missing) == 1 else 'ze'} (Debian/Ubuntu: sudo apt install {packages}) "
              "of start met QT_QPA_PLATFORM=wayland.", file=sys.stderr)
        return 2
    from g40desk.app import run

    return run(args.pack)


# What Qt's X11 plugin links against (ldd of libqxcb.so, Qt 6.11); checked by name when ldd is absent.
XCB_LIBRARIES = ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-image.so.0", "libxcb-keysyms.so.1",
                 "libxcb-randr.so.0", "libxcb-render-util.so.0", "libxcb-shm.so.0", "libxcb-sync.so.1",
                 "libxcb-xfixes.so.0", "libxcb-render.so.0", "libxcb-shape.so.0", "libxcb-xkb.so.1", "libxcb.so.1",
                 "libX11-xcb.so.1", "libX11.so.6", "libxkbcommon.so.0", "libxkbcommon-x11.so.0", "libEGL.so.1",
                 "libfontconfig.so.1", "libfreetype.so.6", "libdbus-1.so.3")


def _missing_qt_libraries() -> list[str]:
    """Qt 6 aborts the whole process when its X11 plugin lacks a library: check first.

    Loads the plugin first: when the dynamic linker finds all it needs (the usual case), that
    is the answer, and Qt loads the same files a moment later. Only when it does not, asks ldd
    (which also follows libQt6XcbQpa) so every missing library is named, not only the first;
    without ldd, looks the known list up by name. (ldd on every start cost 15-35 ms.)
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM") not in (None, "", "xcb"):
        return []
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        return []
    plugin = _xcb_plugin()
    if _plugin_loads(plugin):
        return []
    missing = _ldd_missing(plugin)
    if missing is not None:
        return missing
    from ctypes.util import find_library

    return [soname for soname in XCB_LIBRARIES if find_library(soname[3:].split(".so")[0]) is None]


def _xcb_plugin() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def _plugin_loads(plugin: Path | None) -> bool:
    """Whether the dynamic linker loads *plugin* with every library it needs."""
    if plugin is None:
        return False
    import ctypes

    try:
        ctypes.CDLL(str(plugin))
    except OSError:
        return False
    return True


def _ldd_missing(plugin: Path | None) -> list[str] | None:
    """Sonames ldd reports as 'not found' for *plugin*; None when ldd cannot tell."""
    import shutil
    import subprocess

    if plugin is None or shutil.which("ldd") is None:
        return None
    try:
        result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    if result.returncode != 0 and "not found" not in result.stdout:
        return None
    return list(dict.fromkeys(line.split("=>")[0].strip() for line in result.stdout.splitlines()
                              if line.strip().endswith("not found")))


def _debian_package(soname: str) -> str:
    """libxcb-icccm.so.4 -> libxcb-icccm4, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0 (Debian's naming)."""
    name, _, version = soname.partition(".so")
    version = version.lstrip(".").split(".")[0]
    if not version:
        return name.lower()
    return (name + ("-" if name[-1].isdigit() else "") + version).lower()

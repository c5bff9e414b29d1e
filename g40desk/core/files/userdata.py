"""The user's own data folder, found without Qt (the CLI and the core need it too).

It is the folder Qt calls ``AppDataLocation`` for organisation "Stedennetwerk G40" and
application "g40desk", so the editor and the command line read the same files.
``G40DESK_DATA_DIR`` overrides it (tests, portable use).

What belongs to this computer only, the recovery journal (written every 0.7 s while typing)
and the crash logs, goes to :func:`local_data_dir`: on Windows the local, non-roaming app
data, so a roaming profile does not copy it to the server at every logoff. Facts, audiences
and agendas stay in the roaming folder: they follow the advisor to another laptop.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from g40desk.core.files.windows import is_windows

ORGANISATION = "Stedennetwerk G40"
APPLICATION = "g40desk"


def user_data_dir() -> Path:
    override = os.environ.get("G40DESK_DATA_DIR")
    if override:
        return Path(override)
    if is_windows():
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / ORGANISATION / APPLICATION


def user_local_dir() -> Path:
    """The user's local (not roaming, not synced) folder for what g40desk can rebuild, such as
    the ledger's index: ``%LOCALAPPDATA%`` on Windows, ``~/Library/Caches`` on a Mac,
    ``$XDG_CACHE_HOME`` elsewhere. ``G40DESK_LOCAL_DIR`` overrides it; with ``G40DESK_DATA_DIR``
    set (tests, portable use) it is the ``local`` folder inside that one."""
    override = os.environ.get("G40DESK_LOCAL_DIR")
    if override:
        return Path(override)
    if os.environ.get("G40DESK_DATA_DIR"):
        return user_data_dir() / "local"
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / ORGANISATION / APPLICATION


def local_data_dir() -> Path:
    """The recovery journal's and the crash logs' folder: kept, unlike a cache, but not roaming
    (``G40DESK_DATA_DIR`` moves it with everything else)."""
    override = os.environ.get("G40DESK_DATA_DIR")
    if override:
        return Path(override)
    if not is_windows():
        return user_data_dir()
    base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    return base / ORGANISATION / APPLICATION


def crash_log_dir() -> Path:
    """Where each editor session keeps its crash log (gui/support/crashlog.py): local, like the journal."""
    return local_data_dir() / "crash-logs"

"""Shared fixtures. Every test runs with the network switched off."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """g40desk never goes online: any attempt to connect fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def _private_folders(home: Path, data: Path, env: pytest.MonkeyPatch) -> None:
    """Point every folder the app or Qt could read or write for the user at *home*, and
    g40desk's own data folder at *data* (neither is created here).

    HOME, the XDG folders, the Windows profile folders and g40desk's own data folder are
    set in the environment (subprocesses inherit them); QSettings, which remembers its
    folders once per process, is pointed there with ``setPath`` when Qt is loaded.
    """
    folders = {
        "HOME": home, "USERPROFILE": home,
        "XDG_DATA_HOME": home / ".local" / "share", "XDG_CONFIG_HOME": home / ".config",
        "XDG_CACHE_HOME": home / ".cache", "XDG_STATE_HOME": home / ".local" / "state",
        "APPDATA": home / "AppData" / "Roaming", "LOCALAPPDATA": home / "AppData" / "Local",
        "G40DESK_DATA_DIR": data,
    }
    for name, folder in folders.items():
        env.setenv(name, str(folder))
    if "PySide6.QtCore" in sys.modules:  # never load Qt for a core test
        from PySide6.QtCore import QSettings

        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / ".config"))
            QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(home / "system-config"))


@pytest.fixture(scope="session", autouse=True)
def private_session_folders(tmp_path_factory):
    """Session fixtures (the audiences, the catalogue) load before any test's own folders
    exist: they too must never see the user's files."""
    with pytest.MonkeyPatch.context() as env:
        root = tmp_path_factory.mktemp("session")
        _private_folders(root / "home", root / "appdata", env)
        yield


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, tmp_path_factory, monkeypatch):
    """Every test gets its own HOME, XDG and AppData folders (beside its tmp_path, so a test
    that lists tmp_path sees only its own files) and g40desk data folder (tmp_path/appdata)."""
    _private_folders(tmp_path_factory.mktemp("home"), tmp_path / "appdata", monkeypatch)


@pytest.fixture(scope="session")
def catalogue():
    from g40desk.core.agenda.catalogue import load_catalogue

    return load_catalogue()


@pytest.fixture(scope="session")
def audiences():
    from g40desk.core.audience.store import load_audiences

    return load_audiences()


@pytest.fixture
def demo():
    from g40desk.core.pack.demo import demo_pack

    return demo_pack()

"""Where the user's files live: what follows the advisor roams, what only this computer needs stays local."""

from __future__ import annotations

import pytest

from g40desk.core.agenda.library import user_agenda_dir
from g40desk.core.audience.facts import facts_path
from g40desk.core.audience.store import default_user_file
from g40desk.core.files import userdata, windows
from g40desk.core.files.userdata import crash_log_dir, local_data_dir, user_data_dir
from g40desk.core.pack.recovery import recovery_dir


@pytest.fixture
def windows_profile(tmp_path, monkeypatch):
    monkeypatch.delenv("G40DESK_DATA_DIR")
    monkeypatch.setattr(windows, "ON_WINDOWS", True)
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    return tmp_path / "Roaming" / "Stedennetwerk G40" / "g40desk", tmp_path / "Local" / "Stedennetwerk G40" / "g40desk"


def test_on_windows_journal_and_crash_logs_are_local_and_the_advisors_files_roam(windows_profile):
    roaming, local = windows_profile
    assert user_data_dir() == roaming and local_data_dir() == local
    assert recovery_dir().parent == local and crash_log_dir().parent == local  # written every 0.7 s: not roaming
    for mine in (facts_path(), default_user_file(), user_agenda_dir()):  # follow the advisor to another laptop
        assert mine.is_relative_to(roaming), mine


def test_elsewhere_and_with_an_override_there_is_one_folder(tmp_path, monkeypatch):
    assert local_data_dir() == user_data_dir() == tmp_path / "appdata"  # tests/conftest.py sets the override
    monkeypatch.delenv("G40DESK_DATA_DIR")
    monkeypatch.setattr(windows, "ON_WINDOWS", False)
    assert recovery_dir().parent == crash_log_dir().parent == user_data_dir()


def test_the_ledgers_local_folder_follows_the_override_or_the_platform(tmp_path, monkeypatch):
    monkeypatch.delenv("G40DESK_LOCAL_DIR", raising=False)
    assert userdata.user_local_dir() == tmp_path / "appdata" / "local"  # inside the overridden data folder
    monkeypatch.setenv("G40DESK_LOCAL_DIR", str(tmp_path / "elders"))
    assert userdata.user_local_dir() == tmp_path / "elders"


def test_linux_folders_follow_xdg(monkeypatch, tmp_path):
    for name in ("G40DESK_DATA_DIR", "G40DESK_LOCAL_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(windows, "ON_WINDOWS", False)
    monkeypatch.setattr(userdata.sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert userdata.user_data_dir() == tmp_path / "data" / "Stedennetwerk G40" / "g40desk"
    assert userdata.user_local_dir() == tmp_path / "cache" / "Stedennetwerk G40" / "g40desk"

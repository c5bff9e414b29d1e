"""The start's check of the user's own files: a damaged one is set aside, nothing is lost."""

from __future__ import annotations

import json
import os

from g40desk.core.audience.store import load_audiences
from g40desk.core.checkup import check_journals, check_user_files, move_to_local
from g40desk.core.files import windows


def test_each_damaged_user_file_is_set_aside_beside_itself(tmp_path, catalogue, audiences):
    data = tmp_path / "appdata"  # G40DESK_DATA_DIR (tests/conftest.py)
    (data / "agendas").mkdir(parents=True)
    files = {data / "facts.json": '{"audiences": 5}', data / "audiences.json": "[1, 2",
             data / "agendas" / "eigen-v1.json": '{"schema_version": 2}', data / "crash-logs": "geen map"}
    for path, text in files.items():
        path.write_text(text)
    good = data / "agendas" / "leeg.txt"
    good.write_text("niet van ons")
    found = check_user_files()
    assert sorted(item.path.name for item in found) == sorted(p.name for p in files)
    for item in found:
        assert not item.path.exists() and item.moved_to.read_text() == files[item.path]  # kept, renamed
        assert item.moved_to.parent == item.path.parent and ".beschadigd-" in item.moved_to.name
        assert item.describe().startswith(f"{item.path.name} → {item.moved_to.name}: ")
    assert good.exists() and check_user_files() == []  # once, then clean
    assert load_audiences().user_problem is None


def test_journals_of_a_live_editor_are_neither_read_nor_set_aside(tmp_path, catalogue, audiences):
    folder = tmp_path / "appdata" / "recovery"
    folder.mkdir(parents=True)
    (folder / f"{os.getppid()}-open.json").write_text("[]")  # another window still writes it
    (folder / "999999-dood.json").write_text("[]")
    assert [item.path.name for item in check_journals(catalogue, audiences)] == ["999999-dood.json"]
    assert (folder / f"{os.getppid()}-open.json").exists()


def test_a_file_that_cannot_be_moved_is_named_and_skipped(tmp_path, monkeypatch):
    data = tmp_path / "appdata"
    data.mkdir()
    (data / "facts.json").write_text("{")

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "rename", refuse)
    found = check_user_files()
    assert found[0].moved_to is None and "kon niet opzij worden gezet" in found[0].describe()


def test_on_windows_the_journal_and_crash_logs_move_from_roaming_to_local(tmp_path, monkeypatch):
    monkeypatch.delenv("G40DESK_DATA_DIR")
    monkeypatch.setattr(windows, "ON_WINDOWS", True)
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    roaming = tmp_path / "Roaming" / "Stedennetwerk G40" / "g40desk"
    (roaming / "recovery").mkdir(parents=True)
    (roaming / "crash-logs").mkdir()
    (roaming / "recovery" / "1-a.json").write_text(json.dumps({"x": 1}))
    (roaming / "crash-logs" / "crash-1.log").write_text("log")
    (roaming / "facts.json").write_text("{}")
    assert move_to_local() == []
    local = tmp_path / "Local" / "Stedennetwerk G40" / "g40desk"
    assert (local / "recovery" / "1-a.json").exists() and (local / "crash-logs" / "crash-1.log").exists()
    assert not (roaming / "recovery").exists() and (roaming / "facts.json").exists()  # facts stay roaming
    assert move_to_local() == []

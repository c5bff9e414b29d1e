"""Windows' ways with files, simulated on any system: sharing violations, long paths, hidden files."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from g40desk.cli.commands import main
from g40desk.core.errors import G40Error
from g40desk.core.files import atomic, locks, windows
from g40desk.core.files.atomic import write_bytes_atomic
from g40desk.core.pack.storage import load_pack, save_pack


@pytest.fixture
def on_windows(monkeypatch):
    monkeypatch.setattr(windows, "ON_WINDOWS", True)
    attributes: dict[str, int] = {}  # what SetFileAttributesW would have set
    monkeypatch.setattr(windows, "_get_attributes", lambda path: attributes.get(path, 0x80))
    monkeypatch.setattr(windows, "_set_attributes", lambda path, value: attributes.__setitem__(path, value))
    return attributes


def _sharing_violation(code: int = 32) -> PermissionError:
    exc = PermissionError(errno.EACCES, "The process cannot access the file because it is being used by another process")
    exc.winerror = code
    return exc


def _busy(monkeypatch, name: str, times: int, code: int = 32) -> list:
    """os.<name> fails with a sharing violation *times* times, then works."""
    real, calls = getattr(os, name), []

    def flaky(*args, **kwargs):
        calls.append(args)
        if len(calls) <= times:
            raise _sharing_violation(code)
        return real(*args, **kwargs)

    monkeypatch.setattr(os, name, flaky)
    return calls


def test_a_save_waits_for_a_scanner_that_holds_the_file_for_a_moment(tmp_path, monkeypatch, on_windows):
    target = tmp_path / "p.g40pack"
    target.write_bytes(b"oud")
    calls = _busy(monkeypatch, "replace", 3)
    write_bytes_atomic(target, b"nieuw")
    assert target.read_bytes() == b"nieuw" and len(calls) == 4


def test_a_file_held_for_good_is_one_clear_line_within_seconds(tmp_path, monkeypatch, on_windows):
    target = tmp_path / "p.g40pack"
    target.write_bytes(b"oud")
    _busy(monkeypatch, "replace", 10**6, code=33)
    started = time.monotonic()
    with pytest.raises(G40Error, match="geopend in een ander programma"):
        write_bytes_atomic(target, b"nieuw")
    assert time.monotonic() - started < 3 and target.read_bytes() == b"oud"
    assert not list(tmp_path.glob("*.tmp"))


def test_elsewhere_an_access_error_is_not_retried(tmp_path, monkeypatch):
    target = tmp_path / "p.g40pack"
    calls = _busy(monkeypatch, "replace", 10**6, code=32)
    with pytest.raises(G40Error):
        write_bytes_atomic(target, b"x")
    assert len(calls) == 1


def test_the_lock_is_removed_after_a_brief_sharing_violation(tmp_path, monkeypatch, on_windows):
    pack = tmp_path / "p.g40pack"
    locks.acquire(pack)
    calls = _busy(monkeypatch, "unlink", 2)
    locks.release(pack)
    assert not locks.lock_path(pack).exists() and len(calls) == 3


def test_a_lock_that_cannot_be_removed_is_reported_not_ignored(tmp_path, monkeypatch, on_windows, capsys, demo):
    pack = tmp_path / "p.g40pack"
    save_pack(demo, pack)
    _busy(monkeypatch, "unlink", 10**6, code=5)
    assert main(["review", str(pack), "--keep-all"]) == 0
    err = capsys.readouterr().err
    assert "waarschuwing: " in err and "het slotbestand 'p.g40pack.lock' kon niet worden verwijderd" in err
    assert "collega's zien het pakket als geopend" in err


@pytest.mark.parametrize("windows_now, message", [(True, "het pad is te lang voor Windows ("),
                                                   (False, "de map bestaat niet")])
def test_a_path_past_260_characters_is_named_as_too_long(tmp_path, monkeypatch, capsys, demo, windows_now, message):
    monkeypatch.setattr(windows, "ON_WINDOWS", windows_now)
    pack = tmp_path / "p.g40pack"
    save_pack(demo, pack)
    deep = tmp_path / ("map-met-een-lange-naam-" * 6) / ("notitie-" * 12 + ".docx")
    assert len(str(deep)) > 260
    assert main(["export", str(pack), "--docx", str(deep)]) == 1
    assert message in capsys.readouterr().err


def test_reading_a_pack_past_260_characters_says_so(tmp_path, monkeypatch, catalogue, audiences):
    monkeypatch.setattr(windows, "ON_WINDOWS", True)
    deep = tmp_path / ("map-met-een-lange-naam-" * 6) / ("nog-een-lange-map-" * 6) / "p.g40pack"
    with pytest.raises(G40Error, match="het pad is te lang voor Windows"):
        load_pack(deep, catalogue, audiences)


def test_lock_and_temporary_files_are_hidden_and_the_saved_file_is_not(tmp_path, monkeypatch, on_windows, demo):
    pack = tmp_path / "p.g40pack"
    temporaries = []
    real = atomic._create_temp

    def remember(path, folder):
        fd, name = real(path, folder)
        temporaries.append(name)
        return fd, name

    monkeypatch.setattr(atomic, "_create_temp", remember)
    save_pack(demo, pack)
    locks.acquire(pack)
    hidden = {Path(p).name for p, value in on_windows.items() if value & windows.FILE_ATTRIBUTE_HIDDEN}
    assert hidden == {"p.g40pack.lock"}
    assert temporaries and all(on_windows[name] & windows.FILE_ATTRIBUTE_HIDDEN == 0 for name in temporaries)
    assert all(name in on_windows for name in temporaries)  # hidden once, then shown before the rename
    locks.release(pack)


def test_a_set_aside_waits_for_a_brief_sharing_violation(tmp_path, monkeypatch, on_windows):
    from g40desk.core.files.set_aside import set_aside

    damaged = tmp_path / "facts.json"
    damaged.write_text("{")
    _busy(monkeypatch, "rename", 2)
    moved = set_aside(damaged, "kapot")
    assert moved.moved_to is not None and moved.moved_to.read_text() == "{"

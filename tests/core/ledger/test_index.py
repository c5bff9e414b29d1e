"""The ledger's SQLite index: a second run reads only what changed, and a change is never missed."""

from __future__ import annotations

import os
import sqlite3
import time

from g40desk.core.files.userdata import user_local_dir
from g40desk.core.ledger import index as index_module
from g40desk.core.ledger.collect import collect
from g40desk.core.ledger.index import Index, default_path
from g40desk.core.pack.demo import demo_after_meeting
from g40desk.core.pack.model import Outcome, Result
from g40desk.core.pack.storage import save_pack

OLD = time.time_ns() - 3600 * 10**9  # an hour ago: past the time resolution of any file system


def _folder(tmp_path, count: int = 5):
    root = tmp_path / "packs"
    root.mkdir()
    for n in range(count):
        pack = demo_after_meeting()
        pack.title = f"Overleg {n}"
        path = root / f"p{n}.g40pack"
        save_pack(pack, path, backup=False)
        os.utime(path, ns=(OLD, OLD))
    return root


def _said(found, title):
    record = next(r for r in found.records if r.title == title)
    return next(o.said for o in record.outcomes if o.ask == "demand:wonen-3")


def test_second_run_reads_nothing(tmp_path):
    root = _folder(tmp_path)
    first = collect([root], Index(tmp_path / "i.sqlite3"))
    assert (first.read, first.reused) == (5, 0)
    second = collect([root], Index(tmp_path / "i.sqlite3"))
    assert (second.read, second.reused) == (0, 5)
    assert [r.to_json() for r in second.records] == [r.to_json() for r in first.records]


def test_a_changed_pack_is_read_again(tmp_path):
    root = _folder(tmp_path)
    collect([root], Index(tmp_path / "i.sqlite3"))
    pack = demo_after_meeting()
    pack.title = "Overleg 2"
    pack.item("demand:wonen-3").outcomes = {"ministry:bzk": Outcome(result=Result.PROMISED, said="Toch toegezegd")}
    save_pack(pack, root / "p2.g40pack", backup=False)
    again = collect([root], Index(tmp_path / "i.sqlite3"))
    assert (again.read, again.reused) == (1, 4)
    assert _said(again, "Overleg 2") == "Toch toegezegd"


def test_a_touched_but_unchanged_pack_is_hashed_not_parsed(tmp_path):
    root = _folder(tmp_path)
    collect([root], Index(tmp_path / "i.sqlite3"))
    os.utime(root / "p1.g40pack", ns=(OLD + 10**9, OLD + 10**9))
    again = collect([root], Index(tmp_path / "i.sqlite3"))
    assert (again.read, again.reused) == (0, 5)


def test_a_change_within_the_time_resolution_is_not_missed(tmp_path):
    """Same size, same modification time, other content: caught because the first read was too close in time."""
    root = tmp_path / "packs"
    root.mkdir()
    path = root / "p.g40pack"
    pack = demo_after_meeting()
    pack.title = "Versie A"
    save_pack(pack, path, backup=False)
    stamp = path.stat().st_mtime_ns
    collect([root], Index(tmp_path / "i.sqlite3"))
    pack.title = "Versie B"  # same length
    save_pack(pack, path, backup=False)
    os.utime(path, ns=(stamp, stamp))
    again = collect([root], Index(tmp_path / "i.sqlite3"))
    assert [r.title for r in again.records] == ["Versie B"] and again.read == 1


def test_deleted_packs_are_forgotten(tmp_path):
    root = _folder(tmp_path)
    collect([root], Index(tmp_path / "i.sqlite3"))
    (root / "p0.g40pack").unlink()
    again = collect([root], Index(tmp_path / "i.sqlite3"))
    assert len(again.records) == 4
    with sqlite3.connect(tmp_path / "i.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM files").fetchone()[0] == 4


def test_other_folders_rows_are_kept(tmp_path):
    root = _folder(tmp_path)
    other = tmp_path / "ander"
    other.mkdir()
    save_pack(demo_after_meeting(), other / "x.g40pack")
    collect([other], Index(tmp_path / "i.sqlite3"))
    collect([root], Index(tmp_path / "i.sqlite3"))
    assert collect([other], Index(tmp_path / "i.sqlite3")).read == 0


def test_an_unusable_index_is_reported_and_the_ledger_still_works(tmp_path):
    root = _folder(tmp_path)
    blocked = tmp_path / "index-is-a-folder"
    blocked.mkdir()
    found = collect([root], Index(blocked))
    assert len(found.records) == 5 and found.notes and "opnieuw gelezen" in found.notes[0]
    damaged = tmp_path / "kapot.sqlite3"
    damaged.write_bytes(b"dit is geen database" * 100)
    found = collect([root], Index(damaged))
    assert len(found.records) == 5 and found.notes


def test_a_new_index_format_starts_afresh(tmp_path, monkeypatch):
    root = _folder(tmp_path)
    collect([root], Index(tmp_path / "i.sqlite3"))
    monkeypatch.setattr(index_module, "FORMAT", index_module.FORMAT + 1)
    assert collect([root], Index(tmp_path / "i.sqlite3")).read == 5


def test_the_index_lives_in_the_local_not_the_roaming_folder(tmp_path, monkeypatch):
    from g40desk.core.files import userdata

    assert default_path() == user_local_dir() / "ledger.sqlite3"
    assert user_local_dir() == tmp_path / "appdata" / "local"  # tests: inside their own data folder
    monkeypatch.delenv("G40DESK_DATA_DIR")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    monkeypatch.setattr(userdata.sys, "platform", "win32")
    assert user_local_dir() == tmp_path / "Local" / "Stedennetwerk G40" / "g40desk"
    monkeypatch.setattr(userdata.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert user_local_dir() == tmp_path / "cache" / "Stedennetwerk G40" / "g40desk"
    monkeypatch.setenv("G40DESK_LOCAL_DIR", str(tmp_path / "eigen"))
    assert user_local_dir() == tmp_path / "eigen"

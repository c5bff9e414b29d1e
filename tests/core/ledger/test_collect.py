"""The ledger reads every pack under its folders read-only: damaged, foreign, locked and changing files."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading

import pytest

from g40desk.core.files import locks
from g40desk.core.ledger import scan
from g40desk.core.ledger.collect import collect
from g40desk.core.ledger.index import Index
from g40desk.core.pack.demo import demo_after_meeting
from g40desk.core.pack.model import Outcome, Result
from g40desk.core.pack.storage import pack_to_json, save_pack


def _pack(title: str, held: dt.date, result: Result = Result.PROMISED):
    pack = demo_after_meeting()
    pack.title = title
    pack.meeting.held.date = held
    pack.item("demand:wonen-3").outcomes = {"ministry:bzk": Outcome(result=result, said=title)}
    return pack


@pytest.fixture
def folder(tmp_path):
    """Two packs, a damaged one, foreign files, a newer one, a pack someone has open, and files that are no packs."""
    root = tmp_path / "gedeeld"
    (root / "2021" / "voorjaar").mkdir(parents=True)
    (root / ".verborgen").mkdir()
    save_pack(_pack("Voorjaar", dt.date(2021, 3, 12)), root / "2021" / "voorjaar" / "bzk.g40pack")
    save_pack(_pack("Najaar", dt.date(2021, 10, 1), Result.IN_PROGRESS), root / "2021" / "najaar.g40pack")
    (root / "2021" / "afgebroken.g40pack").write_text(pack_to_json(_pack("X", dt.date(2021, 1, 1)))[:300])
    (root / "lijst.g40pack").write_text("[1, 2, 3]")
    (root / "ander.g40pack").write_text(json.dumps({"schema_version": 3, "naam": "iets anders"}))
    (root / "nieuwer.g40pack").write_text(json.dumps({"schema_version": 99, "title": "uit de toekomst"}))
    (root / "notitie.docx").write_bytes(b"PK not a pack")
    (root / ".verborgen" / "oud.g40pack").write_text("{")
    open_pack = root / "open.g40pack"
    save_pack(_pack("Open bij collega", dt.date(2021, 5, 1)), open_pack)
    locks.lock_path(open_pack).write_text('{"user": "collega", "host": "elders", "pid": 1}')
    return root


def _snapshot(root):
    return {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in root.rglob("*") if p.is_file()}


def test_reads_every_pack_and_lists_what_it_skipped(folder, tmp_path):
    before, held = _snapshot(folder), dict(locks._HELD)  # what earlier tests in this process hold is theirs
    found = collect([folder], Index(tmp_path / "index.sqlite3"))
    assert sorted(r.title for r in found.records) == ["Najaar", "Open bij collega", "Voorjaar"]
    reasons = {os.path.basename(s.path): s.reason for s in found.skipped}
    assert set(reasons) == {"afgebroken.g40pack", "lijst.g40pack", "ander.g40pack", "nieuwer.g40pack"}
    assert "geen geldige JSON" in reasons["afgebroken.g40pack"]
    assert "geen JSON-object" in reasons["lijst.g40pack"]
    assert "veld 'naam'" in reasons["ander.g40pack"]
    assert "nieuwere g40desk" in reasons["nieuwer.g40pack"]
    assert all("\n" not in r for r in reasons.values())
    # Read-only and no locks: nothing under the folder changed, was added, or was locked.
    assert _snapshot(folder) == before
    assert locks._HELD == held


def test_a_pack_another_program_holds_is_skipped_with_a_reason(folder, monkeypatch):
    """On Windows a file opened without sharing cannot be read: os.open raises PermissionError."""
    from g40desk.core.files import jsonfile

    held = str(folder / "2021" / "najaar.g40pack")
    real = os.open

    def refuse(path, *args, **kwargs):
        if str(path) == held:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(jsonfile.os, "open", refuse)
    found = collect([folder], Index(None))
    assert [s.reason for s in found.skipped if s.path == held] == ["geen leesrechten voor dit bestand"]
    assert len(found.records) == 2


def test_missing_folder_is_reported_not_fatal(folder, tmp_path):
    found = collect([folder, tmp_path / "bestaat-niet"], Index(None))
    assert len(found.records) == 3
    assert any("bestaat niet" in s.reason for s in found.skipped)


def test_copies_of_one_pack_are_counted_once(folder, tmp_path):
    source = folder / "2021" / "najaar.g40pack"
    copy = tmp_path / "elders" / "najaar-kopie.g40pack"
    copy.parent.mkdir()
    copy.write_bytes(source.read_bytes())
    os.utime(copy, ns=(source.stat().st_mtime_ns - 10**9,) * 2)
    found = collect([folder, copy.parent], Index(None))
    assert [r.path for r in found.records if r.title == "Najaar"] == [str(source)]
    assert [c.path for c in found.copies] == [str(copy)]


def test_a_pack_replaced_during_the_read_is_read_again(folder, monkeypatch):
    target = str(folder / "2021" / "najaar.g40pack")
    real = scan.read_regular_file
    calls = []

    def replaced_once(path, max_bytes):
        data = real(path, max_bytes)
        if str(path) == target and not calls:
            calls.append(path)
            save_pack(_pack("Najaar, bijgewerkt", dt.date(2021, 10, 1)), folder / "2021" / "najaar.g40pack")
        return data

    monkeypatch.setattr(scan, "read_regular_file", replaced_once)
    found = collect([folder], Index(None))
    assert "Najaar, bijgewerkt" in [r.title for r in found.records] and calls


def test_a_pack_that_keeps_changing_is_skipped_this_time(folder, monkeypatch):
    target = folder / "2021" / "najaar.g40pack"
    real = scan.read_regular_file

    def always_changing(path, max_bytes):
        data = real(path, max_bytes)
        if str(path) == str(target):
            target.write_bytes(target.read_bytes() + b" ")
        return data

    monkeypatch.setattr(scan, "read_regular_file", always_changing)
    monkeypatch.setattr(scan.time, "sleep", lambda s: None)
    found = collect([folder], Index(None))
    assert [s.reason for s in found.skipped if s.path == str(target)][0].startswith("het bestand werd steeds gewijzigd")


def test_concurrent_saves_never_give_a_mixed_or_broken_record(folder, tmp_path):
    """A colleague saves the same pack over and over (atomic replace) while the ledger reads it."""
    path = folder / "2021" / "najaar.g40pack"
    titles = [f"Versie {n}" for n in range(40)]
    stop = threading.Event()

    def writer():
        n = 0
        while not stop.is_set():
            save_pack(_pack(titles[n % 40], dt.date(2021, 10, 1)), path, backup=False)
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        index = Index(tmp_path / "index.sqlite3")
        for _ in range(15):
            found = collect([folder], index)
            mine = [r for r in found.records if r.path == str(path)]
            problems = [s for s in found.skipped if s.path == str(path)]
            assert len(mine) + len(problems) == 1
            if mine:
                assert mine[0].title in [*titles, "Najaar"]  # the first read may come before the first save
                assert mine[0].outcomes[1].said == mine[0].title  # never one version's title with another's text
            else:
                assert "gewijzigd" in problems[0].reason or "verdwenen" in problems[0].reason
    finally:
        stop.set()
        thread.join()


def test_the_editor_reads_the_chosen_folders_then_its_computers_else_the_open_packs_folder(tmp_path):
    from g40desk.core.ledger.collect import ledger_folders

    mine, shared, pack = tmp_path / "mijn", tmp_path / "gedeeld", tmp_path / "werk" / "a.g40pack"
    assert ledger_folders([mine], (shared, mine), pack) == [mine, shared]
    assert ledger_folders([], (shared,), pack) == [shared]
    assert ledger_folders([], (), pack) == [tmp_path / "werk"]
    assert ledger_folders([], (), None) == []

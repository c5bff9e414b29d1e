"""The recovery journal's format and reader: every damaged journal is one G40Error, never a crash."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from g40desk.core.errors import G40Error
from g40desk.core.files.stamp import current_stamp
from g40desk.core.pack.model import SCHEMA_VERSION
from g40desk.core.pack.recovery import FORMAT, journal_bytes, pending, read_journal
from g40desk.core.pack.storage import save_pack


def _write(folder: Path, name: str, content) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_a_journal_reads_back_the_pack_its_file_and_what_that_file_held(tmp_path, demo, catalogue, audiences):
    pack_path = tmp_path / "p.g40pack"
    save_pack(demo, pack_path)
    disk = current_stamp(pack_path)
    demo.title = "Na de crash"
    file = _write(tmp_path / "recovery", "1-a.json", journal_bytes(demo.model_dump_json(), pack_path, disk))
    found = read_journal(file, catalogue, audiences)
    assert found.pack.title == "Na de crash" and found.original == pack_path and found.disk == disk
    assert json.loads(file.read_bytes())["format"] == FORMAT and found.saved_at.tzinfo is not None


@pytest.mark.parametrize("content, message", [
    ("[]", "geen herstelbestand"), ('"x"', "geen herstelbestand"), ("42", "geen herstelbestand"),
    ("[" * 100_000, "te diep genest"), ("", "leeg"), (b"\xff\xfe\x00", "binaire inhoud"),
    ('{"format": "g40desk-recovery-9", "pack": {}}', "geen herstelbestand"),
    ('{"format": "g40desk-recovery-2"}', "bevat geen pakket"),
    ('{"format": "g40desk-recovery-2", "pack": {"schema_version": 99}}', "nieuwere g40desk"),
    ('{"format": "g40desk-recovery-2", "pack": {"items": [{"ref": 5}]}}', "items[0].ref"),
    ('{"format": "g40desk-recovery-2", "pack": {"audiences": ["city:atlantis"]}}', "onbekende doelgroep"),
], ids=["list", "string", "number", "100,000 brackets", "empty", "binary", "newer format", "no pack",
        "newer pack", "invalid pack", "unknown audience"])
def test_a_damaged_journal_is_one_clear_error(tmp_path, catalogue, audiences, content, message):
    file = _write(tmp_path, "1-kapot.json", content)
    with pytest.raises(G40Error, match=message.replace("[", r"\[").replace("]", r"\]")):
        read_journal(file, catalogue, audiences)
    assert pending(catalogue, audiences, tmp_path) == []


def test_the_journals_pack_goes_through_the_packs_migrations(tmp_path, catalogue, audiences):
    old = {"format": "g40desk-recovery-1", "path": None, "saved_at": "2026-01-01T10:00:00+00:00",
           "pack": {"title": "Oud", "audiences": ["city:zwolle"],
                    "items": [{"ref": "demand:wonen-1", "talking_points": "een\ntwee", "priority": "hoog"}]}}
    found = read_journal(_write(tmp_path, "1-oud.json", json.dumps(old)), catalogue, audiences)
    item = found.pack.items[0]
    assert found.pack.schema_version == SCHEMA_VERSION and item.priority.value == "high"
    assert item.talking_points == ["een", "twee"]


def test_times_naive_aware_and_beyond_any_clock_sort_without_an_error(tmp_path, demo, catalogue, audiences):
    for name, when in [("999991-naief", "2026-11-29T10:00:00"), ("999992-zone", "2026-11-29T12:00:00+01:00"),
                       ("999993-jaar-een", "0001-01-01T00:00:00+01:00"), ("999994-ver", "9999-12-31T23:59:59+00:00"),
                       ("999995-onzin", "gisteren")]:
        data = json.loads(journal_bytes(demo.model_dump_json(), None, None))
        data["saved_at"] = when
        _write(tmp_path, f"{name}.json", json.dumps(data))
    found = pending(catalogue, audiences, tmp_path)
    assert [f.file.stem for f in found][:1] == ["999994-ver"] and len(found) == 5
    assert found[-1].file.stem == "999993-jaar-een"
    naive = next(f for f in found if f.file.stem == "999991-naief")
    assert naive.saved_at == dt.datetime(2026, 11, 29, 10, tzinfo=dt.UTC)


@pytest.mark.parametrize("path", ["a\x00b.g40pack", "", "x" * 5000, 42])
def test_an_unusable_original_path_keeps_the_work_without_the_path(tmp_path, demo, catalogue, audiences, path):
    data = json.loads(journal_bytes(demo.model_dump_json(), None, None))
    data["path"] = path
    found = read_journal(_write(tmp_path, "1-pad.json", json.dumps(data)), catalogue, audiences)
    assert found.original is None and "onbruikbaar" in found.problem and found.pack.title == demo.title

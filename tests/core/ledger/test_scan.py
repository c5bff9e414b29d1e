"""Finding pack files under shared folders, and reading one only while nobody changes it."""

from __future__ import annotations

import os

import pytest

from g40desk.core.errors import G40Error
from g40desk.core.ledger import scan


def test_packs_are_found_but_hidden_and_owner_files_are_not(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".verborgen").mkdir()
    for name in ("a/één.g40pack", "a/b/Twee.G40PACK", ".verborgen/drie.g40pack", "a/~$één.g40pack", "a/.x.g40pack",
                 "a/notitie.docx"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    found, skipped = scan.pack_files([tmp_path, tmp_path / "bestaat-niet"])
    assert found == sorted([str(tmp_path / "a" / "één.g40pack"), str(tmp_path / "a" / "b" / "Twee.G40PACK")])
    assert skipped == [scan.Skipped(str(tmp_path / "bestaat-niet"), "de map bestaat niet of is niet bereikbaar")]


def test_a_stable_file_is_read_whole(tmp_path):
    path = tmp_path / "p.g40pack"
    path.write_bytes(b'{"title": "x"}')
    raw, status = scan.read_stable(str(path), 1000)
    assert raw == b'{"title": "x"}' and status.st_size == len(raw)
    assert scan.content_hash(raw) == scan.content_hash(b'{"title": "x"}') != scan.content_hash(b"{}")


def test_a_file_that_keeps_changing_is_skipped_with_a_reason(tmp_path, monkeypatch):
    path = tmp_path / "p.g40pack"
    path.write_bytes(b"{}")
    real_stat, calls = os.stat, []

    def changing(target, *args, **kwargs):  # a sync client writes between every look
        calls.append(target)
        path.write_bytes(b"{}" + b" " * len(calls))
        return real_stat(target, *args, **kwargs)

    monkeypatch.setattr(scan.os, "stat", changing)
    with pytest.raises(G40Error, match="steeds gewijzigd"):
        scan.read_stable(str(path), 1000, pause=0)
    assert len(calls) == 2 * scan.ATTEMPTS


def test_a_file_that_is_gone_says_so(tmp_path):
    with pytest.raises(G40Error, match="verdwenen"):
        scan.read_stable(str(tmp_path / "weg.g40pack"), 1000)

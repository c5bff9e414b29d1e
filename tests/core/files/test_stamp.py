"""A file's stamp: the content decides whether another program changed it, not its time."""

from __future__ import annotations

import os

import pytest

from g40desk.core.files.stamp import ChangedOnDisk, check_unchanged, current_stamp, keep_other_version


def test_touching_a_file_changes_nothing_but_new_content_does(tmp_path):
    path = tmp_path / "p.g40pack"
    path.write_bytes(b"{}")
    read = current_stamp(path)
    os.utime(path, ns=(read.mtime_ns + 5_000_000_000,) * 2)  # a sync client touched it
    check_unchanged(path, read)
    path.write_bytes(b'{"title": "x"}')
    with pytest.raises(ChangedOnDisk) as changed:
        check_unchanged(path, read)
    assert "buiten g40desk gewijzigd" in str(changed.value) and changed.value.now.size == 14


def test_nothing_expected_or_nothing_there_is_no_change(tmp_path):
    path = tmp_path / "p.g40pack"
    check_unchanged(path, None)
    assert current_stamp(path) is None
    path.write_bytes(b"a")
    stamp = current_stamp(path)
    path.unlink()
    check_unchanged(path, stamp)  # gone: saving makes it anew


def test_the_other_version_is_kept_beside_it(tmp_path):
    path = tmp_path / "p.g40pack"
    path.write_bytes(b"van een collega")
    first, stamp = keep_other_version(path, "versie van collega")
    second, _ = keep_other_version(path, "versie van collega")
    assert first.name == "p (versie van collega).g40pack" and second.name == "p (versie van collega 2).g40pack"
    assert first.read_bytes() == b"van een collega" and stamp.same_content(current_stamp(path))

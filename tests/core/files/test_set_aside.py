"""A damaged file is renamed beside itself, never over another file, and said in one line."""

from __future__ import annotations

import datetime as dt

from g40desk.core.files.set_aside import set_aside

NOW = dt.datetime(2026, 12, 5, 14, 30, 0)


def test_a_damaged_file_is_renamed_beside_itself(tmp_path):
    path = tmp_path / "facts.json"
    path.write_text("{kapot", encoding="utf-8")
    done = set_aside(path, "geen geldige JSON", NOW)
    assert not path.exists() and done.moved_to == tmp_path / "facts.json.beschadigd-20261205-143000"
    assert done.moved_to.read_text(encoding="utf-8") == "{kapot"  # nothing lost
    assert done.describe() == "facts.json → facts.json.beschadigd-20261205-143000: geen geldige JSON"


def test_a_second_one_in_the_same_second_gets_a_number(tmp_path):
    path = tmp_path / "audiences.json"
    for text in ("eerste", "tweede"):
        path.write_text(text, encoding="utf-8")
        set_aside(path, "kapot", NOW)
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["audiences.json.beschadigd-20261205-143000", "audiences.json.beschadigd-20261205-143000-2"]
    assert (tmp_path / kept[0]).read_text(encoding="utf-8") == "eerste"


def test_a_file_that_cannot_be_moved_stays_and_is_named(tmp_path):
    gone = tmp_path / "er-niet.json"
    done = set_aside(gone, "kapot", NOW)
    assert done.moved_to is None
    assert done.describe() == f"{gone}: kapot (kon niet opzij worden gezet; het wordt overgeslagen)"

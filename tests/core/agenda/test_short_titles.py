"""Every catalogue entry has a short title written for people: whole, short, never cut."""

from __future__ import annotations

import json
import re

import pytest

from g40desk.core.agenda.catalogue import Kind, load_catalogue
from g40desk.core.errors import G40Error
from g40desk.resources import data_file

# Words that end in a full stop when written out: a title ending in one of these (with or
# without its dot) has been cut at an abbreviation.
ABBREVIATIONS = {"art", "t.a.v", "o.a", "bijv", "mln", "mld", "resp", "incl", "excl", "nr", "ca", "m.b.t", "e.d", "etc"}


def test_every_entry_without_a_title_has_a_reviewed_short_title(catalogue):
    untitled = [e for e in catalogue.walk() if not e.node.title]
    assert untitled and all(e.short for e in untitled), [e.id for e in untitled if not e.short]


def test_short_titles_are_whole_and_short(catalogue):
    for entry in catalogue.walk():
        title = entry.label
        last_word = re.split(r"[\s(]", title.rstrip("."))[-1].lower()
        assert len(title) < 90, entry.id
        assert "…" not in title and "..." not in title, entry.id
        assert last_word not in ABBREVIATIONS, f"{entry.id}: cut at an abbreviation: {title!r}"
        assert title[0].isupper() or title[0].isdigit(), f"{entry.id}: {title!r} starts in lower case"
        assert not title.endswith((";", ",", ":")), entry.id
        assert title.count("(") == title.count(")"), entry.id
        assert len(re.findall(r"(?:^|\s)'", title)) == len(re.findall(r"'(?=$|[\s,.:])", title)), entry.id


def test_key_figures_keep_their_subject(catalogue):
    for figure in catalogue.of_kind(Kind.KEY_FIGURE):
        assert "G40" in figure.label or "landelijk" in figure.label, figure.id


def test_short_title_for_an_unknown_id_names_the_file(tmp_path):
    path = tmp_path / "short-titles.json"
    titles = json.loads(data_file("short-titles.json").read_text(encoding="utf-8"))
    titles["titles"]["demand:bestaat-niet"] = "Iets"
    path.write_text(json.dumps(titles), encoding="utf-8")
    with pytest.raises(G40Error, match="short-titles.json.*demand:bestaat-niet"):
        load_catalogue(short_titles_path=path)

"""Editing an agenda saves a new version in the user's folder; the shipped file is untouched."""

from __future__ import annotations

import datetime as dt

import pytest

from g40desk.core.agenda.catalogue import Kind, Outdated, Pillar, Retired, load_catalogue
from g40desk.core.agenda.edit import AgendaDraft
from g40desk.core.agenda.library import AgendaLibrary
from g40desk.core.errors import G40Error
from g40desk.resources import data_file


def test_edits_are_saved_as_the_next_version_never_over_the_shipped_one(tmp_path, catalogue):
    shipped = data_file("catalogue.json").read_bytes()
    library = AgendaLibrary(shared=[], user_dir=tmp_path)
    draft = AgendaDraft(catalogue)
    new = draft.add("theme:wonen", Kind.DEMAND, "Een aanpak van leegstand boven winkels.")
    draft.set_field(new, "ministries", ["ministry:bzk"])
    draft.set_field("demand:wonen-1", "text", "Een impulsregeling woningbouw.")
    draft.move("demand:wonen-2", -10)
    draft.set_field("demand:mobiliteit-4", "retired", Retired(since=dt.date.today(), reason="opgenomen in het spoorbeleid"))
    draft.set_field("demand:klimaat-9", "outdated", Outdated(since=dt.date(2020, 1, 1), reason="de afsluitboete is afgeschaft"))
    draft.set_field("theme:smart-cities", "pillar", Pillar.PHYSICAL)
    path, edited = draft.save(library, "proef")
    assert data_file("catalogue.json").read_bytes() == shipped
    assert path.parent == tmp_path and (edited.meta.version, edited.meta.based_on.version) == (3, 2)
    again = load_catalogue(path)
    assert new == "demand:wonen-6" and again[new].ministries == ("ministry:bzk",)
    assert again.children("theme:wonen")[0].id == "demand:wonen-2"
    assert again["demand:wonen-1"].node.text == "Een impulsregeling woningbouw."
    assert again.is_retired("demand:mobiliteit-4") and again["demand:klimaat-9"].node.outdated.since.year == 2020
    assert again["demand:smart-cities-1"].pillar == Pillar.PHYSICAL
    assert library.find(catalogue.meta.id).version == 3
    _, fourth = AgendaDraft(again).save(library)
    assert fourth.meta.version == 4


def test_every_mutator_returns_what_undoes_it(catalogue):
    draft = AgendaDraft(catalogue)
    before = draft.data.model_dump()
    old = draft.set_field("theme:wonen", "title", "Wonen")
    back = draft.move("demand:wonen-3", 1)
    parent, node, index = draft.remove(draft.add("theme:wonen", Kind.GOAL, "Nieuw doel"))
    draft.move("demand:wonen-3", back)
    draft.set_field("theme:wonen", "title", old)
    assert draft.data.model_dump() == before and parent == "theme:wonen" and node.text == "Nieuw doel"


def test_invalid_edits_are_refused_in_one_line(catalogue, tmp_path):
    draft = AgendaDraft(catalogue)
    with pytest.raises(G40Error, match="kan niet onder"):
        draft.add("theme:wonen", Kind.THEME, "Thema in een thema")
    draft.set_field("demand:wonen-1", "text", "")
    with pytest.raises(G40Error, match="demand:wonen-1"):
        draft.save(AgendaLibrary(shared=[], user_dir=tmp_path))
    assert list(tmp_path.iterdir()) == []

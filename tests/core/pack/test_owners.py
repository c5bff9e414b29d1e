"""Every local text has an owner; a note takes its audience's text and text for all, never another's."""

from __future__ import annotations

import json

import pytest

from g40desk.core.audience.facts import Facts
from g40desk.core.errors import G40Error
from g40desk.core.note.briefing import build_briefing
from g40desk.core.pack import owners
from g40desk.core.pack.model import ALL_AUDIENCES, Item, Meeting, Override, OwnEntry, Pack
from g40desk.core.pack.storage import load_pack, save_pack


def _v3(audiences: list[str]) -> dict:
    return {"schema_version": 3, "title": "Oud", "audiences": audiences,
            "meeting": {"participants": "Wethouder Wonen gemeente Alkmaar"},
            "own": [{"id": "own:leegstand", "text": "Leegstand aanpakken", "theme": "theme:wonen"}],
            "items": [{"ref": "demand:wonen-1", "context": "Alkmaar bouwt 3.000 woningen",
                       "talking_points": ["Noem de Kanaalkade."]},
                      {"ref": "demand:wonen-2"}, {"ref": "own:leegstand"}]}


def _load(tmp_path, data, catalogue, audiences) -> Pack:
    path = tmp_path / "oud.g40pack"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_pack(path, catalogue, audiences)


def test_single_audience_pack_migrates_to_its_audience(tmp_path, catalogue, audiences):
    pack = _load(tmp_path, _v3(["city:alkmaar"]), catalogue, audiences)
    item = pack.item("demand:wonen-1")
    assert item.owners == {"context": "city:alkmaar", "talking_points": "city:alkmaar"}
    assert pack.item("demand:wonen-2").owners == {}  # nothing typed, nothing owned
    assert pack.meeting.participants_owner == "city:alkmaar" and pack.own[0].owner == "city:alkmaar"
    assert not pack.review_owners


def test_multi_audience_pack_migrates_to_all_and_asks_once_for_review(tmp_path, catalogue, audiences):
    pack = _load(tmp_path, _v3(["city:alkmaar", "ministry:bzk"]), catalogue, audiences)
    assert set(pack.item("demand:wonen-1").owners.values()) == {ALL_AUDIENCES}
    assert pack.meeting.participants_owner == ALL_AUDIENCES and pack.review_owners
    untyped = _v3(["city:alkmaar", "ministry:bzk"])
    untyped.update(meeting={}, own=[], items=[{"ref": "demand:wonen-2"}])
    assert not _load(tmp_path, untyped, catalogue, audiences).review_owners  # nothing to look at


def test_unknown_owner_is_refused_with_the_field(tmp_path, catalogue, audiences):
    data = {**_v3(["city:alkmaar"]), "schema_version": 4}
    data["items"][0]["owners"] = {"context": "city:atlantis"}
    with pytest.raises(G40Error, match=r"items\[0\]\.owners\.context.*city:atlantis"):
        _load(tmp_path, data, catalogue, audiences)


def _words(briefing) -> str:
    asks = [a for a in briefing.asks]
    return " | ".join([v for _, v in briefing.details] + [a.text for a in asks] + [a.context for a in asks]
                      + [p for a in asks for p in a.talking_points])


def test_a_note_takes_its_own_text_and_text_for_all_never_another_audiences(catalogue, audiences):
    pack = Pack(audiences=["city:zwolle", "city:alkmaar"],
                meeting=Meeting(participants="Wethouder Wonen Zwolle", participants_owner="city:zwolle",
                                participants_for={"city:alkmaar": "Wethouder Wonen Alkmaar"}),
                own=[OwnEntry(id="own:spoorzone", text="Spoorzone vlottrekken", theme="theme:wonen",
                              owner="city:zwolle")],
                items=[Item(ref="demand:wonen-1", context="Spoorzone en Stadshagen II staan stil",
                            talking_points=["Voor iedereen: tempo."], text="Een impuls voor alle steden.",
                            owners={"context": "city:zwolle", "talking_points": ALL_AUDIENCES, "text": ALL_AUDIENCES},
                            overrides={"city:alkmaar": Override(talking_points=["Alkmaar: Kanaalkade."])}),
                       Item(ref="own:spoorzone")])
    zwolle = _words(build_briefing(pack, catalogue, audiences, "city:zwolle", Facts()))
    alkmaar = _words(build_briefing(pack, catalogue, audiences, "city:alkmaar", Facts()))
    assert "Spoorzone en Stadshagen" in zwolle and "Wethouder Wonen Zwolle" in zwolle
    assert "Voor iedereen: tempo." in zwolle and "Spoorzone vlottrekken" in zwolle
    for foreign in ("Spoorzone", "Stadshagen", "Zwolle", "Voor iedereen"):  # the override replaces the points
        assert foreign not in alkmaar
    assert "Alkmaar: Kanaalkade." in alkmaar and "Wethouder Wonen Alkmaar" in alkmaar
    assert "Een impuls voor alle steden." in alkmaar
    # A batch note for a city outside the pack gets only what is for all.
    almelo = _words(build_briefing(pack, catalogue, audiences, "city:almelo", Facts()))
    assert "Voor iedereen: tempo." in almelo and "Zwolle" not in almelo and "Alkmaar" not in almelo


def test_settle_writes_the_owner_down_before_a_second_audience_comes(catalogue, audiences):
    pack = Pack(audiences=["city:alkmaar"], items=[Item(ref="demand:wonen-1", context="Alkmaar bouwt")])
    assert owners.owner_of(pack, pack.items[0], "context") == "city:alkmaar"
    owners.settle(pack)
    pack.audiences = ["city:alkmaar", "city:heerlen"]
    assert owners.owner_of(pack, pack.items[0], "context") == "city:alkmaar"
    heerlen = build_briefing(pack, catalogue, audiences, "city:heerlen", Facts())
    assert all(not a.context for a in heerlen.asks)


def test_saved_files_carry_every_owner(tmp_path, catalogue, audiences):
    pack = Pack(audiences=["city:alkmaar"], items=[Item(ref="demand:wonen-1", context="Alkmaar bouwt")])
    path = tmp_path / "p.g40pack"
    save_pack(pack, path)
    assert json.loads(path.read_text(encoding="utf-8"))["items"][0]["owners"] == {"context": "city:alkmaar"}
    assert pack.items[0].owners == {}  # saving writes a settled copy; the pack in memory is not touched


def test_fingerprint_ignores_spacing_but_not_words():
    assert owners.fingerprint("Spoorzone  staat\nstil") == owners.fingerprint("Spoorzone staat stil")
    assert owners.fingerprint("Spoorzone staat stil") != owners.fingerprint("Spoorzone staat niet stil")


def test_the_review_flag_of_a_migrated_pack_is_cleared_once_looked_at(tmp_path, catalogue, audiences):
    from g40desk.core.pack.edit import owners_reviewed

    pack = _load(tmp_path, _v3(["city:alkmaar", "ministry:bzk"]), catalogue, audiences)
    assert pack.review_owners
    done = owners_reviewed(pack)
    assert not done.pack.review_owners and done.changes.fields == {"review_owners"} and pack.review_owners
    path = tmp_path / "nagekeken.g40pack"
    save_pack(done.pack, path)
    assert not load_pack(path, catalogue, audiences).review_owners  # asked once: saved, it stays cleared
    assert owners_reviewed(done.pack).pack is done.pack  # nothing more to do

"""Agendas are files: the built-in one, the user's versions, shared folders."""

from __future__ import annotations

import json

import pytest

from g40desk.core.agenda.catalogue import BUILTIN_ID, Kind, load_catalogue
from g40desk.core.agenda.library import AgendaLibrary, Location, agenda_document, entry_rows, user_agenda_dir
from g40desk.core.errors import G40Error
from g40desk.core.pack.model import Pack


def test_builtin_agenda_has_identity_and_provenance(catalogue):
    meta = catalogue.meta
    assert (meta.id, meta.version, meta.date) == (BUILTIN_ID, 2, "2019-09")
    assert meta.source == "Kernboodschappen uit de Strategische Agenda 2019-2022 van de G40" and meta.based_on.version == 1


def test_verhuurderheffing_demands_are_marked_outdated_with_a_source(catalogue):
    marked = {e.id: e.node.outdated for e in catalogue.walk() if e.node.outdated}
    assert set(marked) == {"demand:wonen-3", "demand:klimaat-2"}
    for entry_id, outdated in marked.items():
        assert "verhuurderheffing" in catalogue[entry_id].node.text
        assert outdated.since.isoformat() == "2023-01-01" and "36 219" in outdated.source


def test_user_and_shared_folders_are_listed_shared_read_only(tmp_path, catalogue):
    shared = tmp_path / "gedeeld"
    shared.mkdir()
    library = AgendaLibrary(shared=[shared], user_dir=tmp_path / "eigen")
    data = catalogue.to_file().model_copy(update={"id": "g40-agenda-2023", "version": 1})
    (shared / "g40-2023.json").write_text(data.model_dump_json(), encoding="utf-8")
    (shared / "kapot.json").write_text("{", encoding="utf-8")
    (shared / "notities.txt").write_text("geen agenda", encoding="utf-8")
    saved = library.save(data.model_copy(update={"version": 2}))
    assert saved.parent == tmp_path / "eigen"
    infos = {(i.id, i.version): i for i in library.list()}
    assert set(infos) == {(BUILTIN_ID, 2), ("g40-agenda-2023", 1), ("g40-agenda-2023", 2)}
    assert infos["g40-agenda-2023", 1].location == Location.SHARED and infos["g40-agenda-2023", 1].read_only
    assert not infos["g40-agenda-2023", 2].read_only
    assert len(library.problems) == 1 and "kapot.json" in library.problems[0]
    assert library.find("g40-agenda-2023").version == 2
    assert library.next_version("g40-agenda-2023") == 3


def test_a_version_is_never_overwritten(tmp_path, catalogue):
    library = AgendaLibrary(shared=[], user_dir=tmp_path)
    with pytest.raises(G40Error, match="bestaat al"):
        library.save(catalogue.to_file())  # the built-in version 2
    data = catalogue.to_file().model_copy(update={"version": 3})
    path = library.save(data)
    before = path.read_bytes()
    with pytest.raises(G40Error, match="nieuwe versie krijgt nummer 4"):
        library.save(data)
    assert path.read_bytes() == before


def test_saved_agenda_is_self_contained(tmp_path, catalogue):
    path = AgendaLibrary(shared=[], user_dir=tmp_path).save(catalogue.to_file().model_copy(update={"version": 9}))
    again = load_catalogue(path)
    assert [(e.id, e.ministries, e.pillar) for e in again.walk()] == \
        [(e.id, e.ministries, e.pillar) for e in catalogue.walk()]


def test_pack_uses_newest_version_of_its_agenda_else_builtin(tmp_path, catalogue):
    library = AgendaLibrary(shared=[], user_dir=tmp_path)
    library.save(catalogue.to_file().model_copy(update={"version": 5}))
    pack = Pack()
    assert library.for_pack(pack).meta.version == 2
    pack.agenda = {"id": BUILTIN_ID, "version": 1}
    assert library.for_pack(pack).meta.version == 5
    assert library.made_with(pack) is None
    pack.agenda = {"id": "onbekend", "version": 1}
    assert library.for_pack(pack).meta.id == BUILTIN_ID


def test_user_folder_follows_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("G40DESK_DATA_DIR", str(tmp_path))
    assert user_agenda_dir() == tmp_path / "agendas"


def _all_texts(catalogue) -> list[str]:
    out = [catalogue.meta.title, catalogue.meta.subtitle, catalogue.meta.source]
    for entry in catalogue.walk():
        node = entry.node
        out += [t for t in (node.title, node.text, node.summary, node.source) if t]
        out += node.rationale + node.paragraphs + node.closing + node.subpoints
    return out


def test_json_rows_hold_every_text_of_the_agenda(catalogue):
    dumped = json.dumps(agenda_document(catalogue), ensure_ascii=False)
    missing = [t for t in _all_texts(catalogue) if json.dumps(t, ensure_ascii=False) not in dumped]
    assert missing == []
    rows = {r["id"]: r for r in entry_rows(catalogue)}
    assert rows["section:inleiding"]["closing"] and rows["message:goed-bestuur"]["paragraphs"]
    assert rows["message:goed-bestuur"]["summary"] == catalogue["message:goed-bestuur"].node.summary
    assert rows["demand:klimaat-2"]["outdated"]["since"] == "2023-01-01"
    assert all(r["kind"] in {k.value for k in Kind} for r in rows.values())


@pytest.mark.parametrize("content, message", [
    ({"schema_version": 2, "id": "x", "version": 1, "publisher": "", "title": "", "source": "", "entries": [
        {"id": "demand:a", "kind": "demand"}]}, "heeft een 'text' nodig"),
    ({"schema_version": 2, "id": "X Y", "version": 1, "publisher": "", "title": "", "source": "", "entries": []},
     "veld 'id'"),
    ({"schema_version": 9, "id": "x", "version": 1}, "nieuwere g40desk"),
    ([1, 2], "geen g40desk-agenda"),
])
def test_hostile_agenda_files_are_refused_in_one_line(tmp_path, content, message):
    path = tmp_path / "agenda.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(G40Error, match=message) as err:
        load_catalogue(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("depth", [400, 3000])
def test_deeply_nested_agenda_is_refused(tmp_path, depth):
    head = '{"schema_version": 2, "id": "x", "version": 1, "publisher": "", "title": "", "source": "", "entries": ['
    node = '{"id": "theme:a", "kind": "theme", "title": "A", "children": ['
    path = tmp_path / "diep.json"
    path.write_text(head + node * depth + "]}" * depth + "]}", encoding="utf-8")
    with pytest.raises(G40Error, match="diep|twee keer"):
        load_catalogue(path)

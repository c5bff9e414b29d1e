"""The advisor's own demands and goals: placed like agenda entries, cited as their own."""

from __future__ import annotations

import json

import pytest
from docx import Document
from openpyxl import load_workbook

from g40desk.core.errors import G40Error
from g40desk.core.note.blocks import note_blocks
from g40desk.core.note.briefing import OWN_SOURCE, build_briefing
from g40desk.core.pack.model import Item, OwnEntry, OwnKind, Pack, Priority
from g40desk.core.pack.storage import load_pack, save_pack
from tests.matrix_kit import write_matrix
from tests.notes import write_note

LEEGSTAND = "Een landelijke aanpak van leegstand boven winkels in {stad}"


@pytest.fixture
def pack():
    return Pack(title="Eigen", audiences=["city:zwolle", "ministry:bzk"], own=[
        OwnEntry(id="own:leegstand", text=LEEGSTAND, theme="theme:wonen", ministries=["ministry:bzk"]),
        OwnEntry(id="own:fietsparkeren", kind=OwnKind.GOAL, text="Genoeg fietsparkeerplekken bij het station"),
        OwnEntry(id="own:niet-gekozen", text="Staat niet in de notitie")],
        items=[Item(ref="demand:wonen-1"), Item(ref="own:leegstand", priority=Priority.HIGH, talking_points=["Cijfers"]),
               Item(ref="own:fietsparkeren")])


def test_own_demand_sits_under_its_theme_and_cites_the_advisor(pack, catalogue, audiences):
    briefing = build_briefing(pack, catalogue, audiences, "city:zwolle")
    wonen = next(t for m in briefing.messages for t in m.themes if t.id == "theme:wonen")
    own = next(a for a in wonen.asks if a.id == "own:leegstand")
    assert own.text == LEEGSTAND.replace("{stad}", "Zwolle") and own.source == OWN_SOURCE
    assert own in briefing.key_asks and own.ministries == ["minister voor Volkshuisvesting en Ruimtelijke Ordening (BZK)"]
    assert own.label == own.text  # the key points repeat the advisor's words whole, never cut off
    agenda_ask = next(a for a in wonen.asks if a.id == "demand:wonen-1")
    assert agenda_ask.source.startswith(catalogue.meta.source)
    groups = [m for m in briefing.messages if m.title == "Eigen inbreng"]
    assert len(groups) == 1 and groups[0].themes[0].goals[0].text.endswith("(eigen inbreng)")
    assert "Staat niet in de notitie" not in str(note_blocks(briefing, pack.options))
    assert catalogue.children("theme:wonen")[-1].id != "own:leegstand"  # the agenda itself is untouched


def test_own_demand_reaches_word_and_excel(pack, catalogue, audiences, tmp_path):
    note, matrix = tmp_path / "n.docx", tmp_path / "m.xlsx"
    write_note(pack, catalogue, audiences, "city:zwolle", note)
    text = "\n".join(p.text for p in Document(note).paragraphs)
    assert "Een landelijke aanpak van leegstand boven winkels in Zwolle" in text and OWN_SOURCE in text
    write_matrix(pack, catalogue, audiences, matrix)
    rows = [[c.value for c in row] for row in load_workbook(matrix)["Eisen"].iter_rows()]
    own = next(r for r in rows if r[0] == "own:leegstand")
    assert own[-1] == OWN_SOURCE and own[2] == LEEGSTAND


def test_own_entries_survive_save_and_load(pack, catalogue, audiences, tmp_path):
    path = tmp_path / "p.g40pack"
    save_pack(pack, path, catalogue=catalogue)
    again = load_pack(path, catalogue, audiences)
    # Saved with its owner written down: a pack for two audiences has it for both ("*").
    assert {o.owner for o in again.own} == {"*"}
    assert [o.model_copy(update={"owner": None}) for o in again.own] == pack.own and again.refs() == pack.refs()
    assert "own:leegstand" not in again.agenda.texts  # not agenda text: nothing to review


@pytest.mark.parametrize("change, field", [
    (lambda d: d["items"].append({"ref": "own:bestaat-niet"}), "items[3].ref"),
    (lambda d: d["own"][0].update(ministries=["ministry:xyz"]), "own[0].ministries"),
    (lambda d: d["own"].append(dict(d["own"][0])), "own[3].id"),
    (lambda d: d["own"][0].update(id="eigen"), "own[0].id"),
])
def test_broken_own_entries_are_named(pack, catalogue, audiences, tmp_path, change, field):
    path = tmp_path / "p.g40pack"
    save_pack(pack, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(G40Error, match=field.replace("[", r"\[").replace("]", r"\]")):
        load_pack(path, catalogue, audiences)

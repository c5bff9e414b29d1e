"""Issue 20, item 1: whatever the editor lets you type appears in the outputs, or the editor does not offer it.

data/fields.json says, for every kind of item and every field, where it appears. This test
writes a unique marker into each field of each kind, exports the note and the card (read
back with python-docx), the matrix (read back with openpyxl) and the editor's preview (its
HTML, from the same blocks), and checks the marker is exactly where the table says.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from g40desk.core.agenda.catalogue import PICKABLE, Catalogue, Kind, ShortTitlesFile
from g40desk.core.audience.facts import Facts
from g40desk.core.note.briefing import build_briefing
from g40desk.core.note.fields import INTERNAL, OUTPUTS, field_table, markdown, where
from g40desk.core.pack.model import Form, Item, NoteOptions, Override, OwnEntry, OwnKind, Pack, Priority, Status
from g40desk.export import pipeline

AUDIENCE = "city:zwolle"
ENTRY = {"theme": "theme:wonen", "goal": "goal:wonen-1", "demand": "demand:wonen-1", "key_figure": "figure:inwoners",
         "own_goal": "own:doel", "own_demand": "own:eis"}
ALL_OPTIONS = NoteOptions(key_points=True, rationale=True, goals=True, key_figures=True, annex=True)
CASES = [(kind, name) for kind in field_table().kinds for name in field_table().fields]


def _marker(kind: str, name: str) -> str:
    return f"Qz{kind.replace('_', '')}{name.replace('_', '')}Qz"


def _catalogue_with(catalogue: Catalogue, entry_id: str, marker: str) -> Catalogue:
    """The agenda with the text of one entry replaced by *marker* (a theme's: its rationale)."""
    def swap(node):
        children = [swap(c) for c in node.children]
        if node.id != entry_id:
            return node.model_copy(update={"children": children})
        if node.kind == Kind.THEME:
            return node.model_copy(update={"children": children, "rationale": [marker]})
        return node.model_copy(update={"children": children, "text": marker, "subpoints": []})

    data = catalogue.to_file()
    data = data.model_copy(update={"entries": [swap(n) for n in data.entries]})
    shorts = {e.id: e.short for e in catalogue.entries.values() if e.short and not e.own}
    return Catalogue(data, short_titles=ShortTitlesFile(titles=shorts))


def _pack(kind: str, name: str, marker: str) -> Pack:
    ref = ENTRY[kind]
    own = []
    if kind.startswith("own_"):
        own = [OwnEntry(id=ref, kind=OwnKind.GOAL if kind == "own_goal" else OwnKind.DEMAND,
                        text=marker if name == "text" else f"Eigen tekst van {kind}",
                        theme="theme:wonen", ministries=["ministry:bzk"] if kind == "own_demand" else [])]
    item = Item(ref=ref)
    over = Override()
    values = {"own_wording": ("text", marker), "context": ("context", marker), "talking_points": ("talking_points", [marker]),
              "priority": ("priority", Priority.HIGH), "status": ("status", Status.AGREED), "note": ("note", marker)}
    if name in values:
        setattr(item, *values[name])
    audience = {"audience_wording": ("text", marker), "audience_context": ("context", marker),
                "audience_points": ("talking_points", [marker]), "audience_priority": ("priority", Priority.HIGH)}
    if name in audience:
        setattr(over, *audience[name])
        item.overrides = {AUDIENCE: over}
    return Pack(title="Veldentabel", audiences=[AUDIENCE], own=own, items=[item], options=ALL_OPTIONS)


def _docx_text(path: Path) -> tuple[str, bool]:
    """All text of a Word file, and whether any run is bold outside headings and the title."""
    doc = Document(path)
    parts = [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells]
    bold = any(r.bold for p in doc.paragraphs if p.style.name.startswith("List") for r in p.runs)
    return "\n".join(parts), bold


def _xlsx_text(path: Path) -> str:
    book = load_workbook(path)
    return "\n".join(str(c.value) for ws in book for row in ws.iter_rows() for c in row if c.value is not None)


def _preview(pack, catalogue, audiences, form: Form) -> tuple[str, bool]:
    from g40desk.gui.panels.preview import briefing_html

    html = briefing_html(build_briefing(pack, catalogue, audiences, AUDIENCE, Facts()),
                         pack.options.model_copy(update={"form": form}))
    body = html[html.index("<body>"):]
    bold_ask = bool(re.search(r"<ol><li><a name='[^']+'></a><b>", body))
    return unescape(re.sub(r"<[^>]+>", " ", body)), bold_ask


def _outputs(tmp_path, pack, catalogue, audiences) -> dict[str, tuple[str, bool]]:
    for form, name in ((Form.NOTE, "note.docx"), (Form.CARD, "card.docx")):
        options = pack.options.model_copy(update={"form": form})
        plan = pipeline.check(pack, catalogue, audiences, [AUDIENCE], options, facts=Facts())
        pipeline.write_note(plan, AUDIENCE, tmp_path / name)
    pipeline.write_matrix(pipeline.check_matrix(pack, catalogue, audiences), tmp_path / "matrix.xlsx")
    return {"note": _docx_text(tmp_path / "note.docx"), "card": _docx_text(tmp_path / "card.docx"),
            "preview-note": _preview(pack, catalogue, audiences, Form.NOTE),
            "preview-card": _preview(pack, catalogue, audiences, Form.CARD),
            "matrix": (_xlsx_text(tmp_path / "matrix.xlsx"), False)}


def _seen(name: str, marker: str, output: str, found: tuple[str, bool]) -> bool:
    """Whether the field shows in one output: its marker, or for a choice its label (a high
    priority on the card and the card preview: the ask in bold)."""
    text, bold = found
    if name in ("priority", "audience_priority"):
        if output in ("card", "preview-card"):
            return bold
        return ("hoog" in text.split("\n")) if output == "matrix" else "prioriteit hoog" in text
    if name == "status":
        return "toegezegd" in text
    return marker in text


@pytest.mark.parametrize(("kind", "name"), [c for c in CASES if where(*c) is not None], ids=lambda v: str(v))
def test_each_field_appears_exactly_where_the_table_says(kind, name, tmp_path, catalogue, audiences):
    marker = _marker(kind, name)
    pack = _pack(kind, name, marker)
    if name == "text" and not kind.startswith("own_"):
        catalogue = _catalogue_with(catalogue, ENTRY[kind], marker)
    found = _outputs(tmp_path, pack, catalogue, audiences)
    cell = where(kind, name)
    wanted = set() if cell == INTERNAL else set(cell)
    seen = {o for o in ("note", "card", "matrix") if _seen(name, marker, o, found[o])}
    if _seen(name, marker, "preview-note", found["preview-note"]) or _seen(name, marker, "preview-card", found["preview-card"]):
        seen.add("preview")
    assert seen == wanted, f"{kind}.{name}: seen in {sorted(seen)}, the table says {sorted(wanted)}"
    # The preview shows what the note and the card show, no more and no less.
    assert _seen(name, marker, "preview-note", found["preview-note"]) == ("note" in wanted)
    assert _seen(name, marker, "preview-card", found["preview-card"]) == ("card" in wanted)


def test_the_table_covers_every_kind_and_field_and_core_messages_are_not_offered():
    table = field_table()
    assert set(table.kinds) == {"core_message", "theme", "goal", "demand", "key_figure", "own_goal", "own_demand"}
    assert set(OUTPUTS) == set(table.outputs)
    # A core message can never be an item of a pack: nothing about it can be typed.
    assert Kind.CORE_MESSAGE not in PICKABLE and all(v is None for v in table.cells["core_message"].values())
    assert all(table.cells[k]["note"] == INTERNAL for k in table.kinds if k != "core_message")


def test_docs_show_the_table():
    doc = (Path(__file__).parents[3] / "docs" / "fields.md").read_text(encoding="utf-8")
    assert markdown() in doc, "run: python tools/field_table.py"

"""PackDocument runs core operations and keeps their results on one undo stack; views follow the change record."""

from __future__ import annotations

import pytest

from g40desk.core.pack.edit import PackChanges
from g40desk.core.pack.model import Item, Override, Pack, Priority
from g40desk.core.pack.storage import load_pack
from g40desk.gui.document import PackDocument

pytestmark = pytest.mark.gui


@pytest.fixture
def doc(qapp, catalogue, audiences):
    pack = Pack(title="T", audiences=["city:zwolle", "ministry:vro"], items=[
        Item(ref="demand:wonen-1", overrides={"ministry:vro": Override(text="Voor VRO")}), Item(ref="demand:wonen-2")])
    return PackDocument(catalogue, audiences, pack)


def test_every_edit_is_one_step_and_undo_gives_back_the_same_pack(doc):
    original = doc.pack
    snapshot = original.model_copy(deep=True)
    records: list[PackChanges] = []
    doc.edited.connect(records.append)
    doc.add_entries(["demand:wonen-3"])
    doc.edit_item("demand:wonen-1", "priority", Priority.HIGH)
    doc.edit_override("demand:wonen-2", "city:zwolle", "text", "Voor Zwolle")
    doc.edit_pack("meeting.place", "Den Haag")
    doc.replace_audience("ministry:vro", "ministry:bzk/minister-vro", "doelgroep vervangen")
    doc.move_entry(0, 2)
    doc.remove_entries(["demand:wonen-2"])
    assert doc.undo_stack.count() == 7 and len(records) == 7
    assert records[3] == PackChanges(frozenset({"meeting"})) and records[4].fields == {"audiences", "items"}
    assert doc.pack.meeting.place == "Den Haag" and doc.pack.audiences[1] == "ministry:bzk/minister-vro"
    assert original == snapshot, "no edit changed the pack it started from"
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.pack == snapshot
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    assert doc.pack.refs() == ["demand:wonen-3", "demand:wonen-1"]
    assert doc.pack.item("demand:wonen-1").overrides == {"ministry:bzk/minister-vro": Override(text="Voor VRO")}


def test_views_hear_only_what_changed(doc):
    heard = []
    for name in ("items_reset", "item_changed", "meta_changed", "changed"):
        getattr(doc, name).connect(lambda *args, n=name: heard.append((n, *args)))
    doc.edit_item("demand:wonen-2", "context", "Hier", typing="context#1")
    assert heard == [("item_changed", "demand:wonen-2"), ("changed",)]
    heard.clear()
    doc.edit_pack("title", "Nieuw")
    assert heard == [("meta_changed",), ("changed",)]
    heard.clear()
    doc.undo_stack.undo()
    assert heard == [("meta_changed",), ("changed",)]
    heard.clear()
    doc.add_entries(["demand:wonen-3"])
    assert heard == [("items_reset",), ("changed",)]


def test_typing_in_one_field_merges_and_nothing_else_does(doc):
    for text in ("H", "Hi", "Hie", "Hier"):
        doc.edit_item("demand:wonen-2", "context", text, typing="context#1")
    doc.edit_item("demand:wonen-2", "note", "n", typing="note#1")
    doc.edit_pack("title", "A", typing="title#1")
    doc.edit_pack("title", "AB", typing="title#1")
    doc.edit_pack("title", "ABC", typing="title#2")  # another visit
    assert doc.undo_stack.count() == 4
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.pack.title == "T" and doc.pack.item("demand:wonen-2").context == "Hier"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.pack.item("demand:wonen-2").context is None


def test_a_save_records_the_agenda_without_an_undo_step_and_undo_keeps_it(doc, tmp_path, catalogue, audiences):
    doc.edit_pack("title", "Bewaard")
    before = doc.pack
    doc.save(tmp_path / "p.g40pack")
    assert before.agenda is None, "saving never changes the pack it is given"
    assert doc.pack.agenda.version == catalogue.meta.version and doc.pack == load_pack(tmp_path / "p.g40pack",
                                                                                       catalogue, audiences)
    assert doc.undo_stack.count() == 1 and not doc.modified
    doc.undo_stack.undo()
    assert doc.pack.title == "T" and doc.pack.agenda == load_pack(tmp_path / "p.g40pack", catalogue, audiences).agenda
    doc.undo_stack.redo()
    assert not doc.modified and doc.pack.title == "Bewaard"

"""An edit beyond the pack's limits is refused before it reaches the undo stack, with one message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from g40desk.core.pack.model import MAX_AUDIENCES, MAX_ITEMS, MAX_OWN, MAX_POINTS, Item, OwnEntry, Pack
from g40desk.gui.document import PackDocument

pytestmark = pytest.mark.gui


def test_pasting_too_many_talking_points_is_refused_with_one_message(qtbot, window, user):
    shown = user.expecting_warnings()
    window.set_in_pack(["demand:wonen-1"], True)
    window.outline.setCurrentIndex(window.outline_model.item_index(0))
    assert window.item_editor.ref == "demand:wonen-1"
    doc, points = window.doc, window.item_editor.points
    points.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(points, "Eerste punt")
    steps, index = doc.undo_stack.count(), doc.undo_stack.index()
    pasted = "\n".join(f"punt {n}" for n in range(1, MAX_POINTS + 2))
    QApplication.clipboard().setText(pasted)
    points.selectAll()
    with qtbot.capture_exceptions() as exceptions:
        points.paste()
        qtbot.keyClicks(points, " meer")  # typing on while over the limit: no second box
    assert exceptions == []
    assert len(shown) == 1 and "Gesprekspunten" in shown[0] and str(MAX_POINTS) in shown[0]
    assert "blijft in het vak" in shown[0]
    assert points.toPlainText() == pasted + " meer", "the pasted text stays in the box"
    assert points.property("unsaved") is True, "a red frame shows the box's text is not in the pack"
    assert (doc.undo_stack.count(), doc.undo_stack.index()) == (steps, index)
    assert doc.pack.item("demand:wonen-1").talking_points == ["Eerste punt"]
    # Removing one line brings it within the limit: now it is saved, in this visit's one undo step.
    cursor = points.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.movePosition(cursor.MoveOperation.StartOfBlock, cursor.MoveMode.KeepAnchor)
    cursor.movePosition(cursor.MoveOperation.PreviousCharacter, cursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    assert len(doc.pack.item("demand:wonen-1").talking_points) == MAX_POINTS
    assert doc.undo_stack.count() == steps and len(shown) == 1 and points.property("unsaved") is False
    doc.undo_stack.undo()
    assert doc.pack.item("demand:wonen-1").talking_points == []


def _doc(catalogue, audiences, pack):
    doc = PackDocument(catalogue, audiences, pack)
    messages: list[str] = []
    doc.refused.connect(messages.append)
    return doc, messages


def test_adding_beyond_the_item_limit_is_refused(qtbot, catalogue, audiences):
    doc, messages = _doc(catalogue, audiences, Pack(items=[Item(ref=f"x{n}") for n in range(MAX_ITEMS)]))
    with qtbot.capture_exceptions() as exceptions:
        assert doc.add_entries(["demand:wonen-1"]) == []
    assert exceptions == [] and doc.undo_stack.count() == 0 and len(doc.pack.items) == MAX_ITEMS
    assert len(messages) == 1 and str(MAX_ITEMS) in messages[0]


def test_adding_beyond_the_own_entry_limit_is_refused(qtbot, catalogue, audiences):
    own = [OwnEntry(id=f"own:e{n}", text="eigen eis") for n in range(MAX_OWN)]
    doc, messages = _doc(catalogue, audiences, Pack(own=own))
    entry = OwnEntry(id="own:nog-een", text="nog een")
    with qtbot.capture_exceptions() as exceptions:
        doc.add_own_entry(entry, Item(ref=entry.id), "eigen inbreng toevoegen")
    assert exceptions == [] and doc.undo_stack.count() == 0 and len(doc.pack.own) == MAX_OWN
    assert len(messages) == 1 and str(MAX_OWN) in messages[0]


def test_adding_beyond_the_audience_limit_is_refused(qtbot, catalogue, audiences):
    doc, messages = _doc(catalogue, audiences, Pack(audiences=[f"a{n}" for n in range(MAX_AUDIENCES)]))
    with qtbot.capture_exceptions() as exceptions:
        doc.edit_pack("audiences", [*doc.pack.audiences, "nog-een"])
    assert exceptions == [] and doc.undo_stack.count() == 0 and len(doc.pack.audiences) == MAX_AUDIENCES
    assert len(messages) == 1 and str(MAX_AUDIENCES) in messages[0]


def test_too_long_text_is_refused(qtbot, catalogue, audiences, monkeypatch):
    from g40desk.core.pack import limits

    monkeypatch.setattr(limits, "MAX_TEXT", 10)  # the real limit is a million characters
    doc, messages = _doc(catalogue, audiences, Pack(items=[Item(ref="demand:wonen-1")]))
    doc.edit_item("demand:wonen-1", "context", "x" * 11, "context#1")
    doc.edit_pack("title", "y" * 11)
    assert doc.undo_stack.count() == 0 and doc.pack.item("demand:wonen-1").context is None
    assert len(messages) == 2 and "Lokale context" in messages[0] and "Titel" in messages[1]


def test_a_matrix_import_beyond_the_limits_changes_nothing(qtbot, window, tmp_path, catalogue, audiences, user):
    from openpyxl import load_workbook

    from tests.matrix_kit import write_matrix

    refs = [e.id for e in catalogue.walk() if e.kind.value == "demand"][:25]
    window.doc.replace(Pack(title="Veel", audiences=["city:zwolle"], items=[Item(ref=r) for r in refs]), None)
    path = tmp_path / "m.xlsx"
    write_matrix(window.doc.pack, catalogue, audiences, path)
    book = load_workbook(path)
    column = [c.value for c in book["Eisen"][1]].index("Gesprekspunten")
    for row in book["Eisen"].iter_rows(min_row=2):
        row[column].value = "\n".join(f"punt {n}" for n in range(MAX_POINTS))
    book.save(path)
    user.files.append(path)
    shown = user.expecting_warnings()
    before = window.doc.pack
    window.act_import.trigger()  # refused on reading: the import dialog never opens
    assert shown == [f"{path}: na het overnemen zou het pakket 25.000 gesprekspunten hebben (hooguit 20.000); "
                     "er is niets overgenomen"]
    assert window.doc.pack is before and window.doc.undo_stack.count() == 0 and not window.doc.modified

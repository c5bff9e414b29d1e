"""The item editor offers exactly the fields data/fields.json has a place for, and shows whose each text is."""

from __future__ import annotations

import pytest

from g40desk.core.note.fields import AUDIENCE_FIELDS, ITEM_FIELDS, field_table
from g40desk.core.pack.model import ALL_AUDIENCES, Item, OwnEntry, OwnKind, Pack

pytestmark = pytest.mark.gui

REFS = {"theme": "theme:wonen", "goal": "goal:wonen-1", "demand": "demand:wonen-1", "key_figure": "figure:inwoners",
        "own_goal": "own:doel", "own_demand": "own:eis"}


def _pack() -> Pack:
    own = [OwnEntry(id="own:doel", kind=OwnKind.GOAL, text="Een doel", theme="theme:wonen"),
           OwnEntry(id="own:eis", kind=OwnKind.DEMAND, text="Een eis", theme="theme:wonen")]
    return Pack(audiences=["city:zwolle", "ministry:bzk"], own=own, items=[Item(ref=r) for r in REFS.values()])


def test_the_editor_offers_exactly_the_fields_the_table_places(window):
    window.doc.replace(_pack(), None)
    editor = window.item_editor
    widgets = {"own_wording": editor.text, "context": editor.context, "talking_points": editor.points,
               "priority": editor.priority, "status": editor.status, "note": editor.note}
    box = editor.overrides
    box.audience.setCurrentIndex(0)
    audience_widgets = {"audience_wording": box.text, "audience_context": box.context,
                        "audience_points": box.points, "audience_priority": box.priority}
    table = field_table()
    for kind, ref in REFS.items():
        editor.show_item(ref)
        for name, widget in {**widgets, **audience_widgets}.items():
            offered = table.cells[kind][name] is not None
            form = editor.form if name in ITEM_FIELDS else box.form
            row = editor.boxes.get(ITEM_FIELDS.get(name, ""), widget) if name in ITEM_FIELDS else widget
            assert form.isRowVisible(row) == offered, f"{kind}: {name}"
            if name in ITEM_FIELDS:
                assert widget.isEnabled() == offered, f"{kind}: {name}"
        assert set(ITEM_FIELDS) | set(AUDIENCE_FIELDS) | {"text"} == set(table.fields)


def test_text_from_an_older_pack_in_a_field_no_longer_offered_stays_visible_with_a_warning(window):
    pack = Pack(audiences=["city:zwolle"], items=[Item(ref="figure:inwoners", talking_points=["Noem het aantal."])])
    window.doc.replace(pack, None)
    editor = window.item_editor
    editor.show_item("figure:inwoners")
    assert editor.form.isRowVisible(editor.boxes["talking_points"]) and not editor.points.isEnabled()
    assert editor.form.isRowVisible(editor.unprinted) and "gesprekspunten" in editor.unprinted.text()


def test_the_owner_shows_beside_each_text_and_changes_as_one_undo_step(window):
    window.doc.replace(_pack(), None)
    editor = window.item_editor
    editor.show_item("demand:wonen-1")
    editor.context.setPlainText("Zwolle bouwt 10.000 woningen")
    item = window.doc.pack.item("demand:wonen-1")
    assert item.owners == {"context": ALL_AUDIENCES}  # two audiences: for all until the advisor chooses
    button = editor.owner_buttons["context"]
    assert button.text().startswith("voor alle doelgroepen")
    zwolle = next(a for a in button.menu().actions() if a.data() == "city:zwolle")
    zwolle.trigger()
    assert window.doc.pack.item("demand:wonen-1").owners["context"] == "city:zwolle"
    assert button.text().startswith("voor Zwolle") and "Zwolle" in button.accessibleName()
    window.doc.undo_stack.undo()
    assert window.doc.pack.item("demand:wonen-1").owners["context"] == ALL_AUDIENCES
    assert button.text().startswith("voor alle doelgroepen")


def test_talking_points_can_be_written_for_one_audience(window):
    window.doc.replace(_pack(), None)
    editor = window.item_editor
    editor.show_item("demand:wonen-1")
    box = editor.overrides
    box.audience.setCurrentIndex(box.audience.findData("ministry:bzk"))
    box.points.setPlainText("Alleen voor BZK\nTweede punt")
    assert window.doc.pack.item("demand:wonen-1").overrides["ministry:bzk"].talking_points == ["Alleen voor BZK",
                                                                                              "Tweede punt"]
    box.points.setPlainText("")
    box.keep_empty.setChecked(True)  # this audience gets none of the points written for all
    assert window.doc.pack.item("demand:wonen-1").overrides["ministry:bzk"].talking_points == []


def test_an_outdated_ask_is_greyed_with_its_reason_and_kept_only_with_a_reason(window, user, tmp_path, qtbot):
    from PySide6.QtCore import Qt

    from g40desk.gui.support.labels import STALE_GREY

    window.doc.replace(Pack(audiences=["city:zwolle"], items=[Item(ref="demand:wonen-1"), Item(ref="demand:wonen-3")]),
                       None)
    index = window.outline_model.index_of("demand:wonen-3")
    assert window.outline_model.data(index, Qt.ItemDataRole.ForegroundRole).color().name() == STALE_GREY
    assert "Achterhaald sinds" in window.outline_model.data(index, Qt.ItemDataRole.ToolTipRole)
    catalogue_index = window.catalogue_model.index_of("demand:wonen-3")
    assert window.catalogue_model.data(catalogue_index, Qt.ItemDataRole.ForegroundRole).color().name() == STALE_GREY
    # Export refuses it, saying why, without offering to write anyway.
    warned = user.expecting_warnings()
    user.files = [str(tmp_path / "n.docx")]
    window.act_docx.trigger()
    assert warned and "demand:wonen-3" in warned[0] and "deels achterhaald sinds 1 januari 2023" in warned[0]
    assert user.file_dialogs == [] and user.questions == []  # no file asked for, no "toch exporteren?"
    # The item editor says why, and takes a reason: one undo step.
    editor = window.item_editor
    editor.show_item("demand:wonen-3")
    assert editor.stale_box.isVisibleTo(editor) and "De verhuurderheffing" in editor.stale.text()
    editor.keep_reason.setFocus()
    qtbot.keyClicks(editor.keep_reason, "ATAD blijft nodig ")
    assert editor.keep_reason.text() == "ATAD blijft nodig "  # the space typed last stays in the field
    assert window.doc.pack.agenda.reasons == {"demand:wonen-3": "ATAD blijft nodig"}
    editor.show_item("demand:wonen-1")
    assert not editor.stale_box.isVisibleTo(editor)
    window.doc.undo_stack.undo()
    assert not window.doc.pack.agenda or not window.doc.pack.agenda.reasons

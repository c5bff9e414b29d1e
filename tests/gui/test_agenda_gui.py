"""The agenda in the editor: the label, the review on open, switching, own demands, editing."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from g40desk.core.agenda.catalogue import BUILTIN_ID
from g40desk.core.agenda.edit import AgendaDraft
from g40desk.core.agenda.review import ChangeKind
from g40desk.core.pack.model import Item, OwnEntry

pytestmark = pytest.mark.gui


def _old_pack(tmp_path):
    path = tmp_path / "oud.g40pack"
    path.write_text(json.dumps({"schema_version": 1, "title": "Oud", "audiences": ["city:zwolle"],
                                "items": [{"ref": "demand:klimaat-2"}, {"ref": "demand:wonen-1"}]}), encoding="utf-8")
    return path


def test_label_and_menu_show_the_agenda(window):
    assert "versie 2" in window.agendas.label.text()
    titles = [a.text() for a in window.menuBar().actions()]
    assert "Agenda" in titles and titles.index("Agenda") < len(titles) - 1  # before Help


def test_opening_an_old_pack_asks_and_keeps_what_is_kept(window, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(window.agendas, "ask_review", lambda changes, header: asked.append((changes, header)) or set())
    assert window.files.open_path(_old_pack(tmp_path), confirmed=True)
    [(changes, header)] = asked
    assert [(c.kind, c.ref) for c in changes] == [(ChangeKind.OUTDATED, "demand:klimaat-2")]
    assert "versie 1" in header and "versie 2" in header
    assert window.doc.pack.refs() == ["demand:klimaat-2", "demand:wonen-1"]
    assert window.doc.pack.agenda.version == 2 and window.doc.pack.agenda.kept == ["demand:klimaat-2"]
    assert window.doc.modified  # the decisions are not saved until the user saves


def test_cancelling_the_review_does_not_open_the_pack(window, tmp_path, monkeypatch, user):
    monkeypatch.setattr(window.agendas, "ask_review", lambda changes, header: None)
    warnings = user.expecting_warnings()
    assert not window.files.open_path(_old_pack(tmp_path), confirmed=True)
    assert window.doc.path is None and "beslissen" in warnings[0]


def test_switching_to_an_edited_version_is_reviewed_and_undoable(window, catalogue, monkeypatch):
    window.set_in_pack(["demand:wonen-1", "demand:wonen-2"], True)
    draft = AgendaDraft(catalogue)
    draft.set_field("demand:wonen-1", "text", "Een nieuwe tekst voor de impulsregeling.")
    _, edited = draft.save(window.agendas.library)
    monkeypatch.setattr(window.agendas, "ask_review", lambda changes, header: {c.key for c in changes})
    assert window.agendas.switch_to(edited)
    assert window.doc.agenda is edited and "versie 3" in window.agendas.label.text()
    assert window.catalogue_model.catalogue is edited
    assert window.doc.catalogue["demand:wonen-1"].node.text == "Een nieuwe tekst voor de impulsregeling."
    window.doc.undo_stack.undo()
    assert window.doc.agenda.meta.version == 2 and window.doc.pack.agenda is None  # as before the switch
    assert window.doc.pack.refs() == ["demand:wonen-1", "demand:wonen-2"]


def test_own_demand_is_added_undoably_and_previewed(window):
    entry = OwnEntry(id="own:leegstand", text="Aanpak van leegstand boven winkels", theme="theme:wonen")
    window.doc.add_own_entry(entry, Item(ref=entry.id), "eigen")
    assert window.doc.pack.refs() == ["own:leegstand"] and window.outline_model.rowCount() == 1
    assert window.doc.catalogue["own:leegstand"].own
    window.doc.undo_stack.undo()
    assert window.doc.pack.refs() == [] and window.doc.pack.own == []


def test_own_entry_dialog_builds_entry(qtbot, catalogue, audiences):
    from g40desk.gui.dialogs.agenda_dialogs import OwnEntryDialog

    dialog = OwnEntryDialog(catalogue, audiences, {"own:fietsen"})
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Fietsen bij het station")
    dialog.theme.setCurrentIndex(dialog.theme.findData("theme:mobiliteit"))
    dialog.ministries.item(0).setCheckState(Qt.CheckState.Checked)
    entry, item = dialog.result_entry()
    assert entry.id == "own:fietsen-bij-het-station" and entry.theme == "theme:mobiliteit"
    assert entry.ministries == [dialog.ministries.item(0).data(Qt.ItemDataRole.UserRole + 1)]
    assert item.ref == entry.id


def test_agenda_editor_edits_undo_and_saves_a_new_version(qtbot, catalogue, audiences, tmp_path):
    from g40desk.core.agenda.library import AgendaLibrary
    from g40desk.gui.dialogs.agenda_editor import AgendaEditor

    library = AgendaLibrary(shared=[], user_dir=tmp_path)
    editor = AgendaEditor(catalogue, library, audiences)
    qtbot.addWidget(editor)
    row = editor.tree.findItems("Eis: Een snel en breed", Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)[0]
    editor.tree.setCurrentItem(row)
    editor.text.setPlainText("Nieuwe tekst.")
    editor.commit_text()
    assert editor.draft.node("demand:wonen-1").text == "Nieuwe tekst."
    editor.undo_stack.undo()
    assert editor.draft.node("demand:wonen-1").text.startswith("Een snel en breed")
    editor.undo_stack.redo()
    editor.move(1)
    editor.outdated.setChecked(True)
    editor.outdated_reason.setText("geregeld")
    editor.commit_outdated()
    editor.save()
    assert editor.saved.meta.version == 3 and editor.saved["demand:wonen-1"].node.outdated.reason == "geregeld"
    assert [c.id for c in editor.saved.children("theme:wonen")][2:4] == ["demand:wonen-2", "demand:wonen-1"]
    assert library.find(BUILTIN_ID).version == 3


def test_review_dialog_defaults_and_diff(qtbot, catalogue, tmp_path):
    from g40desk.core.agenda.review import Change
    from g40desk.gui.dialogs.agenda_review_dialog import ReviewDialog, diff_html

    changes = [Change(ChangeKind.CHANGED, "demand:wonen-1", "x", old="de heffing afschaffen", new="de heffing is weg"),
               Change(ChangeKind.OUTDATED, "demand:klimaat-2", "y", reason="achterhaald")]
    dialog = ReviewDialog(changes, "kop")
    qtbot.addWidget(dialog)
    assert dialog.accepted_keys() == {"changed:demand:wonen-1"}
    assert "line-through" in diff_html(changes[0]) and "afschaffen" in dialog.detail.toHtml()
    dialog.set_all(True)
    assert dialog.accepted_keys() == {c.key for c in changes}


def test_import_review_dialog_saves_the_next_version(qtbot, catalogue, tmp_path):
    from g40desk.core.agenda.library import AgendaLibrary
    from g40desk.export.agenda_docx import write_agenda_docx
    from g40desk.gui.dialogs.agenda_dialogs import ImportReviewDialog
    from g40desk.importers.agenda import import_docx

    write_agenda_docx(catalogue, tmp_path / "a.docx")
    library = AgendaLibrary(shared=[], user_dir=tmp_path / "eigen")
    dialog = ImportReviewDialog(import_docx(tmp_path / "a.docx", catalogue), library)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == len(catalogue.roots)
    dialog.accept()
    assert dialog.saved.meta.version == 1 and library.find(dialog.saved.meta.id) is not None


def test_outdated_entry_is_marked_in_tree_outline_and_editor(window):
    window.set_in_pack(["demand:klimaat-2"], True)
    model = window.catalogue_model
    assert model.data(model.index_of("demand:klimaat-2")).endswith("(deels achterhaald)")
    assert "1 januari 2023" in model.data(model.index_of("demand:klimaat-2"), Qt.ItemDataRole.ToolTipRole)
    assert window.outline_model.item_index(0).data().endswith("(deels achterhaald)")
    window.outline.setCurrentIndex(window.outline_model.item_index(0))
    assert window.item_editor.catalogue_text.toPlainText().startswith("Achterhaald sinds 1 januari 2023")


def test_agenda_editor_adds_and_retires_through_the_input_dialogs(qtbot, catalogue, audiences, tmp_path, user):
    from g40desk.core.agenda.library import AgendaLibrary
    from g40desk.gui.dialogs.agenda_editor import AgendaEditor

    editor = AgendaEditor(catalogue, AgendaLibrary(shared=[], user_dir=tmp_path), audiences)
    qtbot.addWidget(editor)
    row = editor.tree.findItems("Eis: Een snel en breed", Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)[0]
    editor.tree.setCurrentItem(row)
    before = len(editor.draft.node("theme:wonen").children)
    user.pick = lambda label, shown: shown[-1]
    user.texts.append("  Een nieuwe eis.  ")
    editor.add_child()  # a demand has no children: added beside it, under the theme
    added = editor.draft.node("theme:wonen").children[-1]
    assert len(editor.draft.node("theme:wonen").children) == before + 1 and added.text == "Een nieuwe eis."
    user.texts.append(None)
    editor.add_child()  # cancelled: nothing added
    assert len(editor.draft.node("theme:wonen").children) == before + 1
    row = editor.tree.findItems("Eis: Een snel en breed", Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)[0]
    editor.tree.setCurrentItem(row)  # the tree was rebuilt
    user.texts.append("  opgelost  ")
    editor.retire()
    assert editor.draft.node("demand:wonen-1").retired.reason == "opgelost"

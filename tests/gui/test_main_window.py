"""The whole flow through real widgets: pick, audience, tailor, undo, save, reopen, export."""

from __future__ import annotations

import json

import pytest
from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from g40desk.core.agenda.catalogue import Kind
from g40desk.gui.models.catalogue_model import ID_ROLE
from g40desk.gui.support.notify import Button

pytestmark = pytest.mark.gui


def _find(view, entry_id):
    model = view.model()
    matches = model.match(model.index(0, 0), ID_ROLE, entry_id, 1,
                          Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert matches, entry_id
    return matches[0]


def _tick(qtbot, window, entry_id):
    index = _find(window.tree, entry_id)
    window.tree.scrollTo(index)
    window.tree.setCurrentIndex(index)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Space)


def test_pick_tailor_undo_save_reopen_export(qtbot, window, tmp_path, catalogue, audiences, settings, user):
    # Search narrows the tree, accents ignored.
    qtbot.keyClicks(window.search, "impulsregeling")
    assert window.catalogue_filter.rowCount() >= 1
    _tick(qtbot, window, "demand:wonen-1")
    assert window.doc.pack.refs() == ["demand:wonen-1"]
    window.search.clear()
    # Ticking a theme adds it with its demands, but not the partly outdated verhuurderheffing one.
    _tick(qtbot, window, "theme:klimaat")
    assert len(window.doc.pack.refs()) == 1 + 1 + 9 and "demand:klimaat-2" not in window.doc.pack.refs()

    # Audience through the searchable picker.
    window.tabs.setCurrentWidget(window.pack_page)
    picker = window.pack_panel.audience_picker
    picker.lineEdit().setFocus()
    qtbot.keyClicks(picker.lineEdit(), "Zwolle")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert window.doc.pack.audiences == ["city:zwolle"]
    qtbot.keyClicks(window.pack_panel.title, " {stad}")
    assert window.doc.pack.title == "Nieuwe briefing {stad}"

    # Tailor the first item by typing; typing merges into one undo step.
    window.outline.setCurrentIndex(window.outline_model.item_index(0))
    editor = window.item_editor
    assert editor.ref == "demand:wonen-1"
    qtbot.keyClicks(editor.text, "Impuls voor {stad}")
    qtbot.keyClicks(editor.note, "alleen intern")
    editor.priority.setCurrentIndex(editor.priority.findText("hoog"))
    item = window.doc.pack.item("demand:wonen-1")
    assert item.text == "Impuls voor {stad}" and item.note == "alleen intern" and item.priority.value == "high"
    assert window.act_undo.text().endswith("prioriteit wijzigen")
    window.act_undo.trigger()
    assert window.doc.pack.item("demand:wonen-1").priority is None
    window.act_undo.trigger()
    assert window.doc.pack.item("demand:wonen-1").note is None
    window.act_redo.trigger()
    window.act_redo.trigger()
    assert window.doc.pack.item("demand:wonen-1").priority.value == "high"
    assert window.isWindowModified()

    # Keyboard reordering, within the theme.
    window.outline.setCurrentIndex(window.outline_model.index_of("demand:klimaat-1"))
    window.act_down.trigger()
    assert window.doc.pack.refs()[2:4] == ["demand:klimaat-3", "demand:klimaat-1"]
    window.act_undo.trigger()
    assert window.doc.pack.refs()[2] == "demand:klimaat-1"

    # Save, then reopen in a second window.
    target = tmp_path / "mijn pakket é.g40pack"
    user.files.append(target)
    window.act_save.trigger()
    assert not window.isWindowModified() and "mijn pakket é.g40pack" in window.windowTitle()
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["items"][0] == {"ref": "demand:wonen-1", "text": "Impuls voor {stad}", "priority": "high",
                                 "note": "alleen intern", "owners": {"text": "city:zwolle"}}  # a one-audience pack

    from g40desk.gui.main_window import MainWindow
    second = MainWindow(catalogue, audiences, settings)
    qtbot.addWidget(second)
    assert second.open_path(target)
    assert second.doc.pack == window.doc.pack
    assert settings.get("recent_files")[0] == str(target.resolve())

    # Export Word and Excel off the GUI thread, then read them back.
    user.answer = Button.Close
    docx_path, xlsx_path = tmp_path / "notitie.docx", tmp_path / "matrix.xlsx"
    user.files.append(docx_path)
    second.act_docx.trigger()
    assert second.exports.busy_bar is not None  # the window shows work is going on
    user.files.append(xlsx_path)
    second.act_xlsx.trigger()
    qtbot.waitUntil(lambda: not second.exports.busy, timeout=30_000)
    assert second.exports.busy_bar is None
    text = "\n".join(p.text for p in Document(docx_path).paragraphs)
    assert "Impuls voor Zwolle" in text and "Nieuwe briefing Zwolle" in text
    assert "alleen intern" not in text
    assert load_workbook(xlsx_path)["Matrix"]["A4"].value == "demand:wonen-1"


def test_preview_follows_edits(qtbot, window):
    window.set_in_pack(["demand:mobiliteit-4"], True)
    window.outline.setCurrentIndex(window.outline_model.item_index(0))
    qtbot.keyClicks(window.item_editor.text, "Intercity naar Berlijn")
    qtbot.waitUntil(lambda: "Intercity naar Berlijn" in window.preview.view.toPlainText(), timeout=3000)


def test_unknown_placeholder_is_flagged_while_typing(qtbot, window):
    window.set_in_pack(["demand:mobiliteit-4"], True)
    window.outline.setCurrentIndex(window.outline_model.item_index(0))
    qtbot.keyClicks(window.item_editor.text, "voor {stadt}")
    assert "{stadt}" in window.item_editor.placeholder_hint.text()


def test_ministry_demands_selected_at_once(qtbot, window):
    window.pack_panel._set("audiences", ["ministry:ienw"], "x")
    window.pack_panel.audience_list.setCurrentRow(0)
    assert window.pack_panel.ministry_demands.isEnabled()
    qtbot.mouseClick(window.pack_panel.ministry_demands, Qt.MouseButton.LeftButton)
    refs = window.doc.pack.refs()
    assert {"demand:mobiliteit-1", "demand:mobiliteit-4", "demand:klimaat-10"} <= set(refs)


def test_failed_export_says_so_and_keeps_the_pack(qtbot, window, tmp_path, user):
    messages = user.expecting_warnings()
    window.set_in_pack(["demand:wonen-1"], True)
    user.files.append(tmp_path / "nope" / "n.docx")
    window.act_docx.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    assert "de map bestaat niet" in messages[0] and "niets verloren" in messages[0]
    assert window.doc.pack.refs() == ["demand:wonen-1"]


def test_models_pass_qt_model_tester(qtmodeltester, window):
    window.set_in_pack(["theme:wonen", "demand:wonen-1", "demand:wonen-2"], True)
    qtmodeltester.check(window.catalogue_model)
    window.catalogue_filter.set_query("woning")
    qtmodeltester.check(window.catalogue_filter)
    qtmodeltester.check(window.outline_model)


def test_note_sections_are_chosen_saved_and_used(qtbot, window, tmp_path, demo, user):
    window.doc.replace(demo, None)
    window.tabs.setCurrentWidget(window.pack_page)
    box = window.pack_panel.note_options
    box.checks["rationale"].click()
    box.checks["annex"].click()
    assert window.doc.pack.options.rationale is False and window.doc.pack.options.annex is True
    qtbot.waitUntil(lambda: "Waarom is dit van belang?" not in window.preview.view.toPlainText(), timeout=3000)
    box.form.setCurrentIndex(box.form.findText("Gesprekskaart (één pagina)"))
    assert window.doc.pack.options.form.value == "card" and not box.checks["goals"].isEnabled()
    qtbot.waitUntil(lambda: "Vragen en gesprekspunten" in window.preview.view.toPlainText(), timeout=3000)
    window.act_undo.trigger()
    assert window.doc.pack.options.form.value == "note"
    target = tmp_path / "opties.g40pack"
    user.files.append(target)
    window.act_save.trigger()
    assert json.loads(target.read_text(encoding="utf-8"))["options"] == {"rationale": False, "annex": True}


def test_asks_for_others_are_grouped_or_left_out_from_the_pack_tab(qtbot, window, demo):
    import datetime as dt

    window.doc.replace(demo.model_copy(update={"meeting": demo.meeting.model_copy(update={"date": dt.date(2025, 10, 14)})}),
                       None)
    window.tabs.setCurrentWidget(window.pack_page)
    combo = window.pack_panel.note_options.other_asks
    qtbot.waitUntil(lambda: "Ook van belang voor VRO" in window.preview.view.toPlainText(), timeout=3000)
    combo.setCurrentIndex(combo.findText("weglaten"))
    assert window.doc.pack.options.other_asks.value == "omit"
    qtbot.waitUntil(lambda: "Ook van belang voor" not in window.preview.view.toPlainText(), timeout=3000)
    window.act_undo.trigger()
    assert window.doc.pack.options.other_asks.value == "group" and combo.currentText().startswith("onder")


@pytest.mark.parametrize("content, expected", [
    (b"", "het bestand is leeg"),
    (b"\x00\x01binary", "binaire inhoud"),
    (b'{"title": "T", "audiences": ["city:zwolle"], "items": [{"ref": "demand:x"}]}', "onbekende catalogus-ID 'demand:x'"),
    (b'{"schema_version": 99, "title": "T", "audiences": [], "items": []}', "nieuwere g40desk"),
])
def test_broken_file_gets_a_dialog_and_the_open_pack_is_kept(qtbot, window, tmp_path, content, expected, user):
    window.set_in_pack(["demand:wonen-1"], True)
    user.answer = Button.Discard
    shown = user.expecting_warnings()
    bad = tmp_path / "kapot.g40pack"
    bad.write_bytes(content)
    assert window.open_path(bad) is False
    assert expected in shown[0] and "kapot.g40pack" in shown[0]
    assert window.doc.pack.refs() == ["demand:wonen-1"] and bad.read_bytes() == content


def test_internal_note_never_in_preview(qtbot, window, demo):
    noted = next(i for i in demo.items if i.note)
    assert "niet delen met de pers" in noted.note  # the test has a note to leak
    window.doc.replace(demo, None)
    shown = {}
    for audience in range(window.preview.audience.count()):
        window.preview.audience.setCurrentIndex(audience)
        window.preview.refresh()
        shown[window.preview.audience.currentData()] = text = window.preview.view.toPlainText()
        assert "niet delen met de pers" not in text and "Intern: wethouder" not in text
    assert set(shown) == set(demo.audiences)
    assert "Spoorzone" in shown["city:zwolle"], "the preview really shows the tailored item's context"


def test_catalogue_filter_keeps_matches_and_their_ancestors(catalogue, audiences, qapp):
    from g40desk.gui.document import PackDocument
    from g40desk.gui.models.catalogue_model import CatalogueFilter, CatalogueModel

    proxy = CatalogueFilter(catalogue)
    proxy.setSourceModel(CatalogueModel(catalogue, PackDocument(catalogue, audiences)))
    proxy.set_query("STIKSTOF")
    shown = []

    def walk(parent):
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            shown.append(index.data(ID_ROLE))
            walk(index)

    from PySide6.QtCore import QModelIndex
    walk(QModelIndex())
    assert shown == ["message:duurzame-stad", "theme:wonen", "demand:wonen-2"]
    proxy.set_query("")
    proxy.set_ministry("ministry:ienw")
    shown.clear()
    walk(QModelIndex())
    demands = [i for i in shown if i.startswith("demand:")]
    assert demands == [d.id for d in catalogue.of_kind(Kind.DEMAND) if "ministry:ienw" in d.ministries]


def test_per_audience_override_is_typed_undone_and_exported(qtbot, window, tmp_path, catalogue, audiences):
    window.set_in_pack(["demand:wonen-1"], True)
    window.pack_panel._set("audiences", ["city:zwolle", "city:tilburg"], "x")
    window.outline.setCurrentIndex(window.outline_model.item_index(0))
    box = window.item_editor.overrides
    box.audience.setCurrentIndex(box.audience.findData("city:tilburg"))
    qtbot.keyClicks(box.context, "Tilburg: Spoorzone")
    box.priority.setCurrentIndex(box.priority.findText("laag"))
    item = window.doc.pack.item("demand:wonen-1")
    assert item.overrides["city:tilburg"].context == "Tilburg: Spoorzone"
    assert item.effective("city:tilburg").priority.value == "low" and item.effective("city:zwolle").priority is None
    window.act_undo.trigger()  # the priority choice
    window.act_undo.trigger()  # all the typing, one step
    assert "city:tilburg" not in window.doc.pack.item("demand:wonen-1").overrides
    window.act_redo.trigger()
    from g40desk.core.note.briefing import build_briefing
    tilburg = build_briefing(window.doc.pack, catalogue, audiences, "city:tilburg")
    zwolle = build_briefing(window.doc.pack, catalogue, audiences, "city:zwolle")
    assert tilburg.asks[0].context == "Tilburg: Spoorzone" and zwolle.asks[0].context == ""


def test_dropping_a_pack_file_opens_it(qtbot, window, tmp_path, demo):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    from g40desk.core.pack.storage import save_pack

    path = tmp_path / "gesleept.g40pack"
    save_pack(demo, path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.doc.path == path and window.doc.pack.title == demo.title


def test_closing_with_unsaved_changes_asks_and_can_be_cancelled(qtbot, window, user):
    window.set_in_pack(["demand:wonen-1"], True)
    user.answer = Button.Cancel
    asked = user.questions
    assert window.close() is False and window.isVisible()
    assert "nog niet zijn opgeslagen" in asked[0]


def test_keyboard_only_pick_and_reorder(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "snelfietsroutes")
    qtbot.keyClick(window.search, Qt.Key.Key_Tab)  # to the ministry filter, pillar filter, tree
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is window.tree
    index = window.catalogue_filter.index(0, 0)
    while window.catalogue_filter.rowCount(index):
        index = window.catalogue_filter.index(0, 0, index)
    window.tree.setCurrentIndex(index)
    qtbot.keyClick(window.tree, Qt.Key.Key_Space)
    assert window.doc.pack.refs() == [index.data(ID_ROLE)]


@pytest.mark.parametrize("typed, expected", [("s-hertogenbosch", "city:s-hertogenbosch"),
                                             ("financien", "ministry:fin"), ("zwolle", "city:zwolle")])
def test_audience_picker_ignores_case_accents_and_apostrophes(qtbot, window, typed, expected):
    picker = window.pack_panel.audience_picker
    picker.lineEdit().setFocus()
    qtbot.keyClicks(picker.lineEdit(), typed)
    assert window.doc.audiences[expected].display_name in picker.suggestions.stringList()
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert window.doc.pack.audiences == [expected]


def test_damaged_facts_file_is_one_message_and_the_editor_works(qtbot, settings, catalogue, demo, user):
    """Issue 21: a facts.json with a bad value made the main window raise on its first preview."""
    from g40desk.core.audience.facts import facts_path
    from g40desk.core.audience.store import load_audiences
    from g40desk.gui.main_window import MainWindow

    facts_path().parent.mkdir(parents=True, exist_ok=True)
    facts_path().write_text(json.dumps({"audiences": {"city:zwolle": {"inwoners": -5}}}), encoding="utf-8")
    audiences = load_audiences()  # what app.run loads at the start
    window = MainWindow(catalogue, audiences, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    demo.meeting.participants = "Burgemeester {burgemeester} van {stad}"
    window.doc.replace(demo, None)
    window.preview.refresh()
    text = window.preview.view.toPlainText()
    assert "Burgemeester {burgemeester} van Zwolle" in text  # no value, shown as typed; the rest is filled
    notice = window.audience_notice
    assert notice.isVisible() and "facts.json" in notice.label.text()
    lines = notice.toolTip().splitlines()
    assert len(lines) == 1 and str(facts_path()) in lines[0] and "niet geladen" in lines[0]
    assert not window.message_bar.isVisible()  # said once, in the status bar


def test_an_audience_toevoegen_cannot_add_is_said_in_the_field(qtbot, window):
    """'Toevoegen' in the Pakket tab says why, as Nieuw pakket does; the text typed stays."""
    window.tabs.setCurrentWidget(window.pack_page)
    picker, problem = window.pack_panel.audience_picker, window.pack_panel.audience_problem
    picker.lineEdit().setFocus()
    for typed, said in (("atlantis", "‘atlantis’ is geen stad of ministerie die g40desk kent"),
                        ("ministerie van", "‘ministerie van’ past bij meer dan één doelgroep")):
        picker.lineEdit().clear()
        qtbot.keyClicks(picker.lineEdit(), typed)
        qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
        assert not problem.isHidden() and said in problem.text() and picker.currentText() == typed
        assert window.doc.pack.audiences == []
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "zwolle")
    assert problem.isHidden()  # typing again clears the line
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert window.doc.pack.audiences == ["city:zwolle"] and problem.isHidden()
    qtbot.keyClicks(picker.lineEdit(), "zwolle")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert "‘Zwolle’ staat al in het pakket" in problem.text() and window.doc.pack.audiences == ["city:zwolle"]


def test_demands_for_a_ministry_are_those_addressed_to_it_on_the_meeting_date(window, demo):
    import datetime as dt

    window.doc.replace(demo.model_copy(update={"items": [], "meeting": demo.meeting.model_copy(
        update={"date": dt.date(2025, 10, 14)})}), None)
    window.select_ministry_demands("ministry:vro")
    refs = window.doc.pack.refs()
    assert "demand:wonen-1" in refs and "demand:goed-bestuur-1" not in refs
    window.doc.replace(demo.model_copy(update={"items": []}), None)  # 11 March 2021: housing was BZK's
    window.select_ministry_demands("ministry:bzk")
    assert {"demand:wonen-1", "demand:goed-bestuur-1"} <= set(window.doc.pack.refs())

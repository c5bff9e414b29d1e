"""Duplicating in the editor: what stays behind is listed, a ticked text comes across 'nog nakijken'
until looked at; place names in text for all are confirmed once; a migrated pack asks once about owners."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from g40desk.core.pack.model import ALL_AUDIENCES, Item, Meeting, Pack, TextRef
from g40desk.core.pack.storage import load_pack, save_pack

pytestmark = pytest.mark.gui


def _alkmaar() -> Pack:
    return Pack(title="Briefing Alkmaar", audiences=["city:alkmaar"],
                meeting=Meeting(participants="Wethouder Wonen gemeente Alkmaar"),
                items=[Item(ref="demand:wonen-1", context="Alkmaar bouwt aan de Kanaalkade.",
                            talking_points=["Noem de Kanaalkade."])])


def _said(box) -> str:
    return " ".join(label.text() for label in box.labels)


def test_the_dialog_lists_what_stays_behind_and_a_ticked_text_comes_across_to_check(window, tmp_path, user):
    path = tmp_path / "alkmaar.g40pack"
    save_pack(_alkmaar(), path)
    window.open_path(path)
    listed: list[str] = []

    def pick(dialog):
        dialog.audience.setCurrentIndex(dialog.audience.findData("city:s-hertogenbosch"))
        rows = [dialog.left.item(i) for i in range(dialog.left.count())]
        listed.extend(r.text() for r in rows)
        next(r for r in rows if "lokale context" in r.text()).setCheckState(Qt.CheckState.Checked)
        return True

    user.dialogs.append(pick)
    window.act_duplicate.trigger()
    assert any("Kanaalkade" in row and "gesprekspunten" in row for row in listed), listed
    pack = window.doc.pack
    assert pack.audiences == ["city:s-hertogenbosch"] and pack.title == "Briefing 's-Hertogenbosch"
    assert pack.item("demand:wonen-1").talking_points == []  # not ticked: stayed behind
    assert set(pack.to_check) == {TextRef(ref="demand:wonen-1", field="context"),
                                  TextRef(ref="meeting", field="participants")}
    assert "1 tekst van de vorige doelgroep bleef achter" in window.message_bar.label.text()

    editor = window.item_editor
    editor.show_item("demand:wonen-1")
    assert editor.to_check.isVisibleTo(window) and "Nog nakijken" in _said(editor.to_check)
    editor.to_check.buttons["check:context:"].click()
    assert window.doc.pack.to_check == [TextRef(ref="meeting", field="participants")]
    assert not editor.to_check.isVisibleTo(window)
    box = window.pack_panel.participants_box
    assert box.text.toPlainText() == "Wethouder Wonen gemeente 's-Hertogenbosch" and not box.review.isHidden()
    box.review.buttons["check:participants:"].click()
    assert window.doc.pack.to_check == [] and box.review.isHidden()
    window.doc.undo_stack.undo()
    assert window.doc.pack.to_check == [TextRef(ref="meeting", field="participants")]


def test_export_waits_for_a_text_still_to_check(window, user, tmp_path):
    pack = _alkmaar().model_copy(update={"audiences": ["city:s-hertogenbosch"], "origin": ["city:alkmaar"],
                                         "to_check": [TextRef(ref="meeting", field="participants")]})
    window.doc.replace(pack, None)
    warnings = user.expecting_warnings()
    plan, _asked = window.exports.checked(window.doc.pack, ["city:s-hertogenbosch"])
    assert plan is None and len(warnings) == 1
    assert "overgenomen van een andere doelgroep" in warnings[0] and "[meeting participants]" in warnings[0]


def test_participants_per_audience_reach_only_that_audiences_note(window):
    window.doc.replace(Pack(audiences=["city:zwolle", "ministry:bzk"]), None)
    box = window.pack_panel.participants_box
    box.audience.setCurrentIndex(box.audience.findData("city:zwolle"))
    box.own.setPlainText("Wethouder Wonen Zwolle")
    box.text.setPlainText("Minister van VRO")
    box.owner.chosen.emit("ministry:bzk")
    meeting = window.doc.pack.meeting
    assert meeting.participants_for == {"city:zwolle": "Wethouder Wonen Zwolle"}
    assert (meeting.participants, meeting.participants_owner) == ("Minister van VRO", "ministry:bzk")
    assert "voor BZK" in box.owner.text()


def test_place_names_in_text_for_all_are_confirmed_once_in_the_item_editor(window, qtbot):
    pack = Pack(audiences=["city:zwolle", "city:alkmaar", "city:heerlen"],
                items=[Item(ref="demand:wonen-1", context="Spoorzone en Stadshagen II staan stil.",
                            owners={"context": ALL_AUDIENCES})])
    window.doc.replace(pack, None)
    editor = window.item_editor
    editor.show_item("demand:wonen-1")
    assert "‘Stadshagen II’" in _said(editor.review)
    editor.review.buttons["names:context"].click()
    assert len(window.doc.pack.confirmed) == 1 and not editor.review.isVisibleTo(window)
    editor.context.setPlainText("Stadshagen II en Berkum staan stil.")  # an edited text is asked about again
    qtbot.waitUntil(lambda: "Berkum" in _said(editor.review))  # once typing pauses
    assert editor.review.isVisibleTo(window)


def test_a_migrated_pack_for_several_audiences_asks_once_about_owners(window, tmp_path, catalogue, audiences):
    path = tmp_path / "oud.g40pack"
    path.write_text(json.dumps({"schema_version": 3, "title": "Oud", "audiences": ["city:alkmaar", "ministry:bzk"],
                                "items": [{"ref": "demand:wonen-1", "context": "Alkmaar bouwt"}]}), encoding="utf-8")
    window.open_path(path)
    assert window.doc.pack.review_owners and "eerdere versie" in window.message_bar.label.text()
    window.message_bar.buttons[0].click()  # "Nagekeken"
    assert not window.doc.pack.review_owners and window.isWindowModified()
    assert window.files.save()
    assert not load_pack(path, catalogue, audiences).review_owners
    window.message_bar.hide()
    assert window.files.open_path(path, confirmed=True)
    assert not window.message_bar.isVisible() or "eerdere versie" not in window.message_bar.label.text()

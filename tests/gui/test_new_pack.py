"""A new pack starts with the meeting: one small dialog, then the catalogue ready to pick demands."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from g40desk.gui.dialogs.new_pack_dialog import NewPackDialog
from g40desk.gui.models.catalogue_model import ID_ROLE

pytestmark = pytest.mark.gui
OK = QDialogButtonBox.StandardButton.Ok


def _drive(user, steps):
    """The user answers the dialog: *steps* use its real widgets, then the result the dialog reached counts."""
    seen = []

    def run(dialog):
        assert isinstance(dialog, NewPackDialog)
        seen.append(dialog)
        steps(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    user.dialogs.append(run)
    return seen


def _type_audience(qtbot, dialog, text):
    edit = dialog.picker.lineEdit()
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_ctrl_n_asks_for_the_meeting_and_opens_the_catalogue_on_its_themes(qtbot, window, user):
    assert not window.act_docx.isEnabled() and not window.act_xlsx.isEnabled() and not window.act_batch.isEnabled()

    def fill(dialog):
        qtbot.keyClicks(dialog.title, "Overleg wonen met BZK")
        dialog.date.edit.setFocus()
        qtbot.keyClicks(dialog.date.edit, "15 jan 2027")
        qtbot.keyClicks(dialog.place, "Den Haag")
        _type_audience(qtbot, dialog, "den bosch")  # the core's search: 's-Hertogenbosch
        _type_audience(qtbot, dialog, "financien")
        wonen = next(dialog.themes.item(i) for i in range(dialog.themes.count())
                     if dialog.themes.item(i).data(Qt.ItemDataRole.UserRole + 1) == "theme:wonen")
        wonen.setCheckState(Qt.CheckState.Checked)
        dialog.buttons.button(OK).click()

    shown = _drive(user, fill)
    qtbot.keyClick(window.start_page.new_button, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert shown, "Ctrl+N opens the dialog"
    pack = window.doc.pack
    assert (pack.title, pack.meeting.date, pack.meeting.place) == ("Overleg wonen met BZK", dt.date(2027, 1, 15), "Den Haag")
    assert pack.audiences == ["city:s-hertogenbosch", "ministry:fin"] and pack.refs() == ["theme:wonen"]
    assert window.central.currentWidget() is window.workspace and window.isWindowModified()
    # Ready to pick demands: the catalogue has the keyboard, on the theme's first demand.
    assert window.tree.hasFocus() and window.tree.currentIndex().data(ID_ROLE) == "demand:wonen-1"
    qtbot.keyClick(window.tree, Qt.Key.Key_Space)
    assert window.doc.pack.refs() == ["theme:wonen", "demand:wonen-1"]
    assert window.act_docx.isEnabled() and window.act_xlsx.isEnabled() and window.act_batch.isEnabled()


def test_nothing_typed_is_dropped(qtbot, window, user):
    def fill(dialog):
        qtbot.keyClicks(dialog.picker.lineEdit(), "atlantis")
        dialog.buttons.button(OK).click()
        assert dialog.result() != QDialog.DialogCode.Accepted and "‘atlantis’" in dialog.problem.text()
        dialog.picker.lineEdit().clear()
        qtbot.keyClicks(dialog.picker.lineEdit(), "zwolle")  # typed, not yet added: OK adds it
        dialog.date.edit.setFocus()
        qtbot.keyClicks(dialog.date.edit, "morgen")
        dialog.buttons.button(OK).click()
        assert dialog.result() != QDialog.DialogCode.Accepted and not dialog.date.understood()
        assert "‘morgen’" in dialog.date.problem.text()
        dialog.date.edit.clear()
        dialog.buttons.button(OK).click()

    _drive(user, fill)
    window.new_pack()
    pack = window.doc.pack
    assert pack.audiences == ["city:zwolle"] and pack.meeting.date is None and pack.items == []
    assert window.tree.hasFocus() and not window.act_docx.isEnabled()  # nothing to export yet


def test_cancel_changes_nothing(qtbot, window, user):
    before = window.doc.pack
    _drive(user, lambda dialog: dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click())
    window.new_pack()
    assert window.doc.pack is before and window.central.currentWidget() is window.start_page


def test_the_dialog_is_small(qtbot, window):
    dialog = NewPackDialog(window.doc.agenda, window.doc.audiences, window.blank_pack(), window)
    qtbot.addWidget(dialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 560 and hint.height() <= 440  # fits 1024x600 and 1366x768 at 150 % (tools/tour.py)


def test_an_abbreviation_is_enough_and_an_ambiguous_name_is_said(qtbot, window):
    dialog = NewPackDialog(window.doc.agenda, window.doc.audiences, window.blank_pack(), window)
    qtbot.addWidget(dialog)
    _type_audience(qtbot, dialog, "bzk")  # the ministry, not also its minister for housing
    assert dialog.audience_ids() == ["ministry:bzk"] and dialog.problem.isHidden()
    _type_audience(qtbot, dialog, "ministerie van")
    assert "meer dan één doelgroep" in dialog.problem.text() and dialog.audience_ids() == ["ministry:bzk"]


def test_the_search_offers_the_members_of_the_meeting_date(qtbot, window):
    dialog = NewPackDialog(window.doc.agenda, window.doc.audiences, window.blank_pack(), window)
    qtbot.addWidget(dialog)
    dialog.date.edit.setFocus()
    qtbot.keyClicks(dialog.date.edit, "1 juni 2019")
    qtbot.keyClick(dialog.date.edit, Qt.Key.Key_Return)
    _type_audience(qtbot, dialog, "amstelveen")  # a G40 member only since 1 July 2022
    assert dialog.audience_ids() == [] and dialog.problem.text() == ("Amstelveen was op 1 juni 2019 nog geen lid van de G40 "
                                                                    "(lid sinds 1 juli 2022)")
    assert dialog.picker.findData("city:amstelveen") < 0 <= dialog.picker.findData("city:zwolle")
    dialog.date.edit.clear()
    qtbot.keyClicks(dialog.date.edit, "15 jan 2027")
    qtbot.keyClick(dialog.date.edit, Qt.Key.Key_Return)
    dialog.picker.lineEdit().clear()
    _type_audience(qtbot, dialog, "amstelveen")
    assert dialog.audience_ids() == ["city:amstelveen"]


def test_an_empty_title_becomes_one_the_batch_accepts(qtbot, window):
    dialog = NewPackDialog(window.doc.agenda, window.doc.audiences, window.blank_pack(), window)
    qtbot.addWidget(dialog)
    _type_audience(qtbot, dialog, "zwolle")
    assert dialog.title.placeholderText() == "Briefing voor de gemeente Zwolle"
    _type_audience(qtbot, dialog, "alkmaar")
    assert dialog.title.placeholderText() == "Briefing voor de gemeente {stad}"  # each note fills in its own city
    assert dialog.result_pack().title == "Briefing voor de gemeente {stad}"
    dialog.chosen.itemActivated.emit(dialog.chosen.item(0))
    assert dialog.audience_ids() == ["city:alkmaar"] and dialog.result_pack().title == "Briefing voor de gemeente Alkmaar"
    qtbot.keyClicks(dialog.title, "Overleg wonen")
    assert dialog.result_pack().title == "Overleg wonen"

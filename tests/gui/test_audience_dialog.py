"""The audience dialog: browse by date, edit facts and roles, save to the user's own file; the ceased-audience notice."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog

from g40desk.core.audience.facts import load_facts
from g40desk.core.audience.store import default_user_file, load_audiences
from g40desk.core.files.userdata import user_data_dir
from g40desk.core.note.briefing import build_briefing
from g40desk.core.pack.model import Item, Meeting, Override, Pack
from g40desk.gui.dialogs.audience_dialog import AudienceDialog, manage_audiences
from g40desk.gui.support.notify import Button

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot):
    dlg = AudienceDialog(load_audiences())
    qtbot.addWidget(dlg)
    dlg.show()
    QAbstractItemModelTester(dlg.model, QAbstractItemModelTester.FailureReportingMode.Fatal, dlg)
    return dlg


def _shown_ids(dlg):
    model = dlg.model
    ids = []
    for row in range(model.rowCount()):
        org = model.index(row, 0)
        ids.append(model.item(org).id)
        ids += [model.item(model.index(r, 0, org)).id for r in range(model.rowCount(org))]
    return ids


def _type(qtbot, dlg, field, text):
    edit = dlg.fields[field]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _set_day(dialog, day):
    dialog.day.edit.setText(f"{day.day}-{day.month}-{day.year}")
    dialog.day.edit.editingFinished.emit()


def test_the_date_decides_what_is_shown(dialog):
    _set_day(dialog, dt.date(2025, 1, 1))
    assert "ministry:vro" in _shown_ids(dialog) and "ministry:bzk/minister-vro" not in _shown_ids(dialog)
    _set_day(dialog, dt.date(2026, 11, 28))
    shown = _shown_ids(dialog)
    assert "ministry:vro" not in shown and "ministry:bzk/minister-vro" in shown
    row = dialog.model.index_of("ministry:ezk")
    assert row.data() == "Ministerie van Economische Zaken en Klimaat"
    dialog.show_all.setChecked(True)
    assert {"ministry:vro", "ministry:bzk/minister-vro-2022", "ministry:bzk/minister-vro"} <= set(_shown_ids(dialog))


def test_facts_and_a_new_alderman_are_saved_to_the_users_file(qtbot, dialog, catalogue, user):
    dialog._select("city:zwolle")
    _type(qtbot, dialog, "org.population", "132.000")
    user.pick = "burgemeester"
    user.texts.append("")
    dialog.add_role.click()
    assert dialog._current.id == "city:zwolle/burgemeester"
    _type(qtbot, dialog, "role.person", "P. Snijders")
    dialog._select("city:zwolle")
    user.pick = "wethouder"
    user.texts.append("Wonen en Ruimte")
    dialog.add_role.click()
    assert dialog._current.id == "city:zwolle/wethouder-wonen-en-ruimte"
    _type(qtbot, dialog, "role.person", "W. Wonen")
    assert dialog.model.index_of("city:zwolle/wethouder-wonen-en-ruimte").data() == "wethouder Wonen en Ruimte, W. Wonen"
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.problem.text() == ""
    saved = json.loads(default_user_file().read_text(encoding="utf-8"))
    assert [c["id"] for c in saved["cities"]] == ["city:zwolle"] and "population" not in saved["cities"][0]
    assert [r.get("person") for r in saved["cities"][0]["roles"]] == [None, None]  # roles here, people in facts
    facts = load_facts().of("city:zwolle")
    assert (facts.burgemeester, facts.inwoners, facts.wethouders) == ("P. Snijders", 132000, {"wonen_en_ruimte": "W. Wonen"})
    merged = dialog.saved_audiences
    pack = Pack(title="{burgemeester}, {wethouder}, {inwoners}", audiences=["city:zwolle"])
    assert build_briefing(pack, catalogue, merged).title == "P. Snijders, W. Wonen, 132.000"
    assert load_audiences()["city:zwolle"].population == 132000  # the next start sees it too


def test_a_bad_value_is_one_dutch_line_and_is_not_taken(qtbot, dialog):
    dialog._select("city:zwolle")
    _type(qtbot, dialog, "org.valid_from", "2025-01-01")
    _type(qtbot, dialog, "org.valid_until", "2020-01-01")
    assert "city:zwolle" in dialog.problem.text() and "valid_until" in dialog.problem.text()
    assert "\n" not in dialog.problem.text()
    zwolle = next(c for c in dialog.working.cities if c.id == "city:zwolle")
    assert zwolle.valid_until is None and dialog.fields["org.valid_until"].text() == ""
    _type(qtbot, dialog, "org.population", "veel")
    assert "geheel getal" in dialog.problem.text() and zwolle.population is None
    _type(qtbot, dialog, "org.successor", "city:nergens")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "onbekende opvolger 'city:nergens'" in dialog.problem.text() and dialog.isVisible()
    assert not default_user_file().exists()


def test_a_name_with_braces_is_not_taken(qtbot, dialog):
    dialog._select("ministry:bzk/minister")
    _type(qtbot, dialog, "role.person", "{minister}")
    assert dialog.problem.text() == ("ministry:bzk/minister: een naam mag geen { of } bevatten; typ de naam zelf, "
                                     "bv. Peter Snijders.")
    assert dialog._current.person is None and dialog.fields["role.person"].text() == ""


def test_dates_are_typed_as_people_write_them(qtbot, dialog):
    dialog.show_all.setChecked(True)
    dialog._select("city:zwolle")
    _type(qtbot, dialog, "org.valid_from", "15-1-2027")
    zwolle = next(c for c in dialog.working.cities if c.id == "city:zwolle")
    assert zwolle.valid_from == dt.date(2027, 1, 15) and dialog.fields["org.valid_from"].text() == "15-01-2027"
    _type(qtbot, dialog, "org.valid_until", "morgen")
    assert "‘morgen’ is geen datum" in dialog.problem.text() and zwolle.valid_until is None
    assert dialog.day.edit.text() == f"{dt.date.today():%d-%m-%Y}"  # the short form, as in the tree's periods


def test_built_in_role_is_ended_not_deleted(qtbot, dialog):
    _set_day(dialog, dt.date(2026, 11, 28))
    dialog._select("ministry:bzk/minister-vro")
    dialog.remove_role.click()
    assert "Geldig tot" in dialog.problem.text()
    assert dialog.model.index_of("ministry:bzk/minister-vro").isValid()


def test_new_ministry_with_a_role(qtbot, dialog, user):
    user.texts += ["Ministerie van Digitale Zaken", "DZ"]
    dialog.add_ministry.click()
    assert dialog._current.id == "ministry:dz"
    _type(qtbot, dialog, "org.valid_from", "2027-01-01")
    assert not dialog.model.index_of("ministry:dz").isValid()  # not valid yet on the shown day
    dialog.show_all.setChecked(True)
    assert dialog.model.index_of("ministry:dz").isValid()


def test_window_warns_about_a_ceased_audience_and_opens_the_dialog(qtbot, window, user):
    notice = window.audience_notice
    assert not notice.isVisible()
    window.doc.replace(Pack(audiences=["ministry:vro"], meeting=Meeting(date=dt.date(2026, 11, 28))), None)
    assert notice.isVisible() and notice.label.text() == ("⚠ VRO bestaat sinds 23 februari 2026 niet meer; voorgesteld: "
                                                          "minister voor Volkshuisvesting en Ruimtelijke Ordening (BZK)")
    assert "minister voor Volkshuisvesting en Ruimtelijke Ordening (BZK)" in notice.toolTip()
    assert "ministry:bzk/minister-vro" in notice.toolTip()
    window.doc.replace(Pack(audiences=["ministry:vro"], meeting=Meeting(date=dt.date(2025, 1, 1))), None)
    assert not notice.isVisible()
    user.dialogs.append(False)  # looked at, closed
    window.act_audiences.trigger()
    assert [type(d) for d in user.shown_dialogs] == [AudienceDialog]


def test_after_saving_the_open_pack_uses_the_new_data(qtbot, window, user):
    window.doc.replace(Pack(audiences=["city:zwolle"]), None)

    def save_a_mayor(dialog):
        dialog._select("city:zwolle")
        dialog.fields["org.name"].setText("Zwolle (Overijssel)")
        dialog._apply("name", "Zwolle (Overijssel)")
        dialog.save()
        return True

    user.dialogs.append(save_a_mayor)
    assert manage_audiences(window, window.doc)
    assert window.doc.audiences["city:zwolle"].name == "Zwolle (Overijssel)"
    assert window.pack_panel.audience_list.item(0).text() == "Zwolle (Overijssel)"
    picker = window.pack_panel.audience_picker
    assert picker.itemText(picker.findData("city:zwolle")) == "Zwolle (Overijssel)"  # the drop-down too
    assert picker.currentIndex() == -1


def test_core_finds_the_same_data_folder_as_qt(qapp, monkeypatch, tmp_path):
    monkeypatch.delenv("G40DESK_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    name, org = qapp.applicationName(), qapp.organizationName()
    qapp.setApplicationName("g40desk")
    qapp.setOrganizationName("Stedennetwerk G40")
    try:
        qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    finally:
        qapp.setApplicationName(name)
        qapp.setOrganizationName(org)
    assert str(user_data_dir()) == qt


def test_replace_puts_the_successor_in_place_with_its_texts_in_one_undo_step(qtbot, window, user):
    item = Item(ref="demand:wonen-1", overrides={"ministry:vro": Override(text="Voor VRO")})
    window.doc.replace(Pack(audiences=["city:zwolle", "ministry:vro"], items=[item],
                            meeting=Meeting(date=dt.date(2026, 11, 28))), None)
    user.answer = Button.Yes
    asked = user.questions
    assert window.audience_notice.replace.isVisible()
    qtbot.mouseClick(window.audience_notice.replace, Qt.MouseButton.LeftButton)
    assert "minister voor Volkshuisvesting en Ruimtelijke Ordening (BZK)" in asked[0]
    pack = window.doc.pack
    assert pack.audiences == ["city:zwolle", "ministry:bzk/minister-vro"]
    assert pack.items[0].overrides["ministry:bzk/minister-vro"].text == "Voor VRO" and "ministry:vro" not in pack.items[0].overrides
    assert not window.audience_notice.isVisible()
    window.act_undo.trigger()
    assert window.doc.pack.audiences == ["city:zwolle", "ministry:vro"]
    assert window.doc.pack.items[0].overrides["ministry:vro"].text == "Voor VRO"

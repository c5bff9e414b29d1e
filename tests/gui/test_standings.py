"""Stand van zaken: each ask's last outcome for the pack's audiences, read off the GUI thread from the ledger's folders;
the folders in Preferences."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from g40desk.core.pack.demo import demo_after_meeting, demo_pack
from g40desk.core.pack.model import Held, Outcome, Result
from g40desk.core.pack.storage import save_pack
from g40desk.gui.dialogs.preferences import PreferencesDialog
from g40desk.gui.dialogs.standings import StandingsDialog
from g40desk.gui.support.settings import Settings

pytestmark = pytest.mark.gui


@pytest.fixture
def shared(tmp_path):
    """A shared folder with two earlier meetings with BZK, a damaged file and a file that is not a pack."""
    folder = tmp_path / "gedeeld"
    (folder / "2021").mkdir(parents=True)
    spring = demo_after_meeting()
    spring.title = "Overleg BZK voorjaar"
    save_pack(spring, folder / "2021" / "voorjaar.g40pack")
    summer = demo_after_meeting()
    summer.id, summer.title = "0" * 32, "Overleg BZK zomer"
    summer.meeting.held = Held(date=dt.date(2021, 7, 1))
    for item in summer.items:
        item.outcomes = {"ministry:bzk": Outcome(result=Result.PROMISED, said="Nu toch toegezegd")} \
            if item.ref == "demand:wonen-3" else {}
    save_pack(summer, folder / "zomer.g40pack")
    (folder / "kapot.g40pack").write_text("{niet af", encoding="utf-8")
    return folder


def _open(qtbot, window):
    dialog = StandingsDialog(window.doc, window.settings, window)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.asks, QAbstractItemModelTester.FailureReportingMode.Fatal, dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=20_000)
    return dialog


def _cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_each_ask_shows_its_last_outcome_with_date_and_pack(qtbot, window, shared):
    window.settings.set("ledger_folders", [str(shared)])
    window.doc.replace(demo_pack(), None)  # the next meeting with BZK: nothing recorded yet
    dialog = _open(qtbot, window)
    bzk = "BZK"  # short names: the table fits a small screen
    assert dialog.audience.isVisible() and dialog.audience.count() == 3  # all, BZK, Zwolle
    dialog.audience.setCurrentIndex(dialog.audience.findData("ministry:bzk"))
    rows = {row[0]: row for row in _cells(dialog.asks)}
    assert {row[1] for row in rows.values()} == {bzk}
    wonen3 = window.doc.catalogue["demand:wonen-3"].label
    wonen1 = window.doc.catalogue["demand:wonen-1"].label
    assert rows[wonen3][2:] == ["toegezegd", "01-07-2021", "Overleg BZK zomer"]  # the later meeting wins
    assert rows[wonen1][2:] == ["toegezegd", "12-03-2021", "Overleg BZK voorjaar"]
    assert any(row[2] == "nog niets vastgelegd" for row in rows.values())
    assert "Nu toch toegezegd" in dialog.asks.index(list(rows).index(wonen3), 0).data(Qt.ItemDataRole.ToolTipRole)
    dialog.audience.setCurrentIndex(dialog.audience.findData("city:zwolle"))
    assert {row[2] for row in _cells(dialog.asks)} == {"nog niets vastgelegd"}  # nothing with Zwolle yet
    dialog.audience.setCurrentIndex(0)
    late = _cells(dialog.late)
    assert ["Lijst van projecten die wachten aanleveren", "G40-bureau", "01-04-2021"] == late[0][:3]
    assert "Ambtelijk overleg over de wijkaanpak plannen" not in [row[0] for row in late]  # done
    assert "2 pakketten gelezen" in dialog.status.text() and "1 overgeslagen" in dialog.status.text()
    assert "kapot.g40pack" in dialog.status.toolTip()
    assert str(shared) in dialog.where.text()
    dialog.again.click()  # read again: from the index this time
    qtbot.waitUntil(lambda: dialog.job is None and "uit de index" in dialog.status.text(), timeout=20_000)
    assert "(3 bestanden ongewijzigd uit de index)" in dialog.status.text()  # the damaged one too


def test_without_folders_the_open_packs_folder_is_read(qtbot, window, shared, user):
    assert window.settings.get("ledger_folders") == []
    user.files.append(shared / "volgende.g40pack")
    window.doc.replace(demo_pack(), None)
    window.act_save_as.trigger()
    dialog = _open(qtbot, window)
    assert "map van dit pakket" in dialog.where.text()
    assert "Overleg BZK zomer" in [row[4] for row in _cells(dialog.asks)]


def test_the_menu_opens_it_and_a_pack_without_audience_is_told(qtbot, window, shared, user):
    warnings = user.expecting_warnings()
    window.after.act_standings.trigger()
    assert "nog geen doelgroep" in warnings[0] and not user.shown_dialogs
    window.doc.replace(demo_pack(), None)
    window.settings.set("ledger_folders", [str(shared)])
    seen = []
    user.dialogs.append(lambda dialog: seen.append(dialog) or qtbot.waitUntil(
        lambda: dialog.found is not None, timeout=20_000) or True)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_T,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(seen[0], StandingsDialog) and seen[0].asks.rowCount() > 0


def test_the_ledger_folders_are_kept_in_preferences(qtbot, settings, tmp_path, user):
    first, second = tmp_path / "a", tmp_path / "b"
    user.folders += [str(first), str(second), str(first)]
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    for _ in range(3):
        next(b for b in dialog.findChildren(type(dialog.remove_folder)) if "toe&voegen" in b.text()).click()
    assert dialog.folders.count() == 2  # the same folder twice is kept once
    dialog.accept()
    assert settings.get("ledger_folders") == [str(first), str(second)]
    again = Settings(QSettings(settings._store.fileName(), QSettings.Format.IniFormat))
    reopened = PreferencesDialog(again)
    qtbot.addWidget(reopened)
    assert [reopened.folders.item(i).text() for i in range(reopened.folders.count())] == [str(first), str(second)]
    reopened.folders.setCurrentRow(0)
    reopened.remove_folder.click()
    reopened.accept()
    assert Settings(QSettings(settings._store.fileName(), QSettings.Format.IniFormat)).get("ledger_folders") == [str(second)]


def test_a_pack_never_saved_and_no_folders_says_what_to_do(qtbot, window):
    window.doc.replace(demo_pack(), None)
    dialog = StandingsDialog(window.doc, window.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.folders == [] and dialog.job is None and not dialog.again.isEnabled()
    assert "Geen mappen om te lezen" in dialog.where.text() and dialog.asks.rowCount() == 0

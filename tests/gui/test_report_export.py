"""Verslag exporteren… in the editor: through the pipeline, for the audience with outcomes; outcomes from the matrix undoable."""

from __future__ import annotations

import pytest
from docx import Document

from g40desk.core.pack.demo import demo_after_meeting
from g40desk.core.pack.model import Result
from tests.matrix_kit import edit_matrix, write_matrix

pytestmark = pytest.mark.gui


def test_report_action_writes_the_report_of_the_audience_with_outcomes(qtbot, window, tmp_path, demo, user):
    window.doc.replace(demo, None)
    assert not window.act_report.isEnabled() and "uitkomst vastleggen" in window.act_report.toolTip()
    window.doc.replace(demo_after_meeting(), None)
    assert window.act_report.isEnabled()
    window.preview.audience.setCurrentIndex(window.preview.audience.findData("city:zwolle"))  # no outcomes: BZK's
    target = tmp_path / "verslag.docx"
    user.files.append(target)
    window.act_report.trigger()
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=30_000)
    [(title, proposal)] = user.file_dialogs
    assert "Binnenlandse Zaken" in title and proposal.endswith("-bzk-2021-03-11-verslag.docx")
    texts = [p.text for p in Document(str(target)).paragraphs]
    assert "Uitkomst: toegezegd" in texts and "Toezeggingen" in texts
    assert window.message_bar.label.text().startswith("Verslag voor Ministerie van Binnenlandse Zaken")


def test_report_without_outcomes_for_the_audience_says_so(qtbot, window, tmp_path, user):
    window.doc.replace(demo_after_meeting(), None)
    window.exports.export_report("city:zwolle")
    assert user.infos and "Voor Zwolle" in user.infos[0] and "nog geen uitkomst" in user.infos[0]
    assert not user.file_dialogs


def test_outcomes_imported_from_the_matrix_are_one_undoable_step(qtbot, window, tmp_path, catalogue, audiences, user):
    pack = demo_after_meeting()
    window.doc.replace(pack, None)
    path = tmp_path / "m.xlsx"
    write_matrix(pack, catalogue, audiences, path)
    edit_matrix(path, {("demand:wonen-3", "Uitkomst BZK"): "toegezegd",
                       ("demand:klimaat-2", "Toelichting uitkomst Zwolle"): "Wethouder neemt het mee"})
    user.files.append(path)
    user.dialogs.append(True)
    window.act_import.trigger()
    items = {i.ref: i for i in window.doc.pack.items}
    assert items["demand:wonen-3"].outcomes["ministry:bzk"].result == Result.PROMISED
    assert items["demand:klimaat-2"].outcomes["city:zwolle"].said == "Wethouder neemt het mee"
    window.act_undo.trigger()
    assert window.doc.pack.item("demand:wonen-3").outcomes["ministry:bzk"].result == Result.REJECTED
    assert "city:zwolle" not in window.doc.pack.item("demand:klimaat-2").outcomes

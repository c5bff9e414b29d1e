"""Batch export with progress and cancel, and matrix import as one undoable step."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from g40desk.core.pack import Status
from g40desk.export.xlsx_matrix import write_matrix
from g40desk.gui.import_dialog import ImportDialog

pytestmark = pytest.mark.gui


def test_batch_for_all_ministries(qtbot, window, tmp_path, monkeypatch, demo):
    window.doc.replace(demo, None)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Alle ministeries", True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.append(a[2]) or QMessageBox.StandardButton.Close)
    window.act_batch.trigger()
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=60_000)
    assert len(list(tmp_path.glob("*.docx"))) == 12 and len(list(tmp_path.glob("*-matrix.xlsx"))) == 1
    assert "12 notitie(s) en een eisenmatrix" in answers[0]


def test_batch_can_be_cancelled(qtbot, window, tmp_path, monkeypatch, demo):
    window.doc.replace(demo, None)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Alle steden", True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    window.act_batch.trigger()
    from PySide6.QtWidgets import QPushButton

    window.exports.progress.findChild(QPushButton).click()  # the dialog's own Annuleren button
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=60_000)
    assert len(list(tmp_path.glob("*.docx"))) < 41
    assert not list(tmp_path.glob("*-matrix.xlsx"))
    assert "Geannuleerd" in window.statusBar().currentMessage()


def test_matrix_import_is_one_undoable_step(qtbot, window, tmp_path, monkeypatch, demo, catalogue, audiences):
    window.doc.replace(demo, None)
    path = tmp_path / "m.xlsx"
    write_matrix(demo, catalogue, audiences, path)
    wb = load_workbook(path)
    for row in wb["Matrix"].iter_rows(min_row=2):
        if row[0].value in ("demand:wonen-3", "demand:klimaat-1"):
            row[4].value = "toegezegd"
    wb.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    shown = []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Accepted)
    window.act_import.trigger()
    assert shown and shown[0].apply_button.isEnabled()
    pack = window.doc.pack
    assert pack.item("demand:wonen-3").status == Status.AGREED and pack.item("demand:klimaat-1").status == Status.AGREED
    assert window.act_undo.text().endswith("matrix importeren")
    window.act_undo.trigger()
    assert window.doc.pack.item("demand:wonen-3").status == Status.OPEN
    assert window.doc.pack.item("demand:klimaat-1").status == Status.OPEN


def test_matrix_of_other_pack_says_so(qtbot, window, tmp_path, monkeypatch, demo, catalogue, audiences):
    path = tmp_path / "m.xlsx"
    write_matrix(demo, catalogue, audiences, path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    window.act_import.trigger()
    assert "ander pakket" in warnings[0]

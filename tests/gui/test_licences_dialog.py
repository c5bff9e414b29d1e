"""Help → Over g40desk → Licenties van derden shows every component and its licence text."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from g40desk.gui.dialogs.licences import LicencesDialog
from g40desk.licences import notices_text, parse


def test_about_offers_the_third_party_licences(window, monkeypatch, qtbot):
    shown, opened = [], []

    def exec_about(box):
        shown.append(box.text())
        more = next(b for b in box.buttons() if b.text() == "Licenties van derden…")
        more.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_about)
    monkeypatch.setattr(LicencesDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.act_about.trigger()
    assert "EUPL" in shown[0]
    [dialog] = opened
    names = [name for name, _, _ in dialog.entries]
    assert {"Python", "Qt", "PySide6_Essentials", "lxml", "openpyxl", "python-docx", "pydantic"} <= set(names)
    dialog.list.setCurrentRow(names.index("Qt"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
    dialog.list.setCurrentRow(names.index("openpyxl"))
    assert dialog.text.toPlainText().startswith("### openpyxl ")


def test_closing_about_opens_nothing_else(window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(LicencesDialog, "exec", lambda dialog: (_ for _ in ()).throw(AssertionError("opened")))
    window.act_about.trigger()


def test_each_entry_has_its_own_text(qtbot):
    text = notices_text()
    dialog = LicencesDialog(text)
    qtbot.addWidget(dialog)
    assert len(dialog.texts) == len(parse(text)) == dialog.list.count()
    for row, (name, version, _) in enumerate(dialog.entries):
        assert dialog.texts[row].startswith(f"### {name} {version} ·")

"""Help → Over g40desk → Licenties van derden shows every component and its licence text."""

from __future__ import annotations

from g40desk.gui.dialogs.licences import LicencesDialog
from g40desk.licences import notices_text, parse


def test_about_offers_the_third_party_licences(window, user, qtbot):
    opened = []
    user.about_more = True  # "Licenties van derden…"
    user.dialogs.append(lambda dialog: opened.append(dialog) or False)
    window.act_about.trigger()
    assert "EUPL" in user.abouts[0][1]
    [dialog] = opened
    assert isinstance(dialog, LicencesDialog)
    names = [name for name, _, _ in dialog.entries]
    assert {"Python", "Qt", "PySide6_Essentials", "lxml", "openpyxl", "python-docx", "pydantic"} <= set(names)
    dialog.list.setCurrentRow(names.index("Qt"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
    dialog.list.setCurrentRow(names.index("openpyxl"))
    assert dialog.text.toPlainText().startswith("### openpyxl ")


def test_closing_about_opens_nothing_else(window, user):
    window.act_about.trigger()  # closed: a licences dialog would fail the test (nobody answers it)
    assert len(user.abouts) == 1 and user.shown_dialogs == []


def test_each_entry_has_its_own_text(qtbot):
    text = notices_text()
    dialog = LicencesDialog(text)
    qtbot.addWidget(dialog)
    assert len(dialog.texts) == len(parse(text)) == dialog.list.count()
    for row, (name, version, _) in enumerate(dialog.entries):
        assert dialog.texts[row].startswith(f"### {name} {version} ·")

"""Batch export with progress and cancel, and matrix import as one undoable step."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from g40desk.core.pack.model import Form, Status
from g40desk.export.pipeline import FOLDER, file_name
from g40desk.gui.support.notify import Button
from tests.matrix_kit import write_matrix

pytestmark = pytest.mark.gui


def test_batch_for_all_ministries(qtbot, window, tmp_path, demo, user):
    window.doc.replace(demo, None)
    user.pick = "Alle ministeries"
    user.folders.append(tmp_path)
    asked = user.questions

    def answer(text):
        assert "Toch exporteren?" in text, "a finished export must not block"
        return Button.Yes

    user.answer = answer
    window.act_batch.trigger()
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=60_000)
    folder = tmp_path / file_name(demo.title, FOLDER, day=demo.meeting.date)  # its own folder in the one chosen
    assert folder.is_dir() and not list(tmp_path.glob("*.docx"))
    assert len(list(folder.glob("*.docx"))) == 12 and len(list(folder.glob("*-matrix.xlsx"))) == 1
    # The demo names BZK in its title and meeting: the other ministries' notes would say so; the user confirmed.
    assert len(asked) == 1 and "‘BZK’ hoort bij Ministerie van Binnenlandse Zaken" in asked[0]
    bar = window.message_bar
    # One line for the ministries that no ask of the demo is addressed to on its meeting date (issue 20).
    written, unaddressed = bar.label.text().split("\n")
    assert bar.isVisible() and written == f"12 notities en een eisenmatrix geschreven in {folder}."
    assert unaddressed.startswith("Let op: geen van de 7 vragen in het pakket is op 11 maart 2021 gericht aan AZ, BZ")
    assert "hoort bij" not in bar.label.text()  # answered once, not repeated
    assert [b.text() for b in bar.buttons] == ["Map tonen"]


def test_batch_stops_when_the_user_declines_shared_text(qtbot, window, tmp_path, demo, user):
    window.doc.replace(demo, None)
    user.pick = "Alle steden"
    user.folders.append(tmp_path)
    user.answer = Button.Cancel
    asked = user.questions
    window.act_batch.trigger()
    assert len(asked) == 1 and "‘10.000’ hoort bij Zwolle" in asked[0]
    assert not window.exports.busy and not list(tmp_path.iterdir())


def test_batch_can_be_cancelled(qtbot, window, tmp_path, demo, user):
    window.doc.replace(demo, None)
    user.pick = "Alle steden"
    user.folders.append(tmp_path)
    user.answer = Button.Yes
    window.act_batch.trigger()
    from PySide6.QtWidgets import QPushButton

    window.exports.progress.findChild(QPushButton).click()  # the dialog's own Annuleren button
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=60_000)
    assert len(list(tmp_path.rglob("*.docx"))) < 41
    assert not list(tmp_path.rglob("*-matrix.xlsx"))
    assert "Geannuleerd" in window.statusBar().currentMessage()


def test_matrix_import_is_one_undoable_step(qtbot, window, tmp_path, demo, catalogue, audiences, user):
    window.doc.replace(demo, None)
    path = tmp_path / "m.xlsx"
    write_matrix(demo, catalogue, audiences, path)
    wb = load_workbook(path)
    for row in wb["Matrix"].iter_rows(min_row=2):
        if row[0].value in ("demand:wonen-3", "demand:klimaat-1"):
            row[4].value = "toegezegd"
    wb.save(path)
    user.files.append(path)
    shown = []
    user.dialogs.append(lambda dialog: shown.append(dialog) or True)
    window.act_import.trigger()
    assert shown and shown[0].apply_button.isEnabled()
    pack = window.doc.pack
    assert pack.item("demand:wonen-3").status == Status.AGREED and pack.item("demand:klimaat-1").status == Status.AGREED
    assert window.act_undo.text().endswith("matrix importeren")
    window.act_undo.trigger()
    assert window.doc.pack.item("demand:wonen-3").status == Status.OPEN
    assert window.doc.pack.item("demand:klimaat-1").status == Status.OPEN


def test_matrix_of_other_pack_says_so(qtbot, window, tmp_path, demo, catalogue, audiences, user):
    path = tmp_path / "m.xlsx"
    write_matrix(demo, catalogue, audiences, path)
    user.files.append(path)
    warnings = user.expecting_warnings()
    window.act_import.trigger()
    assert "ander pakket" in warnings[0]


def test_word_export_names_the_audience_and_finishes_without_a_dialog(qtbot, window, tmp_path, monkeypatch, demo, user):
    window.doc.replace(demo, None)
    window.preview.audience.setCurrentIndex(window.preview.audience.findData("ministry:bzk"))
    target = tmp_path / "note.docx"
    user.files.append(target)
    user.answer = lambda text: pytest.fail("a finished export must not block")
    window.act_docx.trigger()
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=30_000)
    [(title, proposal)] = user.file_dialogs
    assert "Binnenlandse Zaken" in title and "BZK" in title
    assert "-bzk-2021-03-11.docx" in proposal and "zwolle" not in proposal
    bar = window.message_bar
    assert bar.isVisible() and "note.docx" in bar.label.text() and "BZK" in bar.label.text()
    assert [b.text() for b in bar.buttons] == ["Openen", "Map tonen"]
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()))
    bar.buttons[1].click()
    assert opened == [str(tmp_path)]


def test_save_and_import_confirm(qtbot, window, tmp_path, demo, catalogue, audiences, user):
    window.doc.replace(demo, None)
    user.files.append(tmp_path / "p.g40pack")
    window.act_save.trigger()
    assert window.statusBar().currentMessage().startswith("Opgeslagen: ")
    path = tmp_path / "m.xlsx"
    write_matrix(demo, catalogue, audiences, path)
    wb = load_workbook(path)
    for row in wb["Matrix"].iter_rows(min_row=2):
        if row[0].value == "demand:wonen-3":
            row[4].value = "toegezegd"
    wb.save(path)
    user.files.append(path)
    user.dialogs.append(True)
    window.act_import.trigger()
    assert window.message_bar.label.text() == "1 wijziging uit m.xlsx overgenomen."
    window.message_bar.buttons[0].click()  # Ongedaan maken
    assert window.doc.pack.item("demand:wonen-3").status == Status.OPEN


def test_a_card_that_overflows_is_announced_before_export(qtbot, window, tmp_path, catalogue, user):
    from g40desk.core.agenda.catalogue import Kind
    from g40desk.core.pack.model import Form, Item, NoteOptions, Pack

    demands = [e.id for e in catalogue.walk() if e.kind == Kind.DEMAND][:18]
    pack = Pack(title="Lange kaart", audiences=["city:zwolle"], options=NoteOptions(form=Form.CARD),
                items=[Item(ref=d, talking_points=["Eerste gesprekspunt over geld", "Tweede punt"]) for d in demands])
    window.doc.replace(pack, None)
    user.answer = Button.No
    window.act_docx.trigger()
    assert "De gesprekskaart wordt ongeveer 2 pagina's (18 vragen)" in user.questions[0]
    assert user.file_dialogs == []  # answered No: no export started


def test_options_say_how_long_the_card_is(qtbot, window, catalogue):
    from g40desk.core.agenda.catalogue import Kind
    from g40desk.core.pack.model import Form, Item, NoteOptions, Pack

    demands = [e.id for e in catalogue.walk() if e.kind == Kind.DEMAND]
    box = window.pack_panel.note_options
    window.doc.replace(Pack(title="Kaart", audiences=["city:zwolle"], options=NoteOptions(form=Form.CARD),
                            items=[Item(ref=d) for d in demands[:4]]), None)
    qtbot.waitUntil(lambda: box.length.text() == "Past op één pagina.", timeout=5_000)
    window.doc.replace(Pack(title="Kaart", audiences=["city:zwolle"], options=NoteOptions(form=Form.CARD),
                            items=[Item(ref=d, talking_points=["Eerste punt over geld", "Tweede punt"])
                                   for d in demands[:18]]), None)
    qtbot.waitUntil(lambda: box.length.text() == "Ongeveer 2 pagina's: past niet op één pagina.", timeout=5_000)
    window.doc.replace(Pack(title="Notitie", audiences=["city:zwolle"]), None)
    qtbot.waitUntil(lambda: box.length.isHidden(), timeout=5_000)


def _long_card_pack(catalogue):
    from g40desk.core.agenda.catalogue import Kind
    from g40desk.core.pack.model import Form, Item, Meeting, NoteOptions, Pack

    demands = [e.id for e in catalogue.walk() if e.kind == Kind.DEMAND][:18]
    return Pack(title="Lange kaart", audiences=["city:zwolle"], options=NoteOptions(form=Form.CARD),
                meeting=Meeting(participants="Burgemeester {burgemeester}"),
                items=[Item(ref=d, talking_points=["Eerste gesprekspunt over geld", "Tweede punt"]) for d in demands])


@pytest.mark.parametrize("form", ["note", "card"])
def test_what_the_user_answered_is_not_said_again(qtbot, window, tmp_path, catalogue, form, user):
    """Issue 22: a placeholder warning was shown in the question and once more after the export."""
    pack = _long_card_pack(catalogue)
    pack.options.form = form
    window.doc.replace(pack, None)
    asked, target = [], tmp_path / "uit.docx"
    user.answer = Button.Yes
    asked = user.questions
    user.files.append(target)
    window.act_docx.trigger()
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=30_000)
    shown = [*asked, window.message_bar.label.text(), window.statusBar().currentMessage()]
    assert target.exists() and "uit.docx" in window.message_bar.label.text()
    assert sum(text.count("{burgemeester}") for text in shown) == 1  # in the question only
    assert sum(text.count("gesprekskaart wordt ongeveer") for text in shown) == (1 if form == "card" else 0)
    assert len(asked) == (2 if form == "card" else 1) and "Let op" not in window.message_bar.label.text()


def test_note_card_and_batch_never_overwrite_each_other(qtbot, window, tmp_path, demo, user):
    """Issue 22: the card's proposed name was the note's; a batch wrote into the folder of the notes."""
    window.doc.replace(demo, None)
    window.preview.audience.setCurrentIndex(window.preview.audience.findData("city:zwolle"))
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    window.settings.set("last_export_dir", str(tmp_path))
    proposals = []
    user.files += [lambda proposal: proposals.append(Path(proposal)) or proposal] * 2
    user.answer = Button.Yes
    window.act_docx.trigger()  # accepting each proposal as it is
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=30_000)
    box = window.pack_panel.note_options.form
    box.setCurrentIndex(box.findData(Form.CARD))
    assert window.doc.pack.options.form == Form.CARD
    window.act_docx.trigger()
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=30_000)
    note, card = proposals
    assert note.name == "bestuurlijk-overleg-wonen-en-klimaat-met-de-minister-van-bzk-zwolle-2021-03-11.docx"
    assert card.name == note.stem + "-kaart.docx" and note.exists() and card.exists()
    before = {p: p.read_bytes() for p in (note, card)}
    user.pick = "Doelgroepen van het pakket"
    user.folders += [tmp_path] * 2
    for _ in range(2):  # the same folder chosen twice
        window.act_batch.trigger()
        qtbot.waitUntil(lambda: not window.exports.busy, timeout=60_000)
    assert {p: p.read_bytes() for p in (note, card)} == before  # untouched
    stem = "bestuurlijk-overleg-wonen-en-klimaat-met-de-minister-van-bzk-2021-03-11-per-doelgroep"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([note.name, card.name, stem, stem + "-2"])
    title = "bestuurlijk-overleg-wonen-en-klimaat-met-de-minister-van-bzk"
    for folder in (tmp_path / stem, tmp_path / (stem + "-2")):
        assert sorted(p.name for p in folder.iterdir()) == [f"{title}-bzk-kaart.docx", f"{title}-matrix.xlsx",
                                                            f"{title}-zwolle-kaart.docx"]

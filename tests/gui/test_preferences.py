from __future__ import annotations

import pytest
from docx import Document

from g40desk.gui.dialogs.preferences import PreferencesDialog

pytestmark = pytest.mark.gui


def test_preferences_are_stored(qtbot, settings, tmp_path):
    custom = Document()
    custom.styles["Normal"].font.name = "Georgia"
    template = tmp_path / "stad.docx"
    custom.save(template)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.author, "Anna de Vries")
    dialog.template.setText(str(template))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.autosave.setValue(45)
    dialog.accept()
    assert settings.get("author") == "Anna de Vries" and settings.get("template") == str(template)
    assert settings.get("language") == "en" and settings.language() == "en"
    assert settings.get("autosave_seconds") == 45


def test_template_that_is_not_word_is_refused_with_a_message(qtbot, settings, tmp_path, user):
    bad = tmp_path / "huisstijl.dotx"
    bad.write_bytes(b"%PDF-1.4 not a template")
    messages = user.expecting_warnings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.template.setText(str(bad))
    dialog.accept()
    assert "geen Word-sjabloon" in messages[0] and settings.get("template") == ""


def test_new_pack_takes_author_from_preferences(qtbot, catalogue, audiences, settings):
    from g40desk.gui.main_window import MainWindow

    settings.set("author", "Piet")
    window = MainWindow(catalogue, audiences, settings)
    qtbot.addWidget(window)
    assert window.doc.pack.author == "Piet"


def test_template_check_names_what_a_note_leaves_out(qtbot, settings, tmp_path, user):
    from tests.hostile_templates import hostile_template

    template = tmp_path / "huisstijl.dotm"
    template.write_bytes(hostile_template("everything"))
    shown = user.infos
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.template.setText(str(template))
    dialog.accept()
    assert settings.get("template") == str(template)
    assert "extern sjabloon (file:///" in shown[0] and "macro's" in shown[0] and "veld INCLUDEPICTURE" in shown[0]



def _check_shown(qtbot, settings, user, template) -> str:
    """Choose *template* in Preferences and return the template check's message."""
    shown = user.infos
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.template.setText(str(template))
    dialog.accept()
    return shown[0]


def test_template_check_lists_every_header_placeholder(qtbot, settings, tmp_path, user):
    from tests.export import template_kit as kit

    shown = _check_shown(qtbot, settings, user, kit.letter_with_logo(tmp_path / "letter.dotx"))
    assert "{titel} (koptekst): wordt ingevuld" in shown
    assert "{rubricering} (koptekst): wordt ingevuld" in shown
    assert "{stad} (koptekst even pagina's): wordt ingevuld" in shown
    assert "Pagina: Letter, tekstbreedte 14,0 cm." in shown


def test_template_check_names_an_unknown_placeholder(qtbot, settings, tmp_path, user):
    from tests.export import template_kit as kit

    doc = Document()
    doc.sections[0].footer.paragraphs[0].text = "{afdeling} · {titel}"
    shown = _check_shown(qtbot, settings, user, kit.save_as_dotx(doc, tmp_path / "afdeling.dotx"))
    assert "{afdeling} (voettekst): niet bekend, blijft letterlijk staan" in shown

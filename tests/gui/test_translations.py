"""No user-visible string escapes translation; the English translation is complete and built."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "g40desk" / "gui"
TS = ROOT / "resources" / "i18n" / "g40desk_en.ts"
QM = TS.with_suffix(".qm")

# Calls whose string arguments a user reads.
UI_CALLS = {"setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "addTab", "setAccessibleName",
            "addItem", "showMessage", "addMenu", "setLabelText", "setSpecialValueText", "setSuffix", "addButton",
            "addRow", "addToolBar", "QLabel", "QPushButton", "QAction", "QGroupBox", "QCheckBox", "QDockWidget",
            "question", "warning", "information", "critical", "about", "getSaveFileName", "getOpenFileName",
            "getExistingDirectory", "getItem", "QProgressDialog", "_action", "QMessageBox"}
# Only these positions are text for the user (the rest are data, object names, shortcuts).
VISIBLE_ARGS = {"_action": (0,), "addItem": (0,)}
# Not words to translate: names.
NAMES = ("Nederlands", "English", "g40desk")


def _literal_strings(node) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value for v in node.values if isinstance(v, ast.Constant))]
    return []


def test_every_visible_string_goes_through_tr():
    problems = []
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in UI_CALLS:
                continue
            visible = VISIBLE_ARGS.get(name)
            for position, arg in enumerate(node.args):
                if visible is not None and position not in visible:
                    continue
                for text in _literal_strings(arg):
                    words = text
                    for known in NAMES:
                        words = words.replace(known, "")
                    if re.search(r"[A-Za-z]{2}", words):
                        problems.append(f"{path.name}:{node.lineno}: {text!r}")
    assert problems == []


def _messages(ts_path: Path) -> dict[tuple[str, str], str | None]:
    out = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished")
            forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
            text = translation.text if translation is not None and not forms else " | ".join(f or "" for f in forms)
            out[(name, message.findtext("source"))] = text if done and text and text.strip(" |") else None
    return out


def test_english_translation_is_complete():
    messages = _messages(TS)
    missing = [src for (ctx, src), text in messages.items() if not text]
    assert len(messages) > 150 and missing == []


@pytest.mark.skipif(not shutil.which("pyside6-lrelease"), reason="pyside6-lrelease is not on PATH")
@pytest.mark.parametrize("name", ["g40desk_en", "g40desk_nl", "g40desk_qt_nl"])
def test_shipped_qm_is_built_from_the_ts(tmp_path, name):
    """The .qm the app loads is exactly what the committed .ts compiles to (not an older build)."""
    ts = TS.with_name(f"{name}.ts")
    fresh = tmp_path / "fresh.qm"
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(fresh)], check=True, timeout=60)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run: python tools/update_translations.py"


def test_dutch_plurals_come_from_qt_numerus_forms(qapp):
    from PySide6.QtCore import QCoreApplication

    from g40desk.gui.support.settings import install_translators

    install_translators(qapp, "nl")
    plural = {n: QCoreApplication.translate("PackDocument", "%n onderdelen toevoegen", "", n) for n in (1, 6)}
    assert plural == {1: "1 onderdeel toevoegen", 6: "6 onderdelen toevoegen"}
    ts_nl = _messages(TS.with_name("g40desk_nl.ts"))
    sources = [source for (_ctx, source) in _messages(TS) if "%n" in source]
    assert sources and all(ts_nl.get(key) for key in _messages(TS) if "%n" in key[1])
    assert not [s for s in sources if "(s)" in s or "/" in s.split("%n")[1][:14]], "no raw plural forms"


def test_qt_dialogs_speak_the_same_language(qapp):
    """Qt's own texts (file dialogs, standard buttons) come from qtbase_nl, shipped in PySide6-Essentials."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    from g40desk.gui.support.settings import install_translators

    install_translators(qapp, "nl")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    assert sorted(b.text() for b in buttons.buttons()) == ["Annuleren", "Opslaan"]
    dialog = QFileDialog(None, "Pakket openen")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {name: dialog.findChild(QLabel, name).text() for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")}
    assert labels == {"lookInLabel": "&Zoeken in:", "fileNameLabel": "Bestands&naam:", "fileTypeLabel": "Bestands&type:"}


def test_dutch_is_the_default_whatever_the_system_locale(settings, monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.C)))
    assert settings.language() == "nl"
    settings.set("language", "en")
    assert settings.language() == "en"


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("pyside6-lupdate"), reason="pyside6-lupdate is not on PATH")
def test_translation_source_covers_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted(GUI.rglob("*.py"))]
    subprocess.run(["pyside6-lupdate", *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    needed = set(_messages(fresh))
    have = {k for k, v in _messages(TS).items() if v}
    assert needed - have == set(), "run: python tools/update_translations.py, then translate"


def test_english_interface_loads(qapp, settings):
    from PySide6.QtCore import QCoreApplication

    from g40desk.gui.support.settings import install_translators

    install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("Labels", "hoog") == "high"
        assert QCoreApplication.translate("WindowMenus", "&Bestand") == "&File"
    finally:
        install_translators(qapp, "nl")
    assert QCoreApplication.translate("Labels", "hoog") == "hoog"

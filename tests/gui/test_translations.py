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
    for path in sorted(GUI.glob("*.py")):
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
    assert QM.stat().st_mtime >= 0 and QM.stat().st_size > 1000


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("pyside6-lupdate"), reason="pyside6-lupdate is not on PATH")
def test_translation_source_covers_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted(GUI.glob("*.py"))]
    subprocess.run(["pyside6-lupdate", *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    needed = set(_messages(fresh))
    have = {k for k, v in _messages(TS).items() if v}
    assert needed - have == set(), "run: python tools/update_translations.py, then translate"


def test_english_interface_loads(qapp, settings):
    from PySide6.QtCore import QCoreApplication

    from g40desk.gui.settings import install_translators

    install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("Labels", "hoog") == "high"
        assert QCoreApplication.translate("MainWindow", "&Bestand") == "&File"
    finally:
        install_translators(qapp, "nl")
    assert QCoreApplication.translate("Labels", "hoog") == "hoog"

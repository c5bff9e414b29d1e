"""gui/support/notify.py is the one place that opens a modal dialog, and tests replace exactly it."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from g40desk.gui.support import notify
from tests.gui.user import User

pytestmark = pytest.mark.gui

GUI = Path(notify.__file__).resolve().parents[1]
# Qt's modal entry points: static message boxes, input and file dialogs, and exec() of a dialog.
MODAL = re.compile(r"QMessageBox\.(question|warning|information|critical|about)\(|QInputDialog\.get|"
                   r"QFileDialog\.get|\.exec\(\)")


def test_no_gui_module_opens_a_modal_dialog_itself():
    found = [f"{path.relative_to(GUI)}:{n}: {line.strip()}"
             for path in sorted(GUI.rglob("*.py")) if path.name != "notify.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if MODAL.search(line)]
    assert found == [], "open dialogs through gui/support/notify.py, so tests can answer them"


def test_the_test_user_answers_every_dialog_notify_can_open(monkeypatch):
    dialogs = {name for name, fn in inspect.getmembers(notify, inspect.isfunction) if fn.__module__ == notify.__name__}
    User().install(monkeypatch)
    unanswered = {name for name in dialogs if getattr(notify, name).__module__ == notify.__name__}
    assert unanswered == {"confirm"}, "tests/gui/user.py must answer these too"  # confirm asks through ask


def test_a_dialog_nobody_answers_fails_the_test(monkeypatch, qapp):
    from PySide6.QtWidgets import QDialog

    user = User().install(monkeypatch)
    with pytest.raises(pytest.fail.Exception, match="unexpected dialog: QDialog"):
        notify.run_dialog(QDialog())
    with pytest.raises(pytest.fail.Exception, match="unexpected warning: Titel: tekst"):
        notify.warn(None, "Titel", "tekst")
    user.expect_warnings = True
    notify.warn(None, "Titel", "nog een")
    assert user.warnings == ["tekst", "nog een"]


def test_answers_are_given_in_order_and_what_was_shown_is_kept(monkeypatch, tmp_path):
    user = User().install(monkeypatch)
    user.files += [tmp_path / "a.g40pack", lambda proposal: proposal + ".bak"]
    user.answer = lambda text: notify.Button.Yes if "opslaan" in text else notify.Button.No
    user.pick = "tweede"
    user.texts.append("getypt")
    assert notify.open_file(None, "Openen", "/start", "*.g40pack") == str(tmp_path / "a.g40pack")
    assert notify.save_file(None, "Opslaan", "/x/p", "*.g40pack") == "/x/p.bak"
    assert notify.save_file(None, "Opslaan", "/x/q", "*.g40pack") == ""  # nothing more to answer: cancelled
    assert notify.confirm(None, "Vraag", "Eerst opslaan?") and not notify.confirm(None, "Vraag", "Weggooien?")
    assert notify.pick(None, "Kies", "Welke?", [("eerste", 1), ("tweede", 2)]) == 2
    assert notify.ask_text(None, "Tekst", "Naam:") == "getypt" and notify.ask_text(None, "Tekst", "Naam:") is None
    assert user.questions == ["Eerst opslaan?", "Weggooien?"]
    assert [title for title, _ in user.file_dialogs] == ["Openen", "Opslaan", "Opslaan"]

"""A pack changed on disk by another program is noticed, and never saved over unseen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from g40desk.core.pack.storage import load_pack, save_pack

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]

# Another program (a sync client) replaces the pack: written beside it, renamed over it.
SYNC = """
import json, os, sys
path = sys.argv[1]
data = json.load(open(path, encoding="utf-8"))
data["title"] = sys.argv[2]
with open(path + ".sync~", "w", encoding="utf-8") as out:
    json.dump(data, out)
os.replace(path + ".sync~", path)
"""


def _sync(path: Path, title: str) -> None:
    subprocess.run([sys.executable, "-c", SYNC, str(path), title], check=True, cwd=ROOT)


def _edit_title(window, title: str) -> None:
    window.pack_panel.title.setText(title)
    window.pack_panel.title.textEdited.emit(title)  # as typed: one undo step
    assert window.doc.modified


@pytest.fixture
def opened(window, tmp_path, demo):
    path = tmp_path / "gedeeld.g40pack"
    save_pack(demo, path)
    assert window.open_path(path)
    return path


def _answer(user, index):
    """What the user answers to 'Pakket is buiten g40desk gewijzigd'; the questions shown."""
    user.choice = index
    return user.questions


def test_keep_mine_saves_mine_and_keeps_theirs_beside_it(qtbot, window, opened, user, catalogue, audiences):
    _sync(opened, "Hun versie")
    _edit_title(window, "Mijn versie")
    asked = _answer(user, 0)
    assert window.files.save()
    assert "gewijzigd sinds u het opende" in asked[0]
    assert load_pack(opened, catalogue, audiences, strict=False).title == "Mijn versie"
    copies = [p for p in opened.parent.glob("gedeeld (andere versie *).g40pack")]
    assert len(copies) == 1 and load_pack(copies[0], catalogue, audiences, strict=False).title == "Hun versie"
    assert not window.doc.modified and "andere versie" in window.message_bar.label.text()


def test_reload_opens_theirs_and_writes_nothing(qtbot, window, opened, user, catalogue, audiences):
    _sync(opened, "Hun versie")
    theirs = opened.read_bytes()
    _edit_title(window, "Mijn versie")
    _answer(user, 1)
    assert not window.files.save()
    assert opened.read_bytes() == theirs and window.doc.pack.title == "Hun versie" and not window.doc.modified


def test_save_as_keeps_theirs_untouched(qtbot, window, opened, user, tmp_path, catalogue, audiences):
    _sync(opened, "Hun versie")
    theirs = opened.read_bytes()
    _edit_title(window, "Mijn versie")
    _answer(user, 2)
    mine = tmp_path / "mijn.g40pack"
    user.files.append(mine)
    assert window.files.save()
    assert opened.read_bytes() == theirs and load_pack(mine, catalogue, audiences, strict=False).title == "Mijn versie"


def test_cancel_twice_never_replaces_their_version(qtbot, window, opened, user):
    """The issue's case: two saves after another program's change left its text nowhere."""
    _sync(opened, "Hun versie")
    theirs = opened.read_bytes()
    _answer(user, None)
    for title in ("Eerste poging", "Tweede poging"):
        _edit_title(window, title)
        assert not window.files.save()
    assert opened.read_bytes() == theirs and window.doc.modified
    assert not (opened.parent / "gedeeld.g40pack.bak").exists() or b"Hun versie" not in opened.with_name(
        "gedeeld.g40pack.bak").read_bytes()


def test_a_touch_without_a_change_is_no_conflict(qtbot, window, opened, user, catalogue, audiences):
    os.utime(opened, (1, 1))  # a sync client that only set the time
    _edit_title(window, "Mijn versie")
    _answer(user, None)
    assert window.files.save() and load_pack(opened, catalogue, audiences, strict=False).title == "Mijn versie"


def test_the_watcher_tells_at_once_and_follows_the_file_after_each_replace(qtbot, window, opened):
    shown = []
    window.message_bar.shown.connect(shown.append)
    for number, title in enumerate(("Eerste wijziging", "Tweede wijziging"), start=1):
        _sync(opened, title)
        qtbot.waitUntil(lambda n=number: len(shown) == n, timeout=5000)
        assert "is buiten g40desk gewijzigd" in shown[-1] and str(opened) in window.files.watch.watcher.files()
    assert [b.text() for b in window.message_bar.buttons] == ["Herladen"]  # nothing unsaved: only reload
    window.message_bar.buttons[0].click()
    assert window.doc.pack.title == "Tweede wijziging" and not window.doc.modified


def test_our_own_saves_are_not_reported(qtbot, window, opened):
    shown = []
    window.message_bar.shown.connect(shown.append)
    for title in ("Een", "Twee"):
        _edit_title(window, title)
        assert window.files.save()
    qtbot.wait(800)
    assert not [text for text in shown if "buiten g40desk" in text]

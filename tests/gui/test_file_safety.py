"""The editor keeps the user's work when a colleague takes the pack over, and asks before
replacing a read-only pack."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from g40desk.core.files import locks
from g40desk.core.pack.storage import save_pack
from g40desk.gui.support.notify import Button

pytestmark = pytest.mark.gui

TAKE_OVER = "import sys; from pathlib import Path; from g40desk.core.files import locks; locks.acquire(Path(sys.argv[1]), take_over=True)"


def _edit_title(window, title: str) -> None:
    window.doc.pack.title = title
    window.doc.undo_stack.resetClean()


def test_taken_over_pack_is_not_overwritten_and_work_is_saved_as(qtbot, window, tmp_path, demo, user):
    path = tmp_path / "gedeeld.g40pack"
    save_pack(demo, path)
    assert window.open_path(path)
    subprocess.run([sys.executable, "-c", TAKE_OVER, str(path)], check=True, cwd=Path(__file__).parents[2])
    theirs = path.read_bytes()
    warnings, copy = [], tmp_path / "mijn-versie.g40pack"
    warnings = user.expecting_warnings()
    user.files.append(copy)
    _edit_title(window, "Mijn werk")
    assert window.files.save()
    assert "overgenomen" in warnings[0] and "Opslaan als" in warnings[0]
    assert path.read_bytes() == theirs  # the colleague's pack is untouched
    assert "Mijn werk" in copy.read_text() and window.doc.path == copy


def test_read_only_pack_is_replaced_only_after_asking(qtbot, window, tmp_path, demo, user):
    path = tmp_path / "vast.g40pack"
    save_pack(demo, path)
    path.chmod(0o444)
    assert window.open_path(path)
    asked = user.questions
    user.answer = lambda text: Button.No if len(asked) == 1 else Button.Yes
    user.expect_warnings = True
    _edit_title(window, "Nieuwe titel")
    assert not window.files.save() and "Nieuwe titel" not in path.read_text()
    assert window.files.save() and "Nieuwe titel" in path.read_text()
    assert "alleen-lezen" in asked[0] and path.stat().st_mode & 0o777 == 0o444
    locks.release(path)

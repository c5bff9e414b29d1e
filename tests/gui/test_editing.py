"""Nothing is lost by a stray key: one undo stack, item actions only where the focus is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from g40desk.gui.models.catalogue_model import ID_ROLE

pytestmark = pytest.mark.gui
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def tailored(qtbot, window):
    window.set_in_pack(["demand:wonen-1", "demand:wonen-2"], True)
    window.outline.setCurrentIndex(window.outline_model.item_index(0))
    window.item_editor.text.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(window.item_editor.text, "Eigen tekst")
    return window


def test_delete_acts_only_on_the_outline_with_focus(qtbot, tailored):
    window = tailored
    entry = window.catalogue_filter.match(window.catalogue_filter.index(0, 0), ID_ROLE, "theme:klimaat", 1,
                                          Qt.MatchFlag.MatchRecursive)[0]
    window.tree.setCurrentIndex(entry)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    window.item_editor.text.setFocus()
    window.item_editor.text.moveCursor(window.item_editor.text.textCursor().MoveOperation.Start)
    qtbot.keyClick(window.item_editor.text, Qt.Key.Key_Delete)
    assert window.doc.pack.refs() == ["demand:wonen-1", "demand:wonen-2"]
    assert window.doc.pack.item("demand:wonen-1").text == "igen tekst", "Delete in a field deletes a character"
    window.outline.setFocus()
    window.outline.setCurrentIndex(window.outline_model.item_index(0))
    qtbot.keyClick(window.outline, Qt.Key.Key_Delete)
    assert window.doc.pack.refs() == ["demand:wonen-2"]


def test_removing_tailored_work_offers_undo_in_a_bar(qtbot, tailored):
    window = tailored
    window.outline.setFocus()
    window.outline.setCurrentIndex(window.outline_model.item_index(0))
    qtbot.keyClick(window.outline, Qt.Key.Key_Delete)
    bar = window.message_bar
    assert bar.isVisible() and "met uw aanpassingen" in bar.label.text()
    assert [b.text() for b in bar.buttons] == ["Ongedaan maken"]
    bar.buttons[0].click()
    assert window.doc.pack.item("demand:wonen-1").text == "Eigen tekst" and not bar.isVisible()
    # An untailored item goes without a bar.
    window.outline.setCurrentIndex(window.outline_model.item_index(1))
    qtbot.keyClick(window.outline, Qt.Key.Key_Delete)
    assert window.doc.pack.refs() == ["demand:wonen-1"] and not bar.isVisible()


@pytest.mark.parametrize("redo", [(Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)])
def test_undo_and_redo_keys_are_the_same_in_a_field_and_elsewhere(qtbot, tailored, redo):
    window, field = tailored, tailored.item_editor.text
    doc = window.doc
    assert doc.undo_stack.undoText() == "tekst wijzigen"  # all the typing: one named step
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert doc.pack.item("demand:wonen-1").text is None and field.toPlainText() == ""
    assert window.act_redo.isEnabled(), "undo inside a field must not wipe the redo step"
    qtbot.keyClick(field, *redo)
    assert doc.pack.item("demand:wonen-1").text == "Eigen tekst" == field.toPlainText()
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Z, CTRL)
    assert doc.pack.item("demand:wonen-1").text is None
    qtbot.keyClick(window.outline, *redo)
    assert doc.pack.item("demand:wonen-1").text == "Eigen tekst"
    # One-line fields route the same way.
    title = window.pack_panel.title
    window.tabs.setCurrentWidget(window.pack_page)
    title.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(title, " X")
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert doc.pack.title == "Nieuwe briefing" == title.text()
    qtbot.keyClick(title, *redo)
    assert doc.pack.title == "Nieuwe briefing X"


def test_typing_is_one_step_per_visit_of_a_field(qtbot, tailored):
    window, field = tailored, tailored.item_editor.text
    steps = window.doc.undo_stack.count()
    qtbot.keyClicks(field, " meer")  # same visit: merges
    assert window.doc.undo_stack.count() == steps
    window.item_editor.context.setFocus(Qt.FocusReason.TabFocusReason)
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(field, " en nog")
    assert window.doc.undo_stack.count() == steps + 1
    window.act_undo.trigger()
    assert window.doc.pack.item("demand:wonen-1").text == "Eigen tekst meer"


def test_panels_build_no_undo_commands():
    """Editing methods on the document own the undo commands (like orange-canvas-core's SchemeEditor)."""
    from pathlib import Path

    gui = Path(__file__).resolve().parents[2] / "g40desk" / "gui"
    builders = sorted(p.name for p in gui.rglob("*.py") if "Command(" in p.read_text(encoding="utf-8")
                      and p.name not in ("commands.py", "document.py"))
    assert builders == []

"""Na het overleg: outcomes recorded by keyboard only, one ask after the other; undo and saving keep them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from g40desk.core.pack.model import Result

pytestmark = pytest.mark.gui
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
ASKS = ["demand:wonen-1", "demand:wonen-2", "demand:wonen-3"]
CITY = "city:zwolle"


def _press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


@pytest.fixture
def meeting(window):
    window.set_in_pack(["theme:wonen", *ASKS], True)
    window.pack_panel._set("audiences", [CITY])
    window.doc.undo_stack.clear()
    window.outline.setFocus()
    window.outline.setCurrentIndex(window.outline_model.item_index(0))  # the theme: not an ask
    return window


def _outcome(window, ref: str):
    return window.doc.pack.item(ref).outcomes.get(CITY)


def test_outcomes_for_three_asks_by_keyboard_then_undone_one_step_at_a_time(qtbot, meeting, user, tmp_path):
    window, panel = meeting, meeting.after.panel
    _press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)  # Overleg → Na het overleg
    assert window.tabs.currentWidget() is window.after.page and panel.result.hasFocus()
    first = panel.ref
    assert first in ASKS and window.outline.currentIndex().data(Qt.ItemDataRole.UserRole + 1) in (first, None)
    _press(qtbot, Qt.Key.Key_1)  # toegezegd
    _press(qtbot, Qt.Key.Key_Tab)
    assert panel.said.hasFocus()
    _type(qtbot, "Komt in de Voorjaarsnota")
    _press(qtbot, Qt.Key.Key_Tab)
    assert panel.add_button.hasFocus()
    _press(qtbot, Qt.Key.Key_Space)  # a new action: the keyboard in its "what"
    _type(qtbot, "Brief sturen")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Ans")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "1-5-2026")
    _press(qtbot, Qt.Key.Key_Tab)  # leaving the date stores it
    _press(qtbot, Qt.Key.Key_Space)  # done
    _press(qtbot, Qt.Key.Key_PageDown)
    second = panel.ref
    assert second != first and panel.result.hasFocus() and panel.position.text() == "Vraag 2 van 3"
    _press(qtbot, Qt.Key.Key_3)  # afgewezen
    _press(qtbot, Qt.Key.Key_Up)  # an arrow key never changes the outcome
    _press(qtbot, Qt.Key.Key_PageDown)
    third = panel.ref
    _press(qtbot, Qt.Key.Key_5)  # niet besproken
    _press(qtbot, Qt.Key.Key_PageDown)  # the last ask: stays
    assert panel.ref == third and {first, second, third} == set(ASKS)

    said = _outcome(window, first)
    assert (said.result, said.said) == (Result.PROMISED, "Komt in de Voorjaarsnota")
    assert [(a.what, a.who, a.due, a.done) for a in said.actions] == [("Brief sturen", "Ans", dt.date(2026, 5, 1), True)]
    assert _outcome(window, second).result == Result.REJECTED and _outcome(window, third).result == Result.NOT_DISCUSSED
    stack = window.doc.undo_stack
    assert stack.count() == 8  # result, said, action (its typing), who, date, done, two results

    # Undo goes back one change at a time, and the panel shows each state.
    expected = [(third, None), (second, None), (first, "done"), (first, "due"), (first, "who"), (first, "action"),
                (first, "said"), (first, "result")]
    for ref, what in expected:
        window.act_undo.trigger()
        outcome = _outcome(window, ref)
        if what is None:
            assert outcome is None
        elif what == "done":
            assert not outcome.actions[0].done and outcome.actions[0].due == dt.date(2026, 5, 1)
        elif what == "due":
            assert outcome.actions[0].due is None and outcome.actions[0].who == "Ans"
        elif what == "who":
            assert outcome.actions[0].who == "" and outcome.actions[0].what == "Brief sturen"
        elif what == "action":
            assert outcome.actions == [] and outcome.said == "Komt in de Voorjaarsnota"
        elif what == "said":
            assert outcome.said is None and outcome.result == Result.PROMISED
        else:
            assert outcome is None
    assert all(not window.doc.pack.item(ref).outcomes for ref in ASKS)
    for _ in range(8):
        window.act_redo.trigger()
    assert _outcome(window, first).actions[0].done and _outcome(window, third).result == Result.NOT_DISCUSSED

    # Saved and opened again: the same outcomes.
    path = tmp_path / "overleg.g40pack"
    user.files.append(path)
    window.act_save.trigger()
    before = {ref: _outcome(window, ref) for ref in ASKS}
    window.doc.replace(window.blank_pack(), None)
    assert window.files.open_path(path)
    assert {ref: _outcome(window, ref) for ref in ASKS} == before


def test_the_meeting_as_held_and_the_audience_picker(qtbot, meeting):
    window, panel = meeting, meeting.after.panel
    assert panel.audience.isHidden() and panel.audience_name.text()  # one audience: named, not chosen
    window.pack_panel._set("audiences", [CITY, "ministry:vro"])
    assert not panel.audience.isHidden() and panel.audience.count() == 2
    window.after.show()
    panel.held_date.edit.setFocus()
    _type(qtbot, "2 maart 2026")
    _press(qtbot, Qt.Key.Key_Tab)
    assert panel.present.hasFocus()
    _type(qtbot, "wethouder")
    assert window.doc.pack.meeting.held.date == dt.date(2026, 3, 2)
    assert window.doc.pack.meeting.held.present == "wethouder"
    panel.audience.setFocus()
    _press(qtbot, Qt.Key.Key_PageDown)  # a navigation key goes to the next ask, never to the list
    assert panel.audience.currentData() == CITY
    panel.audience.setCurrentIndex(1)
    panel.result.setFocus()
    _press(qtbot, Qt.Key.Key_2)
    ref = panel.ref
    assert window.doc.pack.item(ref).outcomes["ministry:vro"].result == Result.IN_PROGRESS
    assert CITY not in window.doc.pack.item(ref).outcomes  # owned by the audience it was recorded for
    panel.audience.setCurrentIndex(0)
    assert panel.result.value() is None
    window.act_undo.trigger()
    panel.audience.setCurrentIndex(1)
    assert panel.result.value() is None


def test_an_emptied_action_is_not_stored_and_rows_are_removed_by_keyboard(qtbot, meeting):
    window, panel = meeting, meeting.after.panel
    window.after.show()
    panel.new_action()
    _type(qtbot, "Bellen")
    row = panel.actions.rows[0]
    row.what.selectAll()
    _press(qtbot, Qt.Key.Key_Delete)
    assert _outcome(window, panel.ref).actions[0].what == "Bellen"  # an action needs its "what"
    _press(qtbot, Qt.Key.Key_Tab)
    assert row.what.text() == "Bellen"
    _press(qtbot, Qt.Key.Key_PageDown)
    _press(qtbot, Qt.Key.Key_PageUp)  # back: the row is shown again, and Tab goes through it in order
    row = panel.actions.rows[0]
    panel.said.setFocus()
    for expected in (row.what, row.who, row.due.edit, row.done, row.remove, panel.add_button):
        _press(qtbot, Qt.Key.Key_Tab)
        assert expected.hasFocus(), expected.accessibleName()
    row.remove.setFocus()
    _press(qtbot, Qt.Key.Key_Space)
    assert _outcome(window, panel.ref) is None and not panel.actions.rows

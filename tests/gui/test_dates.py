"""Dates as people type them: understood forms are kept, anything else is said in the field, never dropped."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui
JAN_15 = dt.date(2027, 1, 15)


def _date_field(window):
    window.show_workspace()
    window.tabs.setCurrentWidget(window.pack_page)
    field = window.pack_panel.date
    field.edit.setFocus(Qt.FocusReason.MouseFocusReason)
    return field


@pytest.mark.parametrize("typed", ["15-01-2027", "15-1-2027", "15/1/2027", "2027-01-15", "15 januari 2027",
                                   "15 jan 2027"])
def test_an_empty_date_field_takes_a_typed_date(qtbot, window, typed):
    field = _date_field(window)
    assert window.doc.pack.meeting.date is None and field.edit.text() == ""
    assert "geen datum" in field.edit.placeholderText()  # the hint is a placeholder, never text to type after
    qtbot.keyClicks(field.edit, typed)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)  # leaving the field keeps the date
    assert window.doc.pack.meeting.date == JAN_15
    assert field.edit.text() == "15 januari 2027" and field.understood()
    assert window.doc.undo_stack.count() == 1 and window.doc.undo_stack.undoText() == "datum wijzigen"


def test_enter_keeps_the_date_too(qtbot, window):
    field = _date_field(window)
    qtbot.keyClicks(field.edit, "5-12-2026")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert window.doc.pack.meeting.date == dt.date(2026, 12, 5) and field.edit.text() == "5 december 2026"


@pytest.mark.parametrize("typed", ["15-01-27", "morgen", "31-02-2027"])
def test_a_date_not_understood_is_said_in_the_field_and_kept_there(qtbot, window, typed):
    window.doc.edit_pack("meeting.date", dt.date(2026, 12, 5))
    window.doc.undo_stack.clear()
    field = _date_field(window)
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, typed)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert window.doc.pack.meeting.date == dt.date(2026, 12, 5) and window.doc.undo_stack.count() == 0
    assert not field.understood() and field.problem.isVisible()
    assert typed in field.problem.text() and "5 december 2026" in field.problem.text()  # what is kept, said
    assert field.edit.text() == typed and "b00020" in field.edit.styleSheet()
    window.doc.edit_pack("title", "Ander overleg")  # the panel reloads: the typed text stays for correcting
    assert field.edit.text() == typed and not field.understood()
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "15 jan 2027")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert window.doc.pack.meeting.date == JAN_15 and field.understood() and field.problem.isHidden()


def test_emptying_the_field_removes_the_date_and_undo_brings_it_back(qtbot, window):
    window.doc.edit_pack("meeting.date", JAN_15)
    field = _date_field(window)
    assert field.edit.text() == "15 januari 2027"
    field.edit.clear()
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert window.doc.pack.meeting.date is None and field.edit.text() == ""
    window.doc.undo_stack.undo()
    assert field.edit.text() == "15 januari 2027"


def test_the_calendar_opens_on_today_from_the_keyboard_and_has_today(qtbot, window):
    from PySide6.QtWidgets import QPushButton

    field = _date_field(window)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendar
    qtbot.waitUntil(calendar.isVisible)
    today = dt.date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    popup = calendar.window()
    next(b for b in popup.findChildren(QPushButton) if b.text() == "&Vandaag").click()
    assert window.doc.pack.meeting.date == today and not popup.isVisible()
    qtbot.waitUntil(field.edit.hasFocus)  # the keyboard is back in the field


def test_a_day_picked_in_the_calendar_is_kept(qtbot, window):
    field = _date_field(window)
    window.doc.edit_pack("meeting.date", JAN_15)
    field.open_calendar()
    calendar = field.calendar
    assert calendar.selectedDate().toPython() == JAN_15  # opens on the date shown
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert window.doc.pack.meeting.date == dt.date(2027, 1, 16) and field.edit.text() == "16 januari 2027"

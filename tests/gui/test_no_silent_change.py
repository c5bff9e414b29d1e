"""Navigation never changes a value: clicks in the preview or outline, PageUp/PageDown, (Ctrl+)Home/End and
the mouse wheel over a field without focus leave the pack and the undo stack as they were."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from g40desk.gui.models.catalogue_model import ID_ROLE

pytestmark = pytest.mark.gui
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NAVIGATION = [(Qt.Key.Key_PageDown, NO), (Qt.Key.Key_PageUp, NO), (Qt.Key.Key_PageDown, NO),
              (Qt.Key.Key_Home, CTRL), (Qt.Key.Key_End, CTRL), (Qt.Key.Key_Home, NO), (Qt.Key.Key_End, NO)]


@pytest.fixture
def laptop(qtbot, window):
    """The demo pack in the 1024x600 layout: the preview is a tab beside Onderdeel and Pakket."""
    window.resize(1000, 560)
    qtbot.waitUntil(lambda: window.panel_layout.mode == "medium")
    window.open_demo()
    window.doc.edit_pack("audiences", ["ministry:bzk", "city:zwolle"])  # two audiences: the pickers have a choice
    window.doc.undo_stack.clear()
    return window


def _state(window):
    return window.doc.pack.model_dump(mode="json"), window.doc.undo_stack.count()


def _press_navigation(qtbot, widget: QWidget) -> None:
    for key, modifiers in NAVIGATION:
        qtbot.keyClick(QApplication.focusWidget() or widget, key, modifiers)


def _wheel(widget: QWidget, steps: int) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, NO, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _click_text(qtbot, view, text: str) -> None:
    """Click in the preview on *text*, as a reader would."""
    cursor = view.document().find(text)
    assert not cursor.isNull(), text
    cursor.clearSelection()
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())


def _click_tab(qtbot, tabs, page) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(page)).center())
    assert tabs.currentWidget() is page


def _list_like(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, (QComboBox, QAbstractSpinBox)) and w.isEnabled()]


def test_the_reported_sequence_changes_nothing(qtbot, laptop):
    window = laptop
    editor = window.item_editor
    window.outline.setCurrentIndex(window.outline_model.index_of("demand:wonen-1"))
    before = _state(window)
    # The advisor had been in the priority field of one item …
    editor.priority.setFocus(Qt.FocusReason.MouseFocusReason)
    assert editor.priority.hasFocus()
    # … reads the preview, and clicks a paragraph of another item.
    _click_tab(qtbot, window.tabs, window.preview)
    window.preview.refresh()
    _click_text(qtbot, window.preview.view, "Structurele aandacht en financiering voor de wijkaanpak")
    assert window.outline.currentIndex().data(ID_ROLE) == "demand:wonen-4" and editor.ref == "demand:wonen-4"
    assert window.tabs.currentWidget() is window.preview, "a click in the preview does not jump away from it"
    _press_navigation(qtbot, window.preview.view)
    # Back on Onderdeel the keyboard is where it was: in the priority field, now of the other item.
    _click_tab(qtbot, window.tabs, window.item_page)
    qtbot.waitUntil(editor.priority.hasFocus)
    _press_navigation(qtbot, editor.priority)
    assert window.doc.pack.item("demand:wonen-4").priority.value == "medium"
    # The wheel while scrolling the form passes over every list-like field.
    for field in _list_like(window.item_page) + _list_like(window.pack_panel):
        if not field.hasFocus():
            _wheel(field, -1)
            _wheel(field, 2)
    assert _state(window) == before, window.doc.undo_stack.undoText()


def test_every_panels_navigation_keys_change_nothing(qtbot, laptop):
    window = laptop
    window.outline.setCurrentIndex(window.outline_model.index_of("demand:wonen-1"))
    before = _state(window)
    places = {window.item_page: window.item_editor, window.pack_page: window.pack_panel}
    panels = [window.catalogue_panel, window.outline, window.item_editor, window.pack_panel, window.preview]
    visited = 0
    for panel in panels:
        for widget in [panel, *panel.findChildren(QWidget)]:
            if not (widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or widget.focusProxy():
                continue
            window.show_workspace()
            for page, inside in places.items():
                if inside is panel:
                    window.tabs.setCurrentWidget(page)
            if panel is window.preview:
                window.tabs.setCurrentWidget(window.preview)
            if not widget.isVisibleTo(window):
                continue
            widget.setFocus(Qt.FocusReason.MouseFocusReason)
            if not widget.hasFocus():
                continue
            _press_navigation(qtbot, widget)
            visited += 1
            assert _state(window) == before, f"{type(widget).__name__} {widget.accessibleName()!r}: " \
                                             f"{window.doc.undo_stack.undoText()}"
    assert visited >= 20  # fields of every panel, not just a few


def test_the_wheel_over_a_field_without_focus_scrolls_nothing_into_it(qtbot, laptop):
    window = laptop
    before = _state(window)
    for combo in _list_like(window):
        index = combo.currentIndex() if isinstance(combo, QComboBox) else None
        _wheel(combo, -1)
        assert index is None or combo.currentIndex() == index, combo.accessibleName()
    assert _state(window) == before


def test_a_deliberate_choice_in_a_focused_field_still_counts(qtbot, laptop):
    window = laptop
    window.outline.setCurrentIndex(window.outline_model.index_of("demand:wonen-4"))
    window.tabs.setCurrentWidget(window.item_page)
    priority = window.item_editor.priority
    priority.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(priority, Qt.Key.Key_Down)  # medium -> low
    assert window.doc.pack.item("demand:wonen-4").priority.value == "low"
    assert window.doc.undo_stack.undoText() == "prioriteit wijzigen"
    _wheel(priority, 1)  # the wheel on the field that has the focus: back up
    assert window.doc.pack.item("demand:wonen-4").priority.value == "medium"


def test_a_double_click_in_the_preview_opens_the_item(qtbot, laptop):
    window = laptop
    window.tabs.setCurrentWidget(window.preview)
    window.preview.refresh()
    view = window.preview.view
    cursor = view.document().find("Structurele aandacht en financiering voor de wijkaanpak")
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())
    assert window.item_editor.ref == "demand:wonen-4" and window.tabs.currentWidget() is window.item_page
    qtbot.waitUntil(lambda: window.item_editor.isAncestorOf(QApplication.focusWidget()))
    assert not isinstance(QApplication.focusWidget(), (QComboBox, QAbstractSpinBox))

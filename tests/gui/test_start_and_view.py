"""A start that guides: start page, empty states, a View menu that brings every panel back, duplicating a pack."""

from __future__ import annotations

import pytest

from g40desk.core.pack.storage import load_pack, save_pack

pytestmark = pytest.mark.gui


def test_first_start_offers_new_demo_and_recent(qtbot, window, settings, tmp_path, demo, catalogue, audiences):
    start = window.start_page
    assert window.central.currentWidget() is start and start.no_recent.isVisible()
    start.demo_button.click()
    assert window.central.currentWidget() is window.workspace and window.doc.pack.title == demo.title
    assert window.outline.hasFocus() and window.item_editor.ref == demo.items[0].ref
    path = tmp_path / "recent.g40pack"
    save_pack(demo, path)
    settings.add_recent(str(path))
    window.view_menu.menu.actions()  # the menu exists
    window.show_start_page()
    assert start.recent.count() == 1 and start.recent.isVisible()
    start.recent.itemActivated.emit(start.recent.item(0))
    assert window.doc.path == path and window.central.currentWidget() is window.workspace


def test_empty_states_say_what_to_do(qtbot, window, user):
    user.dialogs.append(True)  # Nieuw pakket: accepted as it opens
    window.new_pack()
    assert window.central.currentWidget() is window.workspace
    assert window.outline_page.currentWidget() is window.outline_empty and "Vink" in window.outline_empty.text()
    assert window.item_editor.empty.isVisible() and not window.item_editor.body.isVisible()
    assert window.preview.audience.placeholderText() and window.preview.audience.currentIndex() == -1
    window.set_in_pack(["demand:wonen-1"], True)
    assert window.outline_page.currentWidget() is window.outline


def test_view_menu_restores_every_panel(qtbot, window):
    window.show_workspace()
    window.catalogue_dock.close()
    window.toolbar.hide()
    window.act_show_preview.trigger()
    assert window.preview.isHidden() and not window.catalogue_dock.isVisible()
    names = [a.objectName() for a in window.view_menu.actions]
    assert {"view_catalogue", "view_preview", "show_all_panels", "start_page", "goto_outline"} <= set(names)
    window.findChild(type(window.act_new), "show_all_panels").trigger()
    assert window.catalogue_dock.isVisible() and window.toolbar.isVisible() and window.preview.isVisible()
    assert window.act_show_preview.isChecked()


def test_duplicate_pack_for_another_audience(qtbot, window, demo, tmp_path, catalogue, audiences, user):
    original = tmp_path / "zwolle.g40pack"
    save_pack(demo, original)
    window.open_path(original)

    def pick(dialog):
        dialog.audience.setCurrentIndex(dialog.audience.findData("city:tilburg"))
        dialog.replace.setCurrentIndex(dialog.replace.findData("city:zwolle"))
        return True

    user.dialogs.append(pick)
    window.act_duplicate.trigger()
    pack = window.doc.pack
    assert pack.audiences == ["ministry:bzk", "city:tilburg"] and pack.id != demo.id
    assert window.doc.path is None and window.isWindowModified()
    assert [i.text for i in pack.items] == [i.text for i in demo.items]
    assert all("city:zwolle" not in i.overrides for i in pack.items)
    assert "Tilburg" in window.message_bar.label.text()
    copy = tmp_path / "tilburg.g40pack"
    user.files.append(copy)
    window.message_bar.buttons[0].click()  # "Opslaan als…"
    assert load_pack(copy, catalogue, audiences).audiences == ["ministry:bzk", "city:tilburg"]
    assert load_pack(original, catalogue, audiences) == demo, "the original is untouched"


def test_catalogue_key_from_the_start_page_in_a_narrow_window(qtbot, window):
    from PySide6.QtCore import Qt

    window.resize(760, 560)
    qtbot.waitUntil(lambda: window.panel_layout.mode == "narrow")
    window.show_start_page()
    qtbot.keyClick(window.start_page.new_button, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.central.currentWidget() is window.workspace and window.tree.hasFocus()


def test_duplicate_dialog_finds_a_city_as_the_pack_panel_does(qtbot, window):
    """'den bosch' and 'financien' find 's-Hertogenbosch and Financiën; the pack's own audiences are not offered."""
    from g40desk.gui.dialogs.duplicate_dialog import DuplicateDialog

    dialog = DuplicateDialog(window.doc)
    qtbot.addWidget(dialog)
    for typed, expected in (("den bosch", "city:s-hertogenbosch"), ("financien", "ministry:fin")):
        dialog.audience.lineEdit().clear()
        qtbot.keyClicks(dialog.audience.lineEdit(), typed)
        assert window.doc.audiences[expected].display_name in dialog.audience.suggestions.stringList()
        assert dialog.chosen() == expected
    window.doc.edit_pack("audiences", ["city:zwolle"])
    dialog = DuplicateDialog(window.doc)
    qtbot.addWidget(dialog)
    assert dialog.audience.findData("city:zwolle") == -1
    qtbot.keyClicks(dialog.audience.lineEdit(), "zwolle")
    assert dialog.chosen() is None and not dialog.audience.suggestions.stringList()

"""Every shortcut works wherever the focus is; mnemonics are unique and never shown as a literal '&'."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

from g40desk.gui.models.catalogue_model import ID_ROLE

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


def _show(window, widget: QWidget) -> None:
    from PySide6.QtWidgets import QApplication

    while QApplication.activePopupWidget():  # Alt+Down in the date field opens its calendar
        QApplication.activePopupWidget().close()
    window.show_workspace()
    for page in (window.item_page, window.pack_page):
        if page.isAncestorOf(widget):
            window.tabs.setCurrentWidget(page)
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    assert widget.hasFocus(), widget.accessibleName()


def test_every_shortcut_works_in_every_focus_state(qtbot, window):
    window.set_in_pack(["demand:wonen-1", "demand:wonen-2", "demand:wonen-3"], True)
    window.set_in_pack(["demand:klimaat-1"], True)
    window.act_undo.trigger()  # both undo and redo are possible now
    window.outline.setCurrentIndex(window.outline_model.item_index(1))
    fired: list[QAction] = []
    actions = [a for a in window.findChildren(QAction) if a.shortcuts() and a.isEnabled()]
    for action in actions:
        action.triggered.disconnect()  # only whether the key reaches the action is tested here
        action.triggered.connect(lambda _checked=False, a=action: fired.append(a))
    outline_only = {window.act_remove, window.act_up, window.act_down}
    outcome_only = {window.after.panel.act_next, window.after.panel.act_previous}  # PageDown/Up: the next ask there
    assert {window.act_docx, window.act_undo, window.act_redo, window.act_find, window.act_remove} <= set(actions)
    places = {"search field": window.search, "catalogue": window.tree, "outline": window.outline,
              "text field": window.item_editor.text, "one-line field": window.pack_panel.title,
              "preview": window.preview.view, "date": window.pack_panel.date.edit}
    missed = []
    for place, widget in places.items():
        for action in actions:
            for sequence in action.shortcuts():
                combo = sequence[0]
                if combo.key() in (Qt.Key.Key_Undo, Qt.Key.Key_Redo):
                    continue  # keyboard media keys: QTest cannot type them
                _show(window, widget)
                fired.clear()
                qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())
                expected = [action] if action not in outline_only | outcome_only or widget is window.outline else []
                expected = [] if action in outcome_only else expected
                if fired != expected:
                    missed.append(f"{sequence.toString()} ({action.objectName()}) in {place}: {len(fired)}")
    assert missed == [], "\n".join(missed)
    assert QAction in (type(a) for a in actions) and any(
        s.toString() == "Ctrl+Y" for s in window.act_redo.shortcuts()), "Ctrl+Y redoes on every platform"


def test_jump_keys_and_enter_in_the_catalogue(qtbot, window):
    window.set_in_pack(["demand:wonen-1"], True)
    _show(window, window.pack_panel.place)
    qtbot.keyClick(window.pack_panel.place, Qt.Key.Key_2, CTRL)
    assert window.outline.hasFocus() and window.outline.currentIndex().isValid()
    qtbot.keyClick(window.outline, Qt.Key.Key_3, CTRL)
    assert window.item_editor.text.hasFocus()
    qtbot.keyClick(window.item_editor.text, Qt.Key.Key_1, CTRL)
    assert window.tree.hasFocus()
    index = window.catalogue_filter.match(window.catalogue_filter.index(0, 0), ID_ROLE, "demand:klimaat-1", 1,
                                          Qt.MatchFlag.MatchRecursive)[0]
    window.tree.setCurrentIndex(index)
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert window.doc.pack.refs() == ["demand:wonen-1", "demand:klimaat-1"]


def _mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) for every visible text with a mnemonic under *root*, menus and tabs included."""
    found = []

    def add(text: str) -> None:
        match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
        if match:
            found.append((match.group(1).lower(), text))

    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                add(widget.tabText(tab))
    if hasattr(root, "menuBar") and root.menuWidget() is not None:
        for action in root.menuBar().actions():
            add(action.text())
    return found


def _clashes(root: QWidget) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in _mnemonics(root):
        by_letter.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def _literal_ampersands(root: QWidget) -> list[str]:
    return [w.text() for w in root.findChildren(QLabel) if w.isVisibleTo(root) and re.search(r"(?<!&)&(?!&)", w.text())
            and w.buddy() is None and w.textFormat() != Qt.TextFormat.RichText]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_mnemonics_are_unique_in_the_main_window(qtbot, window, qapp, language):
    from g40desk.gui.main_window import MainWindow
    from g40desk.gui.support.settings import install_translators

    install_translators(qapp, language)
    shown = MainWindow(window.doc.catalogue, window.doc.audiences, window.settings)
    qtbot.addWidget(shown)
    shown.resize(1400, 860)
    shown.show()
    shown.set_in_pack(["demand:wonen-1"], True)
    shown.pack_panel._set("audiences", ["city:zwolle"])
    shown.outline.setCurrentIndex(shown.outline_model.item_index(0))
    assert _mnemonics(shown), "the test sees the mnemonics"
    shown.settings.add_recent("/tmp/x.g40pack")
    shown.show_start_page()
    assert len(_mnemonics(shown)) >= 8 and _clashes(shown) == {}
    shown.show_workspace()
    for page in (shown.item_page, shown.pack_page, shown.after.page):
        shown.tabs.setCurrentWidget(page)
        assert _clashes(shown) == {}, page.widget()
        assert _literal_ampersands(shown) == []
    shown.resize(760, 560)  # narrow: catalogue and preview are tabs
    qtbot.waitUntil(lambda: shown.panel_layout.mode == "narrow")
    assert _clashes(shown) == {}
    shown.tabs.setCurrentWidget(shown.after.page)
    assert _clashes(shown) == {}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_mnemonics_are_unique_in_every_dialog(qtbot, window, settings, tmp_path, qapp, language):
    from g40desk.gui.dialogs.duplicate_dialog import DuplicateDialog
    from g40desk.gui.dialogs.import_dialog import ImportDialog
    from g40desk.gui.dialogs.preferences import PreferencesDialog
    from g40desk.gui.support.settings import install_translators
    from g40desk.importers.matrix import ImportReport

    install_translators(qapp, language)
    window.pack_panel._set("audiences", ["city:zwolle"])
    dialogs = [PreferencesDialog(settings), DuplicateDialog(window.doc),
               ImportDialog(ImportReport(path=tmp_path / "m.xlsx", changes=[], problems=["x"]))]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert _mnemonics(dialog), type(dialog).__name__
        assert _clashes(dialog) == {}, type(dialog).__name__
        assert _literal_ampersands(dialog) == [], type(dialog).__name__


@pytest.mark.parametrize("language", ["nl", "en"])
def test_mnemonics_are_unique_in_every_menu(qtbot, window, qapp, language):
    from g40desk.gui.main_window import MainWindow
    from g40desk.gui.support.settings import install_translators

    install_translators(qapp, language)
    shown = MainWindow(window.doc.catalogue, window.doc.audiences, window.settings)
    qtbot.addWidget(shown)
    clashes = {}
    for menu_action in shown.menuBar().actions():
        letters: dict[str, list[str]] = {}
        for action in menu_action.menu().actions():
            match = re.search(r"(?<!&)&([^&\s])", action.text().replace("&&", ""))
            if match and not action.isSeparator():
                letters.setdefault(match.group(1).lower(), []).append(action.text())
        clashes.update({f"{menu_action.text()} {k}": v for k, v in letters.items() if len(v) > 1})
    assert clashes == {}

"""The catalogue says what things are: goals, demands and key figures told apart; a search hit says why it
matched; Enter in the search goes to the first matching demand; a city's new role is a wethouder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from g40desk.core.agenda.catalogue import Kind
from g40desk.core.text import fold
from g40desk.gui.models.catalogue_model import ID_ROLE, SNIPPET_ROLE

pytestmark = pytest.mark.gui


def _rows(model, parent=QModelIndex()):
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _rows(model, index)


def test_goals_demands_and_key_figures_are_told_apart(qtbot, window):
    catalogue = window.doc.catalogue
    prefixes = {Kind.GOAL: "Doel: ", Kind.DEMAND: "Eis: ", Kind.KEY_FIGURE: "Kerngegeven: "}
    seen = set()
    for index in _rows(window.catalogue_filter):
        entry = catalogue[index.data(ID_ROLE)]
        text = index.data()
        if entry.kind in prefixes:
            assert text.startswith(prefixes[entry.kind]), text
            seen.add(entry.kind)
        else:
            assert not any(text.startswith(p) for p in prefixes.values()), text
        assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(
            {Kind.GOAL: "Doel", Kind.DEMAND: "Eis", Kind.KEY_FIGURE: "Kerngegeven"}.get(entry.kind, ""))
    assert seen == set(prefixes)
    window.set_in_pack(["goal:wonen-1", "demand:wonen-1"], True)
    editor = window.item_editor
    for ref, kind in (("goal:wonen-1", "DOEL"), ("demand:wonen-1", "EIS")):
        window.outline.setCurrentIndex(window.outline_model.index_of(ref))
        assert editor.kind.text() == kind and editor.kind.isVisible()


def test_a_search_hit_shows_why_it_matched(qtbot, window):
    qtbot.keyClicks(window.search, "wonen")
    catalogue = window.doc.catalogue
    why = {}
    for index in _rows(window.catalogue_filter):
        entry = catalogue[index.data(ID_ROLE)]
        if "wonen" in fold(entry.full_text):
            why[entry.id] = (entry, index.data(SNIPPET_ROLE))
    assert why
    for entry, parts in why.values():
        if "wonen" in fold(entry.label):
            assert parts is None, "the title says it already"
        else:
            assert parts and any(hit and "wonen" in fold(text) for text, hit in parts), entry.id
            assert len("".join(text for text, _ in parts)) < 160  # a snippet, not the whole explanation
    unrelated = [e for e, parts in why.values() if e.kind == Kind.THEME and parts]
    assert unrelated, "'wonen' finds themes through their explanation: those rows say so"
    index = window.catalogue_filter.mapFromSource(window.catalogue_model.index_of(unrelated[0].id))
    delegate = window.tree.itemDelegate()
    option = window.tree.viewOptions() if hasattr(window.tree, "viewOptions") else None
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = option or QStyleOptionViewItem()
    option.font = window.tree.font()
    plain = window.tree.fontMetrics().lineSpacing()
    assert delegate.sizeHint(option, index).height() > plain * 2, "the snippet takes its own line under the title"
    window.tree.grab()  # painted without error


@pytest.mark.parametrize("query", ["wonen", "schulden", "fiets", "opschalingskorting"])
def test_enter_in_the_search_goes_to_the_first_matching_demand(qtbot, window, query):
    qtbot.keyClicks(window.search, query)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    current = window.tree.currentIndex()
    assert window.tree.hasFocus() and current.isValid()
    entry = window.doc.catalogue[current.data(ID_ROLE)]
    demands = [e.id for e in window.doc.catalogue.search(query) if e.kind == Kind.DEMAND]
    assert entry.kind == Kind.DEMAND and entry.id == demands[0], (entry.kind, entry.label)
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert window.doc.pack.refs() == [entry.id]


def test_a_new_role_in_a_city_is_a_wethouder_by_default(qtbot, audiences, monkeypatch):
    from g40desk.gui.dialogs.audience_dialog import AudienceDialog

    dialog = AudienceDialog(audiences)
    qtbot.addWidget(dialog)
    offered = {}

    def look_and_accept():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            QTimer.singleShot(30, look_and_accept)
            return
        offered[len(offered)] = (box.textValue(), box.comboBoxItems())
        box.accept()

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    for org, expected in (("city:zwolle", "wethouder"), ("ministry:bzk", "minister")):
        dialog._select(org)
        QTimer.singleShot(30, look_and_accept)
        dialog.add_role.click()
        assert dialog._current.kind.value == expected
    assert offered[0] == ("wethouder", ["wethouder", "burgemeester"])
    assert offered[1][0] == "minister" and "wethouder" not in offered[1][1]

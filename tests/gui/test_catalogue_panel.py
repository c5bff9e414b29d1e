"""Search keeps a theme's demands reachable, brings the tree back as it was, and says when nothing matches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from g40desk.gui.models.catalogue_model import ID_ROLE

pytestmark = pytest.mark.gui


def _shown(panel) -> list[str]:
    found = []

    def walk(parent):
        for row in range(panel.filter.rowCount(parent)):
            index = panel.filter.index(row, 0, parent)
            found.append(index.data(ID_ROLE))
            walk(index)

    walk(QModelIndex())
    return found


def test_a_matched_theme_keeps_its_demands(qtbot, window, catalogue):
    panel = window.catalogue_panel
    qtbot.keyClicks(panel.search, "schulden")
    shown = _shown(panel)
    assert {d.id for d in catalogue.demands_of("theme:schulden")} <= set(shown)
    for entry_id in shown:  # all reachable: the tree is expanded down to them
        index = panel.filter.mapFromSource(panel.model.index_of(entry_id))
        parent = index.parent()
        assert not parent.isValid() or panel.tree.isExpanded(parent)


def test_clearing_the_search_restores_the_tree_as_it_was(qtbot, window):
    panel = window.catalogue_panel
    wonen = panel.filter.mapFromSource(panel.model.index_of("message:duurzame-stad"))
    panel.tree.expand(wonen)
    before = panel._expanded_ids()
    assert before == {"message:duurzame-stad"}
    qtbot.keyClicks(panel.search, "woning")
    assert len(panel._expanded_ids()) > 1
    panel.select("demand:wonen-2")
    panel.search.clear()
    assert panel._expanded_ids() >= before and "message:iedereen-telt" not in panel._expanded_ids()
    assert panel.tree.currentIndex().data(ID_ROLE) == "demand:wonen-2", "the entry found stays selected"


def test_no_results_says_so(qtbot, window):
    panel = window.catalogue_panel
    qtbot.keyClicks(panel.search, "xyzzy")
    assert panel.results.currentWidget() is panel.no_results and "Geen resultaten voor ‘xyzzy’" in panel.no_results.text()
    assert not panel.add_button.isEnabled()
    panel.search.clear()
    assert panel.results.currentWidget() is panel.tree and panel.add_button.isEnabled()


@pytest.mark.parametrize("query, expected", [("minima", "theme:schulden"), ("armoede", "theme:schulden")])
def test_search_knows_variants(qtbot, window, query, expected):
    qtbot.keyClicks(window.catalogue_panel.search, query)
    assert expected in _shown(window.catalogue_panel)


@pytest.mark.parametrize("typed", ["den bosch", "Den Bosch", "'s-Hertogenbosch", "s hertogenbosch"])
def test_audience_variants(qtbot, window, typed):
    picker = window.pack_panel.audience_picker
    window.tabs.setCurrentWidget(window.pack_page)
    picker.lineEdit().setFocus()
    qtbot.keyClicks(picker.lineEdit(), typed)
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert window.doc.pack.audiences == ["city:s-hertogenbosch"]


def test_enter_in_search_goes_to_the_first_match_and_enter_again_adds_it(qtbot, window):
    panel = window.catalogue_panel
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "snelfietsroutes")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.tree.hasFocus()
    found = panel.tree.currentIndex().data(ID_ROLE)
    assert found in {e.id for e in window.doc.catalogue.search("snelfietsroutes")}
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert window.doc.pack.refs() == window.doc.catalogue.picks(found)

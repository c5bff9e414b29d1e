"""The outline is the note's structure: core message › theme › item, with markers, in sync with the preview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt

from g40desk.core.note.blocks import BlockType, note_blocks
from g40desk.core.note.briefing import build_briefing
from g40desk.gui.models.catalogue_model import ID_ROLE
from g40desk.gui.models.outline_model import MARKERS, MARKERS_ROLE

pytestmark = pytest.mark.gui


def _tree(model, parent=QModelIndex(), depth=0) -> list[tuple[int, str, str | None]]:
    rows = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        rows.append((depth, index.data(), index.data(ID_ROLE)))
        rows += _tree(model, index, depth + 1)
    return rows


def test_outline_is_the_note_in_its_order(window, demo, catalogue):
    window.doc.replace(demo, None)
    tree = _tree(window.outline_model)
    top = [title for depth, title, _ in tree if depth == 0]
    assert top == ["De stad duurzaam, leefbaar, veilig en betaalbaar", "Schouder aan schouder voor goed bestuur",
                   catalogue["section:kerngegevens"].node.title]
    wonen = [ref for depth, _, ref in tree if depth == 2 and ref and catalogue[ref].theme == "theme:wonen"]
    assert wonen == ["goal:wonen-1", "demand:wonen-1", "demand:wonen-3", "demand:wonen-4"]
    assert (1, "Betaalbaar wonen in leefbare wijken", "theme:wonen") in tree  # the theme row edits the theme item
    # Short titles, the tailored wording where there is one; never cut.
    assert (1, "Stop direct met de opschalingskorting en draai haar terug.", "demand:goed-bestuur-5") in tree
    assert (2, catalogue["demand:wonen-4"].label, "demand:wonen-4") in tree
    assert all("…" not in title for _, title, _ in tree)
    # The same order as the note's asks.
    asks = [b.ref for b in note_blocks(build_briefing(demo, catalogue, window.doc.audiences), demo.options)
            if b.type == BlockType.NUMBERED]
    assert asks == [ref for _, _, ref in tree if ref and ref.startswith("demand:")]


def test_rows_carry_markers(window, demo):
    window.doc.replace(demo, None)
    model = window.outline_model
    index = model.index_of("demand:wonen-1")
    markers = model.index(index.row(), MARKERS, index.parent())
    assert markers.data(MARKERS_ROLE) == ["priority:high", "status:raised", "tailored", "note", "per_audience"]
    assert markers.data() == "▲ ◔ ✎ ※ ⇄"
    assert "interne notitie" in markers.data(Qt.ItemDataRole.ToolTipRole)
    plain = model.index_of("figure:inwoners")
    assert model.index(plain.row(), MARKERS, plain.parent()).data(MARKERS_ROLE) == []


def test_drag_moves_an_item_within_its_theme_only(window, demo):
    window.doc.replace(demo, None)
    model = window.outline_model
    source = model.index_of("demand:wonen-4")
    theme = source.parent()
    first_demand = model.index_of("demand:wonen-1")
    data = model.mimeData([source])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, first_demand.row(), 0, theme)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of("theme:klimaat"))
    model.dropMimeData(data, Qt.DropAction.MoveAction, first_demand.row(), 0, theme)
    refs = window.doc.pack.refs()
    assert refs.index("demand:wonen-4") < refs.index("demand:wonen-1") < refs.index("demand:wonen-3")
    window.preview.refresh()
    text = window.preview.view.toPlainText()
    asks = text[text.index("Wat vragen we?"):]
    assert asks.index("Structurele aandacht en financiering voor de wijkaanpak") < asks.index("bouwopgave haalt")
    window.act_undo.trigger()
    assert window.doc.pack.refs().index("demand:wonen-1") < window.doc.pack.refs().index("demand:wonen-4")


def test_keyboard_moves_stay_within_the_theme(window, demo):
    window.doc.replace(demo, None)
    window.outline.setFocus()
    window.outline.setCurrentIndex(window.outline_model.index_of("demand:wonen-4"))
    window.act_down.trigger()  # the last demand of its theme: nothing to move past
    assert window.doc.pack.refs() == demo.refs()
    window.act_up.trigger()
    refs = window.doc.pack.refs()
    assert refs.index("demand:wonen-4") < refs.index("demand:wonen-3")
    assert window.outline.currentIndex().data(ID_ROLE) == "demand:wonen-4"


def test_preview_follows_the_outline_and_a_click_selects(qtbot, window, demo):
    window.doc.replace(demo, None)
    window.resize(1366, 768)
    window.preview.refresh()
    view = window.preview.view
    window.outline.setCurrentIndex(window.outline_model.index_of("figure:bevolkingsgroei"))
    assert view.verticalScrollBar().value() > 0  # scrolled down to the key figures
    window.outline.setCurrentIndex(window.outline_model.index_of("theme:wonen"))
    doc = view.document()
    found = doc.find("Afschaffing van de verhuurderheffing maakt investeringen")  # a talking point of wonen-3
    assert not found.isNull()
    view.setTextCursor(found)
    view.ensureCursorVisible()
    found.clearSelection()
    view.setTextCursor(found)
    point = view.cursorRect(found).center() + QPoint(2, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.outline.currentIndex().data(ID_ROLE) == "demand:wonen-3"
    assert window.item_editor.ref == "demand:wonen-3"


def test_outline_model_passes_the_model_tester(qtmodeltester, window, demo):
    window.doc.replace(demo, None)
    qtmodeltester.check(window.outline_model)


def test_item_editor_and_preview_mark_a_placeholder_without_a_value(qtbot, window, demo):
    window.doc.replace(demo, None)
    window.outline.setCurrentIndex(window.outline_model.index_of("demand:wonen-3"))
    qtbot.keyClicks(window.item_editor.context, "Overleg met {wethouder_wonen}.")
    hint = window.item_editor.placeholder_hint.text()
    assert "{wethouder_wonen}" in hint and "Zwolle" in hint and "Zonder waarde" in hint
    from g40desk.gui.panels.preview import briefing_html

    briefing = build_briefing(window.doc.pack, window.doc.catalogue, window.doc.audiences, "city:zwolle")
    assert "<span style='background:#fde2e2;color:#b00020'>{wethouder_wonen}</span>" in briefing_html(
        briefing, window.doc.pack.options)


def test_a_word_wider_than_the_column_is_broken_not_cut_off(qtbot):
    """At 150 % on a laptop the outline's title column is narrower than 'toegankelijke':
    such a word is broken (invisibly) to fit; words that fit stay whole."""
    from PySide6.QtGui import QFont, QFontMetrics, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    from g40desk.gui.support.wrapping import breakable, wrap_rows

    metrics = QFontMetrics(QFont())
    width = metrics.horizontalAdvance("toegankel")
    text = breakable("Een breed toegankelijke regeling", metrics, width)
    assert text.replace("\u200b", "") == "Een breed toegankelijke regeling"  # nothing added but break points
    assert "toegankelijke" not in text and "Een breed" in text and " regeling" in text
    assert all(metrics.horizontalAdvance(piece) <= width for piece in text.replace("\u200b", " ").split())

    view = QTreeView()
    qtbot.addWidget(view)
    model = QStandardItemModel()
    model.appendRow(QStandardItem("impulsregelingwoningbouwprogramma"))
    view.setModel(model)
    wrap_rows(view)
    view.resize(120, 300)
    view.show()
    qtbot.waitExposed(view)
    assert view.columnWidth(0) < metrics.horizontalAdvance("impulsregelingwoningbouwprogramma")
    assert view.visualRect(model.index(0, 0)).height() >= 2 * metrics.lineSpacing()  # several lines, not one cut off

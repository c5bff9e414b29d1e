"""The catalogue panel: search, ministry and pillar filters, the tree, and the add button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from g40desk.core.agenda.catalogue import PICKABLE, Kind, Pillar
from g40desk.core.text import fold, matches, search_groups
from g40desk.gui.models.catalogue_model import ID_ROLE, SNIPPET_ROLE, CatalogueFilter, CatalogueModel
from g40desk.gui.support import labels
from g40desk.gui.support.widgets import compact
from g40desk.gui.support.wrapping import wrap_rows

if TYPE_CHECKING:
    from g40desk.gui.document import PackDocument


class CataloguePanel(QWidget):
    """Emits ``add_requested`` with catalogue IDs; the tree's check boxes emit through the model.

    While a search or filter is active the tree shows everything that matches, expanded;
    clearing them brings back the tree as it was (expanded branches and current entry).
    """

    add_requested = Signal(list)  # catalogue entry IDs

    def __init__(self, doc: PackDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.model = CatalogueModel(doc.catalogue, doc, self)
        self.filter = CatalogueFilter(doc.catalogue, self)
        self.filter.setSourceModel(self.model)
        doc.agenda_changed.connect(self._on_agenda_changed)
        self._expanded: set[str] = set()
        self._filtering = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken in de agenda…"))
        self.search.setAccessibleName(self.tr("Zoeken in de catalogus"))
        self.search.setClearButtonEnabled(True)
        self.ministry_filter = compact(QComboBox())
        self.ministry_filter.setAccessibleName(self.tr("Filter op ministerie"))
        self.ministry_filter.addItem(self.tr("Alle ministeries"), "")
        for ministry in doc.audiences.ministries:
            self.ministry_filter.addItem(ministry.display_name, ministry.id)
        self.pillar_filter = compact(QComboBox())
        self.pillar_filter.setAccessibleName(self.tr("Filter op pijler"))
        self.pillar_filter.addItem(self.tr("Alle pijlers"), "")
        for pillar in Pillar:
            self.pillar_filter.addItem(labels.pillar(pillar), pillar.value)
        self.tree = QTreeView()
        self.tree.setModel(self.filter)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Catalogus van de Strategische Agenda"))
        wrap_rows(self.tree, snippet_role=SNIPPET_ROLE)  # short titles wrap, never cut; a search says why it found
        self.tree.setToolTip(self.tr("Vinkje of Enter: aan het pakket toevoegen"))
        self.no_results = QLabel()
        self.no_results.setWordWrap(True)
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.no_results.setMargin(8)
        self.results = QStackedWidget()
        self.results.addWidget(self.tree)
        self.results.addWidget(self.no_results)
        self.add_button = QPushButton(self.tr("Aan pakket &toevoegen"))
        self.add_button.setToolTip(self.tr("Gekozen onderdelen aan het pakket toevoegen (Enter)"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        filters = QHBoxLayout()
        filters.addWidget(self.ministry_filter)
        filters.addWidget(self.pillar_filter)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.add_button)

        self.search.textChanged.connect(lambda text: self._refilter(self.filter.set_query, text))
        self.ministry_filter.currentIndexChanged.connect(
            lambda _i: self._refilter(self.filter.set_ministry, self.ministry_filter.currentData()))
        self.pillar_filter.currentIndexChanged.connect(
            lambda _i: self._refilter(self.filter.set_pillar, self.pillar_filter.currentData()))
        self.search.returnPressed.connect(self._to_first_result)
        self.add_button.clicked.connect(self.add_selected)
        self.tree.activated.connect(lambda _index: self.add_selected())  # Enter and double-click

    # -- filtering -------------------------------------------------------------

    def _on_agenda_changed(self) -> None:
        """The pack uses another agenda (or version): show that one."""
        self.model.set_catalogue(self.doc.agenda)
        self.filter.set_catalogue(self.doc.agenda)
    def filtering(self) -> bool:
        return bool(self.search.text().strip() or self.ministry_filter.currentData() or self.pillar_filter.currentData())

    def _refilter(self, setter, value) -> None:
        current = self.tree.currentIndex().data(ID_ROLE)
        if not self._filtering:
            self._expanded = self._expanded_ids()
        setter(value)
        self._filtering = self.filtering()
        if self._filtering:
            self.tree.expandAll()
        else:
            self._expand(self._expanded)
        if current:
            self.select(current)
        self._show_results()

    def _show_results(self) -> None:
        empty = self._filtering and self.filter.rowCount() == 0
        if empty:
            self.no_results.setText(self.tr("Geen resultaten voor ‘%s’.\n\nProbeer een ander woord, of wis de "
                                            "zoekterm en de filters.") % self.search.text().strip()
                                    if self.search.text().strip() else
                                    self.tr("Geen resultaten met deze filters.\n\nKies ‘Alle ministeries’ of "
                                            "‘Alle pijlers’."))
        self.results.setCurrentWidget(self.no_results if empty else self.tree)
        self.add_button.setEnabled(not empty)

    def _expanded_ids(self) -> set[str]:
        found: set[str] = set()

        def walk(parent: QModelIndex) -> None:
            for row in range(self.filter.rowCount(parent)):
                index = self.filter.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    found.add(index.data(ID_ROLE))
                    walk(index)

        walk(QModelIndex())
        return found

    def _expand(self, ids: set[str]) -> None:
        for entry_id in ids:
            index = self.filter.mapFromSource(self.model.index_of(entry_id))
            if index.isValid():
                self.tree.expand(index)

    def expand(self, entry_id: str) -> None:
        """Open *entry_id*'s branch and those above it (a theme: show its demands)."""
        index = self.filter.mapFromSource(self.model.index_of(entry_id))
        while index.isValid():
            self.tree.expand(index)
            index = index.parent()

    def select(self, entry_id: str) -> None:
        """Make *entry_id* the current row, opening its branch, if the filter shows it."""
        index = self.filter.mapFromSource(self.model.index_of(entry_id))
        if index.isValid():
            parent = index.parent()
            while parent.isValid():
                self.tree.expand(parent)
                parent = parent.parent()
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _to_first_result(self) -> None:
        """Enter in the search field: to the first matching demand in the tree (else the first goal,
        key figure or theme whose title matches, else the first match), where Enter adds it."""
        found = self.doc.catalogue.search(self.search.text())
        groups = search_groups(self.search.text())
        pickable = [e for e in found if e.kind in PICKABLE]
        ranked = [{e.id for e in found if e.kind == Kind.DEMAND},
                  {e.id for e in pickable if matches(fold(e.label), groups)},  # its title says why
                  {e.id for e in pickable}, {e.id for e in found}]

        def first(parent: QModelIndex, matched: set[str]) -> QModelIndex:
            for row in range(self.filter.rowCount(parent)):
                index = self.filter.index(row, 0, parent)
                hit = index if index.data(ID_ROLE) in matched else first(index, matched)
                if hit.isValid():
                    return hit
            return QModelIndex()

        index = next((hit for ids in ranked if ids and (hit := first(QModelIndex(), ids)).isValid()), QModelIndex())
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- picking ---------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def add_selected(self) -> None:
        ids: list[str] = []
        indexes = self.tree.selectionModel().selectedIndexes() or [self.tree.currentIndex()]
        for index in indexes:
            if index.isValid():
                ids += self.doc.catalogue.picks(index.data(ID_ROLE))
        if ids:
            self.add_requested.emit(ids)

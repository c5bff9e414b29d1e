"""The catalogue as a checkable tree, and a proxy that filters it by text, ministry and pillar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from g40desk.core.agenda.catalogue import PICKABLE, Catalogue, Kind
from g40desk.core.text import Group, fold, matches, search_groups, snippet
from g40desk.gui.support import labels

if TYPE_CHECKING:
    from g40desk.gui.document import PackDocument

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2  # (text, matched) parts: why a search found an entry
TOLD_APART = (Kind.GOAL, Kind.DEMAND, Kind.KEY_FIGURE)  # alike in the tree: each row says which it is


def kind_label(entry) -> str:
    """'Eis: …', 'Doel: …', 'Kerngegeven: …' for the entries an advisor picks; other rows as they are."""
    label = entry.label + labels.status_suffix(entry)
    return f"{labels.kind(entry.kind)}: {label}" if entry.kind in TOLD_APART else label


class CatalogueModel(QAbstractItemModel):
    """Read-only tree over the catalogue; check boxes show what is in the pack."""

    toggle_requested = Signal(list, bool)  # entry IDs, wanted in pack

    def __init__(self, catalogue: Catalogue, doc: PackDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self._index_catalogue(catalogue)
        self._in_pack: set[str] = set()
        doc.items_reset.connect(self._on_items_reset)
        self._on_items_reset()

    def _index_catalogue(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self._ids = list(catalogue.entries)
        self._row = {}
        for entry_id in self._ids:
            entry = catalogue[entry_id]
            siblings = catalogue.roots if entry.parent is None else catalogue[entry.parent].child_ids
            self._row[entry_id] = siblings.index(entry_id)

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Show another agenda (the pack switched agenda or version)."""
        self.beginResetModel()
        self._index_catalogue(catalogue)
        self._in_pack = set(self.doc.pack.refs())
        self.endResetModel()

    # -- structure ---------------------------------------------------------------
    def _entry_id(self, index: QModelIndex) -> str | None:
        return index.internalPointer() if index.isValid() else None

    def index(self, row, column, parent=QModelIndex()):
        if column != 0 or row < 0:
            return QModelIndex()
        children = self.catalogue.children(self._entry_id(parent))
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row].id)

    def parent(self, index=QModelIndex()):
        entry_id = self._entry_id(index)
        if entry_id is None:
            return QModelIndex()
        parent_id = self.catalogue[entry_id].parent
        if parent_id is None:
            return QModelIndex()
        return self.createIndex(self._row[parent_id], 0, parent_id)

    def rowCount(self, parent=QModelIndex()):
        if parent.column() > 0:
            return 0
        return len(self.catalogue.children(self._entry_id(parent)))

    def columnCount(self, parent=QModelIndex()):
        return 1

    def index_of(self, entry_id: str) -> QModelIndex:
        return self.createIndex(self._row[entry_id], 0, entry_id)

    # -- data ------------------------------------------------------------------
    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.catalogue[self._entry_id(index)].kind in PICKABLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.catalogue[self._entry_id(index)]
        if role == Qt.ItemDataRole.DisplayRole:
            return kind_label(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = entry.full_text
            text = (text[:600] + "…") if len(text) > 600 else text
            return f"{labels.kind(entry.kind)}\n\n" + labels.status_note(entry) + text
        if role == Qt.ItemDataRole.ForegroundRole and labels.is_stale(entry):
            return QBrush(QColor(labels.STALE_GREY))  # outdated or retired: greyed, the reason in the tooltip
        if role == ID_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.CheckStateRole and entry.kind in PICKABLE:
            return self._check_state(entry.id)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{labels.kind(entry.kind)}: {entry.label}"
        return None

    def _check_state(self, entry_id: str) -> Qt.CheckState:
        entry = self.catalogue[entry_id]
        if entry.kind != Kind.THEME:
            return Qt.CheckState.Checked if entry_id in self._in_pack else Qt.CheckState.Unchecked
        group = self.catalogue.picks(entry_id)
        count = sum(1 for i in group if i in self._in_pack)
        if count == 0:
            return Qt.CheckState.Unchecked
        return Qt.CheckState.Checked if count == len(group) else Qt.CheckState.PartiallyChecked

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        entry = self.catalogue[self._entry_id(index)]
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked
        ids = self.catalogue.picks(entry.id)
        if entry.kind == Kind.THEME:
            wanted = self._check_state(entry.id) != Qt.CheckState.Checked
        self.toggle_requested.emit(ids, wanted)
        return True

    def _on_items_reset(self) -> None:
        before = self._in_pack
        self._in_pack = set(self.doc.pack.refs())
        touched = before ^ self._in_pack
        for entry_id in touched:
            if entry_id not in self.catalogue:  # the pack's own entries are not in this tree
                continue
            entry = self.catalogue[entry_id]
            for key in (entry_id, entry.theme):
                if key:
                    index = self.index_of(key)
                    self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])


class CatalogueFilter(QSortFilterProxyModel):
    """Search as you type (case and accents ignored), plus ministry and pillar filters.

    The matching entries and their ancestors are worked out once per keystroke, so
    filterAcceptsRow is a set lookup; Qt's own recursive filtering would call back
    into Python for every descendant of every row.
    """

    def __init__(self, catalogue: Catalogue, parent=None):
        super().__init__(parent)
        self.catalogue = catalogue
        self._query = ""
        self._ministry: str | None = None
        self._pillar: str | None = None
        self._accepted: set[str] | None = None  # None: no filter, everything shows
        self._groups: list[Group] = []
        self._snippets: dict[str, list | None] = {}

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self.beginResetModel()
        self.catalogue = catalogue
        self._snippets = {}
        self._accepted = self._compute()
        self.endResetModel()

    def set_query(self, text: str) -> None:
        self._groups = search_groups(text)
        self._snippets = {}
        self._refilter("_query", " ".join(fold(text).split()))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != SNIPPET_ROLE:
            return super().data(index, role)
        entry_id = super().data(index, ID_ROLE)
        if not self._groups or entry_id not in self.catalogue:
            return None
        if entry_id not in self._snippets:
            entry = self.catalogue[entry_id]
            shown = matches(fold(entry.label), self._groups)  # the row's own words say why
            self._snippets[entry_id] = None if shown else snippet(entry.full_text, self._groups) or None
        return self._snippets[entry_id]

    def set_ministry(self, ministry_id: str | None) -> None:
        self._refilter("_ministry", ministry_id or None)

    def set_pillar(self, pillar: str | None) -> None:
        self._refilter("_pillar", pillar or None)

    def _refilter(self, attribute: str, value) -> None:
        if getattr(self, attribute) == value:
            return
        # A reset, not an incremental filter change: removing rows one parent at a time
        # from an expanded tree view costs Qt up to half a second on a large catalogue.
        self.beginResetModel()
        setattr(self, attribute, value)
        self._accepted = self._compute()
        self.endResetModel()

    def _matches(self, entry) -> bool:
        if self._ministry and not (entry.kind == Kind.DEMAND and self._ministry in entry.ministries):
            return False
        return not self._pillar or (entry.pillar is not None and entry.pillar.value == self._pillar)

    def _compute(self) -> set[str] | None:
        if not (self._query or self._ministry or self._pillar):
            return None
        accepted: set[str] = set()
        entries = self.catalogue.entries
        found = self.catalogue.search(self._query) if self._query else entries.values()
        for entry in found:
            # A theme that matches keeps its demands reachable: show what passes the other filters.
            below = self._descendants(entry.id) if self._query and entry.kind == Kind.THEME else []
            for match in [entry, *below]:
                if not self._matches(match):
                    continue
                key = match.id
                while key is not None and key not in accepted:
                    accepted.add(key)
                    key = entries[key].parent
        return accepted

    def _descendants(self, entry_id: str) -> list:
        out = []
        for child in self.catalogue.children(entry_id):
            out += [child, *self._descendants(child.id)]
        return out

    def filterAcceptsRow(self, source_row, source_parent):
        if self._accepted is None:
            return True
        parent_id = source_parent.internalPointer() if source_parent.isValid() else None
        siblings = self.catalogue.roots if parent_id is None else self.catalogue[parent_id].child_ids
        return siblings[source_row] in self._accepted

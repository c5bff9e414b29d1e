"""The pack as the note shows it: core message › theme › item, items reorderable within their theme.

The tree comes from ``core.briefing.note_order``, the same order the note is built in, so
moving an item here moves it in the note. Each item row shows its short title (the tailored
wording where there is one) and, in a second column, small markers: priority, status,
tailored wording, internal note, per-audience wording.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from g40desk.core.note.briefing import note_order
from g40desk.core.pack.model import Item, Priority, Status
from g40desk.gui.models.catalogue_model import ID_ROLE
from g40desk.gui.support import labels

if TYPE_CHECKING:
    from g40desk.gui.document import PackDocument

MIME = "application/x-g40desk-item-ref"
MARKERS_ROLE = Qt.ItemDataRole.UserRole + 20  # list of marker keys, for tests and delegates
_R = Qt.ItemDataRole
_ROLES = frozenset(int(r) for r in (ID_ROLE, MARKERS_ROLE, _R.DisplayRole, _R.ToolTipRole, _R.FontRole,
                                    _R.ForegroundRole, _R.AccessibleTextRole))
TITLE, MARKERS = 0, 1

STATUS_MARKS = {Status.OPEN: "○", Status.RAISED: "◔", Status.IN_PROGRESS: "◑", Status.AGREED: "◕",
                Status.ACHIEVED: "●", Status.REJECTED: "✕"}
PRIORITY_MARKS = {Priority.HIGH: "▲", Priority.MEDIUM: "◆", Priority.LOW: "▽"}
PRIORITY_COLOURS = {Priority.HIGH: "#b00020", Priority.MEDIUM: "#a86400", Priority.LOW: "#2e7d32"}
TAILORED, NOTE, PER_AUDIENCE = "✎", "※", "⇄"


@dataclass(eq=False)
class Node:
    """A row: a group (core message, theme, key figures) or a pack item; a theme in the pack is both."""

    id: str
    ref: str | None  # the pack item this row edits, if any
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class OutlineModel(QAbstractItemModel):
    move_requested = Signal(int, int)  # source and target position in the pack's item list

    def __init__(self, doc: PackDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.root = Node("", None)
        self._by_ref: dict[str, Node] = {}
        self._build()
        doc.items_reset.connect(self._reset)
        doc.item_changed.connect(self._on_item_changed)

    # -- structure ---------------------------------------------------------------
    def _build(self) -> None:
        self.root = Node("", None)
        self._by_ref = {}
        refs = set(self.doc.pack.refs())
        for message_id, groups in note_order(self.doc.pack, self.doc.catalogue):
            message = self._add(self.root, message_id, None)
            for group_id, items in groups:
                group = message if group_id == message_id else self._add(message, group_id,
                                                                           group_id if group_id in refs else None)
                for item in items:
                    if item.ref != group.id:
                        self._add(group, item.ref, item.ref)

    def _add(self, parent: Node, node_id: str, ref: str | None) -> Node:
        node = Node(node_id, ref, parent)
        parent.children.append(node)
        if ref:
            self._by_ref[ref] = node
        return node

    def _reset(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def _on_item_changed(self, ref: str) -> None:
        node = self._by_ref.get(ref)
        if node is not None:
            self.dataChanged.emit(self.createIndex(node.row(), TITLE, node), self.createIndex(node.row(), MARKERS, node))

    def _node(self, index: QModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index_of(self, ref: str | None) -> QModelIndex:
        """The row of a pack item (invalid if it is not in the pack)."""
        node = self._by_ref.get(ref or "")
        return self.createIndex(node.row(), TITLE, node) if node else QModelIndex()

    def item_index(self, position: int) -> QModelIndex:
        """The row of the pack's item at *position* in the pack's list."""
        items = self.doc.pack.items
        return self.index_of(items[position].ref) if 0 <= position < len(items) else QModelIndex()

    def pack_row(self, index: QModelIndex) -> int:
        """Position in the pack's item list of the item at *index*, or -1 for a group row."""
        ref = self._node(index).ref if index.isValid() else None
        refs = self.doc.pack.refs()
        return refs.index(ref) if ref in refs else -1

    def sibling_move(self, ref: str, step: int) -> tuple[int, int] | None:
        """(source, target) pack positions that move *ref* one row up (-1) or down (+1) within its group."""
        node = self._by_ref.get(ref)
        if node is None or node.parent is None:
            return None
        siblings = [n for n in node.parent.children if n.ref]
        at = siblings.index(node) + step
        if not 0 <= at < len(siblings):
            return None
        return self._positions(node, siblings[at].ref, after=step > 0)

    def _positions(self, node: Node, anchor_ref: str, after: bool) -> tuple[int, int]:
        refs = self.doc.pack.refs()
        source, anchor = refs.index(node.ref), refs.index(anchor_ref)
        if anchor > source:
            anchor -= 1  # the list is one shorter once the moving item is taken out
        return source, anchor + 1 if after else anchor

    # -- Qt's model API -----------------------------------------------------------
    def index(self, row, column=0, parent=QModelIndex()):
        node = self._node(parent)
        if not 0 <= row < len(node.children) or column not in (TITLE, MARKERS):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index=QModelIndex()):
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer().parent
        if node is None or node is self.root:
            return QModelIndex()
        return self.createIndex(node.row(), TITLE, node)

    def rowCount(self, parent=QModelIndex()):
        if parent.isValid() and parent.column() != TITLE:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent=QModelIndex()):
        return 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("OutlineModel", "Onderdeel") if section == TITLE else ""
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in _ROLES:
            return None  # most calls (size hints, decorations, check states) end here, cheaply
        node: Node = index.internalPointer()
        if role == ID_ROLE:
            return node.ref
        item = self.doc.pack.item(node.ref) if node.ref else None
        if index.column() == MARKERS:
            return self._markers(item, role)
        entry = self.doc.catalogue[node.id] if node.id in self.doc.catalogue else None
        if role == Qt.ItemDataRole.DisplayRole:
            own = item.text.strip() if item and item.text and item.text.strip() else ""
            suffix = labels.status_suffix(entry) if entry is not None else ""
            return (own or (entry.label if entry else node.id)) + suffix
        if role == Qt.ItemDataRole.ToolTipRole and entry is not None:
            kind = labels.kind(entry.kind)
            text = f"{kind}: {entry.label}" if item is None else f"{kind}: {(item.text or entry.full_text)[:600]}"
            return labels.status_note(entry) + text  # why an entry is outdated, first
        if role == Qt.ItemDataRole.ForegroundRole and entry is not None and labels.is_stale(entry):
            return QBrush(QColor(labels.STALE_GREY))
        if role == Qt.ItemDataRole.FontRole and item is None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _markers(self, item: Item | None, role):
        if item is None:
            return [] if role == MARKERS_ROLE else None
        keys = []
        if item.priority:
            keys.append(f"priority:{item.priority.value}")
        if item.status:
            keys.append(f"status:{item.status.value}")
        if item.text and item.text.strip():
            keys.append("tailored")
        if item.note and item.note.strip():
            keys.append("note")
        if item.overrides:
            keys.append("per_audience")
        if role == MARKERS_ROLE:
            return keys
        if role == Qt.ItemDataRole.DisplayRole:
            marks = [PRIORITY_MARKS.get(item.priority, ""), STATUS_MARKS.get(item.status, ""),
                     TAILORED if "tailored" in keys else "", NOTE if "note" in keys else "",
                     PER_AUDIENCE if "per_audience" in keys else ""]
            return " ".join(m for m in marks if m)
        if role == Qt.ItemDataRole.ToolTipRole and keys:
            words = []
            if item.priority:
                words.append(QCoreApplication.translate("OutlineModel", "prioriteit %s") % labels.priority(item.priority))
            if item.status:
                words.append(QCoreApplication.translate("OutlineModel", "status: %s") % labels.status(item.status))
            if "tailored" in keys:
                words.append(QCoreApplication.translate("OutlineModel", "eigen formulering"))
            if "note" in keys:
                words.append(QCoreApplication.translate("OutlineModel", "interne notitie"))
            if "per_audience" in keys:
                words.append(QCoreApplication.translate("OutlineModel", "tekst per doelgroep"))
            return "\n".join(words)
        if role == Qt.ItemDataRole.ForegroundRole and item.priority:
            return QBrush(QColor(PRIORITY_COLOURS[item.priority]))
        if role == Qt.ItemDataRole.AccessibleTextRole and keys:
            return self._markers(item, Qt.ItemDataRole.ToolTipRole).replace("\n", ", ")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        node: Node = index.internalPointer()
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.ref and node.parent is not self.root and not node.children:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        if node.children:
            base |= Qt.ItemFlag.ItemIsDropEnabled
        return base

    # -- drag and drop within a theme --------------------------------------------
    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [MIME]

    def mimeData(self, indexes):
        mime = QMimeData()
        refs = {self._node(i).ref for i in indexes if i.isValid() and self._node(i).ref}
        mime.setData(MIME, ",".join(sorted(refs)).encode())
        return mime

    def _drop_target(self, data, row, parent) -> tuple[int, int] | None:
        if not data.hasFormat(MIME):
            return None
        refs = [r for r in bytes(data.data(MIME)).decode().split(",") if r]
        if len(refs) != 1 or refs[0] not in self._by_ref:
            return None
        node, group = self._by_ref[refs[0]], self._node(parent)
        if node.parent is not group:
            return None  # items move within their theme only
        siblings = [n for n in group.children if n.ref]
        if row < 0 or row >= len(group.children):
            anchor, after = siblings[-1], True
        else:
            anchor, after = group.children[row], False
            if not anchor.ref:
                return None
        if anchor is node:
            return None
        return self._positions(node, anchor.ref, after)

    def canDropMimeData(self, data, action, row, column, parent):
        return self._drop_target(data, row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent):
        target = self._drop_target(data, row, parent)
        if target is not None and target[0] != target[1]:
            self.move_requested.emit(*target)
        return False  # the undo command moves the row; Qt must not remove it


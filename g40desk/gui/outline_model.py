"""The pack's items in order, reorderable by drag and drop."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, Qt, Signal

from g40desk.gui import labels
from g40desk.gui.catalogue_model import ID_ROLE

MIME = "application/x-g40desk-item-rows"


class OutlineModel(QAbstractListModel):
    move_requested = Signal(int, int)  # source row, target row

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        doc.items_reset.connect(self._reset)
        doc.item_changed.connect(self._on_item_changed)

    def _reset(self):
        self.beginResetModel()
        self.endResetModel()

    def _on_item_changed(self, ref: str):
        refs = self.doc.pack.refs()
        if ref in refs:
            index = self.index(refs.index(ref))
            self.dataChanged.emit(index, index)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.doc.pack.items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.doc.pack.items):
            return None
        item = self.doc.pack.items[index.row()]
        entry = self.doc.catalogue[item.ref]
        theme = self.doc.catalogue[entry.theme].label if entry.theme and entry.kind.value != "theme" else ""
        if role == Qt.ItemDataRole.DisplayRole:
            prefix = f"{theme} › " if theme else ""
            priority = f"  [{labels.priority(item.priority)}]" if item.priority else ""
            return f"{labels.kind(entry.kind)}: {prefix}{entry.label}{labels.status_suffix(entry)}{priority}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.text or entry.full_text[:600]
        if role == ID_ROLE:
            return item.ref
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [MIME]

    def mimeData(self, indexes):
        mime = QMimeData()
        mime.setData(MIME, ",".join(str(i.row()) for i in indexes if i.isValid()).encode())
        return mime

    def canDropMimeData(self, data, action, row, column, parent):
        return data.hasFormat(MIME)

    def dropMimeData(self, data, action, row, column, parent):
        if not data.hasFormat(MIME):
            return False
        rows = [int(r) for r in bytes(data.data(MIME)).decode().split(",") if r]
        if len(rows) != 1:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.doc.pack.items))
        source = rows[0]
        if target > source:
            target -= 1
        if target != source:
            self.move_requested.emit(source, target)
        return False  # the undo command moves the row; Qt must not remove it

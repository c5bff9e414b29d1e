"""A read-only table of rows already put into words (Stand van zaken): cells, a tooltip per row."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt


class TextTable(QAbstractTableModel):
    """Rows of display texts under *headers*; each row may carry a tooltip and a background colour."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple[list[str], str, str | None]] = []  # cells, tooltip, colour

    def set_rows(self, rows: list[tuple[list[str], str, str | None]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        cells, tip, colour = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None
        if role == Qt.ItemDataRole.BackgroundRole and colour and index.column() == 2:
            from PySide6.QtGui import QColor

            return QColor(colour)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

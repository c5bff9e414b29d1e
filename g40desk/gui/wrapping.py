"""Tree rows whose text wraps instead of being cut off: short titles are shown whole."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped titles: a tree view asks its delegate without the column's width."""

    def __init__(self, parent):
        super().__init__(parent)
        self._sizes: dict[tuple, QSize] = {}  # a tree asks again for every row at every layout

    def sizeHint(self, option, index):
        view = self.parent()
        depth, parent = 1 if view.rootIsDecorated() else 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = view.indentation() * depth if index.column() == 0 else 0
        width = max(40, view.columnWidth(index.column()) - indent - 8)
        font = index.data(Qt.ItemDataRole.FontRole)
        key = (index.data(Qt.ItemDataRole.DisplayRole), width, index.column(), option.font.key(),
               font.key() if font is not None else "", index.flags().value,
               index.data(Qt.ItemDataRole.DecorationRole) is not None)
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 20_000:
                self._sizes.clear()
            size = self._sizes[key] = self._measure(option, index, width)
        return QSize(size)

    def _measure(self, option, index, width: int) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        metrics = QFontMetrics(opt.font)
        rect = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), opt.text or "")
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), rect.height() + 6))


def wrap_rows(view: QTreeView) -> None:
    """Let *view*'s rows wrap their text and grow with it, and lay them out again when the width changes."""
    view.setItemDelegate(WrappingDelegate(view))
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.header().sectionResized.connect(lambda *_: view.doItemsLayout())

"""Tree rows whose text wraps instead of being cut off: short titles are shown whole."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped titles: a tree view asks its delegate without the column's width."""

    def sizeHint(self, option, index):
        view = self.parent()
        depth, parent = 1 if view.rootIsDecorated() else 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = view.indentation() * depth if index.column() == 0 else 0
        width = max(40, view.columnWidth(index.column()) - indent - 8)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text or ""
        metrics = QFontMetrics(opt.font)
        rect = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), rect.height() + 6))


def wrap_rows(view: QTreeView) -> None:
    """Let *view*'s rows wrap their text and grow with it, and lay them out again when the width changes."""
    view.setItemDelegate(WrappingDelegate(view))
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.header().sectionResized.connect(lambda *_: view.doItemsLayout())

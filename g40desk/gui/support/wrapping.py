"""Tree rows whose text wraps instead of being cut off: short titles are shown whole."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

_BREAK = "\u200b"  # zero-width space: where Qt's word wrap may break a word that does not fit


def breakable(text: str, metrics: QFontMetrics, width: int) -> str:
    """*text* with invisible break points inside each word wider than *width* (so that
    "toegankelijke" in a narrow outline at 150 % is broken, not cut off); other words stay whole."""
    def split(word: str) -> str:
        if metrics.horizontalAdvance(word) <= width:
            return word
        pieces, piece = [], ""
        for char in word:
            if piece and metrics.horizontalAdvance(piece + char) > width:
                pieces.append(piece)
                piece = ""
            piece += char
        return _BREAK.join([*pieces, piece])

    return " ".join(split(word) for word in text.split(" "))


class WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped titles (a tree view asks its delegate without the column's width),
    and titles with a word wider than the column drawn broken inside that word, not cut off."""

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
        text = breakable(opt.text or "", metrics, width)
        rect = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap.value), text)
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), rect.height() + 6))


    def paint(self, painter, option, index):
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget).adjusted(margin, 0, -margin, 0)
        text = breakable(opt.text or "", QFontMetrics(opt.font), rect.width())
        if text == (opt.text or ""):
            super().paint(painter, option, index)  # every word fits: Qt's own drawing
            return
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # background, check box
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Enabled else QPalette.ColorGroup.Disabled
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.drawText(rect, int(opt.displayAlignment.value) | int(Qt.TextFlag.TextWordWrap.value), text)
        painter.restore()


def wrap_rows(view: QTreeView) -> None:
    """Let *view*'s rows wrap their text and grow with it, and lay them out again when the width changes."""
    view.setItemDelegate(WrappingDelegate(view))
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.header().sectionResized.connect(lambda *_: view.doItemsLayout())

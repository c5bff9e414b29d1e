"""Tree rows whose text wraps instead of being cut off: short titles are shown whole.

A view can cap its rows at a number of lines (the outline: two); a longer text then ends in
"…" on the last line and is whole in the row's tooltip.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFontMetrics, QPalette, QTextDocument, QTextLayout
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


def clamp_lines(text: str, font, width: int, max_lines: int) -> str:
    """*text* as it wraps at *width*, cut to *max_lines* lines; the last one ends in "…" if cut."""
    if not max_lines or not text:
        return text
    layout = QTextLayout(text, font)
    layout.beginLayout()
    starts = []
    while len(starts) <= max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append((line.textStart(), line.textLength()))
    layout.endLayout()
    if len(starts) <= max_lines:
        return text
    metrics = QFontMetrics(font)
    kept = [text[a:a + n].rstrip() for a, n in starts[:max_lines - 1]]
    rest = text[starts[max_lines - 1][0]:].replace("\n", " ")
    kept.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return "\n".join(kept)


class WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped titles (a tree view asks its delegate without the column's width),
    and titles with a word wider than the column drawn broken inside that word, not cut off."""

    def __init__(self, parent, max_lines: int = 0, snippet_role: int | None = None):
        super().__init__(parent)
        self.max_lines = max_lines  # 0: as many as the text needs
        self.snippet_role = snippet_role  # rows with (text, matched) parts there show them under the title
        self._sizes: dict[tuple, QSize] = {}  # a tree asks again for every row at every layout

    def sizeHint(self, option, index):
        view = self.parent()
        depth, parent = 1 if view.rootIsDecorated() else 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = view.indentation() * depth if index.column() == 0 else 0
        width = view.columnWidth(index.column()) - indent - 8
        if index.data(Qt.ItemDataRole.CheckStateRole) is not None:  # the check box takes its share of the row
            width -= view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view) + 6
        width = max(40, width)
        font = index.data(Qt.ItemDataRole.FontRole)
        key = (index.data(Qt.ItemDataRole.DisplayRole), width, index.column(), option.font.key(),
               font.key() if font is not None else "", index.flags().value,
               index.data(Qt.ItemDataRole.DecorationRole) is not None, repr(self._snippet(index)))
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 20_000:
                self._sizes.clear()
            size = self._sizes[key] = self._measure(option, index, width)
        return QSize(size)

    def _snippet(self, index) -> list | None:
        return index.data(self.snippet_role) if self.snippet_role is not None else None

    def _document(self, opt, parts, width: int, selected: bool) -> QTextDocument:
        """The title and, under it in grey, the snippet with the matching words marked."""
        colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text).name()
        grey = colour if selected else "#555555"
        marked = "".join(f"<b style='background:#fff0a0;color:#000000'>{escape(text)}</b>" if hit else escape(text)
                         for text, hit in parts)
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(0)
        document.setTextWidth(width)
        document.setHtml(f"<div style='color:{colour}'>{escape(opt.text or '')}</div>"
                         f"<div style='color:{grey};font-size:small'>{marked}</div>")
        return document

    def _measure(self, option, index, width: int) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        parts = self._snippet(index)
        if parts:
            height = int(self._document(opt, parts, width, False).size().height())
            return QSize(super().sizeHint(option, index).width(), height + 6)
        metrics = QFontMetrics(opt.font)
        text = clamp_lines(breakable(opt.text or "", metrics, width), opt.font, width, self.max_lines)
        rect = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap.value), text)
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), rect.height() + 6))


    def paint(self, painter, option, index):
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget).adjusted(margin, 0, -margin, 0)
        parts = self._snippet(index)
        if parts:
            self._paint_snippet(painter, opt, style, rect, parts)
            return
        text = clamp_lines(breakable(opt.text or "", QFontMetrics(opt.font), rect.width()), opt.font, rect.width(),
                           self.max_lines)
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


    def _paint_snippet(self, painter, opt, style, rect, parts) -> None:
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        document = self._document(opt, parts, rect.width(), selected)
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # background, check box
        painter.save()
        painter.translate(rect.topLeft())
        document.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
        painter.restore()


def wrap_rows(view: QTreeView, max_lines: int = 0, snippet_role: int | None = None) -> None:
    """Let *view*'s rows wrap their text and grow with it (up to *max_lines*), and lay them out again
    when the width changes; rows with parts in *snippet_role* show them under the title."""
    view.setItemDelegate(WrappingDelegate(view, max_lines, snippet_role))
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.header().sectionResized.connect(lambda *_: view.doItemsLayout())

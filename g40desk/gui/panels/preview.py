"""A live preview of the note for one audience, rendered from the same Briefing as Word."""

from __future__ import annotations

import bisect
import re
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from g40desk.core.note.blocks import Block, BlockType, note_blocks, report_blocks
from g40desk.core.note.briefing import Briefing, build_briefing
from g40desk.core.note.invisible import invisible_warnings
from g40desk.core.pack.model import NoteOptions
from g40desk.core.text import number, xml_safe
from g40desk.gui.support.widgets import compact, sync_audiences

if TYPE_CHECKING:
    from g40desk.gui.document import PackDocument

DELAY_MS = 200

CSS = """
body { font-family: Calibri, 'DejaVu Sans', sans-serif; font-size: 10.5pt; }
h1.title { color: #1b3a5c; font-size: 20pt; margin-bottom: 0; }
p.subtitle { color: #c43e1c; font-size: 12pt; }
h1 { color: #1b3a5c; font-size: 14pt; margin-top: 14px; }
h2 { color: #1b3a5c; font-size: 12pt; }
h3 { color: #c43e1c; font-size: 10.5pt; }
p.caption { color: #595959; font-size: 8.5pt; font-style: italic; }
p.context { margin-left: 18px; }
p.quote { font-style: italic; margin-left: 18px; margin-right: 18px; }
td { padding: 2px 6px; }
"""


_UNFILLED = re.compile(r"\{[A-Za-z_]+\}")
MORE = "~"  # anchor prefix of an item's further blocks (Kern, annex): clicks select, scrolling skips them


# Qt lays out a word that cannot be broken in time that grows with its square (100,000 characters:
# 5.6 s, a million: minutes, again after every edit), and even breakable text costs about 2 ms per
# thousand characters. So the preview (only the preview: the pack and the note keep the text as typed)
# gives long words invisible break points and shows the start of a very long text, saying how much more.
SHOWN = 3_000  # characters of one text the preview shows
WORD = 40  # a longer run without a space gets a zero-width break point every WORD characters
_LONG_WORD = re.compile(rf"\S{{{WORD + 1},}}")
_PIECE = re.compile(rf"[^{{]{{1,{WORD}}}|\{{[A-Za-z_]+\}}|\{{")  # placeholders stay whole


def shown_text(text: str) -> str:
    """What the preview shows of *text*: long words breakable, a very long text cut with a note."""
    more = len(text) - SHOWN
    if more > 0:
        text = text[:SHOWN]
    text = _LONG_WORD.sub(lambda m: "\u200b".join(_PIECE.findall(m.group(0))), text)
    if more > 0:
        text += f" … [nog {number(more)} tekens; het pakket en de notitie bevatten de hele tekst]"
    return text


def _t(text: str) -> str:
    """Escaped text; a placeholder left unfilled is marked so the advisor sees it before exporting."""
    html = escape(xml_safe(shown_text(text))).replace("\n", "<br>")
    return _UNFILLED.sub(lambda m: f"<span style='background:#fde2e2;color:#b00020'>{m.group(0)}</span>", html)


def briefing_html(b: Briefing, options: NoteOptions, notes: list[str] = (), report: bool = False) -> str:
    """The note (or the talking-points card, or with *report* the meeting report) as HTML: the same
    blocks as Word, mapped to HTML elements; *notes* (invisible characters in the pack) are shown
    with the briefing's own warnings."""
    html = _HtmlLists([f"<html><head><style>{CSS}</style></head><body>"])
    for block in report_blocks(b) if report else note_blocks(b, options):
        html.add(block)
    html.close_to(0)
    out = html.out
    if b.warnings or notes:
        out.append("<p style='color:#b00020'>" + "<br>".join(_t(w) for w in [*b.warnings, *notes]) + "</p>")
    out.append("</body></html>")
    return "".join(out)


class _HtmlLists:
    """Nests list blocks as HTML needs them: an ask's context, points and caption inside its list item."""

    def __init__(self, out: list[str]):
        self.out = out
        self.lists: list[str] = []  # open list tags; each has an open <li>
        self.item_ref: str | None = None  # the pack item of the open top-level <li>

    def close_to(self, depth: int) -> None:
        while len(self.lists) > depth:
            self.out.append(f"</li></{self.lists.pop()}>")

    def add(self, block: Block) -> None:
        tag = {BlockType.BULLET: "ul", BlockType.NUMBERED: "ol"}.get(block.type)
        if tag is None:
            inside = block.type in (BlockType.CONTEXT, BlockType.CAPTION) and block.ref and block.ref == self.item_ref
            self.close_to(1 if inside and self.lists else 0)
            self.out.append(_anchor(block) + _block_html(block))
            return
        level = min(max(block.level, 1), len(self.lists) + 1)
        self.close_to(level)
        if len(self.lists) == level and (self.lists[-1] != tag or block.starts_list):
            self.close_to(level - 1)
        if len(self.lists) == level:
            self.out.append("</li><li>")
        else:
            self.out.append(f"<{tag}><li>")
            self.lists.append(tag)
        if level == 1:
            self.item_ref = block.ref
        self.out.append(_anchor(block) + _block_html(block))


def _anchor(block: Block) -> str:
    if not block.ref:
        return ""
    return f"<a name='{escape(block.ref if block.anchor else MORE + block.ref)}'></a>"


def _table(block: Block, bold_first: bool) -> str:
    out = ["<table border='1' cellspacing='0'>"]
    if block.header:
        out.append("<tr>" + "".join(f"<td><b>{_t(c)}</b></td>" for c in block.header) + "</tr>")
    refs = block.row_refs or ("",) * len(block.rows)
    for (first, *others), ref in zip(block.rows, refs, strict=True):
        first_html = f"<b>{_t(first)}</b>" if bold_first else _t(first)
        anchor = f"<a name='{escape(ref)}'></a>" if ref else ""
        out.append(f"<tr><td>{anchor}{first_html}</td>" + "".join(f"<td>{_t(o)}</td>" for o in others) + "</tr>")
    out.append("</table>")
    return "".join(out)


# Block type -> HTML element around the text (headings: <h1>-<h3> by level; list items: see _HtmlLists).
_ELEMENTS = {
    BlockType.TITLE: "<h1 class='title'>{}</h1>", BlockType.SUBTITLE: "<p class='subtitle'>{}</p>",
    BlockType.CAPTION: "<p class='caption'>{}</p>", BlockType.QUOTE: "<p class='quote'>{}</p>",
    BlockType.TEXT: "<p>{}</p>", BlockType.BULLET: "{}", BlockType.NUMBERED: "{}",
}


def _block_html(block: Block) -> str:
    """One block as HTML; the mapping mirrors the Word styles of docx_note."""
    if block.type in (BlockType.DETAILS, BlockType.FIGURES, BlockType.ACTIONS):
        return _table(block, bold_first=block.type == BlockType.DETAILS)
    text = _t(block.text)
    if block.bold:
        text = f"<b>{text}</b>"
    if block.type == BlockType.HEADING:
        return f"<h{block.level}>{text}</h{block.level}>"
    if block.type == BlockType.CONTEXT:
        return f"<p class='context'><b>{_t(block.lead)}</b>{text}</p>"
    return _ELEMENTS[block.type].format(text)


class PreviewPanel(QWidget):
    """The note for one audience; follows the outline's selection and tells which item was clicked."""

    item_clicked = Signal(str)  # ref of the pack item under the click: select it, keep reading
    item_opened = Signal(str)  # ref of the pack item double-clicked: edit it

    def __init__(self, doc: PackDocument, parent=None):
        super().__init__(parent)
        self._anchors: list[tuple[int, str]] = []  # (position in the document, ref), sorted
        self._shown: str | None = None
        self.doc = doc
        self.audience = compact(QComboBox())
        self.audience.setAccessibleName(self.tr("Voorbeeld voor doelgroep"))
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Voorbeeld van de notitie"))
        self.view.setOpenLinks(False)
        self.view.viewport().installEventFilter(self)
        self.view.setToolTip(self.tr("Klik: dat onderdeel kiezen in ‘Inhoud’. Dubbelklik: het aanpassen."))
        label = QLabel(self.tr("Voorbeeld voor:"))
        label.setBuddy(self.audience)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.audience)
        layout.addWidget(self.view, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        doc.changed.connect(self.timer.start)
        doc.meta_changed.connect(self._fill_audiences)
        self.audience.currentIndexChanged.connect(lambda _i: self.timer.start())
        self._fill_audiences()
        self.refresh()

    def _fill_audiences(self) -> None:
        sync_audiences(self.audience, self.doc)

    def refresh(self) -> None:
        doc = self.doc
        briefing = build_briefing(doc.pack, doc.catalogue, doc.audiences, self.audience.currentData())
        scroll = self.view.verticalScrollBar().value()
        self.view.setHtml(briefing_html(briefing, doc.pack.options, invisible_warnings(doc.pack)))
        self.view.verticalScrollBar().setValue(scroll)
        self._anchors = self._collect_anchors()

    def _collect_anchors(self) -> list[tuple[int, str]]:
        found = []
        block = self.view.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                for name in fragment.charFormat().anchorNames():
                    found.append((fragment.position(), name.removeprefix(MORE)))
                it += 1
            block = block.next()
        return sorted(found)

    def ref_at(self, position: int) -> str | None:
        """The pack item whose text holds document *position* (the last anchor at or before it)."""
        at = bisect.bisect_right([p for p, _ in self._anchors], position) - 1
        return self._anchors[at][1] if at >= 0 else None

    @Slot(str)
    def show_item(self, ref: str | None) -> None:
        """Scroll so the item's place in the note is at the top (its ask, goal, figure or theme)."""
        self._shown = ref
        if ref:
            self.view.scrollToAnchor(ref)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if watched is self.view.viewport() and kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
            cursor: QTextCursor = self.view.cursorForPosition(event.position().toPoint())
            ref = self.ref_at(cursor.position())
            if ref and ref in self.doc.pack.refs() and kind == QEvent.Type.MouseButtonDblClick:
                self.item_opened.emit(ref)
            elif ref and ref in self.doc.pack.refs() and not self.view.textCursor().hasSelection():
                self.item_clicked.emit(ref)
        return super().eventFilter(watched, event)

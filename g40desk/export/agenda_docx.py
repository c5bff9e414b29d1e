"""An agenda as a Word document, in the shape `agenda import` reads back.

Headings 1 are sections and core messages (a core message's summary is its first, italic
paragraph), headings 2 themes, headings 3 the fixed sub-headings; goals, demands and
questions are bullets (sub-points one level deeper); key figures a table with a "Bron"
column. Used to hand an agenda to colleagues and, in the tests, for the round trip.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document

from g40desk.core.agenda.catalogue import Catalogue, Kind
from g40desk.core.files.atomic import write_atomic
from g40desk.core.text import xml_safe

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

RATIONALE, GOALS, DEMANDS = "Waarom is dit van belang?", "Wat willen we?", "Wat is hiervoor nodig?"


def agenda_document(catalogue: Catalogue):
    """A python-docx Document holding every text of the agenda."""
    doc = Document()
    meta = catalogue.meta
    props = doc.core_properties
    props.title, props.subject, props.author = meta.title[:255], meta.source[:255], meta.publisher[:255]
    doc.add_paragraph(xml_safe(meta.title), style="Title")
    if meta.subtitle:
        doc.add_paragraph(xml_safe(meta.subtitle), style="Subtitle")

    def para(text: str, style: str | None = None, italic: bool = False) -> None:
        paragraph = doc.add_paragraph(style=style)
        run = paragraph.add_run(xml_safe(text))
        if italic:
            run.italic = True

    def bullets(entry_id: str) -> None:
        node = catalogue[entry_id].node
        para(node.text or "", "List Bullet")
        for point in node.subpoints:
            para(point, "List Bullet 2")

    for top in catalogue.children(None):
        if top.own:
            continue
        node = top.node
        doc.add_heading(xml_safe(node.title or ""), level=1)
        if node.summary:
            para(node.summary, italic=True)
        for text in node.paragraphs:
            para(text)
        figures = [c for c in catalogue.children(top.id) if c.kind == Kind.KEY_FIGURE]
        for child in catalogue.children(top.id):
            if child.kind == Kind.THEME:
                _theme(doc, catalogue, child.id, para, bullets)
            elif child.kind != Kind.KEY_FIGURE:
                bullets(child.id)
        if figures:
            table = doc.add_table(rows=1, cols=2)
            table.style = "Table Grid"
            table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Kerngegeven", "Bron"
            for figure in figures:
                cells = table.add_row().cells
                cells[0].text = xml_safe(figure.node.text or "")
                cells[1].text = xml_safe(figure.node.source or "")
        for text in node.closing:
            para(text)
    return doc


def _theme(doc: WordDocument, catalogue: Catalogue, theme_id: str, para, bullets) -> None:
    theme = catalogue[theme_id]
    doc.add_heading(xml_safe(theme.node.title or ""), level=2)
    if theme.node.rationale:
        doc.add_heading(RATIONALE, level=3)
        for text in theme.node.rationale:
            para(text)
    for kind, heading in ((Kind.GOAL, GOALS), (Kind.DEMAND, DEMANDS)):
        children = [c for c in catalogue.children(theme_id) if c.kind == kind]
        if children:
            doc.add_heading(heading, level=3)
            for child in children:
                bullets(child.id)


def write_agenda_docx(catalogue: Catalogue, path: Path) -> None:
    doc = agenda_document(catalogue)
    write_atomic(Path(path), doc.save)

"""Word documents of agendas in other house styles, built for the import tests.

A Dutch Word: styles named "Kop 1" … and "Lijstopsommingsteken" (as Word shows them in
Dutch). A typed document: headings are only bold text in a larger size, bullets are typed
characters, the figures table has three columns.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt

# A new agenda, loosely after the built-in one: one demand reworded, one theme new.
NEW_AGENDA = [
    ("h1", "Iedereen telt en doet mee"),
    ("lead", "Het zijn onze inwoners (inclusief de kinderen) die de steden van de toekomst maken."),
    ("h2", "Betaalbaar wonen in leefbare wijken"),
    ("h3", "Waarom is dit van belang?"),
    ("p", "Er is een groot tekort aan betaalbare woningen in onze steden."),
    ("h3", "Wat willen we?"),
    ("b1", "Zo snel mogelijk voldoende betaalbare woningen realiseren"),
    ("b2", "sociale huur;"),
    ("b2", "middenhuur."),
    ("h3", "Wat is hiervoor nodig?"),
    ("b1", "Een snel en breed toegankelijke impulsregeling woningbouw, ook voor transformatie"),
    ("b1", "Een landelijke aanpak van de leegstand boven winkels"),
    ("h2", "Gezonde lucht in de stad"),
    ("h3", "Wat is hiervoor nodig?"),
    ("b1", "Strengere normen voor fijnstof rond scholen"),
    ("h1", "Kerncijfers"),
    ("table", [["Indicator", "Waarde", "Bron"], ["Inwoners van de G40-steden", "5,1 mln.", "CBS"]]),
]


def _dutch_styles(doc):
    styles = doc.styles
    made = {}
    for name, size in (("Kop 1", 16), ("Kop 2", 13), ("Kop 3", 11)):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.font.bold, style.font.size = True, Pt(size)
        made[name] = style
    for name in ("Lijstopsommingsteken", "Lijstopsommingsteken 2"):
        made[name] = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    made["Titel"] = styles.add_style("Titel", WD_STYLE_TYPE.PARAGRAPH)
    return made


def dutch_styled(path: Path, content=NEW_AGENDA) -> Path:
    doc = Document()
    _dutch_styles(doc)
    doc.add_paragraph("Strategische Agenda G40 2023-2026", style="Titel")
    style = {"h1": "Kop 1", "h2": "Kop 2", "h3": "Kop 3", "b1": "Lijstopsommingsteken", "b2": "Lijstopsommingsteken 2"}
    for kind, value in content:
        if kind == "table":
            _table(doc, value)
        elif kind == "lead":
            doc.add_paragraph().add_run(value).italic = True
        else:
            doc.add_paragraph(value, style=style.get(kind))
    doc.save(path)
    return path


def typed(path: Path, content=NEW_AGENDA) -> Path:
    doc = Document()
    title = doc.add_paragraph().add_run("Strategische Agenda G40 2023-2026")
    title.bold, title.font.size = True, Pt(20)
    sizes = {"h1": 16, "h2": 13, "h3": None}
    for kind, value in content:
        if kind == "table":
            _table(doc, value)
        elif kind in sizes:
            run = doc.add_paragraph().add_run(value)
            run.bold = True
            if sizes[kind]:
                run.font.size = Pt(sizes[kind])
        elif kind == "lead":
            doc.add_paragraph().add_run(value).bold = True
        elif kind == "b1":
            doc.add_paragraph("• " + value)
        elif kind == "b2":
            doc.add_paragraph("– " + value)
        else:
            doc.add_paragraph(value)
    doc.save(path)
    return path


def _table(doc, rows):
    table = doc.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text

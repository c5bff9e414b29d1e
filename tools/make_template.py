"""Build templates/g40-note.docx, the default G40 house style, from python-docx's default.

Run: python tools/make_template.py   (the result is committed; rerun after changing this file)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from g40desk.export.docx_note import set_dutch_defaults

OUT = Path(__file__).resolve().parent.parent / "templates" / "g40-note.docx"
BLUE = RGBColor(0x1B, 0x3A, 0x5C)
ACCENT = RGBColor(0xC4, 0x3E, 0x1C)
GREY = RGBColor(0x59, 0x59, 0x59)
FONT = "Calibri"


def set_language(rpr_parent) -> None:
    rpr = rpr_parent.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def style_font(style, size: float, bold=False, colour=None, italic=False) -> None:
    font = style.font
    font.name = FONT
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    if colour is not None:
        font.color.rgb = colour
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        rfonts.attrib.pop(qn(attr), None)


def add_field(paragraph, instruction: str) -> None:
    """A real Word field (PAGE, NUMPAGES) as begin/instr/separate/result/end runs."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        elif text == instruction:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        else:
            run.text = text


def build() -> None:
    doc = Document()
    styles = doc.styles
    set_dutch_defaults(doc.styles.element)  # Dutch for every style: document defaults and Normal
    normal = styles["Normal"]
    style_font(normal, 10.5)
    set_language(normal.element)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15

    style_font(styles["Title"], 22, bold=True, colour=BLUE)
    styles["Title"].paragraph_format.space_after = Pt(4)
    title_border = styles["Title"].element.get_or_add_pPr().find(qn("w:pBdr"))
    if title_border is not None:
        title_border.getparent().remove(title_border)
    style_font(styles["Subtitle"], 13, colour=ACCENT)
    styles["Subtitle"].paragraph_format.space_after = Pt(12)
    for name, size, colour in (("Heading 1", 15, BLUE), ("Heading 2", 12.5, BLUE), ("Heading 3", 11, ACCENT)):
        style = styles[name]
        style_font(style, size, bold=True, colour=colour)
        style.paragraph_format.space_before = Pt(14 if name == "Heading 1" else 10)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
    for name in ("List Bullet", "List Bullet 2", "List Number", "List Number 2", "Body Text", "Quote"):
        style_font(styles[name], 10.5, italic=(name == "Quote"), colour=GREY if name == "Quote" else None)
        styles[name].paragraph_format.space_after = Pt(3)
    style_font(styles["Caption"], 8.5, colour=GREY, italic=True)
    styles["Caption"].paragraph_format.space_after = Pt(8)
    style_font(styles["Header"], 8.5, colour=GREY)
    style_font(styles["Footer"], 8.5, colour=GREY)
    table_style = styles["Table Grid"]
    style_font(table_style, 9.5)

    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.3)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    section.header_distance = section.footer_distance = Cm(1.0)

    header = section.header.paragraphs[0]
    header.style = styles["Header"]
    header.text = "{titel}\t{rubricering}"
    stops = header.paragraph_format.tab_stops
    text_width = section.page_width - section.left_margin - section.right_margin
    stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
    footer = section.footer.paragraphs[0]
    footer.style = styles["Footer"]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("Stedennetwerk G40 · pagina ")
    add_field(footer, "PAGE")
    footer.add_run(" van ")
    add_field(footer, "NUMPAGES")

    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)

    props = doc.core_properties
    props.title = "G40 briefing"
    props.author = "Stedennetwerk G40"
    props.last_modified_by = "Stedennetwerk G40"
    props.language = "nl-NL"
    props.created = props.modified = dt.datetime(2026, 1, 1)
    props.revision = 1
    props.comments = "Huisstijl voor g40desk-briefings"
    OUT.parent.mkdir(exist_ok=True)
    doc.save(OUT)


if __name__ == "__main__":
    build()
    print(OUT)

"""The Word briefing note and talking-points card (python-docx), from a briefing that passed the checks."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.numbering import CT_Num
from lxml.etree import SubElement

from g40desk.core.files.atomic import refuse_overwrite, write_atomic
from g40desk.core.note.blocks import Block, BlockType, note_blocks, report_blocks
from g40desk.core.note.briefing import Briefing
from g40desk.core.note.preflight import CheckedBriefing
from g40desk.core.pack.model import NoteOptions
from g40desk.core.text import xml_safe
from g40desk.export.note_styles import block_style, table_shares
from g40desk.export.schema import get_or_add
from g40desk.export.styles import StyleResolver
from g40desk.export.template import ensure_footer, fill_headers, geometry, open_template

_W_PPR, _W_PSTYLE, _W_VAL, _W_R, _W_RPR, _W_B, _W_T, _W_BR, _W_TAB, _W_NUMPR, _W_ILVL, _W_NUMID = (
    qn(t) for t in ("w:pPr", "w:pStyle", "w:val", "w:r", "w:rPr", "w:b", "w:t", "w:br", "w:tab",
                    "w:numPr", "w:ilvl", "w:numId"))
_W_TR, _W_TRPR, _W_TBLHEADER, _W_TC, _W_TCPR, _W_TCW, _W_W, _W_TYPE, _W_P, _W_KEEPNEXT = (
    qn(t) for t in ("w:tr", "w:trPr", "w:tblHeader", "w:tc", "w:tcPr", "w:tcW", "w:w", "w:type", "w:p", "w:keepNext"))
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_BREAKS = re.compile(r"(\n|\t)")


def _add_run(p, text: str, bold: bool = False) -> None:
    """A run holding *text*: line breaks and tabs become Word's own elements."""
    run = SubElement(p, _W_R)
    if bold:
        SubElement(SubElement(run, _W_RPR), _W_B)
    text = xml_safe(text)
    for part in _BREAKS.split(text) if ("\n" in text or "\t" in text) else (text,):
        if part == "\n":
            SubElement(run, _W_BR)
        elif part == "\t":
            SubElement(run, _W_TAB)
        elif part:
            node = SubElement(run, _W_T)
            node.text = part
            if part[0].isspace() or part[-1].isspace():
                node.set(_XML_SPACE, "preserve")


def set_dutch_defaults(styles) -> None:
    """Dutch as the document-default language in a styles part (w:docDefaults), so Word spell-checks in Dutch."""
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = SubElement(rpr_default, qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = SubElement(rpr, qn("w:lang"))
    lang.set(_W_VAL, "nl-NL")


def _keep_with_next(p) -> None:
    """Keep a paragraph on the page of the next one."""
    ppr = p.find(_W_PPR)
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        p.insert(0, ppr)
    get_or_add(ppr, "w:keepNext")


class NoteWriter:
    """Maps the blocks of a note, card or (*report*) meeting report to Word on the template."""

    def __init__(self, briefing: Briefing, options: NoteOptions, template: Path | None = None, author: str = "",
                 report: bool = False):
        self.briefing = briefing
        self.options = options
        self.author = author
        self.report = report
        self.doc = open_template(template)
        self.styles = StyleResolver(self.doc)
        self.geometry = geometry(self.doc)
        self.header_warnings: list[str] = []
        self._body = self.doc.element.body
        self._body_end = self._body.sectPr  # new content goes before the section properties
        self._num_id: int | None = None
        self._lists: tuple | None = None  # (numbering, the list style's abstract ID) once the first list is made

    # -- small building blocks -------------------------------------------------
    def para(self, text: str = "", style: str | None = None, bold_lead: str | None = None, num_id: int | None = None,
             bold: bool = False, keep_next: bool = False) -> None:
        """Append a paragraph. Built as XML with the style's ID: python-docx's own
        add_paragraph(style=...) looks the style up by scanning every style (~0.7 ms a call).
        *keep_next*: on the page of the next paragraph."""
        p = SubElement(self._body, _W_P)  # made in the body's namespace scope, then put before its sectPr
        style_id = self.styles.style_id(style) if style else None
        if style_id or num_id is not None or keep_next:
            ppr = SubElement(p, _W_PPR)  # children in the schema's order: pStyle, keepNext, numPr
            if style_id:
                SubElement(ppr, _W_PSTYLE).set(_W_VAL, style_id)
            if keep_next:
                SubElement(ppr, _W_KEEPNEXT)
            if num_id is not None:
                num_pr = SubElement(ppr, _W_NUMPR)
                SubElement(num_pr, _W_ILVL).set(_W_VAL, "0")
                SubElement(num_pr, _W_NUMID).set(_W_VAL, str(num_id))
        if bold_lead:
            _add_run(p, bold_lead, bold=True)
        if text:
            _add_run(p, text, bold=bold)
        self._body_end.addprevious(p)

    def heading(self, text: str, level: int):
        return self.para(text, f"Heading {level}")

    def numbered(self, text: str, num_id: int | None, bold: bool = False, keep_next: bool = False) -> None:
        """A 'List Number' paragraph in the list *num_id* (see new_list)."""
        self.para(text, "List Number", num_id=num_id, bold=bold, keep_next=keep_next)

    def new_list(self) -> int | None:
        """A numbering instance that starts at 1, whatever list came before. Made as python-docx's
        add_num makes it (the lowest free ID); the list style's definition is looked up once."""
        if self._lists is None:
            style = self.styles.get("List Number")
            ppr = style.element.pPr if style is not None else None
            if ppr is None or ppr.numPr is None or ppr.numPr.numId is None:
                self._lists = ()
            else:
                numbering = self.doc.part.numbering_part.numbering_definitions._numbering
                self._lists = (numbering, numbering.num_having_numId(ppr.numPr.numId.val).abstractNumId.val)
        if not self._lists:
            return None
        numbering, abstract_id = self._lists
        taken = {int(n) for n in numbering.xpath("./w:num/@w:numId")}  # a bullet style repaired since adds one
        num_id = next(n for n in itertools.count(1) if n not in taken)
        num = numbering.insert_element_before(CT_Num.new(num_id, abstract_id), "w:numIdMacAtCleanup")
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return num_id

    def table(self, header: tuple[str, ...] | None, rows: list[tuple[str, ...]], shares=(0.5, 0.5)):
        """A table as wide as the template's text, one column per share; the header row repeats.

        *shares* split the text width between the columns. Rows are built as XML:
        python-docx rebuilds its cell grid on every cell() call.
        """
        from docx.shared import Twips

        table = self.doc.add_table(rows=0, cols=len(shares))
        style_id = self.styles.style_id("Table Grid")
        if style_id:
            table._tbl.tblPr.style = style_id
        table.autofit = False
        width = self.geometry.text_width
        tbl_w = table._tbl.tblPr.find(qn("w:tblW"))
        if tbl_w is not None:
            tbl_w.set(_W_W, str(width))
            tbl_w.set(_W_TYPE, "dxa")
        twips = []
        for col, share in enumerate(shares):
            column = int(width * share)
            table.columns[col].width = Twips(column)  # the grid, read by LibreOffice
            twips.append(str(column))  # the cells, read by Word
        body = [(header, True)] if header else []
        for cells, bold in body + [(row, False) for row in rows]:
            tr = SubElement(table._tbl, _W_TR)
            if bold:
                SubElement(SubElement(tr, _W_TRPR), _W_TBLHEADER).set(_W_VAL, "true")
            for text, width in zip(cells, twips, strict=True):
                tc = SubElement(tr, _W_TC)
                tc_w = SubElement(SubElement(tc, _W_TCPR), _W_TCW)
                tc_w.set(_W_W, width)
                tc_w.set(_W_TYPE, "dxa")
                _add_run(SubElement(tc, _W_P), text, bold=bold)
        return table

    # -- the document: blocks mapped to Word -----------------------------------
    def build(self):
        set_dutch_defaults(self.doc.styles.element)  # whatever language the template names
        self._fill_header()
        blocks = report_blocks(self.briefing) if self.report else note_blocks(self.briefing, self.options)
        for block in blocks:
            self.add_block(block)
        self._properties()
        return self.doc

    def add_block(self, block: Block) -> None:
        """Map one block to a Word paragraph or table; the block decides the content, this only the style."""
        kind = block.type
        keep = block.keep_with_next and kind != BlockType.HEADING  # headings keep with next by their style
        if kind == BlockType.DETAILS:
            self.table(None, list(block.rows), shares=table_shares(block))
        elif kind in (BlockType.FIGURES, BlockType.ACTIONS):
            self.table(block.header, list(block.rows), shares=table_shares(block))
        elif kind == BlockType.NUMBERED:
            if block.starts_list or self._num_id is None:
                self._num_id = self.new_list()
            self.numbered(block.text, self._num_id, bold=block.bold, keep_next=keep)
            return
        elif kind == BlockType.CONTEXT:
            self.para(block.text, block_style(block), bold_lead=block.lead, keep_next=keep)
            return
        else:
            self.para(block.text, block_style(block), bold=block.bold, keep_next=keep)
            return
        if keep:  # a table
            _keep_with_next(self._body_end.getprevious())

    def _fill_header(self) -> None:
        b = self.briefing
        values = {**b.placeholders, "titel": b.title, "rubricering": b.classification, "doelgroep": b.audience_name}
        self.header_warnings = fill_headers(self.doc, values, self.geometry.text_width).warnings
        ensure_footer(self.doc, self.styles.style_id("Footer"))

    def _properties(self) -> None:
        """Document properties; Word stores at most 255 characters in each ([:255])."""
        props = self.doc.core_properties
        now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        b = self.briefing
        meeting = next((v for k, v in b.details if k == "Datum"), "")
        props.title = xml_safe(b.title)[:255]
        kind = "Verslag van het overleg met" if self.report else "Briefing voor"
        for_whom = f"{kind} {b.audience_phrase or b.audience_name}" if b.audience_name else ""
        props.subject = xml_safe(" · ".join(p for p in (for_whom, meeting) if p))[:255]
        props.author = xml_safe(self.author or "g40desk")[:255]
        props.last_modified_by = xml_safe(self.author or "g40desk")[:255]
        props.created = now
        props.modified = now
        props.revision = 1
        props.language = "nl-NL"
        props.category = "Verslag Stedennetwerk G40" if self.report else "Briefing Stedennetwerk G40"
        props.keywords = "G40; verslag" if self.report else "G40; briefing"
        props.comments = f"Gemaakt met g40desk uit de {b.source_title}"


def write_note(checked: CheckedBriefing, options: NoteOptions, path: Path, template: Path | None = None,
               author: str = "", report: bool = False) -> list[str]:
    """Write the note (or the meeting report) atomically; returns what writing it found (styles the
    template lacks, header placeholders). The content was checked before (core/note/preflight.py)
    and is not reported again."""
    if not isinstance(checked, CheckedBriefing):  # a raw Briefing skipped the check
        raise TypeError("write_note schrijft alleen een gecontroleerde briefing (core/note/preflight.py)")
    refuse_overwrite(Path(path), template)
    writer = NoteWriter(checked.briefing, options, template, author, report)
    doc = writer.build()
    write_atomic(Path(path), doc.save)
    return [*writer.styles.warnings, *writer.header_warnings]

"""How many pages a note or card will take, before it is written.

A length model, not a layout engine: each block's text is word-wrapped at the template's
text width in characters of its style's font size (an average character is about half
the font size wide in the sans-serif fonts house styles use), and its lines, spacing and
table rows are stacked on pages of the template's text height. Tested against the page
count LibreOffice renders (tests/export/test_page_model.py): within one page.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING

from docx.oxml.ns import qn

from g40desk.core.errors import G40Error
from g40desk.core.note.blocks import Block, BlockType, note_blocks
from g40desk.core.note.briefing import Briefing, build_briefing
from g40desk.core.pack.model import Form, NoteOptions, Pack
from g40desk.export.note_styles import block_style, table_shares
from g40desk.export.styles import StyleResolver
from g40desk.export.template import geometry, open_template

if TYPE_CHECKING:
    from docx.document import Document

AVERAGE_EM = 0.5  # average character width / font size
LINE_FACTOR = 1.17  # single line height / font size


@dataclass
class Metrics:
    size: float = 11.0  # points
    before: float = 0.0
    after: float = 0.0  # the file format's defaults: no spacing, single lines
    line: float = 1.0  # multiple of single spacing
    indent: float = 0.0  # points


def _metrics(doc: Document, resolver, role: str | None) -> Metrics:
    """Font size, spacing and indent of a style, following basedOn down to the document defaults."""
    chain = list(resolver.chain(resolver.get(role).element)) if role and resolver.get(role) is not None else []
    normal = next((e for e in doc.styles.element.iterchildren(qn("w:style"))
                   if e.get(qn("w:type")) == "paragraph" and e.get(qn("w:default")) in ("1", "true")), None)
    if normal is not None:
        chain += list(resolver.chain(normal))
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    found = Metrics()
    seen: set[str] = set()

    def take(rpr_or_ppr, tag: str, attr: str):
        if rpr_or_ppr is None:
            return None
        element = rpr_or_ppr.find(qn(tag))
        return element.get(qn(attr)) if element is not None else None

    sources = [(e.find(qn("w:pPr")), e.find(qn("w:rPr"))) for e in chain]
    if defaults is not None:
        sources.append((defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}"),
                        defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")))
    for ppr, rpr in sources:
        for name, value, convert in (
            ("size", take(rpr, "w:sz", "w:val"), lambda v: int(v) / 2),
            ("before", take(ppr, "w:spacing", "w:before"), lambda v: int(v) / 20),
            ("after", take(ppr, "w:spacing", "w:after"), lambda v: int(v) / 20),
            ("line", take(ppr, "w:spacing", "w:line"), lambda v: int(v) / 240),
            ("indent", take(ppr, "w:ind", "w:left") or take(ppr, "w:ind", "w:start"), lambda v: int(v) / 20),
        ):
            if value is not None and name not in seen:
                try:
                    setattr(found, name, convert(value))
                    seen.add(name)
                except ValueError:
                    pass
    if "size" not in seen:
        found.size = 10.0  # Word's default when nothing says otherwise
    return found


def _lines(text: str, width_pt: float, size: float) -> int:
    chars = max(8, int(width_pt / (size * AVERAGE_EM)))
    return sum(max(1, len(textwrap.wrap(part, chars))) for part in (text or " ").split("\n"))


def estimate_blocks(blocks: list[Block], doc: Document, resolver, geometry) -> float:
    """Pages (fractional) the blocks take on the template's page, in the styles the note uses."""
    width = geometry.text_width / 20  # points
    height = geometry.text_height / 20
    cache: dict[str, Metrics] = {}

    def metrics(role: str | None) -> Metrics:
        key = role or "Normal"
        if key not in cache:
            cache[key] = _metrics(doc, resolver, role)
        return cache[key]

    total = 0.0
    for block in blocks:
        if block.type in (BlockType.DETAILS, BlockType.FIGURES, BlockType.ACTIONS):
            cell = metrics(None)  # table cells: the normal style
            shares = table_shares(block)
            rows = ([block.header] if block.header else []) + list(block.rows)
            for row in rows:
                lines = max(_lines(text, width * share - 11, cell.size) for text, share in zip(row, shares, strict=True))
                total += lines * cell.size * LINE_FACTOR + 2
            total += cell.after
            continue
        m = metrics(block_style(block))
        indent = m.indent or (18.0 if block.type in (BlockType.NUMBERED, BlockType.BULLET) else 0.0)
        text = (block.lead + block.text) if block.lead else block.text
        lines = _lines(text, width - indent, m.size * (1.05 if block.bold else 1.0))
        total += lines * m.size * LINE_FACTOR * max(m.line, 1.0) + m.before + m.after
    return total / height


def _whole_pages(pages: float) -> int:
    return max(1, math.ceil(pages - 0.02))  # a hair over a page is within the model's error


class PageModel:
    """One template's page and styles, read once, to measure any number of notes and cards on it."""

    def __init__(self, template=None):
        self.doc = open_template(template)
        self.resolver = StyleResolver(self.doc)
        self.geometry = geometry(self.doc)

    def pages(self, briefing: Briefing, options: NoteOptions) -> int:
        """Whole pages the note (or card, per ``options.form``) will take."""
        return _whole_pages(estimate_blocks(note_blocks(briefing, options), self.doc, self.resolver, self.geometry))


def estimate_pages(briefing: Briefing, options: NoteOptions, template=None) -> int:
    """Whole pages the note (or card, per ``options.form``) will take with this template."""
    return PageModel(template).pages(briefing, options)


def card_pages(briefing: Briefing, options: NoteOptions, template=None) -> int:
    """Pages the talking-points card will take (meant to be one)."""
    return estimate_pages(briefing, options.model_copy(update={"form": Form.CARD}), template)


def card_length(pack: Pack, catalogue, audiences, audience_id: str | None = None,
                template=None) -> tuple[int, Briefing] | None:
    """Pages the pack's card takes for *audience_id*, and the briefing measured; None when the
    pack is not a card, or the template cannot be read (the export itself reports that)."""
    if pack.options.form != Form.CARD:
        return None
    briefing = build_briefing(pack, catalogue, audiences, audience_id)
    try:
        return card_pages(briefing, pack.options, template), briefing
    except G40Error:
        return None


def card_too_long(briefing: Briefing, pages: int) -> str:
    """The Dutch line that says a card will not fit one page, and what to do."""
    asks = len(briefing.asks)
    points = sum(len(a.talking_points) for a in briefing.asks)
    return (f"de gesprekskaart wordt ongeveer {pages} pagina's ({asks} vragen, {points} gesprekspunten); "
            "kort vragen of gesprekspunten in, of kies de briefingnotitie")

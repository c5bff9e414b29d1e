"""A house template opened for a note, and what it brings besides styles: page geometry, headers and footers.

Placeholders such as ``{titel}`` are filled in every header and footer (default,
first-page and even-page, in tables and text boxes), also when Word split one over
several runs. A template without a footer gets the default "pagina X van Y" footer;
one with its own footer keeps it. Tab stops in a header line that holds a
placeholder come from the template's text width, so a short title never sends the
classification to a centre tab mid-page.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from g40desk.core.errors import G40Error
from g40desk.core.note.placeholders import PLACEHOLDERS
from g40desk.core.text import xml_safe
from g40desk.export.schema import get_or_add
from g40desk.export.styles import StyleResolver
from g40desk.guards.template import sanitized_template
from g40desk.resources import template_file

if TYPE_CHECKING:
    from docx.document import Document

PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")
# Placeholders only a header or footer knows (the body's are in core.placeholders).
HEADER_PLACEHOLDERS = {"rubricering": "rubricering van de briefing (Openbaar, Intern, Vertrouwelijk)"}
_PART_LABELS = {("header", "default"): "koptekst", ("header", "first"): "koptekst eerste pagina",
                ("header", "even"): "koptekst even pagina's", ("footer", "default"): "voettekst",
                ("footer", "first"): "voettekst eerste pagina", ("footer", "even"): "voettekst even pagina's"}
_A4_TWIPS = (11906, 16838)
_TWIPS_PER_CM = 1440 / 2.54


DEFAULT_TEMPLATE = "g40-note.docx"


def open_template(template: Path | None = None):
    """A fresh python-docx Document on the template, with its body emptied."""
    from docx import Document

    path = Path(template) if template else template_file(DEFAULT_TEMPLATE)
    data = sanitized_template(path).data  # what a note needs, nothing else; cached while the file is unchanged
    try:
        doc = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types on a broken package
        raise G40Error(f"het Word-sjabloon is beschadigd en kan niet worden gebruikt ({type(exc).__name__})", path) from None
    body = doc.element.body
    for child in list(body):  # comments and processing instructions have a function as tag
        if not (isinstance(child.tag, str) and child.tag == qn("w:sectPr")):
            body.remove(child)
    body.get_or_add_sectPr()
    return doc


def known_placeholder(name: str) -> bool:
    return name in PLACEHOLDERS or name in HEADER_PLACEHOLDERS


@dataclass
class Geometry:
    """The page of the template's first section, in twips (1/1440 inch)."""

    page_width: int
    page_height: int
    left: int
    right: int
    top: int
    bottom: int

    @property
    def text_width(self) -> int:
        return max(1440, self.page_width - self.left - self.right)

    @property
    def text_height(self) -> int:
        return max(1440, self.page_height - self.top - self.bottom)

    def describe(self) -> str:
        size = {(11906, 16838): "A4", (12240, 15840): "Letter"}.get((self.page_width, self.page_height))
        cm = lambda twips: f"{twips / _TWIPS_PER_CM:.1f}".replace(".", ",")  # noqa: E731
        paper = size or f"{cm(self.page_width)} × {cm(self.page_height)} cm"
        return f"{paper}, tekstbreedte {cm(self.text_width)} cm"


def geometry(doc: Document) -> Geometry:
    """Page size and margins of the first section; Word's defaults where the template says nothing."""
    sect_pr = doc.element.body.find(qn("w:sectPr"))
    size = sect_pr.find(qn("w:pgSz")) if sect_pr is not None else None
    margins = sect_pr.find(qn("w:pgMar")) if sect_pr is not None else None

    def twips(element, attr: str, default: int) -> int:
        value = element.get(qn(attr)) if element is not None else None
        try:
            return abs(int(float(value))) if value is not None else default
        except ValueError:
            return default

    width, height = twips(size, "w:w", _A4_TWIPS[0]), twips(size, "w:h", _A4_TWIPS[1])
    gutter = twips(margins, "w:gutter", 0)
    return Geometry(width, height, twips(margins, "w:left", 1440) + gutter, twips(margins, "w:right", 1440),
                    twips(margins, "w:top", 1440), twips(margins, "w:bottom", 1440))


def header_footer_parts(doc: Document) -> list[tuple[str, object]]:
    """(label, root element) of every header and footer the first section's pages show, and any other."""
    labels: dict[str, str] = {}
    for sect_pr in doc.element.body.iter(qn("w:sectPr")):
        for kind in ("header", "footer"):
            for reference in sect_pr.iterchildren(qn(f"w:{kind}Reference")):
                label = _PART_LABELS[(kind, reference.get(qn("w:type")) or "default")]
                labels.setdefault(reference.get(qn("r:id")), label)
    found = []
    for rel_id, rel in doc.part.rels.items():
        if rel.is_external or rel.reltype not in (RT.HEADER, RT.FOOTER):
            continue
        kind = "koptekst" if rel.reltype == RT.HEADER else "voettekst"
        found.append((labels.get(rel_id, kind), rel.target_part.element))
    return found


def _own_texts(paragraph) -> list:
    """The w:t nodes of this paragraph, not those of a text box nested inside it."""
    return [t for t in paragraph.iter(qn("w:t")) if next(t.iterancestors(qn("w:p")), None) is paragraph]


def placeholders_in(doc: Document) -> list[tuple[str, str]]:
    """(name, where) of every {placeholder} in the headers and footers, whole or split over runs."""
    found = []
    for label, root in header_footer_parts(doc):
        for paragraph in root.iter(qn("w:p")):
            text = "".join(t.text or "" for t in _own_texts(paragraph))
            for match in PLACEHOLDER.finditer(text):
                if (match.group(1), label) not in found:
                    found.append((match.group(1), label))
    return found


@dataclass
class HeaderFill:
    """What filling the headers and footers did."""

    warnings: list[str] = field(default_factory=list)
    filled: list[str] = field(default_factory=list)

    def warn(self, text: str) -> None:
        if text not in self.warnings:
            self.warnings.append(text)


def fill_headers(doc: Document, values: dict[str, str], width: int) -> HeaderFill:
    """Fill every header/footer placeholder; tab stops of the lines filled follow the text *width* (twips)."""
    result = HeaderFill()
    for label, root in header_footer_parts(doc):
        for paragraph in list(root.iter(qn("w:p"))):
            texts = _own_texts(paragraph)
            full = "".join(t.text or "" for t in texts)
            matches = list(PLACEHOLDER.finditer(full))
            if not matches:
                continue
            for match in reversed(matches):
                name = match.group(1)
                if name in values and values[name]:
                    new = xml_safe(values[name])
                elif known_placeholder(name):
                    new = ""
                    result.warn(f"plaatshouder {{{name}}} in de {label} van het sjabloon heeft geen waarde; weggelaten")
                else:
                    result.warn(f"onbekende plaatshouder {{{name}}} in de {label} van het sjabloon; "
                                f"letterlijk gelaten (zie docs/placeholders.md)")
                    continue
                _replace(texts, match.start(), match.end(), new)
                result.filled.append(name)
            _tabs_from_width(doc, paragraph, width)
    return result


def _replace(texts: list, start: int, end: int, new: str) -> None:
    """Replace characters start..end of the joined text of *texts*, which may span several runs."""
    offset = 0
    placed = False
    for node in texts:
        text = node.text or ""
        lo, hi = offset, offset + len(text)
        offset = hi
        if hi <= start or lo >= end:
            continue
        cut_from, cut_to = max(start, lo) - lo, min(end, hi) - lo
        node.text = text[:cut_from] + ("" if placed else new) + text[cut_to:]
        node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        placed = True


def _tabs_from_width(doc: Document, paragraph, width: int) -> None:
    """One tab: right-aligned at the text width. Two: centre and right. Inherited stops are cleared."""
    if next(paragraph.iterancestors(qn("w:tbl")), None) is not None:
        return
    count = sum(1 for r in paragraph.iterchildren(qn("w:r")) for _ in r.iterchildren(qn("w:tab")))
    if count not in (1, 2):
        return
    wanted = [("right", width)] if count == 1 else [("center", width // 2), ("right", width)]
    ppr = paragraph.find(qn("w:pPr"))
    if ppr is None:
        ppr = parse_xml(f"<w:pPr {nsdecls('w')}/>")
        paragraph.insert(0, ppr)
    inherited = set()
    style = ppr.find(qn("w:pStyle"))
    styles = doc.styles.element
    seen = set()
    style_id = style.get(qn("w:val")) if style is not None else None
    while style_id and style_id not in seen:
        seen.add(style_id)
        element = styles.get_by_id(style_id)
        if element is None:
            break
        for tab in element.iter(qn("w:tab")):
            if tab.get(qn("w:val")) != "clear":
                inherited.add(tab.get(qn("w:pos")))
        based = element.find(qn("w:basedOn"))
        style_id = based.get(qn("w:val")) if based is not None else None
    old = ppr.find(qn("w:tabs"))
    if old is not None:
        ppr.remove(old)
    positions = {str(pos) for _, pos in wanted}
    stops = "".join(f'<w:tab w:val="clear" w:pos="{pos}"/>' for pos in sorted(inherited - positions) if pos)
    stops += "".join(f'<w:tab w:val="{kind}" w:pos="{pos}"/>' for kind, pos in wanted)
    tabs = get_or_add(ppr, "w:tabs")  # in the place the schema wants it
    tabs.extend(parse_xml(f"<w:tabs {nsdecls('w')}>{stops}</w:tabs>"))


def _has_content(root) -> bool:
    """A header or footer that shows something: text, a field, a picture or a drawing."""
    if any((t.text or "").strip() for t in root.iter(qn("w:t"))):
        return True
    for tag in ("w:fldSimple", "w:fldChar", "w:drawing", "w:pict", "w:object"):
        if next(root.iter(qn(tag)), None) is not None:
            return True
    return False


def ensure_footer(doc: Document, footer_style_id: str | None) -> bool:
    """Give the first section the default 'pagina X van Y' footer when the template shows none; True if added."""
    section = doc.sections[0]
    footer = section.footer
    if not footer.is_linked_to_previous and _has_content(footer._element):
        return False
    footer.is_linked_to_previous = False
    root = footer._element
    for child in list(root):
        root.remove(child)
    style = f'<w:pStyle w:val="{footer_style_id}"/>' if footer_style_id else ""

    def run(text: str) -> str:
        return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'

    def fld(instruction: str) -> str:
        return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run("1")}'
                f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')

    root.append(parse_xml(f'<w:p {nsdecls("w")}><w:pPr>{style}<w:jc w:val="right"/></w:pPr>'
                          f'{run("pagina ")}{fld("PAGE")}{run(" van ")}{fld("NUMPAGES")}</w:p>'))
    return True


@dataclass
class TemplateCheck:
    """What the template check in Preferences shows."""

    geometry: str
    placeholders: list[tuple[str, str, bool]]  # name, where, known
    styles: list[str]  # warnings of the style resolution
    footer_added: bool


def check_template(path) -> TemplateCheck:
    """Open a template as a note would and report placeholders, styles and page; raises G40Error if unusable."""
    doc = open_template(path)
    resolver = StyleResolver(doc)
    for role in ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Bullet 2",
                 "List Number", "Body Text", "Quote", "Caption", "Table Grid"):
        resolver.get(role)
    placeholders = [(name, where, known_placeholder(name)) for name, where in placeholders_in(doc)]
    footer_added = ensure_footer(doc, None)
    return TemplateCheck(geometry(doc).describe(), placeholders, resolver.warnings, footer_added)

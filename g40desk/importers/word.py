"""Read a Word document's body as Word shows it with all markup off: streamed, its work bounded.

python-docx builds the whole tree before one paragraph is read (a 1.1 MB file of 12 million
empty paragraphs took 155 s and 1.6 GB) and reads neither content controls nor tracked
insertions. Here the main document is fed to lxml in chunks: each body-level element is read
when it ends and then dropped, and the tags, bytes and blocks are bounded.

As Word shows a document with markup off ("Geen markeringen"): tracked insertions and moved-in
text (w:ins, w:moveTo) are read, deletions and moved-away text (w:del, w:moveFrom) are not; a
deleted paragraph mark joins the paragraph to the next; a deleted table row or cell is gone;
content controls (w:sdt), custom XML and smart tags show their content, unless a control only
shows its placeholder text; hidden text (w:vanish) is not shown. Text in text boxes and
embedded documents (altChunk) is not read. Each of these is counted (``Document.markup``), and the
import reports the counts, so nothing is taken or left out unseen.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from lxml import etree

from g40desk.core.errors import G40Error
from g40desk.core.text import number
from g40desk.guards.ooxml import PARSER, STREAM, PartTooLarge, read_part, relationship_targets, w
from g40desk.guards.safezip import read_office_file
from g40desk.importers.word_blocks import Block, Run, Style, Styles, classify, clean, toggle_on, value

MAX_DOCUMENT_BYTES = 30_000_000  # the main document's XML, uncompressed (a real agenda: 1-5 MB)
MAX_TAGS = 1_000_000  # '<' in the main document: at least one per element (a real agenda: ~50,000)
MAX_BLOCKS = 20_000  # paragraphs with text and tables
CHUNK = 256 * 1024

_BODY_CONTENT = (w("p"), w("tbl"), w("sdt"), w("customXml"), w("altChunk"))
_PROPERTIES = {w(t) for t in ("pPr", "rPr", "trPr", "tcPr", "tblPr", "numPr", "sectPr")}
_WRAPPERS = {w(t) for t in ("hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo", "sdtContent")}
_TEXT = {w("t"): None, w("tab"): " ", w("ptab"): " ", w("br"): " ", w("cr"): " ", w("noBreakHyphen"): "-"}


# What Markup counts, as the report says it (singular, plural).
MARKUP_WORDS = {
    "inserted": ("bijgehouden invoeging overgenomen", "bijgehouden invoegingen overgenomen"),
    "deleted": ("bijgehouden verwijdering weggelaten", "bijgehouden verwijderingen weggelaten"),
    "moved_in": ("bijgehouden verplaatsing op de nieuwe plek gelezen", "bijgehouden verplaatsingen op de nieuwe plek gelezen"),
    "moved_out": ("bijgehouden verplaatsing op de oude plek weggelaten",
                  "bijgehouden verplaatsingen op de oude plek weggelaten"),
    "joined": ("verwijderd alinea-einde gevolgd (alinea's samengevoegd)", "verwijderde alinea-einden gevolgd (alinea's samengevoegd)"),
    "rows_deleted": ("verwijderde tabelrij weggelaten", "verwijderde tabelrijen weggelaten"),
    "controls": ("inhoudsbesturingselement gelezen", "inhoudsbesturingselementen gelezen"),
    "placeholders": ("inhoudsbesturingselement met alleen voorbeeldtekst overgeslagen",
                     "inhoudsbesturingselementen met alleen voorbeeldtekst overgeslagen"),
    "hidden": ("stuk verborgen tekst overgeslagen", "stukken verborgen tekst overgeslagen"),
    "text_boxes": ("tekstvak niet gelezen", "tekstvakken niet gelezen"),
    "embedded": ("ingevoegd document (altChunk) niet gelezen", "ingevoegde documenten (altChunk) niet gelezen"),
}


@dataclass
class Document:
    blocks: list[Block]
    meta: dict[str, str]
    markup: Counter = field(default_factory=Counter)

    def markup_lines(self) -> list[str]:
        """One line per kind of markup met, with its count: what the import report shows."""
        return [f"{number(self.markup[k])} {words[self.markup[k] != 1]}" for k, words in MARKUP_WORDS.items()
                if self.markup[k]]


def _local(element) -> str:
    return element.tag if isinstance(element.tag, str) else ""


class _Reader:
    def __init__(self, styles: Styles, path: Path):
        self.styles, self.path = styles, path
        self.blocks: list[Block] = []
        self.markup: Counter = Counter()
        self.carried: list[Run] = []  # runs of a paragraph whose mark was deleted: they open the next one
        self.marked = False  # the paragraph being read holds markup
        self.controls = 0  # block-level content controls around it

    # -- what a paragraph shows -------------------------------------------------------------
    def runs(self, element, out: list[Run], chain: list[Style]) -> None:
        """The runs Word shows in *element*, in order (tracked changes and controls resolved)."""
        for child in element:
            tag = _local(child)
            if tag == w("r"):
                self.run(child, out, chain)
            elif tag in (w("ins"), w("moveTo")):
                self.markup["inserted" if tag == w("ins") else "moved_in"] += 1
                self.marked = True
                self.runs(child, out, chain)
            elif tag in (w("del"), w("moveFrom")):
                self.markup["deleted" if tag == w("del") else "moved_out"] += 1
                self.marked = True
            elif tag == w("sdt"):
                content = self.control(child)
                if content is not None:
                    self.runs(content, out, chain)
            elif tag in _WRAPPERS:
                self.runs(child, out, chain)

    def control(self, sdt):
        """The content a content control shows, or None when it only shows its placeholder."""
        self.marked = True
        properties = sdt.find(w("sdtPr"))
        if properties is not None and toggle_on(properties, "showingPlcHdr"):
            self.markup["placeholders"] += 1
            return None
        self.markup["controls"] += 1
        return sdt.find(w("sdtContent"))

    def run(self, run, out: list[Run], chain: list[Style]) -> None:
        rpr = run.find(w("rPr"))
        run_chain = self.styles.chain(value(rpr, "rStyle")) + chain
        vanish = toggle_on(rpr, "vanish")
        if vanish is None:
            vanish = self.styles.toggle(run_chain, "vanish")
        pieces = []
        for child in run:
            tag = _local(child)
            if tag in _TEXT:
                pieces.append(child.text or "" if _TEXT[tag] is None else _TEXT[tag])
            elif tag in (w("drawing"), w("pict")) or tag.endswith("}AlternateContent"):
                if any((t.text or "").strip() for t in child.iter(w("t"))):
                    self.markup["text_boxes"] += 1
        text = "".join(pieces)
        if vanish:
            if text.strip():
                self.markup["hidden"] += 1
                self.marked = True
            return
        size = rpr.find(w("sz")) if rpr is not None else None
        half_points = size.get(w("val"), "") if size is not None else ""
        out.append(Run(text, toggle_on(rpr, "b"), toggle_on(rpr, "i"),
                        int(half_points) / 2 if half_points.isdigit() and len(half_points) < 6 else None))

    # -- body elements ---------------------------------------------------------------------
    def element(self, element) -> None:
        tag = _local(element)
        if tag == w("p"):
            self.paragraph(element)
        elif tag == w("tbl"):
            self.flush_carried()
            self.table(element)
        elif tag == w("sdt"):
            content = self.control(element)
            self.controls += 1
            for child in content if content is not None else ():
                self.element(child)
            self.controls -= 1
        elif tag in (w("customXml"), w("sdtContent")):
            for child in element:
                self.element(child)
        elif tag == w("altChunk"):
            self.markup["embedded"] += 1
        if len(self.blocks) > MAX_BLOCKS:
            raise G40Error(f"het document is te groot voor een agenda (meer dan {number(MAX_BLOCKS)} alinea's en "
                           "tabellen); er is niets gelezen", self.path)

    def paragraph(self, p) -> None:
        ppr = p.find(w("pPr"))
        style_id = value(ppr, "pStyle") or self.styles.default
        chain = self.styles.chain(style_id)
        self.marked = self.controls > 0
        runs = self.carried + []
        self.carried = []
        self.runs(p, runs, chain)
        mark = ppr.find(w("rPr")) if ppr is not None else None
        if mark is not None and (mark.find(w("del")) is not None or mark.find(w("moveFrom")) is not None):
            self.carried = runs  # the paragraph mark is deleted: this text opens the next paragraph
            if clean("".join(r.text for r in runs)):
                self.markup["joined"] += 1
            return
        block = classify(runs, ppr, chain, self.styles)
        if block is not None:
            block.marked = self.marked
            self.blocks.append(block)

    def flush_carried(self) -> None:
        if self.carried:
            runs, self.carried = self.carried, []
            block = classify(runs, None, self.styles.chain(self.styles.default), self.styles)
            if block is not None:
                self.blocks.append(block)

    def table(self, table) -> None:
        rows: list[list[str]] = []
        for tr in self.children(table, w("tr")):
            trpr = tr.find(w("trPr"))
            if trpr is not None and trpr.find(w("del")) is not None:
                self.markup["rows_deleted"] += 1
                continue
            cells: list[str] = []
            for tc in self.children(tr, w("tc")):
                tcpr = tc.find(w("tcPr"))
                if tcpr is not None and tcpr.find(w("cellDel")) is not None:
                    self.markup["deleted"] += 1
                    continue
                span = value(tcpr, "gridSpan")
                merge = tcpr.find(w("vMerge")) if tcpr is not None else None
                if merge is not None and merge.get(w("val")) != "restart" and rows and len(cells) < len(rows[-1]):
                    text = rows[-1][len(cells)]  # a cell merged with the one above shows that one's text
                else:
                    text = clean("\n".join(self.cell_paragraph(p) for p in self.children(tc, w("p"))))
                cells += [text] * (int(span) if span and span.isdigit() and 0 < int(span) < 64 else 1)
            rows.append(cells)
        self.blocks.append(Block("table", rows=[r for r in rows if any(r)]))

    def cell_paragraph(self, p) -> str:
        runs: list[Run] = []
        self.runs(p, runs, [])
        return "".join(r.text for r in runs)

    def children(self, parent, tag: str):
        """*parent*'s children with *tag*, looking through content controls and custom XML around them."""
        for child in parent:
            if child.tag == tag:
                yield child
            elif child.tag == w("sdt"):
                content = self.control(child)
                if content is not None:
                    yield from self.children(content, tag)
            elif child.tag == w("customXml"):
                yield from self.children(child, tag)


def _part(archive: zipfile.ZipFile, rels: str, kind: str, folder: str, fallback: str) -> str | None:
    target = relationship_targets(archive, rels).get(kind)
    if target:
        name = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target))
        if name in archive.namelist():
            return name
    return fallback if fallback in archive.namelist() else None


def _core_properties(archive: zipfile.ZipFile) -> dict[str, str]:
    part = _part(archive, "_rels/.rels", "core-properties", "", "docProps/core.xml")
    meta = {"title": "", "subject": "", "author": ""}
    if part is None:
        return meta
    try:
        root = etree.fromstring(read_part(archive, part, 1_000_000), PARSER)
    except (PartTooLarge, etree.XMLSyntaxError):
        return meta
    for key, tag in (("title", "title"), ("subject", "subject"), ("author", "creator")):
        found = root.find(f"{{http://purl.org/dc/elements/1.1/}}{tag}")
        meta[key] = clean(found.text or "") if found is not None else ""
    return meta


def read_document(path: Path) -> Document:
    """The body of the Word document at *path* as blocks, its core properties and the markup met."""
    path = Path(path)
    data = read_office_file(path, "Word-document", "word/document.xml")
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            main = _part(archive, "_rels/.rels", "officeDocument", "", "word/document.xml") or "word/document.xml"
            folder, base = posixpath.split(main)
            styles = Styles(archive, _part(archive, posixpath.join(folder, "_rels", base + ".rels"), "styles", folder,
                                            posixpath.join(folder, "styles.xml")))
            reader = _Reader(styles, path)
            _stream(archive, main, reader, path)
            meta = _core_properties(archive)
    except G40Error:
        raise
    except PartTooLarge as exc:
        raise G40Error(f"verdacht Word-document: {exc}; niet gelezen", path) from None
    except (etree.XMLSyntaxError, zipfile.BadZipFile, RecursionError, ValueError, KeyError) as exc:
        raise G40Error(f"geen leesbaar Word-document ({type(exc).__name__})", path) from None
    return Document(reader.blocks, meta, reader.markup)


def _stream(archive: zipfile.ZipFile, name: str, reader: _Reader, path: Path) -> None:
    """Feed the main document to lxml in chunks; read each body-level element as it ends, then drop it."""
    parser = etree.XMLPullParser(events=("end",), tag=_BODY_CONTENT, **STREAM)
    read = tags = 0
    with archive.open(name) as handle:
        while chunk := handle.read(CHUNK):
            read += len(chunk)
            tags += chunk.count(b"<")
            if read > MAX_DOCUMENT_BYTES or tags > MAX_TAGS:
                what = f"{number(read // 1_000_000)} MB" if read > MAX_DOCUMENT_BYTES else f"{number(tags)} elementen"
                raise G40Error(f"het document is te groot voor een agenda (de Word-opmaak bevat al meer dan {what}; "
                               "een agenda heeft er een fractie van); er is niets gelezen", path)
            if b"<!DOCTYPE" in chunk or b"<!ENTITY" in chunk:
                raise PartTooLarge(f"het onderdeel '{name}' bevat een DTD")
            parser.feed(chunk)
            _take(parser, reader)
    parser.close()
    _take(parser, reader)
    reader.flush_carried()


def _take(parser, reader: _Reader) -> None:
    for _event, element in parser.read_events():
        parent = element.getparent()
        if parent is None or parent.tag != w("body"):
            continue  # nested: read with the body-level element around it
        reader.element(element)
        while element.getprevious() is not None:  # what came before, read or not, is no longer needed
            del parent[0]
        parent.remove(element)

"""House templates as Word, LibreOffice and other tools save them, built in the test run.

Nobody on the project made them by hand: each reproduces what a tool writes (Word keeps
built-in styles latent, LibreOffice writes a handful of styles and no numbering, a
Dutch Word writes localised style IDs, python-docx users rename styles), plus a checker
that reads an output note as Word would.
"""

from __future__ import annotations

import io
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Inches

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
_TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def save_as_dotx(doc, path: Path) -> Path:
    """Save *doc* as a real .dotx: same package, the template content type."""
    import zipfile

    buffer = io.BytesIO()
    doc.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(_DOCUMENT_TYPE.encode(), _TEMPLATE_TYPE.encode())
            target.writestr(info, data)
    return path


def _drop_numbering(doc) -> None:
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype == RT.NUMBERING:
            doc.part.drop_rel(rel_id)


def word_blank(path: Path) -> Path:
    """A blank document saved by Word: only Normal and the defaults defined, everything else latent."""
    doc = Document()
    keep = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList"}
    styles = doc.styles.element
    for style in list(styles.iterchildren(qn("w:style"))):
        if style.get(qn("w:styleId")) not in keep:
            styles.remove(style)
    assert styles.find(qn("w:latentStyles")) is not None
    _drop_numbering(doc)
    # Word puts comments and processing instructions where it likes; a table with properties too.
    body = doc.element.body
    body.insert(0, parse_xml(f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                             '<w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>'))
    from lxml import etree

    body.insert(0, etree.Comment(" saved by Word "))
    body.insert(0, etree.ProcessingInstruction("mso-application", 'progid="Word.Document"'))
    return save_as_dotx(doc, path)


def word_dutch(path: Path) -> Path:
    """A Dutch Word template: localised style IDs (Kop1, Lijstopsommingsteken) and names (Kop 1)."""
    doc = Document()
    dutch = {"Heading1": ("Kop1", "Kop 1"), "Heading2": ("Kop2", "Kop 2"), "Heading3": ("Kop3", "Kop 3"),
             "Title": ("Titel", "Titel"), "Subtitle": ("Ondertitel", "Ondertitel"),
             "ListBullet": ("Lijstopsommingsteken", "Lijstopsommingsteken"),
             "ListBullet2": ("Lijstopsommingsteken2", "Lijstopsommingsteken 2"),
             "ListNumber": ("Lijstnummering", "Lijstnummering"), "Caption": ("Bijschrift", "Bijschrift"),
             "TableGrid": ("Tabelraster", "Tabelraster"), "Quote": ("Citaat", "Citaat"),
             "BodyText": ("Plattetekst", "Plattetekst")}
    for style in doc.styles.element.iterchildren(qn("w:style")):
        new = dutch.get(style.get(qn("w:styleId")))
        if new:
            style.set(qn("w:styleId"), new[0])
            style.find(qn("w:name")).set(qn("w:val"), new[1])
    return save_as_dotx(doc, path)


def unusual_names(path: Path) -> Path:
    """A house style whose headings and bullets have names of their own; the built-ins are gone."""
    doc = Document()
    styles = doc.styles.element
    numbering = doc.part.numbering_part.element
    bullet_num = None
    for num in numbering.iterchildren(qn("w:num")):
        abstract = numbering.find(f"{qn('w:abstractNum')}[@{qn('w:abstractNumId')}="
                                  f"'{num.find(qn('w:abstractNumId')).get(qn('w:val'))}']")
        fmt = abstract.find(f"{qn('w:lvl')}/{qn('w:numFmt')}")
        if fmt is not None and fmt.get(qn("w:val")) == "bullet":
            bullet_num = num.get(qn("w:numId"))
            break
    for style in list(styles.iterchildren(qn("w:style"))):
        if style.get(qn("w:styleId")) in ("Heading1", "Heading2", "Heading3", "ListBullet", "ListBullet2",
                                          "ListNumber", "ListNumber2", "ListNumber3", "ListBullet3"):
            styles.remove(style)
    for level, name in ((0, "G40 Hoofdstuk"), (1, "G40 Paragraaf"), (2, "G40 Subkop")):
        styles.append(parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="G40Kop{level}">'
            f'<w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="{level}"/></w:pPr>'
            f'<w:rPr><w:b/><w:sz w:val="{30 - 4 * level}"/></w:rPr></w:style>'))
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="Opsomming">'
        f'<w:name w:val="Opsomming huisstijl"/><w:basedOn w:val="Normal"/>'
        f'<w:pPr><w:numPr><w:numId w:val="{bullet_num}"/></w:numPr></w:pPr></w:style>'))
    return save_as_dotx(doc, path)


def _png(width: int = 40, height: int = 20) -> bytes:
    """A small solid PNG: the city's logo."""
    raw = b"".join(b"\x00" + b"\x1b\x3a\x5c" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _split_runs(paragraph, *pieces: str) -> None:
    """Text in several runs, the way Word saves a placeholder it spell-checked or autocorrected."""
    for piece in pieces:
        paragraph.add_run(piece)


def letter_with_logo(path: Path) -> Path:
    """Letter paper, 1.5 inch margins, renamed styles, a logo and placeholders in a header table,
    placeholders split over runs, different first-page and even-page headers, and a footer of its own."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = Inches(1.5)
    for role, new in (("Title", "Documenttitel"), ("Heading 1", "Hoofdstuk"), ("List Bullet", "Opsomming")):
        doc.styles[role].name = new
    header = section.header
    table = header.add_table(rows=1, cols=2, width=Inches(5.5))
    table.cell(0, 0).paragraphs[0].add_run().add_picture(io.BytesIO(_png()), width=Cm(2))
    _split_runs(table.cell(0, 1).paragraphs[0], "{ti", "tel", "} voor {doel", "groep}")
    header.paragraphs[0].text = ""
    _split_runs(header.paragraphs[0], "Kenmerk ", "{", "rubricering", "}")
    doc.settings.odd_and_even_pages_header_footer = True
    section.different_first_page_header_footer = True
    _split_runs(section.first_page_header.paragraphs[0], "Eerste pagina: {titel}")
    _split_runs(section.even_page_header.paragraphs[0], "{datum}", " · {stad}")
    section.footer.paragraphs[0].text = "Gemeente Voorbeeldstad · eigen voettekst"
    return save_as_dotx(doc, path)


def no_footer(path: Path) -> Path:
    """A4 with wide margins, a header line with a short title and a tab, and no footer at all."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(3.5)
    section.header.paragraphs[0].text = "{titel}\t{rubricering}"
    return save_as_dotx(doc, path)


def libreoffice(path: Path, workdir: Path) -> Path:
    """A template saved by LibreOffice: .fodt -> .odt -> .dotx with soffice --convert-to."""
    fodt = workdir / "huisstijl.fodt"
    fodt.write_text(_FODT, encoding="utf-8")
    profile = f"-env:UserInstallation=file://{workdir / 'lo-profile'}"
    for target in ("odt", "dotx"):
        source = fodt if target == "odt" else workdir / "huisstijl.odt"
        subprocess.run([SOFFICE, profile, "--headless", "--convert-to", target, "--outdir", str(workdir),
                        str(source)], capture_output=True, timeout=180, check=True)
    shutil.copy(workdir / "huisstijl.dotx", path)
    return path


_FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="10.5pt"/></style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
   style:default-outline-level="1"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-left="2.5cm" fo:margin-right="2.5cm" fo:margin-top="2cm" fo:margin-bottom="2cm"/><style:header-style/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>
   <text:p text:style-name="Header">{titel} · {rubricering}</text:p></style:header></style:master-page>
 </office:master-styles>
 <office:body><office:text><text:p text:style-name="Standard"/></office:text></office:body>
</office:document>
"""

# -- reading a note back as Word would ----------------------------------------------------


def _style_chain(doc, style_id: str | None):
    styles = doc.styles.element
    seen = set()
    while style_id and style_id not in seen:
        seen.add(style_id)
        element = styles.get_by_id(style_id)
        if element is None:
            return
        yield element
        based = element.find(qn("w:basedOn"))
        style_id = based.get(qn("w:val")) if based is not None else None


def _inherited(doc, paragraph, path: str):
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.find(path) is not None:
        return ppr.find(path)
    for element in _style_chain(doc, paragraph._p.style):
        found = element.find(f"{qn('w:pPr')}/{path}")
        if found is not None:
            return found
    return None


def outline_level(doc, paragraph) -> int | None:
    found = _inherited(doc, paragraph, qn("w:outlineLvl"))
    return int(found.get(qn("w:val"))) if found is not None else None


def list_format(doc, paragraph) -> str | None:
    """'bullet', 'decimal' or None: what Word shows in front of the paragraph."""
    num_pr = _inherited(doc, paragraph, qn("w:numPr"))
    if num_pr is None or num_pr.find(qn("w:numId")) is None:
        return None
    num_id = num_pr.find(qn("w:numId")).get(qn("w:val"))
    numbering = doc.part.numbering_part.element
    num = numbering.num_having_numId(int(num_id))
    abstract_id = num.abstractNumId.val
    abstract = numbering.find(f"{qn('w:abstractNum')}[@{qn('w:abstractNumId')}='{abstract_id}']")
    fmt = abstract.find(f"{qn('w:lvl')}/{qn('w:numFmt')}")
    return fmt.get(qn("w:val")) if fmt is not None else None


def header_footer_text(doc) -> str:
    from g40desk.export.template import header_footer_parts

    return "\n".join("".join(t.text or "" for t in root.iter(qn("w:t"))) for _, root in header_footer_parts(doc))


def check_note(path: Path) -> dict:
    """What Word would show: headings, list items, table widths vs text width, fields, literal placeholders."""
    from g40desk.export.template import geometry, header_footer_parts

    doc = Document(path)
    paragraphs = doc.paragraphs
    headings = [p for p in paragraphs if outline_level(doc, p) is not None]
    lists = [list_format(doc, p) for p in paragraphs]
    width = geometry(doc).text_width
    table_widths = []
    for table in doc.tables:
        grid = sum(int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.iterchildren(qn("w:gridCol")))
        table_widths.append(grid)
    footers = "".join(root.xml if hasattr(root, "xml") else "" for label, root in header_footer_parts(doc)
                      if "voettekst" in label)
    body_text = "\n".join(p.text for p in paragraphs) + "\n".join(
        c.text for t in doc.tables for r in t.rows for c in r.cells)
    return {
        "doc": doc,
        "headings": len(headings),
        "heading_levels": sorted({outline_level(doc, p) for p in headings}),
        "bullets": lists.count("bullet"),
        "numbered": lists.count("decimal"),
        "text_width": width,
        "table_widths": table_widths,
        "page_fields": " PAGE " in footers and " NUMPAGES " in footers,
        "literal": re.findall(r"\{[a-z_]+\}", body_text + header_footer_text(doc)),
        "headers": header_footer_text(doc),
        "title_style": paragraphs[0].style.name,
    }

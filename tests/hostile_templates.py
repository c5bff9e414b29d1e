"""Hostile Word templates, built at test time from a plain python-docx document.

Each one carries a thing a house template could bring into every note: a remote
attachedTemplate, external images and INCLUDEPICTURE fields (web beacons), OLE objects,
altChunk, macros (.docm/.dotm), hyperlinks, and structural traps (no sectPr, dangling
numbering). Used by tests/guards/test_template.py and tests/hostile_cases.py.
"""

from __future__ import annotations

import io
import re
import zipfile

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
BEACON = "http://beacon.example.invalid"
SHARE = "file:///\\\\host\\share\\normal.dotm"
VBA_REL = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
DOCM = "application/vnd.ms-word.document.macroEnabled.main+xml"
DOTM = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _base() -> dict[str, bytes]:
    from docx import Document

    doc = Document()
    doc.add_paragraph("Inhoud van het sjabloon die nooit in een notitie hoort")
    doc.sections[0].header.paragraphs[0].text = "{titel}"
    doc.sections[0].footer.paragraphs[0].text = "Gemeente"
    buffer = io.BytesIO()
    doc.save(buffer)
    archive = zipfile.ZipFile(buffer)
    return {name: archive.read(name) for name in archive.namelist()}


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _part(parts, kind: str) -> str:
    """The name of the header or footer part."""
    return next(n for n in parts if re.fullmatch(rf"word/{kind}\d*\.xml", n))


def _add_rel(parts, owner: str, rel_id: str, rel_type: str, target: str, external: bool = False) -> None:
    folder, base = owner.rsplit("/", 1)
    name = f"{folder}/_rels/{base}.rels"
    xml = parts.get(name, f'<?xml version="1.0"?><Relationships xmlns="{RELS_NS}"></Relationships>'.encode()).decode()
    mode = ' TargetMode="External"' if external else ""
    rel = f'<Relationship Id="{rel_id}" Type="{rel_type}" Target="{target}"{mode}/>'
    parts[name] = xml.replace("</Relationships>", rel + "</Relationships>").encode()


def _add_type(parts, part: str, content_type: str) -> None:
    xml = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = xml.replace("</Types>", f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>').encode()


def _append_to(parts, name: str, xml: str) -> None:
    text = parts[name].decode()
    closing = text.rindex("</w:")
    parts[name] = (text[:closing] + xml + text[closing:]).encode()


def attached_template(parts) -> None:
    settings = parts["word/settings.xml"].decode()
    settings = re.sub(r"(<w:settings[^>]*>)", r'\1<w:attachedTemplate r:id="rIdT1"/>', settings, count=1)
    parts["word/settings.xml"] = settings.encode()
    _add_rel(parts, "word/settings.xml", "rIdT1", f"{R}/attachedTemplate", SHARE, external=True)


def external_image(parts) -> None:
    header = _part(parts, "header")
    _add_rel(parts, header, "rIdImg1", f"{R}/image", f"{BEACON}/logo.png", external=True)
    _append_to(parts, header, (
        '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        '<wp:extent cx="9525" cy="9525"/><wp:docPr id="1" name="b"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="b"/>'
        '<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="rIdImg1"/></pic:blipFill><pic:spPr/></pic:pic>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'))


def include_fields(parts) -> None:
    header = _part(parts, "header")
    _append_to(parts, header, (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> INCLUDEPICTURE "{BEACON}/pixel.png" \\d </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>beeld</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        f'<w:p><w:fldSimple w:instr=" INCLUDETEXT &quot;{BEACON}/tekst.docx&quot; "><w:r><w:t>tekst</w:t></w:r></w:fldSimple></w:p>'
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> LINK Excel.Sheet.12 "{BEACON}/data.xlsx" "Blad1!R1C1" \\a </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'))


def ole_object(parts) -> None:
    footer = _part(parts, "footer")
    parts["word/embeddings/oleObject1.bin"] = b"\xd0\xcf\x11\xe0 not really an OLE file"
    _add_type(parts, "word/embeddings/oleObject1.bin", "application/vnd.openxmlformats-officedocument.oleObject")
    _add_rel(parts, footer, "rIdOle1", f"{R}/oleObject", "embeddings/oleObject1.bin")
    _add_rel(parts, footer, "rIdOle2", f"{R}/oleObject", f"{BEACON}/linked.xlsx", external=True)
    _append_to(parts, footer, (
        '<w:p><w:r><w:object><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="o1"/>'
        '<o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" Type="Embed" ProgID="Package" ShapeID="o1" r:id="rIdOle1"/>'
        '</w:object></w:r></w:p>'
        '<w:p><w:r><w:object><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" Type="Link" ProgID="Excel.Sheet.12" '
        'r:id="rIdOle2"/></w:object></w:r></w:p>'))


def hyperlink(parts) -> None:
    footer = _part(parts, "footer")
    _add_rel(parts, footer, "rIdLink1", f"{R}/hyperlink", f"{BEACON}/klik", external=True)
    _append_to(parts, footer, '<w:p><w:hyperlink r:id="rIdLink1"><w:r><w:t>www.gemeente.nl</w:t></w:r></w:hyperlink></w:p>')


def alt_chunk(parts) -> None:
    parts["word/afchunk.mht"] = b"MIME-Version: 1.0\r\n\r\n<html><img src='" + BEACON.encode() + b"/a.png'></html>"
    _add_type(parts, "word/afchunk.mht", "message/rfc822")
    _add_rel(parts, "word/document.xml", "rIdAlt1", f"{R}/aFChunk", "afchunk.mht")
    document = parts["word/document.xml"].decode()
    parts["word/document.xml"] = document.replace("<w:body>", '<w:body><w:altChunk r:id="rIdAlt1"/>', 1).encode()


def macros(parts, main_type: str = DOCM) -> None:
    parts["word/vbaProject.bin"] = b"Attribute VB_Name = \"NewMacros\"\r\nSub AutoOpen(): Shell \"calc\": End Sub"
    parts["word/vbaData.xml"] = b'<?xml version="1.0"?><wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"/>'
    _add_type(parts, "word/vbaProject.bin", "application/vnd.ms-office.vbaProject")
    _add_type(parts, "word/vbaData.xml", "application/vnd.ms-word.vbaData+xml")
    _add_rel(parts, "word/document.xml", "rIdVba1", VBA_REL, "vbaProject.bin")
    _add_rel(parts, "word/vbaProject.bin", "rIdVba2", "http://schemas.microsoft.com/office/2006/relationships/wordVbaData",
             "vbaData.xml")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(MAIN.encode(), main_type.encode())


def unknown_part(parts) -> None:
    parts["word/evil.xml"] = b'<?xml version="1.0"?><x/>'
    _add_type(parts, "word/evil.xml", "application/x-evil+xml")
    _add_rel(parts, "word/document.xml", "rIdEvil", "http://example.invalid/relationships/evil", "evil.xml")


def no_section(parts) -> None:
    parts["word/document.xml"] = re.sub(rb"<w:sectPr.*?</w:sectPr>", b"", parts["word/document.xml"], flags=re.S)


def dangling_numbering(parts) -> None:
    styles = parts["word/styles.xml"].decode()
    start = styles.index('w:styleId="ListNumber"')
    ppr = styles.index("<w:pPr>", start) + len("<w:pPr>")
    parts["word/styles.xml"] = (styles[:ppr] + '<w:numPr><w:numId w:val="99"/></w:numPr>' + styles[ppr:]).encode()


# name -> (edits, file suffix, what the template check must name)
HOSTILE = {
    "attached-template": ([attached_template], ".docx", "extern sjabloon"),
    "external-image": ([external_image], ".docx", "externe koppeling (afbeelding)"),
    "include-fields": ([include_fields], ".docx", "veld INCLUDEPICTURE"),
    "ole-object": ([ole_object], ".docx", "ingesloten object"),
    "hyperlink": ([hyperlink], ".docx", "externe koppeling (hyperlink)"),
    "alt-chunk": ([alt_chunk], ".docx", "altChunk"),
    "macros-docm": ([macros], ".docm", "macro's"),
    "macros-dotm": ([lambda p: macros(p, DOTM)], ".dotm", "macro's"),
    "unknown-part": ([unknown_part], ".docx", "word/evil.xml"),
    "no-section": ([no_section], ".docx", "geen pagina-instellingen"),
    "dangling-numbering": ([dangling_numbering], ".docx", "ontbrekende nummering"),
    "everything": ([attached_template, external_image, include_fields, ole_object, hyperlink, alt_chunk, macros,
                    unknown_part, no_section, dangling_numbering], ".docm", "extern sjabloon"),
}


def hostile_template(name: str) -> bytes:
    parts = _base()
    for edit in HOSTILE[name][0]:
        edit(parts)
    return _zip(parts)

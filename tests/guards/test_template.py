"""A hostile house template never reaches a note: no external link, no macro, no foreign part."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from g40desk.core.errors import G40Error
from g40desk.guards.template import sanitize_template, template_notes
from g40desk.guards.template_rules import ALLOWED_CONTENT_TYPES
from tests.hostile_templates import BEACON, HOSTILE, hostile_template
from tests.notes import write_note


def _png() -> bytes:
    """A 1×1 white PNG."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b"")


def _types(archive: zipfile.ZipFile) -> set[str]:
    return set(re.findall(r'ContentType="([^"]+)"', archive.read("[Content_Types].xml").decode()))


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_template_leaves_nothing_in_the_note(name, tmp_path, demo, catalogue, audiences):
    _edits, suffix, reported = HOSTILE[name]
    template = tmp_path / f"huisstijl{suffix}"
    template.write_bytes(hostile_template(name))
    notes = template_notes(template)
    assert any(reported in note for note in notes), notes

    out = tmp_path / "notitie.docx"
    write_note(demo, catalogue, audiences, demo.audiences[0], out, template=template, author="Auteur")
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        everything = b"".join(archive.read(n) for n in names)
        assert b'TargetMode="External"' not in everything
        assert not [n for n in names if "vba" in n.lower()]
        assert b"vbaProject" not in everything
        assert _types(archive) <= ALLOWED_CONTENT_TYPES, _types(archive) - ALLOWED_CONTENT_TYPES
        for trace in (BEACON.encode(), b"INCLUDEPICTURE", b"INCLUDETEXT", b"attachedTemplate", b"altChunk",
                      b"OLEObject", b"w:object", b"evil", b"nooit in een notitie"):
            assert trace not in everything, trace
        assert b"Woningbouw" in archive.read("word/document.xml") or b"Briefing" in archive.read("word/document.xml")


def test_header_text_and_internal_images_are_kept(tmp_path):
    from docx import Document
    from docx.shared import Cm

    doc = Document()
    image = tmp_path / "logo.png"
    image.write_bytes(_png())
    doc.sections[0].header.paragraphs[0].add_run("Gemeente Zwolle").add_picture(str(image), width=Cm(1))
    template = tmp_path / "stad.docx"
    doc.save(template)
    result = sanitize_template(template.read_bytes(), template)
    with zipfile.ZipFile(io.BytesIO(result.data)) as archive:
        header = next(n for n in archive.namelist() if re.fullmatch(r"word/header\d*\.xml", n))
        assert b"Gemeente Zwolle" in archive.read(header)
        assert b"r:embed" in archive.read(header)
        assert [n for n in archive.namelist() if n.startswith("word/media/")]


def test_macro_template_is_accepted_without_its_macros(tmp_path, demo, catalogue, audiences):
    template = tmp_path / "huisstijl.dotm"
    template.write_bytes(hostile_template("macros-dotm"))
    out = tmp_path / "n.docx"
    write_note(demo, catalogue, audiences, demo.audiences[0], out, template=template)
    with zipfile.ZipFile(out) as archive:
        assert "document.main+xml" in archive.read("[Content_Types].xml").decode()


def test_template_with_a_dtd_is_refused(tmp_path):
    data = hostile_template("hyperlink")
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {n: source.read(n) for n in source.namelist()}
    parts["word/styles.xml"] = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>' + parts["word/styles.xml"].split(b"?>", 1)[1]
    from tests.hostile_templates import _zip

    with pytest.raises(G40Error, match="DTD"):
        sanitize_template(_zip(parts))


def test_template_with_too_many_elements_is_refused_before_parsing(tmp_path):
    from tests.hostile_templates import _base, _zip

    parts = _base()
    parts["word/styles.xml"] = parts["word/styles.xml"].replace(b"</w:styles>", b"<w:x/>" * 250_000 + b"</w:styles>")
    with pytest.raises(G40Error, match="te veel elementen"):
        sanitize_template(_zip(parts))

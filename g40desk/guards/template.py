"""Reduce a Word template to what a briefing note needs, before python-docx sees it.

A house template comes from someone else's computer: it may carry macros, a remote
``attachedTemplate`` (Word loads it when the note is opened, leaking the reader's network
credentials), external images and ``INCLUDEPICTURE`` fields (web beacons), OLE objects and
linked content. Nothing of that belongs in a note. The template is rebuilt from an
allow-list: the main document (its body emptied to the section properties), styles,
numbering, settings, theme, fonts, headers, footers, foot- and endnotes and the images that
headers and footers show. Every relationship that points outside the file, and every part,
field or object that is not on the list, is dropped, and each drop is named in
``Sanitized.notes`` for the template check.

Work is bounded before allocation: each XML part's uncompressed size and element count are
checked, and the main document is streamed (its body discarded while it is read).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml import etree

from g40desk.core.errors import G40Error
from g40desk.guards.ooxml import CT_NS, PARSER, PKG_RELS, STREAM, PartTooLarge, R, read_part
from g40desk.guards.ooxml import w as _w
from g40desk.guards.template_rules import (
    _KIND_NAMES,
    _ROUTINE,
    ALLOWED_RELS,
    FONT_TYPES,
    MAIN_DOCUMENT,
    MAIN_TYPES,
    MAX_DOCUMENT_BYTES,
    MAX_DOCUMENT_ELEMENTS,
    MAX_ELEMENTS,
    MAX_TOTAL_ELEMENTS,
    MAX_TOTAL_XML_BYTES,
    MAX_XML_BYTES,
    PART_TYPES,
    RELS_TYPE,
)
from g40desk.guards.template_xml import clean_story, default_section, rels_xml, remove_reference


@dataclass
class Sanitized:
    data: bytes
    notes: list[str] = field(default_factory=list)  # what was dropped and why it matters, one Dutch line each
    routine: list[str] = field(default_factory=list)  # harmless parts a note does not need (thumbnail, ...)


class _Guard:
    def __init__(self, data: bytes, path: Path | None):
        self.path = path
        self.archive = zipfile.ZipFile(io.BytesIO(data))
        self.members = {info.filename: info for info in self.archive.infolist()}
        self.notes: list[str] = []
        self.total_bytes = self.total_elements = 0
        self.routine: set[str] = set()
        self.counts: Counter[str] = Counter()
        self.kept: dict[str, tuple[str, str]] = {}  # part -> (relationship type, content type)
        self.rels: dict[str, list[tuple[str, str, str]]] = {}  # part ("" = package) -> kept (id, type URI, target)
        self.dropped_ids: dict[str, dict[str, str]] = {}  # part -> {rId: what it pointed to}
        self.defaults, self.overrides = self._content_types()

    # -- reading ---------------------------------------------------------------
    def fail(self, why: str) -> G40Error:
        return G40Error(f"verdacht Word-sjabloon: {why}; niet gebruikt", self.path)

    def raw(self, name: str, limit: int) -> bytes:
        try:
            return read_part(self.archive, name, limit)
        except PartTooLarge as exc:
            raise self.fail(str(exc)) from None

    def xml(self, name: str):
        data = self.raw(name, MAX_XML_BYTES)
        elements = data.count(b"<")  # an upper bound, counted before anything is built
        if elements > MAX_ELEMENTS:
            raise self.fail(f"het onderdeel '{name}' heeft te veel elementen")
        self.total_bytes += len(data)
        self.total_elements += elements
        if self.total_bytes > MAX_TOTAL_XML_BYTES or self.total_elements > MAX_TOTAL_ELEMENTS:
            raise self.fail("de onderdelen samen zijn te groot voor een sjabloon")
        try:
            return etree.fromstring(data, PARSER)
        except etree.XMLSyntaxError:
            raise self.fail(f"het onderdeel '{name}' is geen geldige XML") from None

    def _content_types(self) -> tuple[dict[str, str], dict[str, str]]:
        if "[Content_Types].xml" not in self.members:
            raise G40Error("dit is geen Word-sjabloon: '[Content_Types].xml' ontbreekt", self.path)
        root = self.xml("[Content_Types].xml")
        defaults = {d.get("Extension", "").lower(): d.get("ContentType", "") for d in root.iter(f"{{{CT_NS}}}Default")}
        overrides = {o.get("PartName", "").lstrip("/"): o.get("ContentType", "") for o in root.iter(f"{{{CT_NS}}}Override")}
        return defaults, overrides

    def content_type(self, part: str) -> str:
        return self.overrides.get(part) or self.defaults.get(posixpath.splitext(part)[1].lstrip(".").lower(), "")

    # -- walking the relationships from the package down ------------------------
    def walk(self) -> str:
        self.follow("", "package")
        main = next((target for _id, kind, target in self.rels.get("", []) if kind.endswith("/officeDocument")), None)
        if main is None:
            raise G40Error("dit is geen Word-sjabloon: het hoofddocument ontbreekt", self.path)
        for name in self.members:
            base = name.lower().rsplit("/", 1)[-1]
            if base.startswith("vbaproject") or base.startswith("vbadata"):
                self.counts.setdefault("macro's (VBA-project) verwijderd", 0)
        return main

    def follow(self, part: str, kind: str) -> None:
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels") if part else "_rels/.rels"
        kept: list[tuple[str, str, str]] = []
        dropped: dict[str, str] = {}
        self.rels[part] = kept
        self.dropped_ids[part] = dropped
        if rels_name not in self.members:
            return
        for rel in self.xml(rels_name).iter(f"{{{PKG_RELS}}}Relationship"):
            rel_id, type_uri, target = rel.get("Id", ""), rel.get("Type", ""), rel.get("Target", "")
            rel_kind = type_uri.rstrip("/").rsplit("/", 1)[-1]
            if rel.get("TargetMode") == "External":
                dropped[rel_id] = target
                self.drop_external(rel_kind, target)
                continue
            resolved = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target))
            if rel_kind not in ALLOWED_RELS.get(kind, set()):
                dropped[rel_id] = resolved
                self.drop_part(rel_kind, resolved)
                continue
            if resolved not in self.members:
                dropped[rel_id] = resolved
                continue  # a dangling relationship: nothing to keep
            content_type = self.content_type(resolved)
            if rel_kind == "officeDocument" and content_type in MAIN_TYPES:
                content_type = MAIN_DOCUMENT  # a .dotx/.docm/.dotm opens as a plain document
            if content_type not in PART_TYPES[rel_kind]:
                dropped[rel_id] = resolved
                self.counts[f"onderdeel '{resolved}' ({content_type or 'onbekend type'}) verwijderd"] += 1
                continue
            kept.append((rel_id, type_uri, target))
            if resolved not in self.kept:
                self.kept[resolved] = (rel_kind, content_type)
                if not content_type.startswith("image/") and content_type not in FONT_TYPES:
                    self.follow(resolved, rel_kind)

    def drop_external(self, rel_kind: str, target: str) -> None:
        shown = target if len(target) <= 80 else target[:77] + "…"
        if rel_kind == "attachedTemplate":
            self.counts[f"koppeling naar een extern sjabloon ({shown}) verwijderd"] += 1
        else:
            what = _KIND_NAMES.get(rel_kind, rel_kind)
            self.counts[f"externe koppeling ({what}) naar {shown} verwijderd"] += 1

    def drop_part(self, rel_kind: str, part: str) -> None:
        # setdefault: the element that showed it is counted when it is removed from the XML
        if rel_kind in ("vbaProject", "wordVbaData"):
            self.counts.setdefault("macro's (VBA-project) verwijderd", 0)
        elif rel_kind in ("oleObject", "package"):
            self.counts.setdefault("ingesloten object (OLE) verwijderd", 0)
        elif rel_kind in ("control", "activeXControlBinary"):
            self.counts.setdefault("ingesloten object (ActiveX) verwijderd", 0)
        elif rel_kind == "aFChunk":
            self.counts.setdefault("ingevoegd document (altChunk) verwijderd", 0)
        elif rel_kind == "attachedTemplate":
            self.counts[f"koppeling naar een sjabloon ({part}) verwijderd"] += 1
        elif rel_kind in _ROUTINE:
            self.routine.add(_ROUTINE[rel_kind])
        else:
            self.counts[f"onderdeel '{part}' ({rel_kind}) verwijderd"] += 1

    # -- cleaning the XML of what is kept ----------------------------------------
    def clean(self, part: str, root) -> None:
        kind = self.kept[part][0]
        if kind == "settings":
            for name in ("attachedTemplate", "mailMerge", "attachedSchema", "saveThroughXslt"):
                for element in root.findall(_w(name)):
                    root.remove(element)
                    if name == "mailMerge":
                        self.counts["koppeling voor samenvoegen (mail merge) verwijderd"] += 1
        if kind in ("officeDocument", "header", "footer", "footnotes", "endnotes"):
            clean_story(root, self.counts)
        self.clean_references(part, root)

    def clean_references(self, part: str, root) -> None:
        kept_ids = {rel_id for rel_id, _type, _target in self.rels.get(part, [])}
        for element in list(root.iter()):
            if not isinstance(element.tag, str):
                continue
            refs = [(name, value) for name, value in element.attrib.items() if name.startswith(f"{{{R}}}")]
            if not refs or all(value in kept_ids for _name, value in refs):
                continue
            remove_reference(element)

    def empty_document(self, part: str):
        """Stream the main document, dropping the body's content as it goes: only the
        section properties (page size, margins, headers and footers) are kept."""
        data = self.raw(part, MAX_DOCUMENT_BYTES)
        count, body, root = 0, None, None
        events = etree.iterparse(io.BytesIO(data), events=("start", "end"), remove_blank_text=False, **STREAM)
        try:
            for event, element in events:
                if event == "start":
                    count += 1
                    if count > MAX_DOCUMENT_ELEMENTS:
                        raise self.fail("het hoofddocument heeft te veel elementen")
                    if root is None:
                        root = element
                    if body is None and element.tag == _w("body"):
                        body = element
                elif body is not None and element.getparent() is body and element.tag != _w("sectPr"):
                    body.remove(element)
        except etree.XMLSyntaxError:
            raise self.fail("het hoofddocument is geen geldige XML") from None
        if body is None:
            raise G40Error("dit is geen Word-sjabloon: het document heeft geen inhoud (w:body)", self.path)
        sections = body.findall(_w("sectPr"))
        for extra in sections[:-1]:
            body.remove(extra)
        if not sections:
            body.append(default_section())
            self.counts["het sjabloon had geen pagina-instellingen; A4 staand gebruikt"] += 1
        return root

    def fix_numbering(self, parts: dict[str, object]) -> None:
        """Lists that refer to a definition that is not there: removed, so a note never
        refers to a numbering the template lacks."""
        numbering = next((root for name, root in parts.items() if self.kept[name][0] == "numbering"), None)
        num_ids: set[str] = set()
        if numbering is not None:
            abstract = {a.get(_w("abstractNumId")) for a in numbering.findall(_w("abstractNum"))}
            for num in numbering.findall(_w("num")):
                ref = num.find(_w("abstractNumId"))
                if ref is None or ref.get(_w("val")) not in abstract:
                    numbering.remove(num)
                    self.counts["nummering die naar een ontbrekende definitie verwijst verwijderd"] += 1
                else:
                    num_ids.add(num.get(_w("numId")))
        for name, root in parts.items():
            if self.kept[name][0] not in ("styles", "officeDocument", "header", "footer", "footnotes", "endnotes"):
                continue
            for num_id in list(root.iter(_w("numId"))):
                value = num_id.get(_w("val"))
                if value != "0" and value not in num_ids:
                    num_pr = num_id.getparent()
                    num_pr.getparent().remove(num_pr)
                    self.counts["verwijzing naar een ontbrekende nummering verwijderd"] += 1

    # -- writing the reduced template ---------------------------------------------
    def build(self) -> Sanitized:
        main = self.walk()
        trees: dict[str, object] = {}
        for part, (kind, content_type) in self.kept.items():
            if content_type.startswith("image/") or content_type in FONT_TYPES:
                continue
            trees[part] = self.empty_document(part) if kind == "officeDocument" else self.xml(part)
        for part, root in trees.items():
            self.clean(part, root)
        self.fix_numbering(trees)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            target.writestr("[Content_Types].xml", self.types_xml())
            target.writestr("_rels/.rels", rels_xml(self.rels[""]))
            for part in [main, *(p for p in self.kept if p != main)]:
                if part in trees:
                    payload = etree.tostring(trees[part], xml_declaration=True, encoding="UTF-8", standalone=True)
                else:
                    payload = self.archive.read(part)  # an image or font; sizes checked by safezip
                target.writestr(part, payload)
                if self.rels.get(part):
                    folder, base = posixpath.split(part)
                    target.writestr(posixpath.join(folder, "_rels", base + ".rels"), rels_xml(self.rels[part]))
        notes = [f"{what} ({count}×)" if count > 1 else what for what, count in self.counts.items()]
        return Sanitized(out.getvalue(), notes, sorted(self.routine))

    def types_xml(self) -> bytes:
        root = etree.Element(f"{{{CT_NS}}}Types", nsmap={None: CT_NS})
        for extension, content_type in (("rels", RELS_TYPE), ("xml", "application/xml")):
            etree.SubElement(root, f"{{{CT_NS}}}Default", Extension=extension, ContentType=content_type)
        for part, (_kind, content_type) in self.kept.items():
            etree.SubElement(root, f"{{{CT_NS}}}Override", PartName="/" + part, ContentType=content_type)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def sanitize_template(data: bytes, path: Path | None = None) -> Sanitized:
    """The template reduced to the allow-list, and what was dropped (Dutch, one line each).

    *data* has passed ``safezip.read_office_file`` (file size, zip bomb and member checks).
    """
    try:
        return _Guard(data, path).build()
    except zipfile.BadZipFile:
        raise G40Error("dit is geen Word-sjabloon (geen Office-bestand); kies een .docx of .dotx", path) from None


def sanitized_template(path: Path) -> Sanitized:
    """The template at *path*, read with the zip checks and reduced; cached while the file is unchanged."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise G40Error(f"sjabloon niet gevonden ({exc.strerror})", path) from None
    return _sanitized(str(path), info.st_mtime_ns, info.st_size)


@lru_cache(maxsize=8)
def _sanitized(path: str, _mtime: int, _size: int) -> Sanitized:
    from g40desk.guards.safezip import read_office_file

    return sanitize_template(read_office_file(Path(path), "Word-sjabloon", "word/document.xml"), Path(path))


def template_notes(path: Path) -> list[str]:
    """What the template check reports about *path*: everything that a note leaves out."""
    return sanitized_template(path).notes

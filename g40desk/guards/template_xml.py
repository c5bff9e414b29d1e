"""Inside one part of a Word template: removing hostile fields, objects and what shows a dropped
relationship, and the small XML the reduced package needs (guards/template.py walks the package)."""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from g40desk.guards.ooxml import PKG_RELS, A, W
from g40desk.guards.ooxml import w as _w
from g40desk.guards.template_rules import HOSTILE_FIELDS


def clean_story(root, counts: Counter[str]) -> None:
    """Remove embedded documents, objects and hostile fields from a story (body, header, footer, notes); count each."""
    for tag, what in (("altChunk", "ingevoegd document (altChunk) verwijderd"), ("subDoc", "subdocument verwijderd"),
                      ("object", "ingesloten object (OLE) verwijderd"), ("control", "ingesloten object (ActiveX) verwijderd")):
        for element in list(root.iter(_w(tag))):
            if element.getparent() is not None:
                element.getparent().remove(element)
                counts[what] += 1
    for element in list(root.iter(_w("fldSimple"))):
        name = field_name(element.get(_w("instr"), ""))
        if name in HOSTILE_FIELDS:
            element.getparent().remove(element)
            counts[f"veld {name} verwijderd"] += 1
    clean_complex_fields(root, counts)


def clean_complex_fields(root, counts: Counter[str]) -> None:
    """Remove hostile fields written as begin/instruction/end runs, with every run between."""
    runs = list(root.iter(_w("r")))
    stack: list[list] = []
    doomed: list[tuple[int, int, str]] = []
    for index, run in enumerate(runs):
        for child in run:
            if child.tag == _w("fldChar"):
                kind = child.get(_w("fldCharType"))
                if kind == "begin":
                    stack.append([index, ""])
                elif kind == "end" and stack:
                    start, instr = stack.pop()
                    name = field_name(instr)
                    if name in HOSTILE_FIELDS:
                        doomed.append((start, index, name))
            elif child.tag == _w("instrText") and stack:
                stack[-1][1] += child.text or ""
    for start, end, name in doomed:
        counts[f"veld {name} verwijderd"] += 1
        for run in runs[start:end + 1]:
            if run.getparent() is not None:
                run.getparent().remove(run)


def remove_reference(element) -> None:
    """Remove what shows a dropped relationship: the picture, the object, the link."""
    node = element
    while node is not None:
        tag = etree.QName(node).localname if isinstance(node.tag, str) else ""
        if tag == "hyperlink" and node.tag == _w("hyperlink"):
            parent = node.getparent()
            for child in list(node):
                node.addprevious(child)  # keep the text, drop the link
            parent.remove(node)
            return
        if (tag in ("drawing", "pict", "object", "headerReference", "footerReference")
                or (tag == "ext" and node.tag == f"{{{A}}}ext")):
            if node.getparent() is not None:
                node.getparent().remove(node)
            return
        node = node.getparent()
    if element.getparent() is not None:
        element.getparent().remove(element)


def rels_xml(rels: list[tuple[str, str, str]]) -> bytes:
    """A part's relationships file for the kept (id, type, target) triples."""
    root = etree.Element(f"{{{PKG_RELS}}}Relationships", nsmap={None: PKG_RELS})
    for rel_id, type_uri, target in rels:
        etree.SubElement(root, f"{{{PKG_RELS}}}Relationship", Id=rel_id, Type=type_uri, Target=target)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def field_name(instruction: str) -> str:
    """The field's name, upper case: ' INCLUDEPICTURE "x" ' -> 'INCLUDEPICTURE'."""
    match = re.match(r"\s*([A-Za-z]+)", instruction)
    return match.group(1).upper() if match else ""


def default_section():
    """A4 portrait with 2.5 cm margins."""
    section = etree.Element(_w("sectPr"), nsmap={"w": W})
    etree.SubElement(section, _w("pgSz"), {_w("w"): "11906", _w("h"): "16838"})
    etree.SubElement(section, _w("pgMar"), {_w(k): v for k, v in (("top", "1417"), ("right", "1417"), ("bottom", "1417"),
                                                                   ("left", "1417"), ("header", "708"), ("footer", "708"),
                                                                   ("gutter", "0"))})
    return section

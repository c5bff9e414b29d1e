"""The blocks of a Word agenda: a paragraph's kind from its style, outline level, list or looks.

A paragraph is a title, heading, bullet or plain paragraph by (in this order) its style's name
(also Dutch: "Kop 1", "Titel"), its outline level, its list numbering or a list style, a typed
bullet character, or bold text (a heading; its size says which level). Styles are read from
styles.xml without python-docx (word.py streams the document).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from g40desk.guards.ooxml import PARSER, PartTooLarge, read_part, w

MAX_STYLES_BYTES = 5_000_000
MAX_STYLE_TAGS = 400_000
_HEADING_STYLE = re.compile(r"^(heading|kop)\s*(\d)$")
_BULLET = re.compile(r"^\s*([•·▪◦○●■□✓✔\-–—*o])\s+")


@dataclass
class Block:
    kind: str  # "title", "subtitle", "heading", "para", "bullet", "table"
    text: str = ""
    level: int = 0
    emphasis: bool = False  # the whole paragraph is italic or bold
    guessed: bool = False  # a heading recognised from bold text only
    rows: list[list[str]] = field(default_factory=list)
    marked: bool = False  # holds tracked changes or content controls (read as Word shows them)


def toggle_on(element, name: str) -> bool | None:
    """A toggle property (<w:b/>, <w:b w:val="0"/>) of a pPr/rPr: True, False, or None when absent."""
    if element is None:
        return None
    found = element.find(w(name))
    if found is None:
        return None
    return found.get(w("val"), "true").lower() not in ("0", "false", "off", "none")


@dataclass
class Style:
    name: str
    based_on: str | None
    ppr: object
    rpr: object


class Styles:
    """Paragraph and character styles by ID, from styles.xml (bounded like any other part)."""

    def __init__(self, archive: zipfile.ZipFile, part: str | None):
        self.styles: dict[str, Style] = {}
        self.default: str | None = None
        if part is None or part not in archive.namelist():
            return
        data = read_part(archive, part, MAX_STYLES_BYTES)
        if data.count(b"<") > MAX_STYLE_TAGS:
            raise PartTooLarge(f"het onderdeel '{part}' heeft te veel elementen")
        for style in etree.fromstring(data, PARSER).iter(w("style")):
            style_id = style.get(w("styleId"))
            if not style_id:
                continue
            name, based = style.find(w("name")), style.find(w("basedOn"))
            self.styles[style_id] = Style(name.get(w("val"), "") if name is not None else "",
                                           based.get(w("val")) if based is not None else None,
                                           style.find(w("pPr")), style.find(w("rPr")))
            if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true", "on"):
                self.default = style_id

    def chain(self, style_id: str | None) -> list[Style]:
        out, seen = [], set()
        while style_id and style_id in self.styles and style_id not in seen and len(out) < 20:
            seen.add(style_id)
            out.append(self.styles[style_id])
            style_id = out[-1].based_on
        return out

    def toggle(self, chain: list[Style], name: str) -> bool | None:
        for style in chain:
            value = toggle_on(style.rpr, name)
            if value is not None:
                return value
        return None


@dataclass
class Run:
    text: str
    bold: bool | None
    italic: bool | None
    size: float | None  # points, when set on the run itself


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def value(properties, name: str) -> str | None:
    if properties is None:
        return None
    found = properties.find(w(name))
    return found.get(w("val")) if found is not None else None


def _outline_level(ppr, chain: list[Style]) -> int | None:
    for properties in [ppr, *(s.ppr for s in chain)]:
        level = value(properties, "outlineLvl")
        if level is not None and level.isdigit() and int(level) < 9:
            return int(level) + 1
    return None


def _list_level(ppr, chain: list[Style]) -> int | None:
    numbering = ppr.find(w("numPr")) if ppr is not None else None
    if numbering is not None and value(numbering, "numId") != "0":
        level = value(numbering, "ilvl")
        return int(level) if level and level.isdigit() and len(level) < 3 else 0
    for style in chain:
        name = style.name.casefold()
        if "list" in name or "lijst" in name or "opsomming" in name:
            digits = re.search(r"(\d)\s*$", name)
            return int(digits.group(1)) - 1 if digits else 0
        if style.ppr is not None and style.ppr.find(w("numPr")) is not None:
            return 0
    return None


def classify(runs: list[Run], ppr, chain: list[Style], styles: Styles) -> Block | None:
    """The block a paragraph is: by style name, outline level, list, typed bullet, or bold text and size."""
    text = clean("".join(r.text for r in runs))
    if not text:
        return None
    names = [s.name.casefold() for s in chain]
    if names and names[0] in ("title", "titel"):
        return Block("title", text)
    if names and names[0] in ("subtitle", "ondertitel"):
        return Block("subtitle", text)
    for name in names:
        found = _HEADING_STYLE.match(name)
        if found:
            return Block("heading", text, level=int(found.group(2)))
    level = _outline_level(ppr, chain)
    if level is not None:
        return Block("heading", text, level=level)
    list_level = _list_level(ppr, chain)
    bullet = _BULLET.match(text)
    if list_level is None and bullet:
        list_level = 1 if bullet.group(1) in "–—◦○o✓✔□" else 0
        text = text[bullet.end():].strip()
    if list_level is not None:
        return Block("bullet", text, level=min(list_level, 1))
    shown = [r for r in runs if r.text.strip()]
    bold = all(r.bold or (r.bold is None and styles.toggle(chain, "b")) for r in shown)
    italic = all(r.italic or (r.italic is None and styles.toggle(chain, "i")) for r in shown)
    if bold and len(text) <= 150 and not text.endswith((".", ";", ",")):
        sizes = [r.size for r in shown if r.size is not None]
        size = max(sizes) if sizes else None
        if size is not None and size >= 18:
            return Block("title", text)
        level = 1 if size is not None and size >= 14 else 2 if size is not None and size >= 12 else 3
        return Block("heading", text, level=level, guessed=size is None)
    return Block("para", text, emphasis=italic or bold)

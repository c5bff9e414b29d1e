"""Bound a workbook before openpyxl loads it: how far its sheets reach and how much text its cells hold.

The zip checks (safezip) bound bytes, not what openpyxl builds from them: it allocates a cell
object for every position in the rectangle a sheet spans (one cell at XFD1048576 cost 7.7 GB),
joins a cell's rich-text runs into one string, and lets one shared string fill any number of
cells. So every sheet is streamed here first (lxml, entities and network off), cell by cell:
its extent, each cell's text with all its runs (inline or shared) against Excel's 32,767
characters, and the text of all cells together against what a pack can hold.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import unescape

from lxml import etree

from g40desk.core.errors import G40Error
from g40desk.core.text import number
from g40desk.guards.ooxml import STREAM, PartTooLarge, read_part

# A g40desk matrix has a few hundred rows and at most ~100 columns.
MAX_ROWS = 5_000
MAX_COLUMNS = 300
MAX_AREA = 250_000  # rows × columns of one sheet, and cells written in it
MAX_SHEET_XML = 40_000_000
MAX_SHARED_STRINGS = 500_000
EXCEL_CELL_LIMIT = 32_767  # characters Excel holds in one cell
MAX_TEXT = 20_000_000  # characters in all cells together: more than a pack (20 MB) could ever take in

SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_REF = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]{1,9})$")
_LONG_TEXT = re.compile(rb"<(?:\w+:)?t\b[^>]*>([^<]{32767,})<")  # in parts other than sheets (comments, …)
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")


class _Refused(Exception):
    pass


def check_workbook(data: bytes, path: Path) -> list[str]:
    """Refuse, before openpyxl loads it, a workbook whose sheets reach far-away cells or hold more
    text than Excel allows in a cell or a pack can take; return what the import should report
    (hidden sheets)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        for name in names:
            if name.lower().startswith("xl/") and name.lower().endswith(".xml"):
                size = archive.getinfo(name).file_size
                if size > MAX_SHEET_XML:
                    raise G40Error(f"verdachte Excel-werkmap: onderdeel '{name}' is {size // 1_000_000} MB; "
                                   "niet geopend", path)
        titles = _sheet_titles(archive) if "xl/workbook.xml" in names else {}
        sheets = sorted({*titles, *(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml"))} & names)
        try:
            shared_name = _shared_strings_part(archive, names)
            shared = _shared_lengths(archive, shared_name) if shared_name else []
            total = 0
            for name in sheets:
                total += _Sheet(titles.get(name, name.rsplit("/", 1)[-1]), shared).scan(archive, name)
                if total > MAX_TEXT:
                    raise _Refused(f"de cellen bevatten samen meer dan {number(MAX_TEXT)} tekens tekst (gedeelde "
                                   "teksten tellen in elke cel waar ze staan); zoveel past niet in een pakket. "
                                   "Er is niets overgenomen")
        except _Refused as exc:
            raise G40Error(str(exc), path) from None
        except (PartTooLarge, etree.XMLSyntaxError):
            raise G40Error("de werkmap is beschadigd en kan niet worden gelezen (ongeldige XML)", path) from None
        for name in sorted(names - set(sheets) - {shared_name}):
            if name.lower().startswith("xl/") and name.lower().endswith(".xml"):
                _check_other_part(archive.read(name), path)
        return _hidden_sheets(archive) if "xl/workbook.xml" in names else []


def _check_other_part(xml: bytes, path: Path) -> None:
    """Comments and other parts openpyxl reads: no single text beyond Excel's limit."""
    for match in _LONG_TEXT.finditer(xml):
        length = len(unescape(match.group(1).decode("utf-8", "replace"), {"&quot;": '"', "&apos;": "'"}))
        if length > EXCEL_CELL_LIMIT:
            raise G40Error(f"de werkmap bevat een tekst van {number(length)} tekens; een Excel-cel houdt er hooguit "
                           f"{number(EXCEL_CELL_LIMIT)} (dit bestand is niet met Excel bewerkt); er is niets "
                           "overgenomen", path)


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def string_length(element) -> int:
    """Characters of a shared string (<si>) or inline string (<is>) as openpyxl joins it: the plain
    text and every rich-text run; phonetic guides (<rPh>) are not part of the value."""
    length = 0
    for child in element:
        tag = _local(child.tag)
        if tag == "t":
            length += len(child.text or "")
        elif tag == "r":
            length += sum(len(t.text or "") for t in child.iterchildren("{*}t"))
    return length


def _runs(element) -> int:
    return sum(1 for child in element if _local(child.tag) == "r")


def _shared_strings_part(archive: zipfile.ZipFile, names: set[str]) -> str | None:
    """The part openpyxl reads shared strings from: named by its content type."""
    if "[Content_Types].xml" in names:
        types = read_part(archive, "[Content_Types].xml", 1_000_000)
        for override in etree.fromstring(types, etree.XMLParser(**STREAM)).iter("{*}Override"):
            if override.get("ContentType") == SHARED_STRINGS_TYPE:
                name = override.get("PartName", "").lstrip("/")
                if name in names:
                    return name
    return "xl/sharedStrings.xml" if "xl/sharedStrings.xml" in names else None


def _shared_lengths(archive: zipfile.ZipFile, name: str) -> list[tuple[int, int]]:
    """(characters, runs) of every shared string, streamed."""
    lengths: list[tuple[int, int]] = []
    with archive.open(name) as handle:
        for _event, element in etree.iterparse(handle, events=("end",), tag="{*}si", **STREAM):
            lengths.append((string_length(element), _runs(element)))
            if len(lengths) > MAX_SHARED_STRINGS:
                raise _Refused(f"de werkmap bevat meer dan {number(MAX_SHARED_STRINGS)} gedeelde teksten; "
                               "dit is geen eisenmatrix. Er is niets overgenomen")
            _forget(element)
    return lengths


def _forget(element) -> None:
    """Free what was read: the element's content and the siblings before it."""
    element.clear()
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


class _Sheet:
    """One sheet streamed cell by cell: extent, each cell's text, the text of all its cells."""

    def __init__(self, title: str, shared: list[tuple[int, int]]):
        self.title, self.shared = title, shared
        self.rows = self.columns = self.cells = self.text = 0
        self.row_number = self.column = 0
        self.current = None  # the <row> whose cells are being read

    def scan(self, archive: zipfile.ZipFile, name: str) -> int:
        with archive.open(name) as handle:
            for _event, element in etree.iterparse(handle, events=("end",), tag=("{*}c", "{*}row", "{*}mergeCell"),
                                                   **STREAM):
                tag = _local(element.tag)
                if tag == "c":
                    self.cell(element)
                elif tag == "row":
                    if element is not self.current:  # a row without cells
                        self.row_number = _number(element.get("r"), self.row_number + 1)
                    self.current = None
                    self.reach(self.row_number, 0)
                    _forget(element)
                else:
                    first, _, last = (element.get("ref") or "").partition(":")
                    for ref in (first, last or first):
                        found = _REF.match(ref)
                        if found:
                            self.reach(int(found.group(2)), _column_number(found.group(1)))
        return self.text

    def cell(self, element) -> None:
        row = element.getparent()
        if row is not self.current:
            self.current, self.column = row, 0
            self.row_number = _number(row.get("r") if row is not None else None, self.row_number + 1)
        found = _REF.match(element.get("r") or "")
        if found:
            row_number, self.column = int(found.group(2)), _column_number(found.group(1))
        else:
            row_number, self.column = self.row_number, self.column + 1
        self.cells += 1
        self.reach(row_number, self.column)
        length, runs = self.length(element)
        if length > EXCEL_CELL_LIMIT:
            pieces = f", verdeeld over {number(runs)} opgemaakte stukken" if runs > 1 else ""
            raise _Refused(f"tabblad '{self.title}', cel {_letters(self.column)}{row_number} bevat een tekst van "
                           f"{number(length)} tekens{pieces}; een Excel-cel houdt er hooguit {number(EXCEL_CELL_LIMIT)} "
                           "(dit bestand is niet met Excel bewerkt); er is niets overgenomen")
        self.text += length
        _forget(element)

    def length(self, element) -> tuple[int, int]:
        kind = element.get("t")
        if kind == "inlineStr":
            inline = element.find("{*}is")
            return (string_length(inline), _runs(inline)) if inline is not None else (0, 0)
        value = element.find("{*}v")
        text = value.text or "" if value is not None else ""
        if kind == "s":
            index = _number(text.strip(), -1)
            return self.shared[index] if 0 <= index < len(self.shared) else (0, 0)
        return len(text), 0

    def reach(self, row: int, column: int) -> None:
        self.rows, self.columns = max(self.rows, row), max(self.columns, column)
        if (self.rows > MAX_ROWS or self.columns > MAX_COLUMNS or self.rows * max(self.columns, 1) > MAX_AREA
                or self.cells > MAX_AREA):
            raise _Refused(f"tabblad '{self.title}' reikt tot rij {number(self.rows)} en kolom {number(self.columns)}; "
                           f"een eisenmatrix heeft hooguit {number(MAX_ROWS)} rijen en {MAX_COLUMNS} kolommen. "
                           "Verwijder wat ver buiten de tabel staat (Ctrl+End toont het) en probeer het opnieuw")


def _number(text: str | None, default: int) -> int:
    return int(text) if text and text.isascii() and text.isdigit() and len(text) <= 9 else default


def _column_number(letters: str) -> int:
    value = 0
    for ch in letters:
        value = value * 26 + (ord(ch) - 64)
    return value


def _letters(column: int) -> str:
    out = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        out = chr(65 + rest) + out
    return out or "?"


def _sheet_titles(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet part -> the tab's title, from the workbook and its relationships."""
    try:
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    targets = {}
    for tag in re.findall(rb"<(?:\w+:)?Relationship\b[^>]*>", rels):
        rel_id, target = re.search(rb'\bId="([^"]+)"', tag), re.search(rb'\bTarget="([^"]+)"', tag)
        if rel_id and target:
            targets[rel_id.group(1)] = target.group(1).decode("utf-8", "replace")
    titles = {}
    for tag in _SHEET.findall(archive.read("xl/workbook.xml")):
        name, rel = re.search(rb'name="([^"]*)"', tag), re.search(rb'r:id="([^"]+)"', tag)
        if name and rel and rel.group(1) in targets:
            target = targets[rel.group(1)]
            part = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target))
            titles[part] = name.group(1).decode("utf-8", "replace")
    return titles


def _hidden_sheets(archive: zipfile.ZipFile) -> list[str]:
    notes = []
    for tag in _SHEET.findall(archive.read("xl/workbook.xml")):
        if b'state="veryHidden"' in tag or b'state="hidden"' in tag:
            sheet = re.search(rb'name="([^"]*)"', tag)
            title = sheet.group(1).decode("utf-8", "replace") if sheet else "?"
            how = "zeer verborgen (alleen met macro's zichtbaar te maken)" if b"veryHidden" in tag else "verborgen"
            notes.append(f"tabblad '{title}' is {how}; het is toch gelezen; controleer of dit de bedoelde werkmap is")
    return notes


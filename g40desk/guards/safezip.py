"""Guard against hostile Office files before a parser sees them."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import unescape

from g40desk.core.errors import G40Error
from g40desk.core.files.jsonfile import read_regular_file

MAX_FILE_BYTES = 50_000_000
MAX_UNPACKED_BYTES = 200_000_000
MAX_RATIO = 200
MAX_MEMBERS = 5_000


def read_office_file(path: Path, what: str, required: str) -> bytes:
    """Read an Office zip after checking size, member count and compression ratio.

    *required* is a member that must exist (``word/document.xml`` for Word).
    """
    path = Path(path)
    data = read_regular_file(path, MAX_FILE_BYTES)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except zipfile.BadZipFile:
        raise G40Error(f"dit is geen {what} (geen Office-bestand); kies een .docx/.dotx of .xlsx", path) from None
    if len(members) > MAX_MEMBERS:
        raise G40Error(f"verdacht {what}: te veel onderdelen ({len(members)})", path)
    unpacked = sum(m.file_size for m in members)
    packed = max(1, sum(m.compress_size for m in members))
    if unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_RATIO:
        raise G40Error(f"verdacht {what}: pakt uit tot {unpacked // 1_000_000} MB (mogelijk een zip-bom); niet geopend", path)
    if required not in archive.namelist():
        raise G40Error(f"dit is geen {what}: '{required}' ontbreekt", path)
    return data


# A g40desk matrix has a few hundred rows and at most ~100 columns; openpyxl allocates a
# cell object for every position in the rectangle a sheet spans when it is walked, so one
# far-away cell (XFD1048576) would cost gigabytes. These bounds are checked on the XML first.
MAX_ROWS = 5_000
MAX_COLUMNS = 300
MAX_AREA = 250_000  # rows × columns of one sheet
MAX_SHEET_XML = 40_000_000
EXCEL_CELL_LIMIT = 32_767  # characters Excel holds in one cell

_CELL_REF = re.compile(rb'<(?:\w+:)?(?:c|row)\b[^>]*?\sr="\$?([A-Z]{0,3})\$?([0-9]{1,9})"')
_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\sref="\$?([A-Z]{1,3})\$?([0-9]{1,9}):\$?([A-Z]{1,3})\$?([0-9]{1,9})"')
_TEXT = re.compile(rb"<(?:\w+:)?t\b[^>]*>([^<]{32767,})<")
_SHEET = re.compile(rb'<(?:\w+:)?sheet\b[^>]*>')


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ch - 64)
    return number


def check_workbook(data: bytes, path: Path) -> list[str]:
    """Refuse, before openpyxl loads it, a workbook whose sheets reach far-away cells or
    hold text longer than Excel allows; return what the import should report (hidden sheets)."""
    notes: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        titles = _sheet_titles(archive) if "xl/workbook.xml" in names else {}
        for name in names:
            lower = name.lower()
            if not lower.endswith(".xml") or not lower.startswith("xl/"):
                continue
            info = archive.getinfo(name)
            if info.file_size > MAX_SHEET_XML:
                raise G40Error(f"verdachte Excel-werkmap: onderdeel '{name}' is {info.file_size // 1_000_000} MB; "
                               "niet geopend", path)
            xml = archive.read(name)
            if lower.startswith("xl/worksheets/"):
                _check_extent(xml, titles.get(name, name.rsplit("/", 1)[-1]), path)
            for match in _TEXT.finditer(xml):
                length = len(unescape(match.group(1).decode("utf-8", "replace"), {"&quot;": '"', "&apos;": "'"}))
                if length <= EXCEL_CELL_LIMIT:
                    continue
                raise G40Error(f"de werkmap bevat een tekst van {length:_} tekens; een Excel-cel houdt er hooguit "
                               f"{EXCEL_CELL_LIMIT:_} (dit bestand is niet met Excel bewerkt); er is niets overgenomen"
                               .replace("_", "."), path)
        if "xl/workbook.xml" in names:
            for tag in _SHEET.findall(archive.read("xl/workbook.xml")):
                if b'state="veryHidden"' in tag or b'state="hidden"' in tag:
                    sheet = re.search(rb'name="([^"]*)"', tag)
                    title = sheet.group(1).decode("utf-8", "replace") if sheet else "?"
                    how = "zeer verborgen (alleen met macro's zichtbaar te maken)" if b"veryHidden" in tag else "verborgen"
                    notes.append(f"tabblad '{title}' is {how}; het is toch gelezen; controleer of dit de bedoelde werkmap is")
    return notes


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
            targets[rel_id.group(1)] = target.group(1)
    titles = {}
    for tag in _SHEET.findall(archive.read("xl/workbook.xml")):
        name, rel = re.search(rb'name="([^"]*)"', tag), re.search(rb'r:id="([^"]+)"', tag)
        if name and rel and rel.group(1) in targets:
            target = targets[rel.group(1)].decode("utf-8", "replace").lstrip("/")
            titles[target if target.startswith("xl/") else "xl/" + target] = name.group(1).decode("utf-8", "replace")
    return titles


def _check_extent(xml: bytes, name: str, path: Path) -> None:
    rows = columns = 0
    for letters, digits in _CELL_REF.findall(xml):
        rows = max(rows, int(digits))
        if letters:
            columns = max(columns, _column_number(letters))
    for first_col, first_row, last_col, last_row in _MERGE_REF.findall(xml):
        rows = max(rows, int(first_row), int(last_row))
        columns = max(columns, _column_number(first_col), _column_number(last_col))
    if rows > MAX_ROWS or columns > MAX_COLUMNS or rows * max(columns, 1) > MAX_AREA:
        raise G40Error(f"tabblad '{name}' reikt tot rij {rows:_} en kolom {columns:_}; een "
                       f"eisenmatrix heeft hooguit {MAX_ROWS:_} rijen en {MAX_COLUMNS} kolommen. Verwijder wat "
                       "ver buiten de tabel staat (Ctrl+End toont het) en probeer het opnieuw".replace("_", "."), path)

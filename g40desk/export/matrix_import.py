"""The way back from Excel: read a matrix that colleagues edited and say what would change.

Workbooks from others are untrusted: the zip is checked for size and compression ratio
before openpyxl sees it, openpyxl parses XML through defusedxml, formulas are never
evaluated (a formula cell is reported and skipped) and macros are never loaded.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from g40desk.core.audiences import Audiences
from g40desk.core.briefing import PRIORITY_LABELS, STATUS_LABELS
from g40desk.core.catalogue import Catalogue, Kind
from g40desk.core.errors import G40Error
from g40desk.core.pack import Override, Pack, Priority, Status
from g40desk.export.safezip import read_office_file
from g40desk.export.xlsx_matrix import ABOUT_SHEET, MARKER

_PRIORITY = {label: value for value, label in PRIORITY_LABELS.items()}
_STATUS = {label: value for value, label in STATUS_LABELS.items()}
_FORMULA = object()  # a cell holding a formula: reported, never read as a value


@dataclass
class Change:
    ref: str
    field: str  # priority, status, text, context, or priority@<audience id>
    old: object
    new: object

    def describe(self) -> str:
        def show(value):
            if value is None or value == "":
                return "(leeg)"
            if isinstance(value, Priority):
                return PRIORITY_LABELS[value]
            if isinstance(value, Status):
                return STATUS_LABELS[value]
            text = str(value)
            return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"

        return f"{self.ref}: {self.field} {show(self.old)} → {show(self.new)}"


@dataclass
class ImportReport:
    path: Path
    changes: list[Change] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _cell_text(cell) -> str | None:
    value = cell.value
    if value is None:
        return None
    return str(value).strip() if not isinstance(value, str) else value


def read_matrix(path: Path, pack: Pack, catalogue: Catalogue, audiences: Audiences) -> ImportReport:
    """Compare a matrix with the pack; nothing is changed here (see apply_changes)."""
    from openpyxl import load_workbook

    path = Path(path)
    data = read_office_file(path, "Excel-werkmap", "xl/workbook.xml")
    try:
        book = load_workbook(io.BytesIO(data), data_only=False, keep_vba=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many types on broken files
        raise G40Error(f"de werkmap is beschadigd en kan niet worden gelezen ({type(exc).__name__})", path) from None
    if ABOUT_SHEET not in book.sheetnames or "Matrix" not in book.sheetnames:
        raise G40Error("deze werkmap is niet door g40desk gemaakt (tabblad 'Over' of 'Matrix' ontbreekt)", path)
    about = {str(row[0].value): row[1].value for row in book[ABOUT_SHEET].iter_rows(max_col=2) if row[0].value}
    if about.get("Gemaakt door") != MARKER:
        raise G40Error("deze werkmap is niet door g40desk gemaakt", path)
    if about.get("Pakket-ID") != pack.id:
        raise G40Error(f"deze matrix hoort bij een ander pakket ('{about.get('Titel')}'); er is niets overgenomen", path)

    report = ImportReport(path)
    if any(name.lower().endswith("vbaproject.bin") for name in _names(data)):
        report.problems.append("de werkmap bevat macro's; die zijn genegeerd en nooit uitgevoerd")
    catalogue = catalogue.with_own(pack.own)
    demands = {item.ref: item for item in pack.items if catalogue[item.ref].kind == Kind.DEMAND}
    _read_matrix_sheet(book["Matrix"], pack, catalogue, audiences, demands, report)
    if "Eisen" in book.sheetnames:
        _read_details_sheet(book["Eisen"], demands, report)
    return report


def _names(data: bytes) -> list[str]:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()


def _read_matrix_sheet(ws, pack, catalogue, audiences, demands, report) -> None:
    header = [_cell_text(c) for c in ws[1]]
    column = {title: i for i, title in enumerate(header) if title}
    for needed in ("ID", "Eis", "Prioriteit", "Status"):
        if needed not in column:
            raise G40Error(f"kolom '{needed}' ontbreekt op tabblad 'Matrix'", report.path)
    audience_columns = {}
    for audience_id in pack.audiences:
        title = f"Prioriteit {audiences[audience_id].display_name}"
        if title in column:
            audience_columns[audience_id] = column[title]
    seen = set()
    for row in ws.iter_rows(min_row=2):
        ref = _cell_text(row[column["ID"]])
        where = f"Matrix, rij {row[0].row}"
        if not ref:
            if any(c.value not in (None, "") for c in row):
                report.problems.append(f"{where}: toegevoegde rij zonder ID genegeerd")
            continue
        if ref.startswith(("message:", "theme:")):
            continue
        if ref not in demands:
            known = "staat niet in dit pakket" if ref in catalogue else "is onbekend"
            report.problems.append(f"{where}: eis '{ref}' {known}; rij genegeerd")
            continue
        if ref in seen:
            report.problems.append(f"{where}: eis '{ref}' staat er twee keer in; tweede rij genegeerd")
            continue
        seen.add(ref)
        item = demands[ref]
        formula_cells = [c.coordinate for c in row if c.data_type == "f"]
        for coordinate in formula_cells:
            report.problems.append(f"{where}: cel {coordinate} bevat een formule; niet overgenomen en niet uitgerekend")
        cells = {name: row[i] for name, i in column.items() if i < len(row)}

        def value_of(name, cells=cells):
            cell = cells.get(name)
            if cell is None:
                return None
            return _FORMULA if cell.data_type == "f" else _cell_text(cell)

        _choice(report, where, ref, "priority", value_of("Prioriteit"), item.priority, _PRIORITY)
        _choice(report, where, ref, "status", value_of("Status"), item.status, _STATUS)
        text = value_of("Eis")
        exported = item.text or catalogue[ref].label
        if text not in (None, _FORMULA) and text != exported and text != catalogue[ref].node.text:
            report.changes.append(Change(ref, "text", item.text, text))
        for audience_id, index in audience_columns.items():
            if index < len(row) and row[index].data_type != "f":
                current = item.effective(audience_id).priority
                _choice(report, where, ref, f"priority@{audience_id}", _cell_text(row[index]), current, _PRIORITY)


def _choice(report, where, ref, field, label, current, allowed) -> None:
    if label is _FORMULA:
        return
    if label is None or label == "":
        new = None
    elif label.strip().lower() in allowed:
        new = allowed[label.strip().lower()]
    else:
        report.problems.append(f"{where}: '{label}' is geen geldige waarde voor {field.split('@')[0]} "
                               f"(kies uit: {', '.join(allowed)}); niet overgenomen")
        return
    if new != current:
        report.changes.append(Change(ref, field, current, new))


def _read_details_sheet(ws, demands, report) -> None:
    header = [_cell_text(c) for c in ws[1]]
    column = {title: i for i, title in enumerate(header) if title}
    if not {"ID", "Aangepaste tekst", "Lokale context"} <= set(column):
        report.problems.append("tabblad 'Eisen' heeft niet de verwachte kolommen; overgeslagen")
        return
    text_changes = {c.ref for c in report.changes if c.field == "text"}
    for row in ws.iter_rows(min_row=2):
        ref = _cell_text(row[column["ID"]])
        if ref not in demands:
            continue
        item = demands[ref]
        for title, name in (("Aangepaste tekst", "text"), ("Lokale context", "context")):
            cell = row[column[title]]
            if cell.data_type == "f":
                report.problems.append(f"Eisen, rij {cell.row}: cel {cell.coordinate} bevat een formule; niet overgenomen")
                continue
            value = _cell_text(cell) or None
            if value != getattr(item, name) and not (name == "text" and ref in text_changes):
                report.changes.append(Change(ref, name, getattr(item, name), value))


def apply_changes(pack: Pack, changes: list[Change]) -> Pack:
    """A new pack with the changes applied; the given pack is not modified."""
    result = pack.model_copy(deep=True)
    for change in changes:
        item = result.item(change.ref)
        if "@" in change.field:
            audience_id = change.field.split("@", 1)[1]
            override = item.overrides.get(audience_id, Override())
            item.overrides = {**item.overrides, audience_id: override.model_copy(update={"priority": change.new})}
        else:
            setattr(item, change.field, change.new)
    return result

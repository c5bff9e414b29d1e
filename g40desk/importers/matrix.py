"""The way back from Excel: read a matrix that colleagues edited and say what would change.

Workbooks from others are untrusted: the zip is checked for size and compression ratio
before openpyxl sees it, openpyxl parses XML through defusedxml, formulas are never
evaluated (a formula cell is reported and skipped) and macros are never loaded.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from g40desk.core.agenda.catalogue import Catalogue, Kind
from g40desk.core.audience.audiences import Audiences
from g40desk.core.errors import G40Error
from g40desk.core.note.briefing import PRIORITY_LABELS, STATUS_LABELS
from g40desk.core.pack import edit, limits
from g40desk.core.pack.limits import Limit, PackRefused, Refusal
from g40desk.core.pack.model import Outcome, Override, Pack, Priority, Result, Status
from g40desk.core.pack.outcomes import RESULT_LABELS
from g40desk.core.pack.storage import MAX_PACK_BYTES, PackTooLarge, pack_bytes
from g40desk.core.text import number
from g40desk.export.xlsx_matrix import (
    ABOUT_SHEET,
    MARKER,
    addressed_to,
    agenda_cells,
    audience_column,
    cell_text,
    matrix_day,
)
from g40desk.guards.safezip import read_office_file
from g40desk.guards.workbook import check_workbook
from g40desk.importers.matrix_outcomes import read_outcomes
from g40desk.importers.matrix_sheet import FORMULA, SheetRows
from g40desk.importers.matrix_sheet import same_text as _same

_PRIORITY = {label: value for value, label in PRIORITY_LABELS.items()}
_STATUS = {label: value for value, label in STATUS_LABELS.items()}
_BULLET = re.compile(r"^\s*[•\-*·]\s*")
_FROM_AGENDA = "komt uit de agenda en wordt niet per pakket aangepast; niet overgenomen"
# Field -> the column the user sees (Matrix sheet name first where both sheets have it).
COLUMNS = {"priority": "Prioriteit", "status": "Status", "text": "Eis", "context": "Lokale context",
           "talking_points": "Gesprekspunten"}


@dataclass
class Change:
    ref: str
    field: str  # priority, status, text, context, talking_points; priority@, result@ or said@<audience id>
    old: object
    new: object
    label: str = ""  # the demand's short title, as the user knows it
    column: str = ""  # the Dutch column name the user edited

    def describe(self) -> str:
        def show(value):
            if value is None or value == "" or value == []:
                return "(leeg)"
            if isinstance(value, Priority):
                return PRIORITY_LABELS[value]
            if isinstance(value, Status):
                return STATUS_LABELS[value]
            if isinstance(value, Result):
                return RESULT_LABELS[value]
            text = " · ".join(value) if isinstance(value, list) else str(value)
            return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"

        column = self.column or COLUMNS.get(self.field, self.field)
        return f"{self.label or self.ref}: {column} {show(self.old)} → {show(self.new)}"


@dataclass
class ImportReport:
    path: Path
    changes: list[Change] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_matrix(path: Path, pack: Pack, catalogue: Catalogue, audiences: Audiences) -> ImportReport:
    """Compare a matrix with the pack; nothing is changed here (see apply_changes).

    Every difference ends up either as a Change or as a problem that says why it is not taken over.
    """
    from openpyxl import load_workbook

    path = Path(path)
    data = read_office_file(path, "Excel-werkmap", "xl/workbook.xml")
    notes = check_workbook(data, path)  # far-away cells and over-long text refused before openpyxl loads
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
    report.problems += notes
    if any(name.lower().endswith("vbaproject.bin") for name in _names(data)):
        report.problems.append("de werkmap bevat macro's; die zijn genegeerd en nooit uitgevoerd")
    catalogue = catalogue.with_own(pack.own)
    _Comparison(pack, catalogue, audiences, report).run(book)
    try:
        apply_changes(pack, report.changes)  # refused here, before anything is shown or written
    except G40Error as exc:
        raise G40Error(exc.message, path) from None
    return report


def _names(data: bytes) -> list[str]:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.namelist()


class _Comparison:
    def __init__(self, pack: Pack, catalogue: Catalogue, audiences: Audiences, report: ImportReport):
        self.pack, self.catalogue, self.audiences, self.report = pack, catalogue, audiences, report
        self.items = {item.ref: item for item in pack.items}

    def label(self, ref: str) -> str:
        return self.catalogue[ref].label

    def problem(self, text: str) -> None:
        if text not in self.report.problems:
            self.report.problems.append(text)

    def change(self, ref: str, name: str, old, new, column: str) -> None:
        self.report.changes.append(Change(ref, name, old, new, self.label(ref), column))

    # -- the sheets -------------------------------------------------------------------
    def sheet(self, ws, needed: tuple[str, ...], kind: Kind) -> SheetRows:
        return SheetRows(ws, self.problem, needed, kind, self.items, self.catalogue)

    def run(self, book) -> None:
        matrix = self.sheet(book["Matrix"], ("ID", "Eis", "Prioriteit", "Status"), Kind.DEMAND)
        if not matrix.ok:
            raise G40Error(f"kolom '{matrix.missing[0]}' ontbreekt op tabblad 'Matrix'", self.report.path)
        details = (self.sheet(book["Eisen"], ("ID",), Kind.DEMAND) if "Eisen" in book.sheetnames else None)
        if details is None:
            self.problem("tabblad 'Eisen' ontbreekt; lokale context en gesprekspunten zijn niet vergeleken")
        elif not details.ok:
            details = None
        for item in self.pack.items:
            entry = self.catalogue[item.ref]
            if entry.kind == Kind.DEMAND:
                self._demand(item, entry, matrix, details)
        if "Kerngegevens" in book.sheetnames:
            figures = self.sheet(book["Kerngegevens"], ("ID", "Indicator"), Kind.KEY_FIGURE)
            if figures.ok:
                self._figures(figures)

    def _demand(self, item, entry, matrix: SheetRows, details: SheetRows | None) -> None:
        label = self.label(item.ref)
        on_matrix = matrix.rows.get(item.ref)
        on_details = details.rows.get(item.ref) if details else None
        gone = [s.name for s, row in ((matrix, on_matrix), (details, on_details)) if s is not None and row is None]
        if gone:
            sheets = " en ".join(f"'{name}'" for name in gone)
            self.problem(f"'{label}' staat niet meer op tabblad {sheets} (rij verwijderd?); de eis blijft in het "
                         "pakket: een eis verwijdert u in g40desk zelf")
        day = matrix_day(self.pack)
        agenda = agenda_cells(entry, self.catalogue, self.audiences, day)
        if on_matrix is not None:
            self._read_only(item.ref, matrix, on_matrix, "Thema", agenda["Thema"])
            desks = [desk.name for desk in self.audiences.desks(day)]
            marked = {name for name in desks if _is_mark(on_matrix.get(name))}
            wanted = set(addressed_to(entry, self.catalogue, self.audiences, day))
            shown = {name for name in desks if name in matrix.column}
            if marked & shown != wanted & shown:
                self.problem(f"'{label}': welke ministeries de eis aangaat (kolommen "
                             f"{', '.join(sorted((marked ^ wanted) & shown))}) {_FROM_AGENDA}")
        if on_details is not None:
            for column in ("Catalogustekst", "Thema", "Ministeries", "Bron"):
                self._read_only(item.ref, details, on_details, column, agenda[column])
        # Fields on both sheets: taken over when the sheets agree, reported when they differ.
        self._choice_field(item, "priority", _PRIORITY, [(matrix, on_matrix), (details, on_details)], "Prioriteit")
        self._choice_field(item, "status", _STATUS, [(matrix, on_matrix), (details, on_details)], "Status")
        self._text(item, entry, matrix, on_matrix, details, on_details)
        if on_matrix is not None:
            self._audience_priorities(item, matrix, on_matrix)
        if on_details is not None:
            self._plain(item, "context", details, on_details, "Lokale context")
            self._points(item, details, on_details)
            read_outcomes(self, item, details, on_details)

    def _read_only(self, ref, sheet: SheetRows, row: dict, column: str, exported: str) -> None:
        if column in row and row[column] is not FORMULA and not _same(row[column], exported):
            self.problem(f"'{self.label(ref)}': kolom '{column}' op tabblad '{sheet.name}' is gewijzigd; "
                         f"deze tekst {_FROM_AGENDA}")

    def _candidates(self, sources, column: str, parse) -> list[tuple[str, object]]:
        """(sheet, value) for every sheet where *column* holds a readable value."""
        found = []
        for sheet, row in sources:
            if sheet is None or row is None or column not in row or row[column] is FORMULA:
                continue
            ok, value = parse(sheet, row, row[column])
            if ok:
                found.append((sheet.name, value))
        return found

    def _settle(self, item, name: str, current, found: list[tuple[str, object]], column: str, show) -> None:
        """One change when every edited sheet says the same; a conflict is reported, nothing taken over."""
        edited = [(sheet, value) for sheet, value in found if value != current]
        if not edited:
            return
        values = {repr(value) for _, value in edited}
        if len(values) > 1:
            parts = " en ".join(f"op tabblad '{sheet}' {show(value)}" for sheet, value in found)
            self.problem(f"'{self.label(item.ref)}': {column} is verschillend gewijzigd: {parts}; "
                         "geen van beide overgenomen — maak ze gelijk en importeer opnieuw")
            return
        self.change(item.ref, name, current, edited[0][1], column)

    def _choice_parser(self, item, allowed: dict, column: str):
        """Reads a choice cell: (True, value) for a valid label or an empty cell, (False, None) for
        anything else, reported with where it is and what is allowed."""
        def parse(sheet, row, label):
            if label is None:
                return True, None
            if label.strip().lower() in allowed:
                return True, allowed[label.strip().lower()]
            self.problem(f"tabblad '{sheet.name}', rij {sheet.row_numbers[item.ref]}: '{label}' is geen geldige "
                         f"waarde voor {column} (kies uit: {', '.join(allowed)}); niet overgenomen")
            return False, None

        return parse

    def _choice_field(self, item, name: str, allowed: dict, sources, column: str) -> None:
        found = self._candidates(sources, column, self._choice_parser(item, allowed, column))
        self._settle(item, name, getattr(item, name), found, column, _show_choice)

    def _audience_priorities(self, item, matrix: SheetRows, row: dict) -> None:
        for audience_id in self.pack.audiences:
            if audience_id not in self.audiences:
                continue
            audience = self.audiences[audience_id]
            titles = (audience_column(audience, matrix_day(self.pack)), audience_column(audience),
                      f"Prioriteit {audience.display_name}")  # also a matrix written before dates named columns
            for title in titles:
                if title in row:
                    current = item.effective(audience_id).priority
                    found = self._candidates([(matrix, row)], title, self._choice_parser(item, _PRIORITY, title))
                    if found and found[0][1] != current:
                        self.change(item.ref, f"priority@{audience_id}", current, found[0][1], title)
                    break

    def _text(self, item, entry, matrix: SheetRows, on_matrix, details: SheetRows | None, on_details) -> None:
        """'Eis' on the Matrix shows the wording (or the short title); 'Aangepaste tekst' on Eisen the wording."""
        found = []
        if on_matrix is not None and on_matrix.get("Eis") is not FORMULA:
            value = on_matrix.get("Eis")
            shown = item.text or entry.label
            if value is None:
                self.problem(f"'{self.label(item.ref)}': kolom 'Eis' op tabblad 'Matrix' is leeggemaakt; niet "
                             "overgenomen — maak 'Aangepaste tekst' op tabblad 'Eisen' leeg om de agendatekst te gebruiken")
            elif not _same(value, shown) and not _same(value, entry.node.text):
                found.append(("Matrix", value))
            else:
                found.append(("Matrix", item.text))
        if on_details is not None and "Aangepaste tekst" in on_details and on_details["Aangepaste tekst"] is not FORMULA:
            value = on_details["Aangepaste tekst"]
            found.append(("Eisen", item.text if _same(value, item.text) else value))
        self._settle(item, "text", item.text, found, "Eis / Aangepaste tekst", _show_text)

    def _plain(self, item, name: str, sheet: SheetRows, row: dict, column: str) -> None:
        if column in row and row[column] is not FORMULA and not _same(row[column], getattr(item, name)):
            self.change(item.ref, name, getattr(item, name), row[column], column)

    def _points(self, item, sheet: SheetRows, row: dict) -> None:
        value = row.get("Gesprekspunten")
        if "Gesprekspunten" not in row or value is FORMULA:
            return
        points = [_BULLET.sub("", line).strip() for line in (value or "").split("\n")]
        points = [p for p in points if p]
        if [cell_text(p)[0] for p in points] != [cell_text(p)[0].strip() for p in item.talking_points if p.strip()]:
            self.change(item.ref, "talking_points", list(item.talking_points), points, "Gesprekspunten")

    def _figures(self, sheet: SheetRows) -> None:
        for item in self.pack.items:
            entry = self.catalogue[item.ref]
            if entry.kind != Kind.KEY_FIGURE:
                continue
            row = sheet.rows.get(item.ref)
            if row is None:
                self.problem(f"kerngegeven '{self.label(item.ref)}' staat niet meer op tabblad 'Kerngegevens' "
                             "(rij verwijderd?); het blijft in het pakket")
                continue
            shown = item.text or entry.node.text or ""
            value = row.get("Indicator")
            if value is not FORMULA and not _same(value, shown):
                self.change(item.ref, "text", item.text, value, "Indicator")
            self._read_only(item.ref, sheet, row, "Bron", entry.node.source or "")


def _is_mark(value) -> bool:
    return value not in (None, FORMULA) and str(value).strip() != ""


def _show_choice(value) -> str:
    if value is None:
        return "(leeg)"
    return f"'{PRIORITY_LABELS.get(value) or STATUS_LABELS.get(value)}'"


def _show_text(value) -> str:
    if value is None:
        return "(leeg)"
    return f"'{value[:40]}…'" if len(value) > 40 else f"'{value}'"


def apply_changes(pack: Pack, changes: list[Change]) -> Pack:
    """A new pack with the changes applied; the given pack is not modified.

    The result is held to the pack's limits (core/pack/limits.py) and to the size of a file
    g40desk opens (storage.pack_bytes): beyond them a G40Error names the demand and the column
    (or what the whole pack would hold), and nothing is taken over.
    """
    items = {item.ref: item for item in pack.items}
    outcomes: dict[tuple[str, str], dict[str, object]] = {}  # (ref, audience) -> result and said
    for change in changes:
        item = items[change.ref]
        name, _, audience_id = change.field.partition("@")
        if name in ("result", "said"):
            refusal = limits.text("outcome.said", change.new, change.ref) if name == "said" else None
            if refusal is not None:
                raise G40Error(f"'{change.label or change.ref}', kolom '{change.column}': {_said(refusal)}; "
                               "er is niets overgenomen")
            outcomes.setdefault((change.ref, audience_id), {})[name] = change.new
            continue
        if "@" in change.field:
            override = item.overrides.get(audience_id, Override()).model_copy(update={"priority": change.new})
            items[change.ref] = item.model_copy(update={"overrides": {**item.overrides, audience_id: override}})
            continue
        refusal = limits.text(change.field, change.new, change.ref)
        if change.field == "talking_points":
            refusal = limits.item_points(change.ref, change.new) or refusal
        if refusal is not None:
            where = f"'{change.label or change.ref}', kolom '{change.column or COLUMNS.get(change.field, change.field)}'"
            raise G40Error(f"{where}: {_said(refusal)}; er is niets overgenomen")
        items[change.ref] = item.model_copy(update={change.field: change.new})
    try:
        result = edit.replace_items(pack, list(items.values())).pack
        for (ref, audience_id), values in outcomes.items():
            current = result.item(ref).outcomes.get(audience_id) or Outcome()
            result = edit.set_outcome(result, ref, audience_id, current.model_copy(update=values)).pack
        pack_bytes(result)
    except PackRefused as exc:
        raise G40Error(f"na het overnemen zou het pakket {_said(exc.refusal)}; er is niets overgenomen") from None
    except PackTooLarge as exc:
        brought = sum(len(c.new) if isinstance(c.new, str) else sum(map(len, c.new)) if isinstance(c.new, list) else 0
                      for c in changes)
        megabytes = f"{exc.size / 1e6:.1f}".replace(".", ",")
        raise G40Error(f"na het overnemen zou het pakket {megabytes} MB groot zijn (hooguit "
                       f"{MAX_PACK_BYTES // 1_000_000} MB, anders opent g40desk het niet meer); de matrix brengt "
                       f"{number(brought)} tekens tekst mee. Er is niets overgenomen") from None
    return result


def _said(refusal: Refusal) -> str:
    """A limit in the words of an import: what a cell holds, or what the whole pack would hold."""
    if refusal.limit == Limit.POINTS:
        return (f"{number(refusal.count)} gesprekspunten (regels) in één cel; een eis heeft er hooguit "
                f"{number(refusal.maximum)}")
    if refusal.limit == Limit.ALL_POINTS:
        return f"{number(refusal.count)} gesprekspunten hebben (hooguit {number(refusal.maximum)})"
    if refusal.limit == Limit.TEXT:
        return f"{number(refusal.count)} tekens in één veld; hooguit {number(refusal.maximum)}"
    return refusal.problem

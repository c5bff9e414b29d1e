"""One sheet of a returned matrix as rows by ID: the cells under each column title.

A column the user cannot see never speaks for one they can: when a title appears twice, the
first visible column is read and the other is reported; a hidden column that is the only one
with its title is read and reported. Rows work the same way: of two rows with one ID, a
visible row wins over a hidden one. Formula cells are reported and never read as a value.
"""

from __future__ import annotations

from collections.abc import Callable

from openpyxl.utils import get_column_letter

from g40desk.core.agenda.catalogue import Kind
from g40desk.export.xlsx_matrix import cell_text as excel_text

FORMULA = object()  # a cell holding a formula: reported, never read as a value


def cell_text(cell) -> str | None:
    value = cell.value
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return text.replace("\r\n", "\n").strip() or None


def same_text(left, right) -> bool:
    """Equal as a colleague's spreadsheet keeps text: XML-safe, trimmed, empty is nothing."""
    def norm(value):
        if value is None:
            return None
        return excel_text(str(value))[0].replace("\r\n", "\n").strip() or None

    return norm(left) == norm(right)


def _hidden_columns(ws) -> set[int]:
    """1-based numbers of the columns Excel does not show (hidden, or of zero width)."""
    hidden: set[int] = set()
    for dimension in ws.column_dimensions.values():
        if dimension.hidden or (dimension.customWidth and not dimension.width):
            low, high = dimension.min or 0, dimension.max or 0
            hidden.update(range(low, min(high, low + 1000) + 1))  # Excel writes max="16384" for "all the rest"
    return hidden


def _hidden_row(ws, number: int) -> bool:
    dimension = ws.row_dimensions.get(number)  # .get: indexing would add a row dimension
    return bool(dimension is not None and dimension.hidden)


class SheetRows:
    """One sheet's rows by ID; *problem* receives what the user should know (one Dutch line each)."""

    def __init__(self, ws, problem: Callable[[str], None], needed: tuple[str, ...], kind: Kind,
                 items: dict, catalogue):
        self.name = ws.title
        self.rows: dict[str, dict[str, object]] = {}
        self.row_numbers: dict[str, int] = {}
        self.problem = problem
        self.column = self._columns(ws)
        self.missing = [n for n in needed if n not in self.column]
        if self.missing:
            problem(f"tabblad '{self.name}': kolom '{self.missing[0]}' ontbreekt; dit tabblad is overgeslagen")
            return
        self._read(ws, kind, items, catalogue)

    @property
    def ok(self) -> bool:
        return not self.missing

    def _columns(self, ws) -> dict[str, int]:
        """Title -> 0-based index of the column read for it."""
        hidden = _hidden_columns(ws)
        by_title: dict[str, list[int]] = {}
        for index, cell in enumerate(ws[1]):
            title = cell_text(cell)
            if title:
                by_title.setdefault(title, []).append(index)
        chosen: dict[str, int] = {}
        for title, indices in by_title.items():
            visible = [i for i in indices if i + 1 not in hidden]
            chosen[title] = (visible or indices)[0]

            def letter(i: int) -> str:
                return get_column_letter(i + 1) + (" (verborgen)" if i + 1 in hidden else "")

            if len(indices) > 1:
                others = " en ".join(letter(i) for i in indices if i != chosen[title])
                which = "de zichtbare kolom" if visible and len(visible) < len(indices) else "kolom"
                self.problem(f"tabblad '{self.name}': kolom '{title}' staat er {len(indices)} keer in; alleen "
                             f"{which} {get_column_letter(chosen[title] + 1)} is gelezen, {others} niet — "
                             "verwijder de dubbele kolom als die niet bedoeld is")
            elif indices[0] + 1 in hidden:
                self.problem(f"tabblad '{self.name}': kolom '{title}' ({get_column_letter(indices[0] + 1)}) is "
                             "verborgen; ze is toch gelezen — controleer wat erin staat")
        return chosen

    def _read(self, ws, kind: Kind, items: dict, catalogue) -> None:
        id_col = self.column["ID"]
        hidden_rows: set[str] = set()
        for row in ws.iter_rows(min_row=2):
            number = row[0].row
            where = f"tabblad '{self.name}', rij {number}"
            ref = cell_text(row[id_col]) if id_col < len(row) else None
            if not ref:
                if any(c.value not in (None, "") for c in row):
                    self.problem(f"{where}: toegevoegde rij zonder ID genegeerd; nieuwe eisen voegt u in g40desk toe")
                continue
            if ref.startswith(("message:", "theme:")):
                continue
            if ref not in items or catalogue[ref].kind != kind:
                if ref in catalogue:
                    self.problem(f"{where}: '{catalogue[ref].label}' staat niet in dit pakket; rij genegeerd")
                else:
                    self.problem(f"{where}: onbekend ID '{ref}' in kolom 'ID'; rij genegeerd")
                continue
            hidden = _hidden_row(ws, number)
            if ref in self.rows:
                if ref in hidden_rows and not hidden:
                    self.problem(f"{where}: '{catalogue[ref].label}' staat er twee keer in; de verborgen rij "
                                 f"{self.row_numbers[ref]} is genegeerd, deze zichtbare rij gelezen")
                    hidden_rows.discard(ref)
                else:
                    self.problem(f"{where}: '{catalogue[ref].label}' staat er twee keer in; tweede rij genegeerd")
                    continue
            elif hidden:
                hidden_rows.add(ref)
            self.rows[ref] = self._values(row, where)
            self.row_numbers[ref] = number

    def _values(self, row, where: str) -> dict[str, object]:
        values: dict[str, object] = {}
        for title, index in self.column.items():
            cell = row[index] if index < len(row) else None
            if cell is not None and cell.data_type == "f":
                self.problem(f"{where}: cel {cell.coordinate} ({title}) bevat een formule; "
                             "niet overgenomen en niet uitgerekend")
                values[title] = FORMULA
            else:
                values[title] = cell_text(cell) if cell is not None else None
        return values

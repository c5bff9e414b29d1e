"""Writing a demand matrix as every export does (the pipeline's check, then the writer), and editing it as an
advisor would in Excel: set a cell, delete a row."""

from __future__ import annotations

from pathlib import Path


def write_matrix(pack, catalogue, audiences, path: Path) -> None:
    """The matrix of *pack* at *path*, through export/pipeline.py (the writer takes only a checked pack)."""
    from g40desk.export import pipeline

    pipeline.write_matrix(pipeline.check_matrix(pack, catalogue, audiences), path)


def _header(sheet) -> tuple[int, list]:
    for row in sheet.iter_rows(min_row=1, max_row=10):
        values = [cell.value for cell in row]
        if "ID" in values:
            return row[0].row, values
    raise LookupError(f"no header on {sheet.title}")


def edit_matrix(path: Path, set_cells: dict[tuple[str, str], str] = {}, drop: tuple[str, ...] = ()) -> None:  # noqa: B006
    """Set (ref, column) -> value on every sheet that has that row and column; delete the rows of *drop*."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    for sheet in book.worksheets:
        try:
            header_row, header = _header(sheet)
        except LookupError:
            continue
        id_column = header.index("ID") + 1
        for row in range(sheet.max_row, header_row, -1):
            ref = sheet.cell(row=row, column=id_column).value
            if ref in drop:
                sheet.delete_rows(row)
                continue
            for (wanted, column), value in set_cells.items():
                if ref == wanted and column in header:
                    sheet.cell(row=row, column=header.index(column) + 1, value=value)
    book.save(path)

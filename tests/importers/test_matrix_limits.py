"""A returned matrix never makes a pack the app cannot open, and a column nobody sees never speaks.

Issue 21: rich-text runs bypassed the 32,767-character cell check, one shared string reused in
59 cells made a 277 KB workbook into a 23.6 MB pack, 1,001 talking points in one cell gave a
pydantic dump, and a hidden duplicate 'Lokale context' column overrode the visible one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from g40desk.cli.commands import main
from g40desk.core.errors import G40Error
from g40desk.core.pack.storage import load_pack
from g40desk.importers.matrix import read_matrix
from tests.hostile_cases import (
    demands_pack,
    edited_matrix,
    hidden_duplicate_column,
    points_matrix,
    rich_text_cell,
    shared_string_matrix,
    varied_text,
    wide_text,
)


def _read(argv, catalogue, audiences):
    pack = load_pack(Path(argv[1]), catalogue, audiences)
    return read_matrix(Path(argv[2]), pack, catalogue, audiences)


def _refused_by_the_cli(argv, capsys) -> str:
    before = Path(argv[1]).read_bytes()
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "validation error" not in err
    assert Path(argv[1]).read_bytes() == before and not Path(argv[1] + ".bak").exists()
    return err


def test_rich_text_runs_are_counted_together_against_the_cell_limit(tmp_path, capsys):
    argv = rich_text_cell(tmp_path, runs=40, size=30_000)  # each run fits a cell, together 1.2 million characters
    err = _refused_by_the_cli(argv, capsys)
    assert "tabblad 'Eisen', cel E2 bevat een tekst van 1.199.999 tekens, verdeeld over 40 opgemaakte stukken" in err
    assert "een Excel-cel houdt er hooguit 32.767" in err


def test_runs_just_within_the_limit_are_read_whole(tmp_path, catalogue, audiences):
    argv = rich_text_cell(tmp_path, runs=3, size=10_000)
    [change] = [c for c in _read(argv, catalogue, audiences).changes if c.field == "context"]
    assert change.new == "".join(varied_text(10_000, n) for n in range(3)).strip()  # the runs joined, nothing cut


def test_a_shared_string_of_runs_is_counted_like_an_inline_one(tmp_path, catalogue, audiences):
    argv = shared_string_matrix(tmp_path, varied_text(40_000), demands=2)
    with pytest.raises(G40Error, match=r"tabblad 'Matrix', cel C\d+ bevat een tekst van 40.000 tekens, verdeeld over 40 "):
        _read(argv, catalogue, audiences)


def test_one_shared_string_in_every_cell_cannot_make_a_pack_too_large_to_open(tmp_path, capsys):
    argv = shared_string_matrix(tmp_path, wide_text(32_767))  # 59 demands × 3 fields × 131 kB
    assert Path(argv[2]).stat().st_size < 300_000
    err = _refused_by_the_cli(argv, capsys)
    assert "na het overnemen zou het pakket 23,2 MB groot zijn (hooguit 20 MB" in err and "niets overgenomen" in err


def test_the_same_matrix_with_less_text_is_taken_over(tmp_path, catalogue, audiences):
    argv = shared_string_matrix(tmp_path, wide_text(5_000))
    report = _read(argv, catalogue, audiences)
    assert len(report.changes) == 59 * 3 and report.problems == []


def test_more_talking_points_in_one_cell_than_a_demand_holds_is_one_line(tmp_path, capsys):
    err = _refused_by_the_cli(points_matrix(tmp_path, items=1, points=1_001), capsys)
    assert "kolom 'Gesprekspunten': 1.001 gesprekspunten (regels) in één cel; een eis heeft er hooguit 1.000" in err


def test_more_talking_points_than_a_pack_holds_is_one_line(tmp_path, capsys):
    err = _refused_by_the_cli(points_matrix(tmp_path, items=25, points=1_000), capsys)
    assert "na het overnemen zou het pakket 25.000 gesprekspunten hebben (hooguit 20.000)" in err


def test_a_hidden_duplicate_column_never_overrides_the_visible_one(tmp_path, catalogue, audiences, capsys):
    argv = hidden_duplicate_column(tmp_path)
    report = _read(argv, catalogue, audiences)
    assert report.changes == []  # before: 59 'Lokale context' changes from the hidden column
    assert report.problems == ["tabblad 'Eisen': kolom 'Lokale context' staat er 2 keer in; alleen de zichtbare kolom E "
                               "is gelezen, M (verborgen) niet — verwijder de dubbele kolom als die niet bedoeld is"]
    assert main(argv) == 0
    assert "let op" in capsys.readouterr().err


def _edit_details(tmp_path, edit):
    return edited_matrix(tmp_path, demands_pack(tmp_path, 3), lambda wb: edit(wb["Eisen"]))


def test_a_hidden_column_first_loses_to_a_visible_one_after_it(tmp_path, catalogue, audiences):
    def edit(ws):
        ws.insert_cols(2)  # a hidden 'Lokale context' before the real one
        ws.cell(row=1, column=2, value="Lokale context")
        for row in range(2, ws.max_row + 1):
            ws.cell(row=row, column=2, value="uit de verborgen kolom")
        ws.column_dimensions["B"].hidden = True

    report = _read(_edit_details(tmp_path, edit), catalogue, audiences)
    assert report.changes == []
    assert "alleen de zichtbare kolom F is gelezen, B (verborgen) niet" in report.problems[0]


def test_two_visible_columns_with_one_title_are_reported_and_the_first_is_read(tmp_path, catalogue, audiences):
    def edit(ws):
        column = ws.max_column + 1
        ws.cell(row=1, column=column, value="Lokale context")
        ws.cell(row=2, column=column, value="tweede kolom")
        ws.cell(row=2, column=5, value="eerste kolom")

    report = _read(_edit_details(tmp_path, edit), catalogue, audiences)
    assert [c.new for c in report.changes] == ["eerste kolom"]
    assert "kolom 'Lokale context' staat er 2 keer in; alleen kolom E is gelezen, M niet" in report.problems[0]


def test_a_hidden_column_is_read_and_said(tmp_path, catalogue, audiences):
    def edit(ws):
        ws.cell(row=2, column=5, value="lokaal")
        ws.column_dimensions[get_column_letter(5)].hidden = True

    report = _read(_edit_details(tmp_path, edit), catalogue, audiences)
    assert [c.new for c in report.changes] == ["lokaal"]
    assert report.problems == ["tabblad 'Eisen': kolom 'Lokale context' (E) is verborgen; ze is toch gelezen — "
                               "controleer wat erin staat"]


def test_a_hidden_row_never_overrides_a_visible_row_with_the_same_id(tmp_path, catalogue, audiences):
    def edit(ws):
        ws.insert_rows(2)
        for column in range(1, ws.max_column + 1):
            ws.cell(row=2, column=column, value=ws.cell(row=3, column=column).value)
        ws.cell(row=2, column=5, value="uit de verborgen rij")
        ws.cell(row=3, column=5, value="uit de zichtbare rij")
        ws.row_dimensions[2].hidden = True

    report = _read(_edit_details(tmp_path, edit), catalogue, audiences)
    assert [c.new for c in report.changes] == ["uit de zichtbare rij"]
    assert "de verborgen rij 2 is genegeerd, deze zichtbare rij gelezen" in report.problems[0]


def test_the_exported_matrix_has_no_hidden_columns(tmp_path, catalogue, audiences):
    """Reporting hidden columns is only quiet on a plain round trip if the writer hides none."""
    argv = edited_matrix(tmp_path, demands_pack(tmp_path, 3), lambda wb: None)
    for ws in load_workbook(argv[2]):
        assert not [d for d in ws.column_dimensions.values() if d.hidden], ws.title
    assert _read(argv, catalogue, audiences).problems == []

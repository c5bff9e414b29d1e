"""Workbook checks that run on the XML before openpyxl allocates anything."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from g40desk.core.errors import G40Error
from g40desk.guards.workbook import EXCEL_CELL_LIMIT, MAX_ROWS, check_workbook


def _book(sheet_xml: str, state: str = "", title: str = "Matrix") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.xml", f'<workbook><sheets><sheet name="{title}" sheetId="1" r:id="rId1"{state}/>'
                                            "</sheets></workbook>")
        archive.writestr("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Type="x" Target="worksheets/sheet1.xml" '
                                                      'Id="rId1"/></Relationships>')
        archive.writestr("xl/worksheets/sheet1.xml", f"<worksheet><sheetData>{sheet_xml}</sheetData></worksheet>")
    return out.getvalue()


def test_text_at_excels_limit_passes_even_with_entities():
    text = "&amp;" * 10 + "x" * (EXCEL_CELL_LIMIT - 10)  # 32,767 characters, more bytes
    assert check_workbook(_book(f'<row r="1"><c r="A1" t="inlineStr"><is><t>{text}</t></is></c></row>'), Path("m.xlsx")) == []


def test_one_character_over_excels_limit_is_refused_by_name():
    text = "x" * (EXCEL_CELL_LIMIT + 1)
    with pytest.raises(G40Error, match="32.768 tekens"):
        check_workbook(_book(f'<row r="1"><c r="A1" t="inlineStr"><is><t>{text}</t></is></c></row>'), Path("m.xlsx"))


@pytest.mark.parametrize("ref, ok", [(f"A{MAX_ROWS}", True), (f"A{MAX_ROWS + 1}", False), ("KN1", True), ("KO1", False),
                                     ("$XFD$1048576", False)])
def test_cell_extent_is_bounded_before_loading(ref, ok):
    data = _book(f'<row r="1"><c r="{ref}"><v>1</v></c></row>')
    if ok:
        assert check_workbook(data, Path("m.xlsx")) == []
    else:
        with pytest.raises(G40Error, match="tabblad 'Matrix' reikt tot"):
            check_workbook(data, Path("m.xlsx"))


def test_very_hidden_sheet_is_reported():
    notes = check_workbook(_book("", ' state="veryHidden"'), Path("m.xlsx"))
    assert notes and "tabblad 'Matrix' is zeer verborgen" in notes[0]


def test_cells_without_references_are_counted_by_position():
    """openpyxl places a cell without 'r' after the previous one: 301 of them reach column 301."""
    with pytest.raises(G40Error, match="reikt tot rij 1 en kolom 301"):
        check_workbook(_book("<row>" + "<c><v>1</v></c>" * 301 + "</row>"), Path("m.xlsx"))
    assert check_workbook(_book("<row>" + "<c><v>1</v></c>" * 300 + "</row>"), Path("m.xlsx")) == []


def test_a_plain_value_over_the_limit_is_refused_too():
    with pytest.raises(G40Error, match="cel B3 bevat een tekst van 40.000 tekens;"):
        check_workbook(_book('<row r="3"><c r="B3" t="str"><v>' + "x" * 40_000 + "</v></c></row>"), Path("m.xlsx"))


def test_phonetic_guides_are_not_part_of_the_text():
    guide = "<rPh sb=\"0\" eb=\"1\"><t>" + "y" * 30_000 + "</t></rPh>"
    inline = f'<row r="1"><c r="A1" t="inlineStr"><is><t>{"x" * 30_000}</t>{guide}</is></c></row>'
    assert check_workbook(_book(inline), Path("m.xlsx")) == []


def test_sheet_titles_with_underscores_are_named_as_they_are():
    data = _book('<row r="9000"><c r="A9000"><v>1</v></c></row>', title="mijn_blad")
    with pytest.raises(G40Error, match="tabblad 'mijn_blad' reikt tot rij 9.000"):
        check_workbook(data, Path("m.xlsx"))

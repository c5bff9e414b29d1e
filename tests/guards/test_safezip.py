"""Workbook checks that run on the XML before openpyxl allocates anything."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from g40desk.core.errors import G40Error
from g40desk.guards.safezip import EXCEL_CELL_LIMIT, MAX_ROWS, check_workbook


def _book(sheet_xml: str, state: str = "") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.xml", f'<workbook><sheets><sheet name="Matrix" sheetId="1" r:id="rId1"{state}/>'
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

"""The Excel matrix read back with openpyxl."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from g40desk.core.pack.model import Item, Pack, Priority
from g40desk.export.xlsx_matrix import CELL_LIMIT, CUT_MARK, MARK
from tests.matrix_kit import write_matrix


def _book(tmp_path, pack, catalogue, audiences):
    path = tmp_path / "m.xlsx"
    write_matrix(pack, catalogue, audiences, path)
    return load_workbook(path)


def test_matrix_rows_and_ministry_marks(tmp_path, demo, catalogue, audiences):
    wb = _book(tmp_path, demo, catalogue, audiences)
    assert wb.sheetnames == ["Matrix", "Eisen", "Kerngegevens", "Over"]
    ws = wb["Matrix"]
    header = [c.value for c in ws[1]]
    assert header[:5] == ["ID", "Thema", "Eis", "Prioriteit", "Status"]
    assert "BZK" in header and "IenW" in header
    assert header[-2:] == ["Prioriteit BZK", "Prioriteit Zwolle"]  # short, so the header is never cut
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    demands = [i.ref for i in demo.items if i.ref.startswith("demand:")]
    assert [k for k in rows if k.startswith("demand:")] == demands
    wonen1 = rows["demand:wonen-1"]
    assert wonen1[header.index("BZK")].value == MARK and wonen1[header.index("Fin")].value is None
    assert wonen1[3].value == "hoog" and wonen1[4].value == "aangekaart"
    assert ws.freeze_panes == "D2" and ws.auto_filter.ref.startswith("A1:")
    assert ws.row_dimensions[wonen1[0].row].outline_level == 2


def test_internal_note_never_in_workbook(tmp_path, demo, catalogue, audiences):
    wb = _book(tmp_path, demo, catalogue, audiences)
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert "niet delen met de pers" not in str(cell.value or "")


def test_user_text_is_never_a_formula(tmp_path, catalogue, audiences):
    texts = ["=1+1", "+31 6 1234", "-5 procent", "@home", "#N/A"]
    items = [Item(ref=f"demand:klimaat-{i + 1}", text=t) for i, t in enumerate(texts)]
    items.append(Item(ref="demand:wonen-1", text="y" * (CELL_LIMIT + 10), context="a\x00b\x0bc"))
    pack = Pack(title="=cmd|' /C calc'!A0", audiences=["city:zwolle"], items=items)
    wb = _book(tmp_path, pack, catalogue, audiences)
    cells = {r[0].value: r[2] for r in wb["Matrix"].iter_rows(min_row=2)}
    for i, typed in enumerate(texts):
        cell = cells[f"demand:klimaat-{i + 1}"]
        assert cell.value == typed and cell.data_type == "s"
        assert cell.quotePrefix == (typed[0] in "=+-@")
    long = cells["demand:wonen-1"].value
    assert len(long) == CELL_LIMIT and long.endswith(CUT_MARK)
    details = {r[0].value: r for r in wb["Eisen"].iter_rows(min_row=2)}
    assert details["demand:wonen-1"][4].value == "abc"
    assert wb["Over"]["B1"].value == "=cmd|' /C calc'!A0" and wb["Over"]["B1"].data_type == "s"


def test_dates_are_real_dates(tmp_path, demo, catalogue, audiences):
    about = {r[0].value: r[1].value for r in _book(tmp_path, demo, catalogue, audiences)["Over"].iter_rows()}
    assert about["Overleg"] == dt.datetime(2021, 3, 11)
    assert about["Gemaakt door"] == "g40desk-matrix" and about["Pakket-ID"] == demo.id


def test_priority_validation_and_colours(tmp_path, demo, catalogue, audiences):
    ws = _book(tmp_path, demo, catalogue, audiences)["Matrix"]
    formulas = sorted(v.formula1 for v in ws.data_validations.dataValidation)
    assert '"hoog,middel,laag"' in formulas
    assert len(ws.conditional_formatting) >= 1
    assert ws.print_title_rows == "$1:$1" and ws.page_setup.orientation == "landscape"


def test_low_priority_override_per_audience(tmp_path, catalogue, audiences):
    from g40desk.core.pack.model import Override

    pack = Pack(title="t", audiences=["city:zwolle", "city:tilburg"], items=[
        Item(ref="demand:wonen-1", priority=Priority.HIGH, overrides={"city:tilburg": Override(priority=Priority.LOW)})])
    ws = _book(tmp_path, pack, catalogue, audiences)["Matrix"]
    row = [c.value for c in ws[4]]
    assert row[0] == "demand:wonen-1" and row[-2:] == ["hoog", "laag"]


def _wide_pack(catalogue, audiences):
    """Forty demands with talking points, six audiences with long names, confidential."""
    from g40desk.core.agenda.catalogue import Kind
    from g40desk.core.pack.model import Classification, Item, Pack, Priority

    demands = [e.id for e in catalogue.walk() if e.kind == Kind.DEMAND][:40]
    items = [Item(ref=d, priority=Priority.HIGH, context="Lokale context " * 8,
                  talking_points=["Eerste gesprekspunt met wat tekst", "Tweede punt"]) for d in demands]
    return Pack(title="Brede matrix & co", classification=Classification.CONFIDENTIAL, items=items,
                audiences=["ministry:bzk", "city:zwolle", "city:s-hertogenbosch", "ministry:ezk", "city:groningen",
                           "ministry:ocw"])


def test_every_sheet_prints_readably_on_a4_landscape(tmp_path, catalogue, audiences):
    from openpyxl.utils import get_column_letter

    from g40desk.export.xlsx_matrix import FONT, LINE_POINTS, MIN_SCALE, wrapped_lines

    path = tmp_path / "matrix.xlsx"
    write_matrix(_wide_pack(catalogue, audiences), catalogue, audiences, path)
    wb = load_workbook(path)
    for ws in wb:
        setup = ws.page_setup
        assert setup.orientation == "landscape" and int(setup.paperSize) == int(ws.PAPERSIZE_A4), ws.title
        assert int(setup.scale) >= MIN_SCALE and not ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert "Vertrouwelijk" in ws.oddHeader.right.text and ws.oddFooter.right.text == "pagina &P van &N"
        assert "Brede matrix && co" in ws.oddHeader.left.text  # '&' escaped, not read as a code
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    assert cell.font.name == FONT, (ws.title, cell.coordinate)
        if ws.title != "Over":  # header titles fit their wrapped header row
            for cell in ws[1]:
                width = ws.column_dimensions[get_column_letter(cell.column)].width
                lines = wrapped_lines(cell.value, (width - 1.5) * 0.9)
                assert lines * LINE_POINTS <= ws.row_dimensions[1].height, (ws.title, cell.value)
    assert wb._fonts[0].name == FONT  # the default font too: rows a colleague adds
    assert wb["Matrix"].print_title_cols == "$A:$C"  # six audiences: wider than a page, ID/Thema/Eis repeat
    # Six audiences' outcome columns: wider than a page too, the ID repeats on every page across.
    assert wb["Eisen"].print_title_cols == "$A:$A"
    one = _wide_pack(catalogue, audiences).model_copy(update={"audiences": ["ministry:bzk"]})
    write_matrix(one, catalogue, audiences, path)
    assert load_workbook(path)["Eisen"].print_title_cols is None  # one audience: fits one page across at >= 70 %


def test_the_matrix_writer_refuses_a_pack_that_skipped_the_check(tmp_path, demo, catalogue, audiences):
    """The matrix's check is a type too: only preflight_matrix makes a CheckedPack, and the writer takes nothing else."""
    import pytest

    from g40desk.core.errors import G40Error
    from g40desk.core.note.preflight import CheckedPack
    from g40desk.export import pipeline, xlsx_matrix

    path = tmp_path / "m.xlsx"
    with pytest.raises(TypeError, match="gecontroleerd pakket"):
        xlsx_matrix.write_matrix(demo, catalogue, audiences, path)
    with pytest.raises(TypeError, match="alleen preflight_matrix"):
        CheckedPack(demo, object())
    broken = demo.model_copy(update={"items": [*demo.items, Item(ref="demand:bestaat-niet")]})
    with pytest.raises(G40Error) as refused:  # the writer would stop half-way on it: refused before anything is written
        pipeline.check_matrix(broken, catalogue, audiences, tmp_path / "p.g40pack")
    assert "onbekende catalogus-ID 'demand:bestaat-niet'" in str(refused.value) and "items[" in str(refused.value)
    assert not list(tmp_path.iterdir())
    written = pipeline.write_matrix(pipeline.check_matrix(demo, catalogue, audiences), path)
    assert written.matrix == path and written.findings == [] and load_workbook(path).sheetnames[0] == "Matrix"

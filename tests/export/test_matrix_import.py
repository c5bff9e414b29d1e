"""Round trip: export, edit as a colleague would, import, check the diff and the applied pack."""

from __future__ import annotations

import zipfile

import openpyxl.xml
import pytest
from openpyxl import load_workbook

from g40desk.cli import main
from g40desk.core.errors import G40Error
from g40desk.core.pack import Pack, Priority, Status
from g40desk.core.storage import load_pack, save_pack
from g40desk.export.matrix_import import apply_changes, read_matrix
from g40desk.export.xlsx_matrix import write_matrix


@pytest.fixture
def exported(tmp_path, demo, catalogue, audiences):
    path = tmp_path / "matrix.xlsx"
    write_matrix(demo, catalogue, audiences, path)
    return path


def _rows(ws):
    return {row[0].value: row for row in ws.iter_rows(min_row=2)}


def test_defusedxml_is_active():
    assert openpyxl.xml.DEFUSEDXML is True


def test_unchanged_matrix_has_no_changes(exported, demo, catalogue, audiences):
    report = read_matrix(exported, demo, catalogue, audiences)
    assert report.changes == [] and report.problems == []


def test_round_trip_as_a_colleague_edits(tmp_path, exported, demo, catalogue, audiences):
    wb = load_workbook(exported)
    matrix = _rows(wb["Matrix"])
    matrix["demand:wonen-3"][3].value = "laag"          # priority
    matrix["demand:wonen-3"][4].value = "toegezegd"     # status
    matrix["demand:klimaat-1"][18].value = "middel"     # priority for Zwolle only
    details = _rows(wb["Eisen"])
    details["demand:wonen-4"][3].value = "=Nieuwe tekst"  # typed as text by a colleague
    details["demand:wonen-4"][3].data_type = "s"
    details["demand:wonen-4"][4].value = "Holtenbroek en Dieze"
    wb.save(exported)

    report = read_matrix(exported, demo, catalogue, audiences)
    assert report.problems == []
    assert [(c.ref, c.field, c.new) for c in report.changes] == [
        ("demand:wonen-3", "priority", Priority.LOW),
        ("demand:wonen-3", "status", Status.AGREED),
        ("demand:klimaat-1", "priority@city:zwolle", Priority.MEDIUM),
        ("demand:wonen-4", "text", "=Nieuwe tekst"),
        ("demand:wonen-4", "context", "Holtenbroek en Dieze"),
    ]
    applied = apply_changes(demo, report.changes)
    assert demo.item("demand:wonen-3").priority == Priority.HIGH  # original untouched
    assert applied.item("demand:wonen-3").priority == Priority.LOW
    assert applied.item("demand:klimaat-1").effective("city:zwolle").priority == Priority.MEDIUM
    assert applied.item("demand:klimaat-1").effective("ministry:bzk").priority == Priority.HIGH
    assert applied.item("demand:wonen-4").text == "=Nieuwe tekst"
    assert applied.item("demand:wonen-1").note == demo.item("demand:wonen-1").note


def test_problems_are_reported_and_nothing_silently_applied(exported, demo, catalogue, audiences):
    wb = load_workbook(exported)
    ws = wb["Matrix"]
    matrix = _rows(ws)
    matrix["demand:wonen-3"][3].value = "urgent"
    matrix["demand:wonen-4"][4].value = "=IF(1,\"toegezegd\")"
    last = ws.max_row
    ws.cell(row=last + 1, column=1, value="demand:wonen-99")
    ws.cell(row=last + 2, column=1, value="demand:zorg-1")
    ws.cell(row=last + 3, column=3, value="een nieuwe eis zonder ID")
    wb.save(exported)
    report = read_matrix(exported, demo, catalogue, audiences)
    text = "\n".join(report.problems)
    assert "'urgent' is geen geldige waarde voor priority" in text
    assert "bevat een formule; niet overgenomen en niet uitgerekend" in text
    assert "eis 'demand:wonen-99' is onbekend" in text
    assert "eis 'demand:zorg-1' staat niet in dit pakket" in text
    assert "toegevoegde rij zonder ID" in text
    assert report.changes == []


def test_matrix_of_another_pack_is_refused(exported, catalogue, audiences):
    with pytest.raises(G40Error, match="ander pakket"):
        read_matrix(exported, Pack(title="ander", audiences=["city:zwolle"]), catalogue, audiences)


def test_foreign_workbook_is_refused(tmp_path, demo, catalogue, audiences):
    from openpyxl import Workbook

    path = tmp_path / "vreemd.xlsx"
    Workbook().save(path)
    with pytest.raises(G40Error, match="niet door g40desk gemaakt"):
        read_matrix(path, demo, catalogue, audiences)


def test_zip_bomb_is_refused_before_parsing(tmp_path, demo, catalogue, audiences):
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<x/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 150_000_000)
    with pytest.raises(G40Error, match="zip-bom"):
        read_matrix(path, demo, catalogue, audiences)


def test_macros_are_reported_and_never_loaded(tmp_path, exported, demo, catalogue, audiences):
    macro = tmp_path / "macro.xlsm"
    with zipfile.ZipFile(exported) as source, zipfile.ZipFile(macro, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info.filename))
        target.writestr("xl/vbaProject.bin", b"Attribute VB_Name = \"Evil\"")
    report = read_matrix(macro, demo, catalogue, audiences)
    assert any("macro" in p for p in report.problems) and report.changes == []


def test_cli_shows_then_applies(tmp_path, exported, demo, capsys):
    pack_path = tmp_path / "demo.g40pack"
    save_pack(demo, pack_path)
    wb = load_workbook(exported)
    _rows(wb["Matrix"])["demand:wonen-3"][4].value = "gerealiseerd"
    wb.save(exported)
    assert main(["import-matrix", str(pack_path), str(exported)]) == 0
    out = capsys.readouterr().out
    assert "demand:wonen-3: status open → gerealiseerd" in out and "niets doorgevoerd" in out
    assert main(["import-matrix", str(pack_path), str(exported), "--apply"]) == 0
    from g40desk.core.audiences import load_audiences
    from g40desk.core.catalogue import load_catalogue
    assert load_pack(pack_path, load_catalogue(), load_audiences()).item("demand:wonen-3").status == Status.ACHIEVED

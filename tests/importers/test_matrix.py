"""Round trip: export, edit as a colleague would, import, check the diff and the applied pack."""

from __future__ import annotations

import zipfile

import openpyxl.xml
import pytest
from openpyxl import load_workbook

from g40desk.cli.commands import main
from g40desk.core.errors import G40Error
from g40desk.core.pack.model import Pack, Priority, Status
from g40desk.core.pack.storage import load_pack, save_pack
from g40desk.export.xlsx_matrix import audience_column
from g40desk.importers.matrix import apply_changes, read_matrix
from tests.matrix_kit import write_matrix


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
    assert {(c.ref, c.field, c.new) for c in report.changes} == {
        ("demand:wonen-3", "priority", Priority.LOW),
        ("demand:wonen-3", "status", Status.AGREED),
        ("demand:klimaat-1", "priority@city:zwolle", Priority.MEDIUM),
        ("demand:wonen-4", "text", "=Nieuwe tekst"),
        ("demand:wonen-4", "context", "Holtenbroek en Dieze"),
    }
    assert len(report.changes) == 5
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
    zwolle = audience_column(audiences["city:zwolle"])
    matrix["demand:klimaat-1"][[c.value for c in ws[1]].index(zwolle)].value = "dringend"
    last = ws.max_row
    ws.cell(row=last + 1, column=1, value="demand:wonen-99")
    ws.cell(row=last + 2, column=1, value="demand:zorg-1")
    ws.cell(row=last + 3, column=3, value="een nieuwe eis zonder ID")
    wb.save(exported)
    report = read_matrix(exported, demo, catalogue, audiences)
    text = "\n".join(report.problems)
    assert "'urgent' is geen geldige waarde voor Prioriteit" in text
    assert f"tabblad 'Matrix', rij {matrix['demand:klimaat-1'][0].row}: 'dringend' is geen geldige waarde voor {zwolle}" in text
    assert "bevat een formule; niet overgenomen en niet uitgerekend" in text
    assert "onbekend ID 'demand:wonen-99' in kolom 'ID'" in text
    assert f"'{catalogue['demand:zorg-1'].label}' staat niet in dit pakket" in text
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
    from g40desk.core.agenda.catalogue import load_catalogue

    label = load_catalogue()["demand:wonen-3"].label
    assert f"{label}: Status 'open' → 'gerealiseerd'" not in out  # labels are shown bare, not quoted
    assert f"{label}: Status open → gerealiseerd" in out and "niets doorgevoerd" in out
    assert "demand:" not in out
    assert main(["import-matrix", str(pack_path), str(exported), "--apply"]) == 0
    from g40desk.core.agenda.catalogue import load_catalogue
    from g40desk.core.audience.store import load_audiences
    assert load_pack(pack_path, load_catalogue(), load_audiences()).item("demand:wonen-3").status == Status.ACHIEVED


def _edit(exported, edit):
    wb = load_workbook(exported)
    edit(wb)
    wb.save(exported)


def _report(exported, demo, catalogue, audiences):
    report = read_matrix(exported, demo, catalogue, audiences)
    return report, "\n".join(report.problems), "\n".join(c.describe() for c in report.changes)


def test_deleted_rows_are_listed_not_silent(exported, demo, catalogue, audiences):
    def delete(wb):
        for name in ("Matrix", "Eisen"):
            ws = wb[name]
            row = next(r[0].row for r in ws.iter_rows(min_row=2) if r[0].value == "demand:wonen-4")
            ws.delete_rows(row)

    _edit(exported, delete)
    report, problems, _ = _report(exported, demo, catalogue, audiences)
    label = catalogue["demand:wonen-4"].label
    assert f"'{label}' staat niet meer op tabblad 'Matrix' en 'Eisen' (rij verwijderd?)" in problems
    assert report.changes == []
    assert "demand:" not in problems


def test_talking_points_added_and_changed_are_taken_over(exported, demo, catalogue, audiences):
    def points(wb):
        details = _rows(wb["Eisen"])
        details["demand:wonen-1"][5].value = "• Onrendabele toppen blokkeren nu projecten\n• Nieuw punt van een collega"
        details["demand:klimaat-1"][5].value = "- eerste gesprekspunt"

    _edit(exported, points)
    report, problems, described = _report(exported, demo, catalogue, audiences)
    assert problems == ""
    changes = {c.ref: c for c in report.changes}
    assert changes["demand:wonen-1"].new == ["Onrendabele toppen blokkeren nu projecten", "Nieuw punt van een collega"]
    assert changes["demand:klimaat-1"].new == ["eerste gesprekspunt"]
    assert f"{catalogue['demand:klimaat-1'].label}: Gesprekspunten " in described
    assert "→ 'eerste gesprekspunt'" in described and "'Onrendabele toppen blokkeren nu projecten · Nieuw" in described
    applied = apply_changes(demo, report.changes)
    assert applied.item("demand:klimaat-1").talking_points == ["eerste gesprekspunt"]


def test_priority_and_status_on_the_eisen_sheet_count(exported, demo, catalogue, audiences):
    _edit(exported, lambda wb: (setattr(_rows(wb["Eisen"])["demand:wonen-3"][6], "value", "laag"),
                                setattr(_rows(wb["Eisen"])["demand:wonen-3"][7], "value", "afgewezen")))
    report, problems, described = _report(exported, demo, catalogue, audiences)
    assert problems == ""
    assert {(c.field, c.new) for c in report.changes} == {("priority", Priority.LOW), ("status", Status.REJECTED)}
    label = catalogue["demand:wonen-3"].label
    assert f"{label}: Prioriteit hoog → laag" in described and f"{label}: Status open → afgewezen" in described


def test_conflicting_edits_on_two_sheets_are_reported_and_neither_taken(exported, demo, catalogue, audiences):
    def conflict(wb):
        matrix, details = _rows(wb["Matrix"]), _rows(wb["Eisen"])
        matrix["demand:wonen-4"][2].value = "Tekst uit de matrix"
        details["demand:wonen-4"][3].value = "Andere tekst op Eisen"
        matrix["demand:wonen-3"][3].value = "laag"
        details["demand:wonen-3"][6].value = "middel"
        matrix["demand:klimaat-1"][4].value = "toegezegd"  # the same edit on both sheets: one change
        details["demand:klimaat-1"][7].value = "toegezegd"

    _edit(exported, conflict)
    report, problems, _ = _report(exported, demo, catalogue, audiences)
    wonen4, wonen3 = catalogue["demand:wonen-4"].label, catalogue["demand:wonen-3"].label
    assert (f"'{wonen4}': Eis / Aangepaste tekst is verschillend gewijzigd: op tabblad 'Matrix' 'Tekst uit de matrix' "
            f"en op tabblad 'Eisen' 'Andere tekst op Eisen'; geen van beide overgenomen") in problems
    assert f"'{wonen3}': Prioriteit is verschillend gewijzigd: op tabblad 'Matrix' 'laag' en op tabblad 'Eisen' 'middel'" in problems
    assert [(c.ref, c.field, c.new) for c in report.changes] == [("demand:klimaat-1", "status", Status.AGREED)]


def test_edits_to_agenda_columns_are_listed_with_a_reason(exported, demo, catalogue, audiences):
    def agenda(wb):
        matrix, details = _rows(wb["Matrix"]), _rows(wb["Eisen"])
        matrix["demand:wonen-1"][1].value = "Ander thema"
        matrix["demand:wonen-1"][5].value = "●"  # AZ marked
        details["demand:wonen-1"][2].value = "Herschreven catalogustekst"
        _rows(wb["Kerngegevens"])
        figures = _rows(wb["Kerngegevens"])
        ref = next(iter(figures))
        figures[ref][1].value = "Nieuw cijfer: 12.000 woningen"

    _edit(exported, agenda)
    report, problems, described = _report(exported, demo, catalogue, audiences)
    label = catalogue["demand:wonen-1"].label
    assert f"'{label}': kolom 'Thema' op tabblad 'Matrix' is gewijzigd" in problems
    assert f"'{label}': welke ministeries de eis aangaat (kolommen AZ) komt uit de agenda" in problems
    assert f"'{label}': kolom 'Catalogustekst' op tabblad 'Eisen' is gewijzigd" in problems
    assert "Indicator" in described and "Nieuw cijfer: 12.000 woningen" in described  # a key figure's wording is the pack's
    assert "demand:" not in problems + described and "priority" not in problems + described


@pytest.mark.slow
@pytest.mark.skipif(not __import__("shutil").which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_workbook_resaved_by_libreoffice_reads_back(tmp_path, exported, demo, catalogue, audiences):
    import shutil
    import subprocess

    _edit(exported, lambda wb: setattr(_rows(wb["Eisen"])["demand:wonen-1"][5], "value", "• Eén punt\n• Twee"))
    out = tmp_path / "lo"
    subprocess.run([shutil.which("soffice"), f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(exported)],
                   capture_output=True, timeout=180, check=True)
    report = read_matrix(out / exported.name, demo, catalogue, audiences)
    assert report.problems == []
    assert [(c.ref, c.field, c.new) for c in report.changes] == [("demand:wonen-1", "talking_points", ["Eén punt", "Twee"])]


def test_cli_never_says_no_changes_when_something_was_not_taken_over(tmp_path, exported, demo, catalogue, capsys):
    pack_path = tmp_path / "demo.g40pack"
    save_pack(demo, pack_path)

    def delete(wb):
        ws = wb["Matrix"]
        ws.delete_rows(next(r[0].row for r in ws.iter_rows(min_row=2) if r[0].value == "demand:wonen-4"))

    _edit(exported, delete)
    assert main(["import-matrix", str(pack_path), str(exported)]) == 0
    captured = capsys.readouterr()
    assert "geen wijzigingen" not in captured.out and "1 verschil(len) niet overgenomen" in captured.out
    assert f"'{catalogue['demand:wonen-4'].label}' staat niet meer op tabblad 'Matrix'" in captured.err

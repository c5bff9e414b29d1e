"""Outcomes through the matrix: written on 'Eisen' per audience, edited as in Excel, read back into the pack."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from g40desk.cli.commands import main
from g40desk.core.pack.demo import demo_after_meeting
from g40desk.core.pack.model import MAX_TEXT, Result
from g40desk.core.pack.storage import load_pack, save_pack
from g40desk.importers.matrix import apply_changes, read_matrix
from tests.matrix_kit import edit_matrix, write_matrix

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _header(ws) -> list:
    return [c.value for c in ws[1]]


def test_eisen_sheet_has_an_outcome_choice_and_its_explanation_per_audience(tmp_path, catalogue, audiences):
    pack = demo_after_meeting()
    path = tmp_path / "m.xlsx"
    write_matrix(pack, catalogue, audiences, path)
    ws = load_workbook(path)["Eisen"]
    header = _header(ws)
    assert header[6:12] == ["Prioriteit", "Status", "Uitkomst BZK", "Toelichting uitkomst BZK", "Uitkomst Zwolle",
                            "Toelichting uitkomst Zwolle"]
    rows = {r[0].value: [c.value for c in r] for r in ws.iter_rows(min_row=2)}
    assert rows["demand:wonen-1"][8:10] == ["toegezegd", "De minister zegt een tweede tranche van de impulsregeling "
                                                         "toe, nog voor de zomer."]
    assert rows["demand:wonen-1"][10:12] == [None, None]
    lists = [v for v in ws.data_validations.dataValidation if "geen reactie" in v.formula1]
    assert lists and str(lists[0].sqref) == "I2:I8 K2:K8"
    assert lists[0].formula1 == '"toegezegd,in behandeling,afgewezen,geen reactie,niet besproken"'
    single = pack.model_copy(update={"audiences": ["ministry:bzk"]})
    write_matrix(single, catalogue, audiences, path)
    assert _header(load_workbook(path)["Eisen"])[8:10] == ["Uitkomst", "Toelichting uitkomst"]


def _edited(tmp_path, catalogue, audiences):
    pack = demo_after_meeting()
    path = tmp_path / "m.xlsx"
    write_matrix(pack, catalogue, audiences, path)
    edit_matrix(path, {("demand:klimaat-2", "Uitkomst Zwolle"): "Toegezegd",  # any case, as typed
                       ("demand:klimaat-2", "Toelichting uitkomst Zwolle"): "Wethouder belt de minister; {stad} blijft",
                       ("demand:wonen-3", "Uitkomst BZK"): "in behandeling",
                       ("demand:wonen-4", "Toelichting uitkomst BZK"): "",  # emptied
                       ("demand:klimaat-7", "Uitkomst BZK"): "misschien"})
    return pack, path


def _check_applied(pack, new):
    assert new.item("demand:klimaat-2").outcomes["city:zwolle"].result == Result.PROMISED
    assert new.item("demand:klimaat-2").outcomes["city:zwolle"].said == "Wethouder belt de minister; {stad} blijft"
    assert new.item("demand:klimaat-2").outcomes["ministry:bzk"] == pack.item("demand:klimaat-2").outcomes["ministry:bzk"]
    wonen3 = new.item("demand:wonen-3").outcomes["ministry:bzk"]
    assert wonen3.result == Result.IN_PROGRESS and wonen3.said == pack.item("demand:wonen-3").outcomes["ministry:bzk"].said
    wonen4 = new.item("demand:wonen-4").outcomes["ministry:bzk"]
    assert wonen4.said is None and wonen4.actions == pack.item("demand:wonen-4").outcomes["ministry:bzk"].actions
    assert "demand:klimaat-7" not in {i.ref for i in new.items if i.outcomes}


def test_outcomes_round_trip_through_an_edited_matrix(tmp_path, catalogue, audiences):
    pack, path = _edited(tmp_path, catalogue, audiences)
    report = read_matrix(path, pack, catalogue, audiences)
    assert {(c.ref, c.field) for c in report.changes} == {
        ("demand:klimaat-2", "result@city:zwolle"), ("demand:klimaat-2", "said@city:zwolle"),
        ("demand:wonen-3", "result@ministry:bzk"), ("demand:wonen-4", "said@ministry:bzk")}
    assert any("'misschien' is geen geldige waarde voor Uitkomst BZK" in p and "niet besproken" in p
               for p in report.problems)
    lines = [c.describe() for c in report.changes]
    assert any("Uitkomst BZK 'afgewezen' → in behandeling" in line or "afgewezen → in behandeling" in line
               for line in lines), lines
    _check_applied(pack, apply_changes(pack, report.changes))


def test_import_matrix_cli_applies_outcomes(tmp_path, capsys, catalogue, audiences):
    pack, matrix = _edited(tmp_path, catalogue, audiences)
    pack_path = tmp_path / "p.g40pack"
    pack = save_pack(pack, pack_path).pack
    assert main(["import-matrix", str(pack_path), str(matrix), "--apply"]) == 0
    out = capsys.readouterr().out
    assert "4 wijzigingen doorgevoerd" in out
    _check_applied(pack, load_pack(pack_path, catalogue, audiences))


def test_an_overlong_explanation_is_refused_by_the_shared_limits(tmp_path, catalogue, audiences):
    pack = demo_after_meeting()
    path = tmp_path / "m.xlsx"
    write_matrix(pack, catalogue, audiences, path)
    report = read_matrix(path, pack, catalogue, audiences)
    from g40desk.importers.matrix import Change

    too_long = Change("demand:wonen-1", "said@ministry:bzk", None, "x" * (MAX_TEXT + 1), "Impuls", "Toelichting uitkomst BZK")
    with pytest.raises(Exception, match="Toelichting uitkomst BZK.*er is niets overgenomen"):
        apply_changes(pack, [*report.changes, too_long])


@pytest.mark.slow
@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_a_matrix_resaved_by_libreoffice_imports_the_same(tmp_path, catalogue, audiences):
    pack, path = _edited(tmp_path, catalogue, audiences)
    out = tmp_path / "lo"
    result = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    direct = read_matrix(path, pack, catalogue, audiences)
    resaved = read_matrix(out / "m.xlsx", pack, catalogue, audiences)
    assert [(c.ref, c.field, c.new) for c in resaved.changes] == [(c.ref, c.field, c.new) for c in direct.changes]
    _check_applied(pack, apply_changes(pack, resaved.changes))

"""When LibreOffice is installed, the matrix converts to CSV with values and text intact."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest

from g40desk.core.pack.model import Item, Pack, Priority
from tests.matrix_kit import write_matrix

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_matrix_survives_libreoffice_csv(tmp_path, catalogue, audiences):
    typed = "=1+1 blijft tekst; ’s-Hertogenbosch € 4.500 🏙️"
    pack = Pack(title="t", audiences=["city:s-hertogenbosch"],
                items=[Item(ref="demand:wonen-1", text=typed, priority=Priority.HIGH)])
    path = tmp_path / "matrix.xlsx"
    write_matrix(pack, catalogue, audiences, path)
    result = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless",
                             "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path), str(path)],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    with (tmp_path / "matrix.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:5] == ["ID", "Thema", "Eis", "Prioriteit", "Status"]
    wonen = next(r for r in rows if r[0] == "demand:wonen-1")
    assert wonen[2] == typed and wonen[3] == "hoog" and wonen[-1] == "hoog"


def _soffice(tmp_path, target: str, source, outdir):
    result = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to",
                             target, "--outdir", str(outdir), str(source)], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    return outdir / (source.stem + "." + target.split(":")[0])


@pytest.mark.slow
@pytest.mark.skipif(not (SOFFICE and shutil.which("pdftotext") and shutil.which("pdffonts")),
                    reason="LibreOffice and poppler-utils are not installed")
def test_matrix_resaved_by_libreoffice_prints_readably(tmp_path, catalogue, audiences):
    from openpyxl import load_workbook

    from tests.export.test_xlsx_matrix import _wide_pack

    path = tmp_path / "matrix.xlsx"
    write_matrix(_wide_pack(catalogue, audiences), catalogue, audiences, path)
    resaved = _soffice(tmp_path, "xlsx:Calc MS Excel 2007 XML", path, tmp_path / "resaved")
    for ws in load_workbook(resaved):  # LibreOffice keeps scale, header and footer
        assert int(ws.page_setup.scale) >= 70 and "pagina &P van &N" in ws.oddFooter.right.text, ws.title
    pdf = _soffice(tmp_path, "pdf", resaved, tmp_path / "pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout
    pages = text.count("\f")
    assert "Vertrouwelijk" in text and "pagina 1 van " in text and f"pagina {pages} van {pages}" in text
    for title in ("Prioriteit BZK", "Prioriteit Zwolle", "Prioriteit Groningen", "Gesprekspunten", "Bron"):
        assert all(word in text for word in title.split()), title
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, timeout=60).stdout
    families = {line.split()[0].split("+")[-1].split("-")[0] for line in fonts.splitlines()[2:] if line.strip()}
    assert families == {"LiberationSans"}, families  # one named font (Arial) throughout, never a serif fallback

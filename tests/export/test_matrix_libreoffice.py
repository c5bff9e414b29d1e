"""When LibreOffice is installed, the matrix converts to CSV with values and text intact."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest

from g40desk.core.pack import Item, Pack, Priority
from g40desk.export.xlsx_matrix import write_matrix

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

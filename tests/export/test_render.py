"""When LibreOffice is installed, the note converts to a PDF that holds the expected text."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from g40desk.cli.commands import main

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")


@pytest.mark.slow
@pytest.mark.skipif(not (SOFFICE and PDFTOTEXT), reason="LibreOffice (soffice) and poppler's pdftotext are not installed")
def test_demo_note_renders_to_pdf(tmp_path, capsys):
    assert main(["demo", str(tmp_path)]) == 0
    profile = tmp_path / "lo-profile"
    result = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                             "--outdir", str(tmp_path), str(tmp_path / "demo-notitie-zwolle.docx")],
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "demo-notitie-zwolle.pdf"
    text = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout
    assert "Kern van het gesprek" in text and "Briefing voor de gemeente Zwolle" in text
    assert "pagina 1 van" in text  # PAGE / NUMPAGES fields computed by a real renderer
    assert "niet delen met de pers" not in text


@pytest.mark.slow
@pytest.mark.skipif(not (SOFFICE and PDFTOTEXT), reason="LibreOffice (soffice) and poppler's pdftotext are not installed")
def test_demo_card_fits_one_page(tmp_path, capsys):
    assert main(["demo", str(tmp_path)]) == 0
    card = tmp_path / "kaart.docx"
    assert main(["export", str(tmp_path / "demo.g40pack"), "--docx", str(card), "--form", "card"]) == 0
    result = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to",
                             "pdf", "--outdir", str(tmp_path), str(card)], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    text = subprocess.run([PDFTOTEXT, str(tmp_path / "kaart.pdf"), "-"], capture_output=True, text=True, timeout=60).stdout
    assert text.count("\f") == 1, "the talking-points card runs over one page"
    assert "Vragen en gesprekspunten" in text and "pagina 1 van 1" in text

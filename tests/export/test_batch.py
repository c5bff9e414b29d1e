from __future__ import annotations

import re

from docx import Document

from g40desk.cli import main
from g40desk.export.batch import file_stem

WINDOWS_BAD = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def test_file_names_are_valid_everywhere():
    stem = file_stem("Overleg: wonen/klimaat? <BZK> 's-Hertogenbosch" + "x" * 200, "city:s-hertogenbosch")
    assert not WINDOWS_BAD.search(stem) and stem.isascii() and len(stem) < 100
    assert stem.endswith("-s-hertogenbosch")


def test_batch_all_cities_writes_one_note_each_plus_matrix(tmp_path, capsys):
    assert main(["demo", str(tmp_path / "d")]) == 0
    capsys.readouterr()
    out = tmp_path / "uit"
    assert main(["batch", str(tmp_path / "d" / "demo.g40pack"), "--out", str(out), "--all-cities", "--form", "card"]) == 0
    summary = capsys.readouterr().out
    assert "41 notities en 1 eisenmatrix" in summary
    notes = sorted(out.glob("*.docx"))
    assert len(notes) == 41 and len(list(out.glob("*-matrix.xlsx"))) == 1
    bosch = next(p for p in notes if p.name.endswith("-s-hertogenbosch.docx"))
    doc = Document(bosch)
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Gesprekskaart · 's-Hertogenbosch" in text
    assert "zodat ook 's-Hertogenbosch haar bouwopgave haalt" in text  # {stad} filled per audience
    assert "niet delen met de pers" not in text

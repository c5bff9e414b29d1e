from __future__ import annotations

import re

from docx import Document

from g40desk.cli.commands import main
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
    args = ["batch", str(tmp_path / "d" / "demo.g40pack"), "--out", str(out), "--all-cities", "--form", "card"]
    assert main(args) == 1  # the demo's Zwolle figure would be claimed for 40 other cities
    errors = [line for line in capsys.readouterr().err.splitlines() if "waarschuwing" not in line]
    assert len(errors) == 1 and "‘10.000’ hoort bij Zwolle" in errors[0] and "Alkmaar" in errors[0]
    assert "--allow-shared-text" in errors[0]
    assert not out.exists() or not list(out.iterdir())  # nothing half-written
    assert main([*args, "--allow-shared-text"]) == 0
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


def test_parallel_batch_writes_the_same_notes(tmp_path, demo, catalogue, audiences):
    from g40desk.export.batch import write_batch

    ids = [c.id for c in audiences.cities[:6]]
    serial = write_batch(demo, catalogue, audiences, tmp_path, ids, workers=1, allow_shared_text=True)
    (tmp_path / "p").mkdir()
    parallel = write_batch(demo, catalogue, audiences, tmp_path / "p", ids, workers=2, allow_shared_text=True)
    assert [p.name for p in parallel.notes] == [p.name for p in serial.notes]
    for a, b in zip(serial.notes, parallel.notes, strict=True):
        assert [p.text for p in Document(a).paragraphs] == [p.text for p in Document(b).paragraphs]
    assert parallel.matrix.exists() and not parallel.cancelled


def test_a_failing_note_in_a_parallel_batch_is_reported(tmp_path, demo, catalogue, audiences):
    import pytest

    from g40desk.core.errors import G40Error
    from g40desk.export.batch import write_batch

    with pytest.raises(G40Error, match="de map bestaat niet"):
        write_batch(demo, catalogue, audiences, tmp_path / "weg", [c.id for c in audiences.cities[:3]], workers=2,
                    allow_shared_text=True)

from __future__ import annotations

import datetime as dt
import re

from docx import Document

from g40desk.cli.commands import main
from g40desk.export.pipeline import CARD, FOLDER, MATRIX, NOTE, Allow, batch_folder, check, file_name, write_batch

WINDOWS_BAD = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
DAY = dt.date(2026, 12, 5)


def test_file_names_are_valid_everywhere():
    title = "Overleg: wonen/klimaat? <BZK> 's-Hertogenbosch" + "x" * 200
    for kind in (NOTE, CARD, MATRIX, FOLDER):
        for batch in (False, True):
            name = file_name(title, kind, "city:s-hertogenbosch", DAY, batch=batch)
            assert not WINDOWS_BAD.search(name) and name.isascii() and len(name) < 100, name
    assert file_name(title, NOTE, "city:s-hertogenbosch", batch=True).endswith("-s-hertogenbosch.docx")
    assert file_name(title, CARD, "ministry:bzk/minister", DAY) .endswith("-bzk-minister-2026-12-05-kaart.docx")
    # A title each note fills in for itself names the file without its placeholder, not as '…-stad-tilburg'.
    assert file_name("Briefing voor de gemeente {stad}", NOTE, "city:tilburg", batch=True) == \
        "briefing-voor-de-gemeente-tilburg.docx"


def test_a_card_a_batch_and_a_single_note_never_share_a_name(audiences):
    """Issue 22: one "Ja" in the save dialog overwrote the note with the card (they had one name)."""
    ids = [None, *(a.id for a in audiences.cities), *(m.id for m in audiences.ministries),
           *(r.id for m in audiences.ministries for r in m.roles)]
    for title in ("Overleg met BZK", "", "Zwolle 2026-12-05", "Overleg per doelgroep"):
        singles = [file_name(title, kind, a, DAY) for a in ids for kind in (NOTE, CARD)] + [file_name(title, MATRIX, day=DAY)]
        batch = [file_name(title, kind, a, DAY, batch=True) for a in ids for kind in (NOTE, CARD)]
        batch += [file_name(title, MATRIX, day=DAY, batch=True), file_name(title, FOLDER, day=DAY)]
        assert len(set(singles)) == len(singles) and len(set(batch)) == len(batch)  # a card is never its note
        assert not set(singles) & set(batch)
        cards = [file_name(title, CARD, a, DAY, batch=batch) for a in ids for batch in (False, True)]
        assert all(n.endswith("-kaart.docx") for n in cards) and not any(n.endswith("-kaart.docx") for n in
                                                                         set(singles + batch) - set(cards))


def test_a_second_batch_gets_its_own_folder(tmp_path):
    first = batch_folder(tmp_path, "Overleg", DAY)
    assert first.name == "overleg-2026-12-05-per-doelgroep" and not first.exists()
    first.mkdir()
    second = batch_folder(tmp_path, "Overleg", DAY)
    assert second.name == "overleg-2026-12-05-per-doelgroep-2"


def test_batch_all_cities_writes_one_note_each_plus_matrix(tmp_path, capsys):
    assert main(["demo", str(tmp_path / "d")]) == 0
    capsys.readouterr()
    out = tmp_path / "uit"
    args = ["batch", str(tmp_path / "d" / "demo.g40pack"), "--out", str(out), "--all-cities", "--form", "card"]
    assert main(args) == 1  # the demo's Zwolle figure and district would be claimed for 40 other cities
    errors = [line for line in capsys.readouterr().err.splitlines() if "waarschuwing" not in line]
    assert len(errors) == 2 and "‘10.000’ hoort bij Zwolle" in errors[0] and "Alkmaar" in errors[0]
    assert "‘Holtenbroek’ is een eigennaam in tekst voor alle doelgroepen" in errors[1] and "Alkmaar" in errors[1]
    assert all("--allow-shared-text" in line for line in errors)
    assert not out.exists() or not list(out.iterdir())  # nothing half-written
    assert main([*args, "--allow-shared-text"]) == 0
    summary = capsys.readouterr().out
    assert "40 notities en 1 eisenmatrix" in summary  # the demo meets in 2021: Amstelveen joined in 2022
    notes = sorted(out.glob("*.docx"))
    assert len(notes) == 40 and len(list(out.glob("*-matrix.xlsx"))) == 1
    bosch = next(p for p in notes if p.name.endswith("-s-hertogenbosch-kaart.docx"))  # a batch of cards
    doc = Document(bosch)
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Gesprekskaart · 's-Hertogenbosch" in text
    assert "zodat ook 's-Hertogenbosch haar bouwopgave haalt" in text  # {stad} filled per audience
    assert "niet delen met de pers" not in text


def test_parallel_batch_writes_the_same_notes(tmp_path, demo, catalogue, audiences):
    ids = [c.id for c in audiences.cities[:6]]
    plan = check(demo, catalogue, audiences, ids, allow=Allow(shared_text=True))
    serial = write_batch(plan, tmp_path, workers=1)
    (tmp_path / "p").mkdir()
    parallel = write_batch(plan, tmp_path / "p", workers=2)
    assert [p.name for p in parallel.notes] == [p.name for p in serial.notes]
    for a, b in zip(serial.notes, parallel.notes, strict=True):
        assert [p.text for p in Document(a).paragraphs] == [p.text for p in Document(b).paragraphs]
    assert parallel.matrix.exists() and not parallel.cancelled


def test_a_failing_note_in_a_parallel_batch_is_reported(tmp_path, demo, catalogue, audiences):
    import pytest

    from g40desk.core.errors import G40Error

    plan = check(demo, catalogue, audiences, [c.id for c in audiences.cities[:3]], allow=Allow(shared_text=True))
    with pytest.raises(G40Error, match="de map bestaat niet"):
        write_batch(plan, tmp_path / "weg", workers=2)

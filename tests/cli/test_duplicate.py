"""'g40desk duplicate', 'checked' and 'confirm-shared' end to end: the issue's Alkmaar pack to 's-Hertogenbosch."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from g40desk.cli.commands import main
from g40desk.core.pack.model import ALL_AUDIENCES, Item, Meeting, Override, Pack
from g40desk.core.pack.storage import load_pack, save_pack


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _alkmaar(tmp_path: Path) -> Path:
    path = tmp_path / "alkmaar.g40pack"
    pack = Pack(title="Briefing Alkmaar", audiences=["city:alkmaar"],
                meeting=Meeting(participants="Wethouder Wonen gemeente Alkmaar", place="Stadhuis"),
                items=[Item(ref="theme:wonen"),
                       Item(ref="demand:wonen-1", context="Alkmaar bouwt 3.000 woningen aan de Kanaalkade.",
                            talking_points=["Noem de Kanaalkade."]),
                       Item(ref="demand:wonen-2")])
    save_pack(pack, path, backup=False)
    return path


def _words(path: Path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_duplicate_leaves_alkmaar_behind_and_the_export_waits_for_a_look(tmp_path, capsys, catalogue, audiences):
    source, copy, note = _alkmaar(tmp_path), tmp_path / "bosch.g40pack", tmp_path / "bosch.docx"
    before = source.read_bytes()
    code, out, err = run(capsys, "duplicate", source, "--audience", "city:s-hertogenbosch", "--out", copy)
    assert code == 0 and err == "", err
    assert "voor 's-Hertogenbosch ('Briefing 's-Hertogenbosch')" in out
    assert "[demand:wonen-1 context]: Alkmaar bouwt 3.000 woningen aan de Kanaalkade." in out
    assert "[demand:wonen-1 talking_points]: Noem de Kanaalkade." in out
    assert "[meeting participants]: ‘Wethouder Wonen gemeente 's-Hertogenbosch’, overgenomen van Alkmaar" in out
    assert source.read_bytes() == before  # the original is untouched

    code, out, err = run(capsys, "export", copy, "--docx", note)
    assert code == 1 and not note.exists()
    assert err.count("\n") == 1 and "[meeting participants]" in err and "nog nakijken" in err

    assert run(capsys, "checked", copy, "meeting", "participants")[0] == 0
    code, out, err = run(capsys, "export", copy, "--docx", note)
    assert code == 0, err
    words = _words(note)
    assert "Wethouder Wonen gemeente 's-Hertogenbosch" in words
    for alkmaar in ("Alkmaar", "Kanaalkade"):
        assert alkmaar not in words


def test_a_text_copied_across_is_refused_until_looked_at(tmp_path, capsys, catalogue, audiences):
    source, copy, note = _alkmaar(tmp_path), tmp_path / "bosch.g40pack", tmp_path / "bosch.docx"
    code, out, _ = run(capsys, "duplicate", source, "--audience", "city:s-hertogenbosch", "--out", copy,
                       "--copy", "demand:wonen-1   context")
    assert code == 0 and "[demand:wonen-1 context]" not in out.split("Nog nakijken")[0]
    pack = load_pack(copy, catalogue, audiences)
    assert pack.item("demand:wonen-1").context == "Alkmaar bouwt 3.000 woningen aan de Kanaalkade."
    code, _, err = run(capsys, "export", copy, "--docx", note)
    assert code == 1 and err.count("\n") == 2 and "[demand:wonen-1 context]" in err  # one line per text
    code, _, err = run(capsys, "checked", copy, "demand:wonen-1", "talking_points")
    assert code == 1 and "staat niet op 'nog nakijken'" in err and "'demand:wonen-1 context'" in err
    for where in (["demand:wonen-1", "context"], ["meeting", "participants"]):
        assert run(capsys, "checked", copy, *where)[0] == 0
    code, _, err = run(capsys, "export", copy, "--docx", note)  # looked at: the advisor's text for this note
    assert code == 0 and "Kanaalkade" in _words(note), err


def test_bad_duplicates_are_one_line_each(tmp_path, capsys):
    source = _alkmaar(tmp_path)
    for argv, message in (
            (["--audience", "city:atlantis", "--out", tmp_path / "x.g40pack"], "onbekende doelgroep 'city:atlantis'"),
            (["--audience", "city:zwolle", "--out", source], "kan het pakket zelf niet vervangen"),
            (["--audience", "city:zwolle", "--out", tmp_path / "x.g40pack", "--copy", "demand:wonen-2 context"],
             "'demand:wonen-2 context' is geen tekst die achterblijft; kies uit: meeting participants, demand:wonen-1 context")):
        code, out, err = run(capsys, "duplicate", source, *argv)
        assert code == 1 and err.count("\n") == 1 and message in err, err
    assert not (tmp_path / "x.g40pack").exists()
    (tmp_path / "x.g40pack").write_text("iets", encoding="utf-8")
    code, _, err = run(capsys, "duplicate", source, "--audience", "city:zwolle", "--out", tmp_path / "x.g40pack")
    assert code == 1 and "bestaat al" in err and (tmp_path / "x.g40pack").read_text(encoding="utf-8") == "iets"


def test_zwolle_place_names_in_shared_text_stop_the_batch_until_confirmed(tmp_path, capsys):
    path = tmp_path / "zwolle.g40pack"
    pack = Pack(title="Briefing {stad}", audiences=["city:zwolle", "city:alkmaar", "city:heerlen"],
                items=[Item(ref="demand:wonen-1", context="Spoorzone en Stadshagen II staan stil.",
                            owners={"context": ALL_AUDIENCES},
                            overrides={"city:zwolle": Override(text="Zwolle: de Spoorzone wacht.")}),
                       Item(ref="demand:wonen-2", talking_points=["Wijkaanpak Holtenbroek en Diezerpoort"],
                            owners={"talking_points": ALL_AUDIENCES})])
    save_pack(pack, path, backup=False)
    code, out, err = run(capsys, "batch", path, "--out", tmp_path / "uit")
    assert code == 1 and not (tmp_path / "uit").exists() or not list((tmp_path / "uit").iterdir())
    for name in ("Spoorzone", "Stadshagen II", "Holtenbroek", "Diezerpoort"):  # Spoorzone: named inside a sentence
        assert f"‘{name}’ is een eigennaam in tekst voor alle doelgroepen" in err, err
    assert "Alkmaar" in err and "Heerlen" in err
    assert run(capsys, "confirm-shared", path, "demand:wonen-1", "context")[0] == 0
    code, _, err = run(capsys, "batch", path, "--out", tmp_path / "uit")
    assert code == 1 and "Stadshagen" not in err and "Holtenbroek" in err
    assert run(capsys, "confirm-shared", path, "demand:wonen-2", "talking_points")[0] == 0
    code, out, err = run(capsys, "batch", path, "--out", tmp_path / "uit")
    assert code == 0 and "3 notities" in out, err


def test_a_migrated_pack_warns_until_its_owners_are_looked_at(tmp_path, capsys, catalogue, audiences):
    import json

    path = tmp_path / "oud.g40pack"
    path.write_text(json.dumps({"schema_version": 3, "title": "Oud", "audiences": ["city:alkmaar", "ministry:bzk"],
                                "items": [{"ref": "demand:wonen-1", "context": "Alkmaar bouwt"}]}), encoding="utf-8")
    code, _, err = run(capsys, "export", path, "--xlsx", tmp_path / "m.xlsx")
    assert code == 0 and "geldt nu voor alle doelgroepen" in err and f"g40desk checked {path} owners" in err
    code, out, _ = run(capsys, "checked", path, "owners")
    assert code == 0 and "eigenaren nagekeken" in out and not load_pack(path, catalogue, audiences).review_owners
    code, _, err = run(capsys, "export", path, "--xlsx", tmp_path / "m2.xlsx")
    assert code == 0 and "alle doelgroepen" not in err
    code, _, err = run(capsys, "checked", path, "demand:wonen-1")
    assert code == 1 and "geef het veld" in err

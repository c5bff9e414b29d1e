"""Note, card and matrix agree on who each ask is for on the meeting date (read back with python-docx and openpyxl)."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document
from openpyxl import load_workbook

from g40desk.cli.commands import main
from g40desk.core.pack.model import Item, Meeting, Pack, Priority
from g40desk.core.pack.storage import load_pack, save_pack

REFS = ["demand:wonen-1", "demand:wonen-2", "demand:goed-bestuur-1", "demand:schulden-1", "demand:klimaat-6"]
EXPECTED = {
    dt.date(2025, 10, 14): {"demand:wonen-1": ["VRO"], "demand:wonen-2": ["LVVN", "VRO"],
                            "demand:goed-bestuur-1": ["BZK"], "demand:schulden-1": ["SZW"], "demand:klimaat-6": ["KGG"]},
    dt.date(2019, 10, 14): {"demand:wonen-1": ["BZK"], "demand:wonen-2": ["LNV", "BZK"],
                            "demand:goed-bestuur-1": ["BZK"], "demand:schulden-1": ["SZW"], "demand:klimaat-6": ["EZK"]},
}


def _addressees(caption: str) -> list[str]:
    part = next(p for p in caption.split(" · ") if p.startswith("aan "))
    return [name.removeprefix("de ") for name in part.removeprefix("aan ").split(", ")]


def _asks(path) -> list[tuple[str, list[str]]]:
    """Each numbered ask of a Word file with the names in the caption that follows it."""
    found: list[tuple[str, list[str]]] = []
    for paragraph in Document(path).paragraphs:
        style = paragraph.style.name
        if style == "List Number":
            found.append((paragraph.text, []))
        elif style == "Caption" and found and not found[-1][1] and "aan " in paragraph.text:
            found[-1] = (found[-1][0], _addressees(paragraph.text))
    return found


def _headings(path) -> list[str]:
    return [p.text for p in Document(path).paragraphs if p.style.name == "Heading 1"]


def _matrix(path) -> tuple[list[str], dict[str, list[str]]]:
    ws = load_workbook(path)["Matrix"]
    header = [c.value for c in ws[1]]
    first = header.index("Status") + 1
    last = next(i for i, t in enumerate(header) if isinstance(t, str) and t.startswith("Prioriteit ") and i > first)
    desks = header[first:last]
    marks = {}
    for row in ws.iter_rows(min_row=2, values_only=True):
        if isinstance(row[0], str) and row[0].startswith("demand:"):
            marks[row[0]] = [d for d, v in zip(desks, row[first:last], strict=True) if v]
    return desks, marks


@pytest.mark.parametrize("day", list(EXPECTED))
def test_note_card_and_matrix_agree_for_a_bzk_meeting(tmp_path, catalogue, day):
    pack = Pack(title="Overleg met BZK", audiences=["ministry:bzk"], meeting=Meeting(date=day),
                items=[Item(ref=r, priority=Priority.HIGH) for r in REFS])
    path = tmp_path / "bzk.g40pack"
    save_pack(pack, path, backup=False)
    note, card, matrix = tmp_path / "n.docx", tmp_path / "k.docx", tmp_path / "m.xlsx"
    assert main(["export", str(path), "--docx", str(note), "--xlsx", str(matrix)]) == 0
    assert main(["export", str(path), "--docx", str(card), "--form", "card"]) == 0
    expected = EXPECTED[day]
    desks, marks = _matrix(matrix)
    assert {k: sorted(v) for k, v in marks.items()} == {k: sorted(v) for k, v in expected.items()}
    then = {"LNV", "EZK"} if day.year == 2019 else {"VRO", "LVVN", "EZ", "KGG"}
    assert then <= set(desks) and not ({"LNV", "EZK", "VRO", "LVVN", "EZ", "KGG"} - then) & set(desks)
    on_card = _asks(card)
    labels = {catalogue[r].label + ".": r for r in REFS}
    assert {labels[line]: who for line, who in on_card} == expected
    in_note = _asks(note)
    assert [who for _, who in in_note] == [who for _, who in on_card]  # the same asks, in the same order
    own = {r for r in REFS if "BZK" in expected[r]}
    assert {labels[line] for line, _ in on_card[:len(own)]} == own  # BZK's own asks lead
    others = [h for h in _headings(note) if h.startswith("Ook van belang voor ")]
    assert others == (["Ook van belang voor VRO, LVVN, KGG en SZW"] if day.year == 2025 else
                      ["Ook van belang voor EZK en SZW"])


def test_other_asks_left_out_from_the_command_line_and_a_line_when_none_is_for_the_ministry(tmp_path, capsys, catalogue,
                                                                                           audiences):
    pack = Pack(title="Schulden", audiences=["ministry:bzk"], meeting=Meeting(date=dt.date(2025, 10, 14)),
                items=[Item(ref="demand:schulden-1"), Item(ref="demand:schulden-2"), Item(ref="demand:goed-bestuur-1")])
    path = tmp_path / "s.g40pack"
    save_pack(pack, path, backup=False)
    note = tmp_path / "n.docx"
    assert main(["export", str(path), "--docx", str(note), "--other-asks", "omit"]) == 0
    assert [who for _, who in _asks(note)] == [["BZK"]]
    assert load_pack(path, catalogue, audiences).options.other_asks == "group"  # the export's choice only
    capsys.readouterr()
    debts = pack.model_copy(update={"items": pack.items[:2]})
    save_pack(debts, path, backup=False)
    assert main(["export", str(path), "--docx", str(tmp_path / "d.docx")]) == 0
    err = [line for line in capsys.readouterr().err.splitlines() if "geen van de" in line]
    assert len(err) == 1 and "14 oktober 2025" in err[0] and "SZW" in err[0] and "JenV" in err[0]
    assert _headings(tmp_path / "d.docx").count("Ook van belang voor SZW en JenV") == 1
    with pytest.raises(SystemExit) as refused:
        main(["export", str(path), "--docx", str(tmp_path / "x.docx"), "--other-asks", "nee"])
    assert refused.value.code == 2 and "group" in capsys.readouterr().err

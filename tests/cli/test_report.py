"""'g40desk report': the meeting report in the house template, read back with python-docx."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document

from g40desk.cli.commands import main
from g40desk.core.pack.demo import demo_after_meeting, demo_pack
from g40desk.core.pack.model import Action, Outcome, Result
from g40desk.core.pack.storage import save_pack


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _text(path) -> list[str]:
    doc = Document(str(path))
    cells = [p.text for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    return [p.text for p in doc.paragraphs] + cells


@pytest.fixture
def held(tmp_path):
    pack = demo_after_meeting()
    pack.item("demand:wonen-1").note = "GEHEIM: niet in het verslag"
    path = tmp_path / "overleg.g40pack"
    save_pack(pack, path)
    return path


def test_report_has_outcomes_promises_actions_and_the_meeting_as_held(capsys, tmp_path, held):
    out_path = tmp_path / "verslag.docx"
    code, out, err = run(capsys, "report", held, "--docx", out_path)
    assert code == 0, err
    assert "verslag van het overleg met Ministerie van Binnenlandse Zaken" in out
    doc = Document(str(out_path))
    details = {row.cells[0].text: row.cells[1].text for row in doc.tables[0].rows}
    assert details["Gehouden op"] == "12 maart 2021" and details["Gepland op"] == "11 maart 2021"
    assert details["Aanwezig"].startswith("Minister van BZK; wethouder wonen Zwolle")
    assert "Deelnemers" not in details
    paragraphs = [(p.style.name, p.text) for p in doc.paragraphs]
    headings = [t for s, t in paragraphs if s == "Heading 1"]
    assert headings == ["Samenvatting", "Toezeggingen", "Vervolgacties", "Uitkomst per vraag"]
    text = "\n".join(_text(out_path))
    assert "Uitkomst van de 7 vragen: 1 toegezegd, 1 in behandeling, 1 afgewezen, 1 geen reactie, 1 niet besproken, " \
           "2 geen uitkomst vastgelegd." in text
    assert "Gezegd: De minister zegt een tweede tranche van de impulsregeling toe, nog voor de zomer." in text
    actions = doc.tables[1]
    assert [c.text for c in actions.rows[0].cells] == ["Actie", "Wie", "Uiterlijk"]
    rows = [[c.text for c in row.cells] for row in actions.rows[1:]]
    assert rows[0][0].startswith("Lijst van projecten die wachten aanleveren\nBij: ")
    assert rows[0][1:] == ["G40-bureau", "1 april 2021"]
    assert rows[2][0].startswith("Ambtelijk overleg over de wijkaanpak plannen (afgerond)")
    outcomes = [t for s, t in paragraphs if t.startswith("Uitkomst: ")]
    assert outcomes == ["Uitkomst: toegezegd", "Uitkomst: afgewezen", "Uitkomst: in behandeling",
                        "Uitkomst: geen reactie", "Uitkomst: niet besproken", "Uitkomst: geen uitkomst vastgelegd",
                        "Uitkomst: geen uitkomst vastgelegd"]
    assert "GEHEIM" not in text and "Intern: wethouder" not in text  # internal notes never leave the pack
    assert doc.core_properties.category == "Verslag Stedennetwerk G40"


def test_report_refuses_a_pack_without_outcomes_in_one_line(capsys, tmp_path):
    path = tmp_path / "leeg.g40pack"
    save_pack(demo_pack(), path)
    code, _, err = run(capsys, "report", path, "--docx", tmp_path / "v.docx")
    assert code == 1
    assert err.count("\n") == 1 and "nog geen uitkomst vastgelegd" in err and "Na het overleg" in err
    assert not (tmp_path / "v.docx").exists()


def test_report_for_another_audience_and_no_empty_sections(capsys, tmp_path):
    pack = demo_after_meeting()
    pack.meeting.held = None
    for item in pack.items:
        item.outcomes = {}
    pack.item("demand:klimaat-1").outcomes = {"city:zwolle": Outcome(result=Result.NOT_DISCUSSED)}
    pack.item("demand:wonen-3").outcomes = {"ministry:bzk": Outcome(result=Result.NO_RESPONSE,
                                                                    actions=[Action(what="Nabellen", due=dt.date(2021, 4, 1))])}
    path = tmp_path / "p.g40pack"
    save_pack(pack, path)
    code, _, err = run(capsys, "report", path, "--docx", tmp_path / "z.docx", "--audience", "city:zwolle")
    assert code == 0, err
    text = _text(tmp_path / "z.docx")
    assert "Er is in dit overleg niets toegezegd." in text and "Er zijn geen vervolgacties afgesproken." in text
    assert "Nabellen" not in "\n".join(text)  # BZK's action is not Zwolle's
    assert "Datum" in text and "Gehouden op" not in text  # not recorded as held: the planned date stays
    code, _, err = run(capsys, "report", path, "--docx", tmp_path / "d.docx")
    assert code == 0 and "uitkomsten voor ministry:bzk, city:zwolle" in err
    code, _, err = run(capsys, "report", path, "--docx", tmp_path / "x.docx", "--audience", "city:utrecht")
    assert code == 1 and "geen doelgroep van dit pakket" in err

"""'g40desk ledger': text, JSON and the Excel overview, over folders with good and bad files."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook

from g40desk.cli.commands import main
from g40desk.core.pack.demo import demo_after_meeting
from g40desk.core.pack.model import Action, Outcome, Result
from g40desk.core.pack.storage import save_pack


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shared(tmp_path):
    root = tmp_path / "gedeeld"
    (root / "bzk").mkdir(parents=True)
    spring = demo_after_meeting()
    spring.item("demand:wonen-3").outcomes["ministry:bzk"].said = "=HYPERLINK(\"http://x\") zei de minister"
    save_pack(spring, root / "bzk" / "voorjaar.g40pack")
    autumn = demo_after_meeting()
    autumn.title = "Najaarsoverleg"
    autumn.meeting.held.date = dt.date(2021, 10, 4)
    autumn.item("demand:wonen-3").outcomes = {"ministry:bzk": Outcome(result=Result.PROMISED, said="Nu wel",
                                                                      actions=[Action(what="Brief", who="BZK",
                                                                                      due=dt.date(2021, 11, 1))])}
    autumn.item("demand:wonen-1").outcomes = {"city:zwolle": Outcome(result=Result.IN_PROGRESS)}
    save_pack(autumn, root / "najaar.g40pack")
    (root / "kapot.g40pack").write_text("{", encoding="utf-8")
    return root


def test_json_one_object_per_ask_and_audience(capsys, shared):
    code, out, err = run(capsys, "ledger", shared, "--json")
    assert code == 0
    rows = json.loads(out)
    keys = [(r["ask"], r["audience"]) for r in rows]
    assert len(keys) == len(set(keys))
    one = next(r for r in rows if r["ask"] == "demand:wonen-3" and r["audience"] == "ministry:bzk")
    assert {"ask", "audience", "outcome", "date", "pack"} <= set(one)
    assert (one["outcome"], one["outcome_label"], one["date"]) == ("promised", "toegezegd", "2021-10-04")
    assert one["pack"].endswith("najaar.g40pack")
    assert [h["outcome"] for h in one["history"]] == ["rejected", "promised"]
    assert one["overdue_actions"][0]["what"] == "Brief"
    assert "kapot.g40pack" in err and "geen geldige JSON" in err


def test_filters_and_text_listing(capsys, shared):
    code, out, _ = run(capsys, "ledger", shared, "--audience", "city:zwolle", "--since", "01-10-2021")
    assert code == 0
    assert out.splitlines()[:2] == ["demand:wonen-1  Een snel en breed toegankelijke impulsregeling woningbouw",
                                    f"  Zwolle: in behandeling, 04-10-2021, {shared / 'najaar.g40pack'}"]
    code, out, _ = run(capsys, "ledger", shared, "--ask", "demand:wonen-3")
    assert code == 0 and "toegezegd, 04-10-2021" in out and "(na 1 eerder)" in out


@pytest.mark.parametrize("argv, expected", [
    (["--since", "morgen"], "veld '--since': 'morgen' is geen geldige datum"),
    (["--audience", "city:amsterdam"], "onbekende doelgroep 'city:amsterdam'"),
])
def test_bad_options_one_line(capsys, shared, argv, expected):
    code, _, err = run(capsys, "ledger", shared, *argv)
    assert code == 1 and expected in err and len(err.strip().splitlines()) == 1


def test_excel_overview(capsys, shared, tmp_path):
    target = tmp_path / "overzicht.xlsx"
    code, out, _ = run(capsys, "ledger", shared, "--xlsx", target)
    assert code == 0 and "overzicht.xlsx" in out
    book = load_workbook(target)
    assert book.sheetnames == ["Overzicht", "Geschiedenis", "Open acties", "Overgeslagen", "Over"]
    ws = book["Overzicht"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["ID", "Thema", "Eis"] and header[3:] == ["BZK", "Zwolle"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2) if r[0].value and r[0].value.startswith("demand:")}
    cell = rows["demand:wonen-3"][3]
    assert cell.value == "toegezegd\n04-10-2021" and cell.fill.fgColor.rgb.endswith("B6D7A8")
    assert rows["demand:wonen-1"][4].value == "in behandeling\n04-10-2021"
    assert ws.print_title_rows == "$1:$1" and ws.page_setup.orientation == "landscape"
    history = book["Geschiedenis"]
    said = [c.value for c in history["F"] if c.value and "HYPERLINK" in str(c.value)]
    assert said == ['=HYPERLINK("http://x") zei de minister']
    cell = next(c for c in history["F"] if c.value == said[0])
    assert cell.data_type == "s" and cell.quotePrefix
    assert "Brief" in [c.value for c in book["Open acties"]["B"]]
    assert "kapot.g40pack" in book["Overgeslagen"]["A2"].value


def test_excel_overview_is_not_written_over_a_pack(capsys, shared):
    before = (shared / "najaar.g40pack").read_bytes()
    code, _, err = run(capsys, "ledger", shared, "--xlsx", shared / "najaar.g40pack")
    assert code == 1 and "op .xlsx eindigt" in err
    assert (shared / "najaar.g40pack").read_bytes() == before

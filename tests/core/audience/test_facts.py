"""Audience facts live in the user's data folder and fill {burgemeester}, {wethouder_wonen} and the rest."""

from __future__ import annotations

import json
import os

import pytest

from g40desk.cli.commands import main
from g40desk.core.audience.facts import Facts, facts_path, load_facts, save_facts
from g40desk.core.errors import G40Error
from g40desk.core.note.briefing import build_briefing
from g40desk.core.pack.model import Item, Meeting, Pack


def test_facts_are_stored_in_the_user_data_folder_not_the_package(tmp_path):
    facts = Facts()
    facts.set("city:zwolle", "burgemeester", "Peter Snijders")
    facts.set("city:zwolle", "wethouder.Wonen", "Anna Jansen")
    facts.set("city:zwolle", "inwoners", "130.592")
    facts.set("ministry:bzk", "minister", "H. de Jonge")
    path = save_facts(facts)
    assert path == facts_path() and str(path).startswith(os.environ["G40DESK_DATA_DIR"])
    loaded = load_facts()
    assert loaded.of("city:zwolle").wethouders == {"wonen": "Anna Jansen"}
    assert loaded.of("city:zwolle").inwoners == 130592
    facts.set("city:zwolle", "wethouder.wonen", "")
    assert facts.of("city:zwolle").wethouders == {}


def test_facts_fill_placeholders_per_audience(catalogue, audiences):
    facts = Facts()
    facts.set("city:zwolle", "wethouder.wonen", "Anna Jansen")
    facts.set("city:zwolle", "inwoners", "130592")
    facts.set("ministry:bzk", "minister", "H. de Jonge")
    pack = Pack(title="t", audiences=["city:zwolle", "ministry:bzk"],
                meeting=Meeting(participants="{wethouder_wonen} ({stad}, {inwoners} inwoners); minister {minister}"),
                items=[Item(ref="demand:wonen-1")])
    briefing = build_briefing(pack, catalogue, audiences, "city:zwolle", facts)
    assert ("Deelnemers", "Anna Jansen (Zwolle, 130.592 inwoners); minister H. de Jonge") in briefing.details
    assert briefing.unfilled == []
    empty = build_briefing(pack, catalogue, audiences, "city:zwolle", Facts())
    assert [u.placeholder for u in empty.unfilled] == ["wethouder_wonen", "inwoners", "minister"]
    assert empty.unfilled[0].describe() == "{wethouder_wonen} heeft geen waarde — overleg, deelnemers, notitie voor Zwolle"


def test_bad_fact_is_refused_with_one_line(capsys):
    assert main(["facts", "city:zwolle", "inwoners", "veel"]) == 1
    assert capsys.readouterr().err.strip() == "g40desk: veld 'inwoners': 'veel' is geen aantal inwoners (alleen de cijfers 0-9)"
    assert main(["facts", "city:nergens", "burgemeester", "X"]) == 1
    assert not facts_path().exists()


@pytest.mark.parametrize("value, message", [
    ("²", "'²' is geen aantal inwoners (alleen de cijfers 0-9)"),  # str.isdigit() says yes, int() raises
    ("١٢٣", "is geen aantal inwoners (alleen de cijfers 0-9)"),
    ("9" * 5000, "een getal van 5.000 cijfers is geen aantal inwoners (hooguit 100.000.000)"),  # beyond int()'s 4,300 digits
    ("100.000.001", "100.000.001 is meer inwoners dan een stad heeft (hooguit 100.000.000)"),
])
def test_impossible_population_is_one_dutch_line_and_nothing_is_written(value, message, capsys):
    assert main(["facts", "city:zwolle", "inwoners", value]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("g40desk: veld 'inwoners': ") and message in err
    assert not facts_path().exists()


def test_population_as_advisors_type_it():
    facts = Facts()
    for typed in ("130.592", "130 592", "130\u00a0592", "0130592"):
        facts.set("city:zwolle", "inwoners", typed)
        assert facts.of("city:zwolle").inwoners == 130592
    facts.set("city:zwolle", "inwoners", "100000000")  # the most any audience file accepts
    assert facts.of("city:zwolle").inwoners == 100_000_000


def test_facts_command_sets_and_shows(capsys):
    assert main(["facts", "city:zwolle", "burgemeester", "Peter Snijders"]) == 0
    assert main(["facts", "city:zwolle", "wethouder.wonen", "Anna Jansen"]) == 0
    capsys.readouterr()
    assert main(["facts"]) == 0
    out = capsys.readouterr().out
    assert "city:zwolle  Zwolle" in out and "burgemeester: Peter Snijders" in out and "wethouder.wonen: Anna Jansen" in out


def test_broken_facts_file_is_one_clear_error():
    facts_path().parent.mkdir(parents=True, exist_ok=True)
    facts_path().write_text(json.dumps({"audiences": {"city:zwolle": {"inwoners": -5}}}), encoding="utf-8")
    with pytest.raises(G40Error, match="facts.json.*inwoners.*negatief"):
        load_facts()
